"""The reply reader measured by source (issue 9): each fresh sample on its own.

Hand-written rules cannot be cross-validated, so the honest measure on the training part is
by source: each fresh sample (tests/data/collect/replies-fresh*.jsonl) was read once before
the reader was tuned on it (its figures then are in the README, and, reply by reply for the
earlier samples, in tests/data/replies_prospective.jsonl). This prints, per sample, the
figures then and the current reader's on the sample's training part (replies of the
validation part are counted in aggregate only, never listed), and, for the kinds' precedence
(``foidraft.replies.kinds.PRECEDENCE``), how each step decides on the samples' training
replies today and how many of the replies the reader of then misread each step now takes.

    python -m tests.replies_sources            # per sample, then per step of the precedence
    python -m tests.replies_sources --inner F  # leave the replies of an inner check out
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from tests.replies_eval import load_replies, part_of, read_ids
from tests.replies_prospective import README_BEFORE, sample_files

# The later samples' figures before the round that first read them (kinds, provisions right,
# replies), as the README lists them. fresh40 to 42 were read together (93, 107 of 118).
LATER_BEFORE = {
    "fresh27": (27, 33, 37), "fresh28": (25, 33, 33), "fresh29": (22, 29, 31),
    "fresh30": (27, 27, 32), "fresh31": (44, 50, 57), "fresh43": (42, 42, 49),
    "fresh44": (32, 37, 40), "fresh45": (20, 24, 25), "fresh46": (15, 24, 24),
    "fresh47": (37, 44, 44), "fresh48": (47, 51, 57), "fresh49": (71, 95, 106),
}  # fmt: skip
PROSPECTIVE = Path(__file__).parent / "data" / "replies_prospective.jsonl"


def measure(inner: set[str]) -> dict[str, Any]:
    from foidraft.replies import read_reply

    then: dict[str, bool] = {}
    then_by_sample: dict[str, Counter[str]] = {}
    for line in PROSPECTIVE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        then[row["id"]] = row["kind_then"] == row["kind"]
        tally = then_by_sample.setdefault(row["sample"], Counter())
        tally.update(
            n=1,
            kind=row["kind_then"] == row["kind"],
            sections=set(row["sections_then"]) == set(row["sections"]),
        )
    per_sample: list[tuple[str, int, int, int, int, int]] = []
    steps: dict[str, Counter[str]] = {}
    for path in sample_files():
        name = path.stem.removeprefix("replies-")
        n = kind = sections = tn = tkind = 0
        for reply in load_replies(path):
            reading = read_reply(reply["text"], regime=reply["regime"])
            kind_ok = reading.kind == reply["kind"]
            n += 1
            kind += kind_ok
            sections += set(reading.sections) == set(reply["sections"])
            if part_of(reply["url"]) != "training" or reply["id"] in inner:
                continue
            tn += 1
            tkind += kind_ok
            tally = steps.setdefault(reading.rule, Counter())
            tally["n"] += 1
            tally["right"] += kind_ok
            if then.get(reply["id"]) is False:
                tally["missed then"] += 1
                tally["missed then, right now"] += kind_ok
        per_sample.append((name, n, kind, sections, tn, tkind))
    return {"samples": per_sample, "steps": steps, "then": then_by_sample}


def report(result: dict[str, Any]) -> str:
    from foidraft.replies.kinds import PRECEDENCE

    rows = ["sample      then: kinds/provisions of n   now: kinds/provisions of n   training kinds"]
    before = {**README_BEFORE, **LATER_BEFORE}
    totals = Counter[str]()
    for name, n, kind, sections, tn, tkind in result["samples"]:
        b = before.get(name)
        p = result["then"].get(name, Counter())
        then = (
            f"{b[0]:>3}/{b[1]:>3} of {b[2]:>3}"
            if b
            else f"{p['kind']:>3}/{p['sections']:>3} of {p['n']:>3} (training part)"
            if p
            else "  (read with fresh40-42)"
        )
        rows.append(
            f"{name:<10}  {then:<26}  {kind:>3}/{sections:>3} of {n:>3}"
            f"                {tkind:>3}/{tn:>3}"
        )
        totals.update({"n": n, "kind": kind, "sections": sections, "tn": tn, "tkind": tkind})
    rows.append(
        f"all samples now: kinds {totals['kind']}/{totals['n']}, provisions "
        f"{totals['sections']}/{totals['n']}; training part kinds {totals['tkind']}/{totals['tn']}"
    )
    rows.append("step of the precedence   training replies of the samples: kind right; "
                "misread by the reader of then (fresh4-26): right now")  # fmt: skip
    for rule in PRECEDENCE:
        t = result["steps"].get(rule.name, Counter())
        rows.append(
            f"  {rule.name:<22} {t['right']:>3}/{t['n']:<3}   "
            f"{t['missed then, right now']:>2}/{t['missed then']:<2}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replies_sources")
    parser.add_argument("--inner", metavar="PATH", help="leave these training replies out")
    args = parser.parse_args(argv)
    inner = read_ids(Path(args.inner)) if args.inner else set()
    print(report(measure(inner)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
