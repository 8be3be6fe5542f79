"""How far the training part's NCND foresight rests on patterns that only one force supports.

    python -m tests.pattern_spread   # aggregate figures only, training part

The same figures follow for other bodies' refusals (councils, NHS bodies, universities,
departments), whose foresight rests as much on one body's wording.

For every police NCND or exempt refusal in the training part that draws an exemption
finding at warning level, find the rule patterns that give it. A pattern whose NCND
firings in training all come from one authority was most likely written from that
authority's wording; a refusal foreseen only by such patterns is weak evidence that its
mechanism is covered on unseen requests (issue 7: training 84% against validation 36%).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from foidraft.lint.model import Finding
from foidraft.lint.parts import EXEMPTION_KINDS
from foidraft.rules.model import Rule
from foidraft.rules.registry import default_ruleset
from tests.corpus import LOUD, as_sent, findings_for, is_police, load_cases


def patterns_behind(finding: Finding, rule: Rule, text: str) -> set[tuple[str, int]]:
    """The rule's patterns that match where ``finding`` is (give or take a few characters,
    as a group or a sentence's trim can move the span)."""
    found = set()
    for index, pattern in enumerate(rule.patterns):
        m = pattern.compiled.search(text, max(0, finding.start - 5))
        if m and m.start() <= finding.start + 5 and m.end() >= finding.end - 5:
            found.add((rule.id, index))
    return found


def spread(cases: list[dict[str, Any]], police: bool = True) -> tuple[int, int]:
    """(police NCND refusals, or other bodies' with ``police=False``, foreseen by an
    exemption warning, of which foreseen only by patterns whose NCND firings come from one
    authority)."""
    rules = {rule.id: rule for rule in default_ruleset().rules}
    authorities: dict[tuple[str, int], set[str]] = defaultdict(set)
    behind: dict[str, set[tuple[str, int]]] = {}
    for case in cases:
        if case["outcome"] != "ncnd_or_exempt":
            continue
        text = as_sent(case)
        loud = [f for f in findings_for(case) if f.severity in LOUD and f.kind in EXEMPTION_KINDS]
        keys = set().union(*(patterns_behind(f, rules[f.rule], text) for f in loud))
        for key in keys:
            authorities[key].add(case["authority"])
        if loud and is_police(case) == police:
            behind[case["id"]] = keys
    single = sum(1 for keys in behind.values() if all(len(authorities[k]) == 1 for k in keys))
    return len(behind), single


def main() -> int:
    cases = load_cases("training")
    for police, bodies in ((True, "police"), (False, "other bodies")):
        foreseen, single = spread(cases, police)
        print(f"training, {bodies} NCND or exempt foreseen by an exemption warning: {foreseen}")
        print(f"  of which every pattern behind it fires on one authority's refusals: {single}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
