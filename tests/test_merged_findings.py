"""Findings of one kind on the same words show as one: the loudest, with the others'
rewordings after its own (the West Midlands request drew "based on evidence" and
"evidence acquired by", both "not a recorded field", as two findings on the same words)."""

from __future__ import annotations

from pathlib import Path

from foidraft.lint.api import check
from foidraft.lint.merging import merge_same_kind, unmerged
from foidraft.lint.model import Edit, Finding, Suggestion

SEED = Path(__file__).parent / "data" / "seed-first-request.txt"


def finding(rule: str, kind: str, severity: str, start: int, end: int) -> Finding:
    rewording = Suggestion(f"{rule}'s rewording", (Edit(start, end, "y"),))
    return Finding(rule=rule, name=rule.lower(), kind=kind, severity=severity, start=start,
                   end=end, line=1, column=start + 1, match="x" * (end - start),
                   message=f"{rule} says", suggestions=[rewording])  # fmt: skip


def overlapping_same_kind(findings: list[Finding]) -> list[tuple[str, str]]:
    return [
        (f.rule, g.rule)
        for i, f in enumerate(findings)
        for g in findings[i + 1 :]
        if f.kind == g.kind and f.start < g.end and g.start < f.end
    ]


def test_the_west_midlands_request_has_no_two_findings_of_one_kind_on_the_same_words() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = check(text, "wmp")
    assert overlapping_same_kind(found) == []
    (shown,) = [f for f in found if f.match == "based on evidence" and f.start < 900]
    assert shown.rule == "FD340" and shown.severity == "warning"  # the louder one
    assert [f.rule for f in shown.merged] == ["FD340", "FD314"]
    own, other = shown.merged
    assert shown.suggestions[: len(own.suggestions)] == own.suggestions
    assert all(s in shown.suggestions for s in other.suggestions)  # its rewordings too
    assert shown.to_dict()["also"] == [
        {"rule": "FD314", "name": other.name, "severity": "info", "start": other.start,
         "end": other.end, "match": "evidence acquired by", "message": other.message}
    ]  # fmt: skip
    # Taken apart again, every finding is there as found (what rules are measured on).
    assert len(unmerged(found)) == len(found) + 2


def test_only_the_same_kind_on_overlapping_words_is_one() -> None:
    loud = finding("FD2", "not_recorded_field", "warning", 10, 20)
    quiet = finding("FD1", "not_recorded_field", "info", 15, 30)
    other_kind = finding("FD3", "undefined_term", "info", 10, 20)
    apart = finding("FD4", "not_recorded_field", "info", 20, 25)  # touches, does not overlap
    shown = merge_same_kind([quiet, other_kind, loud, apart])
    assert sorted(f.rule for f in shown) == ["FD2", "FD3", "FD4"]
    (one,) = [f for f in shown if f.rule == "FD2"]
    assert (one.start, one.end, one.severity, one.message) == (10, 20, "warning", "FD2 says")
    assert [s.title for s in one.suggestions] == ["FD2's rewording", "FD1's rewording"]
    assert one.merged == (loud, quiet)
    assert sorted(f.rule for f in unmerged(shown)) == ["FD1", "FD2", "FD3", "FD4"]


def test_a_rewording_both_offer_is_offered_once() -> None:
    a = finding("FD1", "too_broad", "warning", 0, 10)
    b = finding("FD2", "too_broad", "warning", 0, 10)
    b.suggestions = [Suggestion("FD1's rewording", (Edit(0, 10, "y"),))]
    (one,) = merge_same_kind([a, b])
    assert one.rule == "FD1" and len(one.suggestions) == 1


def test_fix_still_takes_a_choice_by_the_quieter_rules_own_number() -> None:
    from foidraft.lint.fixes import choose

    loud = finding("FD2", "not_recorded_field", "warning", 10, 20)
    quiet = finding("FD1", "not_recorded_field", "info", 15, 30)
    (one,) = merge_same_kind([loud, quiet])
    chosen, _ = choose([one], {"FD1": 1})
    assert [(f.rule, s.title) for f, s in chosen] == [("FD2", "FD1's rewording")]
    chosen, _ = choose([one], {"FD2": 2})  # the shown finding: numbered as check lists them
    assert [s.title for _f, s in chosen] == ["FD1's rewording"]
