"""A coarse check of the reply reader on replies it was not built from: the answers kept
with requests in tests/data/outcomes.jsonl (``response``, an excerpt of the authority's
reply, labelled only by what became of the request: answered, a cost refusal, NCND or
exempt, not held, a clarification asked; and whether only a part was).

Only requests whose URL is in the training part of the replies corpus's split
(``tests.replies_eval.part_of``) and not in the corpus are read, so nothing here touches
the frozen validation part. The labels are coarse and the excerpts often hold only part
of a reply (the answered part of a partial refusal, say), so the figure is a lower bound
to watch move, not an accuracy: ``python -m tests.replies_outcomes`` prints how many
readings fit their label and the commonest misfits (``--list`` names them).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from tests.replies_eval import load_replies, part_of

OUTCOMES = Path(__file__).parent / "data" / "outcomes.jsonl"
SHORTEST = 150  # characters: shorter excerpts seldom say what was decided
# (outcome, partial) -> the kinds that fit it
FITS = {
    ("answered", False): {"answered"},
    ("s12", False): {"refused_cost"},
    ("s12", True): {"refused_cost", "partly_answered"},
    ("ncnd_or_exempt", False): {"refused_exempt", "ncnd"},
    ("ncnd_or_exempt", True): {"partly_answered", "ncnd", "refused_exempt"},
    ("not_held", False): {"not_held"},
    ("not_held", True): {"partly_answered", "not_held"},
    ("clarification", False): {"clarification_request"},
    ("clarification", True): {"clarification_request"},
}


def misfits() -> tuple[int, list[tuple[str, str, bool, str]]]:
    """How many replies were read, and (id, outcome, partial, kind read) for each misfit."""
    from foidraft.replies import read_reply

    corpus = {r["url"] for r in load_replies()}
    lines = OUTCOMES.read_text(encoding="utf-8").splitlines()
    read, out = 0, []
    for row in (json.loads(line) for line in lines if line.strip()):
        text = row.get("response") or ""
        if len(text) < SHORTEST or row["url"] in corpus or part_of(row["url"]) != "training":
            continue
        regime = "FOISA" if row.get("jurisdiction") == "FOISA" else "FOIA"
        kind = read_reply(text, regime=regime).kind
        read += 1
        if kind not in FITS[(row["outcome"], bool(row["partial"]))]:
            out.append((row["id"], row["outcome"], bool(row["partial"]), kind))
    return read, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replies_outcomes")
    parser.add_argument("--list", action="store_true", help="name every misfit")
    args = parser.parse_args(argv)
    read, out = misfits()
    print(f"{read - len(out)}/{read} readings fit their request's outcome")
    for (outcome, partial, kind), n in Counter((o, p, k) for _, o, p, k in out).most_common(8):
        print(f"  {n:>3}  {outcome}{' (part)' if partial else ''} read as {kind}")
    if args.list:
        for row in out:
            print(*row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
