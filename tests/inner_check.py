"""Aggregate figures on a frozen inner check: a list of training URLs (one a line, '#'
comments) set aside before a round's rule changes and not read while rules changed.

    python -m tests.inner_check tests/data/inner_clarify27.txt
    python -m tests.inner_check tests/data/inner_clarify27.txt --screen REGEX

Figures are printed for the whole list, then for police and for other bodies with where the
right kind stands (``tests.corpus_file.GAPS``); never a case's text or id.

``--screen`` counts, on the training part outside the list, the requests whose text
REGEX finds, by outcome: whether a candidate word list parts bounces of its kind from
answered requests before a rule is written from it (counts only, no request text).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from tests.corpus import LOUD, findings_for, load_cases, split_by_body
from tests.corpus_file import by_outcome, gaps
from tests.rule_scores import AMBIGUITY_KINDS

# A clarification's own kinds: a word or a period to ask about, a scope, a group not named.
ASKING_KINDS = AMBIGUITY_KINDS | {"too_broad", "unnamed_entities"}


def urls_in(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def screen(pattern: re.Pattern[str], outside: set[str]) -> list[str]:
    """Outcome counts of training requests (not in ``outside``) that ``pattern`` finds;
    bounces split by whether the authority's reason was one of ASKING_KINDS."""
    tally: Counter[str] = Counter()
    for case in load_cases("training"):
        if case["url"] in outside or not pattern.search(case["request"]):
            continue
        outcome = case["outcome"]
        if outcome != "answered":
            asking = bool(set(case["trigger_kinds"]) & ASKING_KINDS)
            outcome += " (a word, period or scope)" if asking else " (other reasons)"
        tally[outcome] += 1
    return [f"  {outcome}: {n}" for outcome, n in sorted(tally.items())] or ["  no request"]


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m tests.inner_check FILE_OF_URLS [--screen REGEX]")
        return 2
    try:
        wanted = urls_in(Path(argv[0]))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {argv[0]}: {exc}")
        return 2
    if "--screen" in argv:
        at = argv.index("--screen") + 1
        try:
            pattern = re.compile(argv[at], re.IGNORECASE)
        except (IndexError, re.error) as exc:
            print(f"--screen needs a regular expression: {exc}")
            return 2
        print(f"training requests outside {argv[0]} that the expression finds:")
        print("\n".join(screen(pattern, wanted)))
        return 0
    cases = [c for c in load_cases("training") if c["url"] in wanted]
    loud = {c["id"]: [f for f in findings_for(c) if f.severity in LOUD] for c in cases}
    print(f"inner check: {len(cases)} training requests at the {len(wanted)} listed addresses")
    print("\n".join(by_outcome(cases, loud)))
    for body, part in split_by_body(cases).items():
        print(f"{body}: {len(part)} cases")
        print("\n".join(by_outcome(part, loud)))
        for outcome in sorted({c["outcome"] for c in part} - {"answered"}):
            print("\n".join(gaps(part, outcome)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
