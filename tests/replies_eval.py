"""How foidraft's reply reader scores on real replies (tests/data/replies.jsonl).

Run as a script to print the figures: ``python -m tests.replies_eval``.

The corpus is split once, by a fixed hash of each reply's URL: a reply whose URL's SHA-256
starts with a byte divisible by 3 is in the validation part (about a third), the rest in
the training part. The split was fixed before the reader was written or the corpus read;
the reader is tuned on the training part only. A fresh sample is scored with ``--file``
before any tuning, then joins the corpus whole: the hash puts part of it in the validation
part, whose replies the reader is never tuned on, so that part stays unseen. For the
validation part the script prints figures, never the replies it gets wrong (``--misses``
lists training misses only, ``--by-kind`` breaks the training figures down by labelled
kind, and ``--by-rule`` the training kinds by the step of the kinds' precedence that decided,
``foidraft.replies.kinds.PRECEDENCE``).

Scored per reply: ``kind`` equal to the label; ``sections`` equal to the labelled set;
``ncnd`` equal; and both kind and sections right.

``--file PATH`` scores another file of replies (a fresh sample, collected before the reader
was tuned on it) as one part with the same figures; its ``--misses`` leave out any reply
whose URL is in the corpus's validation part, so the frozen part stays unseen.

``--inner PATH`` names training replies (one id a line, ``#`` comments) held out of a
round's tuning: the figures add a line for them, and ``--misses`` leaves them out, so they
stay an unread check of whether the round's changes carry over to replies it never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "data" / "replies.jsonl"
PARTS = ("training", "validation")
SAMPLE = "sample"


def part_of(url: str) -> str:
    """The fixed split: validation when the URL's SHA-256 opens with a byte % 3 == 0."""
    return "validation" if hashlib.sha256(url.encode("utf-8")).digest()[0] % 3 == 0 else "training"


def load_replies(path: Path = CORPUS) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(replies: list[dict[str, Any]], *, one_part: bool = False) -> dict[str, dict[str, Any]]:
    """Per part (or, with ``one_part``, all as the part "sample"): counts right and what was
    missed, kept for the training part and the sample only."""
    from foidraft.replies import read_reply

    out: dict[str, dict[str, Any]] = {
        p: {
            "n": 0,
            "kind": 0,
            "sections": 0,
            "both": 0,
            "ncnd": 0,
            "misses": [],
            "kinds": {},
            "rules": {},
        }
        for p in (*PARTS, SAMPLE)
    }
    for reply in replies:
        part = out[SAMPLE if one_part else part_of(reply["url"])]
        reading = read_reply(reply["text"], regime=reply["regime"])
        kind_ok = reading.kind == reply["kind"]
        sections_ok = set(reading.sections) == set(reply["sections"])
        part["n"] += 1
        part["kind"] += kind_ok
        part["sections"] += sections_ok
        part["both"] += kind_ok and sections_ok
        part["ncnd"] += reading.ncnd == reply["ncnd"]
        if part is not out["validation"]:  # by labelled kind: [replies, both right]
            tally = part["kinds"].setdefault(reply["kind"], [0, 0])
            tally[0] += 1
            tally[1] += kind_ok and sections_ok
            # by the step of the kinds' precedence that decided: [replies, kind right]
            ruled = part["rules"].setdefault(reading.rule, [0, 0])
            ruled[0] += 1
            ruled[1] += kind_ok
        if not (kind_ok and sections_ok) and part is not out["validation"]:
            part["misses"].append(
                {
                    "id": reply["id"],
                    "url": reply["url"],
                    "kind": (reply["kind"], reading.kind),
                    "sections": (sorted(reply["sections"]), sorted(reading.sections)),
                }
            )
    return out


def question_figures(replies: list[dict[str, Any]]) -> str:
    """How the reader maps provisions to the request's questions (``questions``), on the
    replies labelled with them: replies read exactly, and (provision, question) pairs
    found of those labelled and right of those read."""
    from foidraft.replies import read_reply

    n = exact = labelled = found = read = 0
    for reply in replies:
        want = {(s, q) for s, qs in (reply.get("questions") or {}).items() for q in qs}
        if not want:
            continue
        reading = read_reply(reply["text"], regime=reply["regime"])
        got = {(s, q) for s, qs in reading.questions.items() for q in qs}
        n += 1
        exact += got == want
        labelled += len(want)
        found += len(want & got)
        read += len(got)
    return (
        f"questions: {n} replies say which question a provision applies to; read exactly "
        f"{exact}/{n}; pairs found {found}/{labelled}, right {found}/{read} of those read"
    )


def frozen_urls() -> set[str]:
    """The URLs of the corpus's validation part, whose misses are never printed."""
    return {r["url"] for r in load_replies() if part_of(r["url"]) == "validation"}


def read_ids(path: Path) -> set[str]:
    """Reply ids, one a line; blank lines and ``#`` comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


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
    parser.add_argument(
        "--file",
        dest="sample",
        metavar="PATH",
        help="score another file of replies as one part (a fresh sample), same figures",
    )
    parser.add_argument("--misses", action="store_true", help="list the training part's misses")
    parser.add_argument(
        "--inner",
        metavar="PATH",
        help="training replies held out of tuning (ids, one a line): scored, never listed",
    )
    parser.add_argument(
        "--training-only", action="store_true", help="figures for the training part only (tuning)"
    )
    parser.add_argument(
        "--by-kind", action="store_true", help="the training part's figures by labelled kind"
    )
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="the training part's kinds by the precedence rule that decided them",
    )
    parser.add_argument(
        "--questions",
        action="store_true",
        help="which questions each provision is applied to, on the training part (or the sample)",
    )
    args = parser.parse_args(argv)
    if args.sample:
        result = score(load_replies(Path(args.sample)), one_part=True)
        parts: tuple[str, ...] = (SAMPLE,)
    else:
        result = score(load_replies(Path(args.file)))
        parts = ("training",) if args.training_only else PARTS
    print(report(result, parts))
    inner = read_ids(Path(args.inner)) if args.inner else set()
    if inner:
        kept = [r for r in load_replies(Path(args.file)) if r["id"] in inner]
        print(report(score(kept, one_part=True), (SAMPLE,)).replace(SAMPLE, "inner ", 1))
    shown = SAMPLE if args.sample else "training"
    if args.by_kind:
        for kind, (n, right) in sorted(result[shown]["kinds"].items()):
            print(f"  {kind:<22} {right}/{n}")
    if args.by_rule:  # in the precedence's order
        from foidraft.replies.kinds import PRECEDENCE

        for rule in PRECEDENCE:
            n, right = result[shown]["rules"].get(rule.name, [0, 0])
            print(f"  {rule.name:<22} kind right {right}/{n}")
    if args.questions:
        rows = (
            load_replies(Path(args.sample))
            if args.sample
            else [r for r in load_replies(Path(args.file)) if part_of(r["url"]) == "training"]
        )
        print(question_figures(rows))
    if args.misses:
        frozen = frozen_urls() if args.sample else set()
        misses = [
            m for m in result[shown]["misses"] if m["url"] not in frozen and m["id"] not in inner
        ]
        for miss in misses:
            print(json.dumps({k: v for k, v in miss.items() if k != "url"}, ensure_ascii=False))
        if len(misses) < len(result[shown]["misses"]):
            held = len(result[shown]["misses"]) - len(misses)
            print(f"({held} misses not shown: in the frozen validation part or the inner check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
