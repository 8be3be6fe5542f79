"""Score foidraft on a file of real requests it has not been tuned on.

    python -m tests.corpus --file PATH [--part training|validation]

PATH holds cases in the corpus format (``python -m tests.corpus_schema`` validates it).
Prints the figures of ``python -m tests.corpus`` for the whole file, then, for each
outcome, how many requests drew a warning and how many with the right kind, and how many
answered requests drew one (false alarms). ``--part`` keeps only the cases the frozen
split (``tests.corpus.part_of``) puts in that part.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from foidraft.lint.model import Finding
from tests.corpus import (
    LOUD,
    evaluate,
    findings_for,
    named,
    part_of,
    read_jsonl,
    report,
    right_kind,
)

OUTCOMES = ("clarification", "s12", "not_held", "ncnd_or_exempt", "answered")


def read_cases(path: Path, part: str | None = None) -> list[dict[str, Any]]:
    cases = [{**c, "source": path.name, "part": part_of(c["url"])} for c in read_jsonl(path)]
    return [c for c in cases if part is None or c["part"] == part]


def by_outcome(
    cases: Iterable[dict[str, Any]], found: dict[str, list[Finding]] | None = None
) -> list[str]:
    """One line per outcome: caught at warning level, right kind (bounced), or false alarms.
    ``found``: each case's findings at warning level, by id, when already worked out."""
    tally: dict[str, list[int]] = {o: [0, 0, 0] for o in OUTCOMES}
    for case in cases:
        if found is not None:
            loud = found[case["id"]]
        else:
            loud = [f for f in findings_for(case) if f.severity in LOUD]
        row = tally[case["outcome"]]
        row[0] += 1
        row[1] += bool(loud)
        row[2] += any(right_kind(k, case) for f in loud for k in named(f))
    lines = []
    for outcome, (n, caught, kinded) in tally.items():
        if not n:
            continue
        if outcome == "answered":
            lines.append(f"  answered: {caught}/{n} with a warning (false alarms)")
        else:
            lines.append(f"  {outcome}: {caught}/{n} caught, {kinded} with the right kind")
    return lines


# Where a bounce's right kind stands, from best to worst: named at warning level; found by
# a rule but only at info, with another kind loud; found only at info, nothing loud; not
# found, another kind loud; nothing loud and no rule of its kind at all.
GAPS = ("named loud", "named at info, other kind loud", "named at info only",
        "not named, other kind loud", "not named, nothing loud")  # fmt: skip


def gap_of(case: dict[str, Any], found: list[Finding]) -> str:
    """Which of GAPS a bounced ``case`` with these findings (any severity) falls in."""
    loud = [f for f in found if f.severity in LOUD]
    if any(right_kind(k, case) for f in loud for k in named(f)):
        return GAPS[0]
    quiet_right = any(right_kind(k, case) for f in found for k in named(f))
    if quiet_right:
        return GAPS[1] if loud else GAPS[2]
    return GAPS[3] if loud else GAPS[4]


def gaps(cases: Iterable[dict[str, Any]], outcome: str = "clarification") -> list[str]:
    """Aggregate lines: how the bounces with ``outcome`` (and a kind other than 'other')
    fall into GAPS, so it shows whether a rule is missing or only not loud."""
    tally = dict.fromkeys(GAPS, 0)
    for case in cases:
        if case["outcome"] == outcome and set(case["trigger_kinds"]) - {"other"}:
            tally[gap_of(case, findings_for(case))] += 1
    return [f"  {outcome}, {gap}: {n}" for gap, n in tally.items()]


def main(argv: list[str]) -> int:
    """What ``python -m tests.corpus --file PATH [--part P]`` runs (``argv`` without ``--file``)."""
    args = [a for a in argv if not a.startswith("--")]
    part = argv[argv.index("--part") + 1] if "--part" in argv else None
    if part is not None:
        args.remove(part)
    if len(args) != 1:
        print("usage: python -m tests.corpus --file PATH [--part training|validation]")
        return 2
    cases = read_cases(Path(args[0]), part)
    result = evaluate(None, cases)
    result["part"] = f"{args[0]}{' (' + part + ')' if part else ''}"
    print(report(result, details="--details" in argv))
    print("\n".join(by_outcome(cases, result["loud"])))
    return 0
