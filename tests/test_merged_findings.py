"""Findings on the same words show as one: the loudest, with the others' rewordings after
its own (the West Midlands request drew "based on evidence" and "evidence acquired by",
both "not a recorded field", as two findings on the same words), and the reasons of other
kinds said under its own ("in connection with": FD340 and FD203)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foidraft.lint.api import check
from foidraft.lint.merging import (
    folded,
    merge_same_kind,
    merge_same_words,
    one_per_kind,
    unmerged,
)
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
    (shown,) = [f for f in found if f.match == "based on evidence" and f.line == 13]
    assert shown.rule == "FD340" and shown.severity == "warning"  # the louder one
    assert [f.rule for f in shown.merged] == ["FD340", "FD314"]
    own, other = shown.merged
    assert shown.suggestions[: len(own.suggestions)] == own.suggestions
    assert all(s in shown.suggestions for s in other.suggestions)  # its rewordings too
    assert shown.to_dict()["also"] == [
        {"rule": "FD314", "name": other.name, "severity": "info", "start": other.start,
         "end": other.end, "match": "evidence provided to you by", "message": other.message,
         "kind": "not_recorded_field"}
    ]  # fmt: skip
    # Taken apart again, every finding is there as found (what rules are measured on).
    assert len(unmerged(found)) == len(found) + sum(len(f.merged) - 1 for f in found if f.merged)


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


def test_different_kinds_on_the_same_words_read_once_with_both_reasons() -> None:
    """The words "in connection with" drew FD340 (not a recorded field, a warning) and FD203 (a link
    the authority would judge, info) as two findings on the same words: 36 findings for
    the West Midlands request. Now the louder is shown, the other folded under it."""
    text = SEED.read_text(encoding="utf-8")
    found = check(text, "wmp")
    assert [(f.rule, g.rule) for f in found for g in found
            if f is not g and f.start <= g.start and g.end <= f.end] == []  # fmt: skip
    for shown in [f for f in found if f.match == "in connection with"]:
        assert (shown.rule, shown.severity) == ("FD340", "warning")
        (also,) = folded(shown)
        assert (also.rule, also.severity, also.match) == ("FD203", "info", "in connection with")
        own = shown.merged[0]
        assert shown.suggestions[: len(own.suggestions)] == own.suggestions
        assert all(s in shown.suggestions for s in also.suggestions)
        assert shown.to_dict()["also"][0]["kind"] == also.kind
    everything = unmerged(found)
    assert {f.rule for f in everything} >= {"FD203", "FD322", "FD403", "FD520"}
    assert len(found) < len(merge_same_kind(everything))  # fewer places than same-kind only


def test_only_quieter_words_inside_louder_ones_fold_and_each_kind_says_its_reason_once() -> None:
    phrase = finding("FD9", "law_enforcement_sensitive", "warning", 10, 40)
    inside = finding("FD5", "not_recorded_field", "warning", 12, 20)
    inside_too = finding("FD6", "not_recorded_field", "warning", 30, 38)  # same kind again
    same_words = finding("FD1", "manual_review", "info", 10, 40)
    crossing = finding("FD2", "too_broad", "info", 35, 50)  # crosses the end: its own place
    loud_inside = finding("FD7", "undefined_term", "error", 60, 65)
    quiet_around = finding("FD8", "too_broad", "info", 55, 70)
    shown = merge_same_words(
        [crossing, inside, same_words, phrase, inside_too, quiet_around, loud_inside]
    )
    assert sorted(f.rule for f in shown) == ["FD2", "FD7", "FD8", "FD9"]
    (one,) = [f for f in shown if f.rule == "FD9"]
    assert [f.rule for f in folded(one)] == ["FD5", "FD1"]  # FD6's reason is FD5's kind's
    assert {f.rule for f in one.merged} == {"FD9", "FD5", "FD6", "FD1"}
    assert one.suggestions[0].title == "FD9's rewording"
    # A louder finding inside a quieter one's words: each in its own place.
    assert all(not f.merged for f in shown if f.rule in ("FD7", "FD8"))


def test_the_folded_reason_is_read_in_the_check_output_and_the_apps_detail_pane() -> None:
    from foidraft.report import format_text
    from foidraft.tui.widgets.finding_detail import detail_content

    text = SEED.read_text(encoding="utf-8")
    (shown, *_) = [f for f in check(text, "wmp") if f.match == "in connection with"]
    (also,) = folded(shown)
    printed = format_text("letter.txt", [shown], text).splitlines()
    assert printed[1] == f"    also FD203 info: {also.message}"  # under the louder's line
    assert printed[2].startswith("    1. ") and len(printed) == 2 + len(shown.suggestions)
    detail = detail_content(shown, None, text).plain.splitlines()
    assert detail[1] == shown.message  # then the folded reason at once: at 80x24 both in sight
    assert detail[2] == f"Also ● undefined term · info: {also.message}"


def test_a_folded_reason_on_the_same_words_does_not_quote_them_again() -> None:
    """FD712 quotes 'names of all so-called paedophile hunting groups'; FD520, folded under
    it on the same words, opened with the same quote: a line the 80x24 pane lacks."""
    from foidraft.tui.widgets.finding_detail import detail_content

    text = SEED.read_text(encoding="utf-8")
    (shown,) = [f for f in check(text, "wmp") if f.rule == "FD712"]
    (also,) = folded(shown)
    quote = f"'{also.match}': "
    assert also.match == shown.match and also.message.startswith(quote)
    rest = also.message.removeprefix(quote)
    said = detail_content(shown, None, text).plain.splitlines()
    assert said[2] == f"Also ● unnamed entities · info: {rest[:1].upper()}{rest[1:]}"
    assert said[1] == shown.message  # the louder keeps its quote: it names the words


def test_what_picks_findings_by_kind_gets_the_folded_ones_back_one_per_kind() -> None:
    """A clarification's answer to "which groups?" is FD520's "name the groups", folded
    under FD712's "leave them out": picked by kind, it answered with the other."""
    text = SEED.read_text(encoding="utf-8")
    apart = one_per_kind(check(text, "wmp"))
    groups = [f.rule for f in apart if f.match.startswith("names of all so-called")]
    assert groups == ["FD712", "FD520"]
    assert [f for f in apart if folded(f)] == []
    (same_kind,) = [f for f in apart if f.match == "based on evidence" and f.line == 13]
    assert [f.rule for f in same_kind.merged] == ["FD340", "FD314"]  # still one
    assert [f.start for f in apart] == sorted(f.start for f in apart)


def test_check_its_json_and_explain_all_give_the_folded_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What `foidraft check` prints under the louder line, its JSON carries under "also",
    and `foidraft explain` of the folded rule still explains it."""
    from foidraft.cli import main

    assert main(["check", str(SEED)]) == 1
    printed = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(printed) if "FD340  warning  'in connection with'" in line)
    also = printed[at + 1]
    assert also.startswith("    also FD203 info: 'in connection with' asks the authority")
    assert main(["check", "--format", "json", str(SEED)]) == 1
    data = json.loads(capsys.readouterr().out)
    carried = [
        a for f in data if f["rule"] == "FD340" and f["match"] == "in connection with"
        for a in f["also"]
    ]  # fmt: skip
    assert carried and {(a["rule"], a["severity"]) for a in carried} == {("FD203", "info")}
    assert {f"    also FD203 info: {a['message']}" for a in carried} == {also}
    assert main(["explain", "FD203"]) == 0
    assert "undefined term, info; FD203" in capsys.readouterr().out
