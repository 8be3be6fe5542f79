"""A rewording that adds words at a question's or sentence's end is offered once: after it
is pressed, the re-check does not offer the same words again (pressing 1 on the same
finding used to add "(only if your system records this ...)" a second and a third time)."""

from __future__ import annotations

from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from foidraft.lint.fixes import apply_edits

WMP = resolve_any("West Midlands Police")[0]


def _press(text: str, rule: str) -> tuple[str, int]:
    """Press the rule's first rewording that edits; how many times it was on offer."""
    offered = 0
    for _ in range(4):
        found = [f for f in check(text, WMP) if f.rule == rule]
        edits = [s for f in found for s in f.suggestions if s.edits]
        if not edits:
            return text, offered
        offered += 1
        text = apply_edits(text, list(edits[0].edits))
    return text, offered


def test_a_field_condition_is_added_once_to_a_question_of_two_sentences() -> None:
    text = (
        "Keyless thefts remain a pressing issue. How many keyless car thefts were recorded "
        "in 2023? Please break the figures down by month.\n"
    )
    after, offered = _press(text, "FD340")
    assert offered == 1, after
    assert after.count("searchable field") == 1, after
    # The condition answers both findings in the question: neither is raised again.
    assert not [f for f in check(after, WMP) if f.rule == "FD340"], after


def test_an_addition_after_a_bracketed_question_is_added_once() -> None:
    text = (
        "Please explain how a pass/fail is determined in the fitness test (i.e. is there a "
        "pass mark, and if so, what is it?)\n"
    )
    after, offered = _press(text, "FD505")
    assert offered == 1, after
    assert after.count("written policy") == 1, after


def _on_addition(text: str, rule: str) -> tuple[str, list[str]]:
    """Press the rule's first rewording that adds words; the rules the re-check raises on
    the words it added."""
    found = [f for f in check(text, WMP) if f.rule == rule]
    edit = next(e for f in found for s in f.suggestions for e in s.edits if e.start == e.end)
    after = apply_edits(text, [edit])
    a, b = edit.start, edit.start + len(edit.replacement)
    return after, [f"{f.rule} {f.match!r}" for f in check(after, WMP) if f.start < b and f.end > a]


def test_leaving_security_bodies_out_draws_no_advice_on_its_own_words() -> None:
    # FD706's words are section 23's ("information supplied by, or relating to, a security
    # body"): FD314 read them as asking who supplied the information.
    example = "How many referrals did you receive from CEOP or the National Crime Agency in 2022?\n"
    letter = (
        "Dear West Midlands Police,\n\n"
        "Please provide the following for the financial year 1 April 2022 to 31 March 2023:\n\n"
        "1. How many referrals about the sexual communication with a child offence (code 71/17) "
        "did the force receive from the National Crime Agency?\n"
        "2. How many crimes under code 71/17 were recorded?\n\n"
        "Yours faithfully,\nA Requester\n"
    )
    for text in (example, letter):
        after, raised = _on_addition(text, "FD706")
        assert "security body" in after, after
        assert raised == [], (raised, after)
        assert not [f for f in check(after, WMP) if f.rule == "FD706"], after


def test_who_supplied_information_is_still_advised_on() -> None:
    text = "How many arrests followed information supplied by members of the public in 2023?\n"
    assert [f for f in check(text, WMP) if f.rule == "FD314"]
