"""The seed request, West Midlands Police FOI 8A/21 (the first two cases in dev.jsonl).

As first sent it drew a clarification with five points; each must be flagged, on the words
that caused it, with the kind of problem the force described. The refined request was
answered in part, with the decoy questions neither confirmed nor denied and the group names
withheld; both risks must be raised. Every rewording offered for a point must clear it.
"""

from __future__ import annotations

from typing import Any

import pytest

from foidraft.lint.api import check
from foidraft.lint.fixes import apply_edits
from foidraft.lint.merging import unmerged
from foidraft.lint.model import Finding
from foidraft.paths import bundled_rules_file
from foidraft.rules.model import Rule, RuleSet
from foidraft.rules.registry import load_rule_data
from tests.corpus import authority_for, load_cases

RULES = RuleSet([Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])])
FIRST, REFINED = load_cases()[:2]
WARN = ("warning", "error")

# (label, words the force pointed to, occurrence, kind of problem it described)
FIRST_POINTS = [
    ("period", "2019/20", 0, "ambiguous_period"),
    ("online", "online", 0, "not_recorded_field"),
    ("associated", "associated", 0, "undefined_term"),
    ("decoy 1c", "involved at least one child decoy", 0, "manual_review"),
    ("decoy 2", "acting as decoys", 0, "manual_review"),
    ("groups", "names of all so-called paedophile hunting groups", 0, "unnamed_entities"),
]
REFINED_POINTS = [
    ("child decoy", "involving a child decoy", 0, {"law_enforcement_sensitive"}),
    ("police decoy", "involving a police decoy", 0, {"law_enforcement_sensitive"}),
    (
        "group names",
        "names of all so-called paedophile hunting groups",
        0,
        {"law_enforcement_sensitive", "personal_data"},
    ),
]


def _check(text: str, case: dict[str, Any]) -> list[Finding]:
    """Every finding as found: a point flagged under a louder finding on the same words
    (its reason said with it, foidraft.lint.merging) is flagged all the same."""
    return unmerged(check(text, authority_for(case), ruleset=RULES))


def _span(text: str, words: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _covering(findings: list[Finding], start: int, end: int, kinds: set[str]) -> list[Finding]:
    """Findings of one of ``kinds`` whose span overlaps the words. Each point is flagged;
    how loud each rule is follows its measured precision on real requests."""
    return [f for f in findings if f.kind in kinds and f.start < end and start < f.end]


def test_each_request_is_likely_to_be_queried() -> None:
    """Both letters draw warnings: neither gets the all-clear."""
    for case in (FIRST, REFINED):
        assert [f for f in _check(case["request"], case) if f.severity in WARN], case["id"]


def test_the_cases_are_the_seed_thread() -> None:
    assert FIRST["id"] == "wmp-8a-21-first-request"
    assert REFINED["id"] == "wmp-8a-21-refined-request"


@pytest.mark.parametrize(
    ("label", "words", "nth", "kind"), FIRST_POINTS, ids=[p[0] for p in FIRST_POINTS]
)
def test_first_request_raises_each_point_on_its_words(
    label: str, words: str, nth: int, kind: str
) -> None:
    text = FIRST["request"]
    start, end = _span(text, words, nth)
    found = _covering(_check(text, FIRST), start, end, {kind})
    assert found, f"{label}: no {kind} finding on {words!r}"
    # The finding points at the words themselves, not just somewhere in the sentence.
    assert any(f.end - f.start <= max(len(words), 70) for f in found), found


def test_every_occurrence_of_the_split_year_is_flagged() -> None:
    text = FIRST["request"]
    findings = _check(text, FIRST)
    occurrences = text.count("2019/20")
    assert occurrences == 4
    for nth in range(occurrences):
        start, end = _span(text, "2019/20", nth)
        assert _covering(findings, start, end, {"ambiguous_period"}), nth


@pytest.mark.parametrize(
    ("label", "words", "nth", "kinds"), REFINED_POINTS, ids=[p[0] for p in REFINED_POINTS]
)
def test_refined_request_raises_the_ncnd_risks(
    label: str, words: str, nth: int, kinds: set[str]
) -> None:
    text = REFINED["request"]
    start, end = _span(text, words, nth)
    assert _covering(_check(text, REFINED), start, end, kinds), label


def test_refined_request_keeps_the_fixed_points_quiet() -> None:
    """The refinement asked in the system's own terms: crime reports with an online marker."""
    text = REFINED["request"]
    question_1 = text.index("\n")  # "1. Number of crime reports ... with an online marker ..."
    assert "online marker" in text[:question_1]
    findings = _check(text, REFINED)
    assert not [f for f in findings if f.kind == "not_recorded_field" and f.start < question_1]
    assert not [f for f in findings if f.rule == "FD520"]  # the groups are now named


def _point_cases() -> list[tuple[str, str, int, str, int]]:
    """(label, words, occurrence, kind, suggestion number) for every edit offered."""
    text = FIRST["request"]
    findings = _check(text, FIRST)
    out = []
    for label, words, nth, kind in FIRST_POINTS:
        start, end = _span(text, words, nth)
        (finding, *_) = _covering(findings, start, end, {kind})
        for i, s in enumerate(finding.suggestions):
            if s.edits:
                out.append((label, words, nth, kind, i))
    return out


POINT_CASES = _point_cases()


@pytest.mark.parametrize(
    ("label", "words", "nth", "kind", "choice"),
    POINT_CASES,
    ids=[f"{c[0]}-{c[4] + 1}" for c in POINT_CASES],
)
def test_each_rewording_clears_its_point(
    label: str, words: str, nth: int, kind: str, choice: int
) -> None:
    text = FIRST["request"]
    start, end = _span(text, words, nth)
    (finding, *_) = _covering(_check(text, FIRST), start, end, {kind})
    edits = finding.suggestions[choice].edits
    fixed = apply_edits(text, list(edits))
    assert fixed != text
    if words not in fixed:
        return  # the rewording took the point's own words out (a removed question)
    # Where the point was: from the first edit to the end of its paragraph in the new text.
    first = min(e.start for e in edits)
    para_end = fixed.find("\n\n", first)
    para_end = len(fixed) if para_end < 0 else para_end
    again = [
        f
        for f in _check(fixed, FIRST)
        if f.rule == finding.rule and first <= f.end and f.start < para_end
    ]
    assert not again, f"{label}: {finding.rule} still fires after {edits!r}: {again}"
