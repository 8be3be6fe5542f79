"""The other use of requests like this one: quieting the rules where they were answered.

    python -m tests.neighbours_quiet            # leave-one-file-out on the fresh cases
    python -m tests.neighbours_quiet --final    # then, once: FINAL on the validation part

When most of a request's nearest real requests were answered in full, the rules' loud
findings on it are dropped. Measured only on the fresh training cases as they came (the
rules of the day from tests/data/prospective.json, neighbours among requests known then),
where the rules' false alarms are the fresh ones a requester meets; on today's rules over
the training part (grouped CV) there is nothing to quiet, as they were narrowed on it. The
thresholds are chosen leave-one-file-out: each fresh file is judged by the thresholds that
did best on the other files; FINAL, the thresholds most often chosen so, was fixed (and
committed) before the validation part was scored with it, once, in aggregate.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from typing import Any

from tests.corpus import is_police, load_cases
from tests.neighbours_eval import Case, Hits, figures, pct, prospective

GRID = list(
    itertools.product((5, 10, 20), (0.1, 0.15, 0.2, 0.3), (0.5, 0.6, 0.7, 0.8, 0.9), (2, 3, 5))
)
# (k, floor, answered share, at least n answered neighbours): chosen by leave-one-file-out.
FINAL = (5, 0.15, 0.6, 2)


def quieted(
    cases: list[Case], hits: Hits, rules: dict[str, list[str]], p: tuple[int, float, float, int]
) -> dict[str, list[str]]:
    """The rules' loud kinds, dropped where ``p`` (k, floor, answered share, at least n
    answered neighbours) says the neighbours were mostly answered."""
    k, floor, share, min_n = p
    out = {}
    for c in cases:
        near = [(n, s) for n, s in hits[c["id"]][:k] if s >= floor]
        total = sum(s for _, s in near)
        answered = [s for n, s in near if n["outcome"] == "answered"]
        quiet = len(answered) >= min_n and total > 0 and sum(answered) / total >= share
        out[c["id"]] = [] if quiet else rules[c["id"]]
    return out


def net(after: dict[str, Any], before: dict[str, Any]) -> float:
    """Right kind gained minus answered warned added, in points."""
    kind = pct(after["kind"]) - pct(before["kind"])
    return kind - (pct(after["alarm"]) - pct(before["alarm"]))


def show(
    title: str, cases: list[Case], rules: dict[str, list[str]], after: dict[str, list[str]]
) -> None:
    print(title)
    for body, sub in (("all", cases), ("police", [c for c in cases if is_police(c)]),
                      ("other bodies", [c for c in cases if not is_police(c)])):  # fmt: skip
        b, a = figures(sub, rules), figures(sub, after)
        row = "  ".join(f"{k} {pct(b[k]):.1f}% -> {pct(a[k]):.1f}%" for k in b)
        print(f"  {body} ({len(sub)}): {row}")


def final() -> int:
    """Today's rules on the validation part, and quieted by FINAL with neighbours among all
    training requests: aggregate figures only."""
    from foidraft.lint.model import Finding
    from tests.corpus import LOUD, findings_for
    from tests.neighbours_eval import neighbours_of

    def loud(found: list[Finding]) -> list[str]:
        return [f.kind for f in found if f.severity in LOUD]

    valid = load_cases("validation")
    rules = {c["id"]: loud(findings_for(c)) for c in valid}
    hits = neighbours_of(load_cases("training"), valid)
    show(
        f"VALIDATION, today's rules -> quieted by {FINAL}",
        valid,
        rules,
        quieted(valid, hits, rules, FINAL),
    )
    return 0


def main() -> int:
    from tests.prospective import load

    train = load_cases("training")
    held, hits, rules = prospective(train)
    file_of = {r["url"]: r["file"] for r in load()["cases"]}
    each = {p: quieted(held, hits, rules, p) for p in GRID}
    chosen: dict[str, list[str]] = {}
    picks = []
    for name in sorted({file_of[c["url"]] for c in held}):
        rest = [c for c in held if file_of[c["url"]] != name]
        before = figures(rest, rules)
        best = max(GRID, key=lambda p: net(figures(rest, each[p]), before))
        picks.append(best)
        chosen |= {c["id"]: each[best][c["id"]] for c in held if file_of[c["url"]] == name}
    print(f"  most chosen (k, floor, share, n): {max(set(picks), key=picks.count)}")
    show(
        f"fresh training cases as they came: {len(held)}; thresholds chosen per file",
        held,
        rules,
        chosen,
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    raise SystemExit(final() if "--final" in sys.argv else main())
