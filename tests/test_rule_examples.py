"""Tests generated from every rule's examples (proselint's table, Ruff's discipline).

- every bad example fires the rule;
- no good example fires it;
- applying each of the rule's rewordings to a bad example clears the rule;
- each piece of advice (a suggestion with nothing to apply) is shown in full.
"""

from __future__ import annotations

import re

import pytest

from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from foidraft.lint.fixes import apply_edits
from foidraft.lint.merging import unmerged
from foidraft.paths import bundled_rules_file
from foidraft.report import describe_suggestion
from foidraft.rules.model import Rule, RuleSet
from foidraft.rules.registry import load_rule_data

RULES = RuleSet([Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])])

SCOTLAND = Authority(
    id="police_scotland", name="Police Scotland", type="police", nation="scotland",
    regime="FOISA", recording_standard="scrs", cost_limit=600, hourly_rate=15,
)  # fmt: skip


def authority_for(rule: Rule) -> Authority | None:
    """An authority the rule applies to (None means a FOIA request of unknown type)."""
    if rule.applies_to.authorities:  # a practice of named authorities: the first of them
        from foidraft.authorities.directory import load_directory

        return load_directory().get(sorted(rule.applies_to.authorities)[0])
    if rule.model == "holders":  # who holds what: a body of a known kind, a district council
        return Authority(id="x", name="A District Council", type="council")
    if rule.model == "other_body":  # compares the letter with the body it goes to
        return SCOTLAND
    regimes = rule.applies_to.regimes
    if not regimes or "FOIA" in regimes:
        if rule.applies_to.nations and not rule.applies_to.nations & {"england", "wales"}:
            if "northern_ireland" in rule.applies_to.nations:  # a Northern Irish body
                kind = sorted(rule.applies_to.authority_types or {"council"})[0]
                return Authority(id="x", name="A Council", type=kind, nation="northern_ireland")
            if rule.applies_to.authority_types and "police" not in rule.applies_to.authority_types:
                kind = sorted(rule.applies_to.authority_types)[0]  # a Scottish body, not the police
                return Authority(
                    id="x", name="A Council", type=kind, nation="scotland", regime="FOISA",
                    cost_limit=600, hourly_rate=15,
                )  # fmt: skip
            return SCOTLAND
        if rule.applies_to.authority_types and "police" not in rule.applies_to.authority_types:
            kind = sorted(rule.applies_to.authority_types)[0]
            return Authority(id="x", name="A Council", type=kind)
        return None
    return SCOTLAND


def _cases(which: str) -> list[tuple[str, str]]:
    return [(r.id, ex) for r in RULES for ex in r.examples[which]]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for rid, _ in cases:
        seen[rid] = seen.get(rid, 0) + 1
        out.append(f"{rid}-{seen[rid]}")
    return out


BAD = _cases("bad")
GOOD = _cases("good")


def _fired(rule_id: str, text: str) -> list[str]:
    rule = RULES.get(rule_id)
    assert rule is not None
    found = unmerged(check(text, authority_for(rule), ruleset=RULES))  # shown with another too
    return [f.rule for f in found if f.rule == rule_id]


@pytest.mark.parametrize(("rule_id", "text"), BAD, ids=_ids(BAD))
def test_bad_example_fires(rule_id: str, text: str) -> None:
    assert _fired(rule_id, text), f"{rule_id} should fire on: {text!r}"


@pytest.mark.parametrize(("rule_id", "text"), GOOD, ids=_ids(GOOD))
def test_good_example_is_quiet(rule_id: str, text: str) -> None:
    assert not _fired(rule_id, text), f"{rule_id} should not fire on: {text!r}"


@pytest.mark.parametrize(("rule_id", "text"), BAD, ids=_ids(BAD))
def test_each_rewording_clears_the_rule(rule_id: str, text: str) -> None:
    rule = RULES.get(rule_id)
    assert rule is not None
    authority = authority_for(rule)
    findings = [f for f in unmerged(check(text, authority, ruleset=RULES)) if f.rule == rule_id]
    assert findings
    n = len(findings[0].suggestions)
    for i in range(n):
        if not findings[0].suggestions[i].edits:
            continue  # advice only
        edits = [e for f in findings for e in f.suggestions[i].edits]
        fixed = apply_edits(text, _without_overlaps(edits))
        again = [f for f in unmerged(check(fixed, authority, ruleset=RULES)) if f.rule == rule_id]
        assert not again, (
            f"{rule_id} suggestion {i + 1} ({findings[0].suggestions[i].title!r}) "
            f"left the rule firing on: {fixed!r}"
        )


ADVISING = [
    (r.id, r.examples["bad"][0]) for r in RULES if any(s.op == "advice" for s in r.suggestions)
]


@pytest.mark.parametrize(("rule_id", "text"), ADVISING, ids=[rid for rid, _ in ADVISING])
def test_advice_is_shown_in_full(rule_id: str, text: str) -> None:
    rule = RULES.get(rule_id)
    assert rule is not None
    authority = authority_for(rule)
    wanted = [
        s.template for s in rule.suggestions if s.op == "advice" and s.applies_to.matches(authority)
    ]
    found = unmerged(check(text, authority, ruleset=RULES))  # its own, shown alone or not
    (finding, *_) = [f for f in found if f.rule == rule_id]
    shown = [describe_suggestion(s, text) for s in finding.suggestions if s.is_advice]
    assert len(shown) == len(wanted)
    for advice, line in zip(wanted, shown, strict=True):
        # Advice may name the match's own fields ("Ask for {nearest}."): every fixed part shows.
        parts = [p.strip() for p in re.split(r"\{[^{}]*\}", advice) if p.strip()]
        assert parts and all(p in line for p in parts), f"{rule_id}: advice missing from {line!r}"


def _without_overlaps(edits: list) -> list:  # type: ignore[type-arg]
    from foidraft.lint.fixes import overlaps

    kept: list = []  # type: ignore[type-arg]
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if not any(overlaps(e, k) for k in kept):
            kept.append(e)
    return kept


def test_rule_file_has_at_least_forty_rules() -> None:
    assert len(RULES) >= 40


def test_every_kind_in_the_vocabulary_is_covered() -> None:
    from foidraft.rules.vocabulary import KINDS

    assert {r.kind for r in RULES} == set(KINDS)


def test_every_rule_cites_a_link() -> None:
    for rule in RULES:
        assert rule.evidence and all(e["url"].startswith("http") for e in rule.evidence), rule.id
