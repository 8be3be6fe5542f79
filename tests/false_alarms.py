"""Which rules warn on requests police forces (or, with ``--other``, other bodies) answered
in full, on requests they were not tuned on (the prospective record,
``tests/data/prospective.json``) beside today's training record, per rule (issue 7's false
alarms). Aggregate counts only; training part only.

    python -m tests.false_alarms            # police answered requests
    python -m tests.false_alarms --inner F  # leave out a frozen inner check's URLs
    python -m tests.false_alarms --other    # the same for requests to other bodies

Columns: prospective answered-warned (loud on an answered request of a fresh sample with the
rules of its day), prospective right kind (loud on a bounce of its kind, or of a kind the rule
also names), then today's rules on the training part's requests: answered warned, right kind.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tests.corpus import LOUD, findings_for, is_police, load_cases, right_kind
from tests.inner_check import urls_in
from tests.prospective import load
from tests.rule_scores import finding_kinds

# The count of answered requests with any loud finding, beside each rule's.
ANY = "any rule"


Record = tuple[Counter[str], Counter[str], int]


def tally(rows: Iterable[tuple[dict[str, Any], dict[str, str]]]) -> Record:
    """Per rule: answered requests it was loud on, bounces it was loud on with the right
    kind; and how many answered requests there were. ``rows``: (case, loud rule -> kind)."""
    warned: Counter[str] = Counter()
    kinded: Counter[str] = Counter()
    answered = 0
    for case, loud in rows:
        if case["outcome"] == "answered":
            answered += 1
            warned.update(loud.keys())
            warned[ANY] += bool(loud)
        else:
            # right as the corpus counts it: of the rule's kind or one it also names
            kinded.update(
                r for r, k in loud.items() if any(right_kind(x, case) for x in finding_kinds(r, k))
            )
    return warned, kinded, answered


def prospective(leave_out: set[str], police: bool = True) -> Record:
    labels = {c["url"]: c for c in load_cases("training")}
    return tally(
        (labels[c["url"]], {r: k for r, (k, s) in c["fired"].items() if s in LOUD})
        for c in load()["cases"]
        if c["police"] == police and c["url"] in labels and c["url"] not in leave_out
    )


def today(leave_out: set[str], police: bool = True) -> Record:
    return tally(
        (c, {f.rule: f.kind for f in findings_for(c) if f.severity in LOUD})
        for c in load_cases("training")
        if is_police(c) == police and c["url"] not in leave_out
    )


def main(argv: list[str]) -> int:
    leave_out = urls_in(Path(argv[argv.index("--inner") + 1])) if "--inner" in argv else set()
    police = "--other" not in argv
    p_warned, p_kinded, p_n = prospective(leave_out, police)
    t_warned, t_kinded, t_n = today(leave_out, police)
    rules = sorted(set(p_warned) | set(t_warned), key=lambda r: (-p_warned[r], -t_warned[r], r))
    rules.remove(ANY)
    print(
        f"{'police' if police else 'other bodies'} answered warned: {p_warned[ANY]} of {p_n} "
        "prospective, "
        f"{t_warned[ANY]} of {t_n} training today"
    )
    print("rule    prosp-warned prosp-kind  today-warned today-kind")
    for r in rules:
        print(f"{r:8}{p_warned[r]:>12}{p_kinded[r]:>11}{t_warned[r]:>14}{t_kinded[r]:>11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
