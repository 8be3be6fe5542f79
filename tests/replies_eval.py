"""How foidraft's reply reader scores on real replies (tests/data/replies.jsonl).

Run as a script to print the figures: ``python -m tests.replies_eval``.

The corpus is split once, by a fixed hash of each reply's URL: a reply whose URL's SHA-256
starts with a byte divisible by 3 is in the validation part (about a third), the rest in
the training part. The split was fixed before the reader was written or the corpus read;
the reader is tuned on the training part only. For the validation part the script prints
figures, never the replies it gets wrong (``--misses`` lists training misses only, and
``--by-kind`` breaks the training figures down by labelled kind).

Scored per reply: ``kind`` equal to the label; ``sections`` equal to the labelled set;
``ncnd`` equal; and both kind and sections right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "data" / "replies.jsonl"
PARTS = ("training", "validation")


def part_of(url: str) -> str:
    """The fixed split: validation when the URL's SHA-256 opens with a byte % 3 == 0."""
    return "validation" if hashlib.sha256(url.encode("utf-8")).digest()[0] % 3 == 0 else "training"


def load_replies(path: Path = CORPUS) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(replies: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per part: counts right and, for the training part only, what was missed."""
    from foidraft.replies import read_reply

    out: dict[str, dict[str, Any]] = {
        p: {"n": 0, "kind": 0, "sections": 0, "both": 0, "ncnd": 0, "misses": [], "kinds": {}}
        for p in PARTS
    }
    for reply in replies:
        part = out[part_of(reply["url"])]
        reading = read_reply(reply["text"], regime=reply["regime"])
        kind_ok = reading.kind == reply["kind"]
        sections_ok = set(reading.sections) == set(reply["sections"])
        part["n"] += 1
        part["kind"] += kind_ok
        part["sections"] += sections_ok
        part["both"] += kind_ok and sections_ok
        part["ncnd"] += reading.ncnd == reply["ncnd"]
        if part is out["training"]:  # by labelled kind: [replies, both right]
            tally = part["kinds"].setdefault(reply["kind"], [0, 0])
            tally[0] += 1
            tally[1] += kind_ok and sections_ok
        if not (kind_ok and sections_ok):
            part["misses"].append(
                {
                    "id": reply["id"],
                    "kind": (reply["kind"], reading.kind),
                    "sections": (sorted(reply["sections"]), sorted(reading.sections)),
                }
            )
    return out


def report(result: dict[str, dict[str, Any]], parts: tuple[str, ...] = PARTS) -> str:
    rows = []
    for name in parts:
        p = result[name]
        n = p["n"] or 1
        rows.append(
            f"{name:<10} {p['n']:>3} replies: kind {p['kind']}/{p['n']} ({p['kind'] / n:.0%}), "
            f"sections {p['sections']}/{p['n']} ({p['sections'] / n:.0%}), "
            f"both {p['both']}/{p['n']} ({p['both'] / n:.0%}), "
            f"ncnd {p['ncnd']}/{p['n']} ({p['ncnd'] / n:.0%})"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replies_eval")
    parser.add_argument("file", nargs="?", default=str(CORPUS))
    parser.add_argument("--misses", action="store_true", help="list the training part's misses")
    parser.add_argument(
        "--training-only", action="store_true", help="figures for the training part only (tuning)"
    )
    parser.add_argument(
        "--by-kind", action="store_true", help="the training part's figures by labelled kind"
    )
    args = parser.parse_args(argv)
    result = score(load_replies(Path(args.file)))
    print(report(result, ("training",) if args.training_only else PARTS))
    if args.by_kind:
        for kind, (n, right) in sorted(result["training"]["kinds"].items()):
            print(f"  {kind:<22} {right}/{n}")
    if args.misses:
        for miss in result["training"]["misses"]:
            print(json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
