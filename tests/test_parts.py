"""A finding of an exemption's kind in one of several questions says that its question may
be refused alone (foidraft.lint.parts): published refusals on those grounds are mostly
partial, the rest of the request answered."""

from __future__ import annotations

from foidraft.lint.api import check
from foidraft.lint.checker import Checker
from foidraft.lint.document import Document
from foidraft.lint.parts import NCND_PART_NOTE, PART_NOTE, asks

SEVERAL = (
    "Dear Sir,\n\nPlease provide:\n1. The number of burglaries recorded in 2023.\n"
    "2. The names of the officers who attended each burglary.\n\nYours faithfully,\nA Person"
)
ONE = "Please provide the names of the officers who attended the burglary at 4 Mill Lane."


def _names(text: str) -> list[str]:
    return [f.message for f in check(text) if f.rule == "FD604"]


def test_an_exemption_in_one_of_several_questions_is_marked_as_refusable_alone() -> None:
    (message,) = _names(SEVERAL)
    assert message.endswith(PART_NOTE)


def test_a_question_whose_rule_says_ncnd_is_marked_as_neither_confirmed_nor_denied_alone() -> None:
    # One named person's arrest is met with NCND (s40(5B)) while the counts are answered:
    # the note says which reply that question alone is likely to get.
    text = (
        "Dear Sir,\n\nPlease provide:\n1. The number of burglaries recorded in 2023.\n"
        "2. Has Mr David Jones of 12 High Street been arrested?\n\nYours faithfully,\nA Person"
    )
    found = [f.message for f in check(text) if f.rule == "FD608"]
    assert found and all(m.endswith(NCND_PART_NOTE) for m in found)
    assert all(PART_NOTE not in m for m in found)
    # A rule that speaks only of withholding keeps the plain note.
    (message,) = _names(SEVERAL)
    assert NCND_PART_NOTE not in message


def test_a_request_of_one_question_is_not_marked() -> None:
    assert all(PART_NOTE not in m and NCND_PART_NOTE not in m for m in _names(ONE))


def test_other_kinds_are_not_marked() -> None:
    text = "1. How many crimes were recorded in 2019/20?\n2. How many of those were burglaries?"
    assert all(PART_NOTE not in f.message for f in check(text) if f.kind == "ambiguous_period")


def test_greetings_background_and_sign_off_are_not_questions() -> None:
    text = (
        "Dear Chief Constable,\n\nI read in the paper that the force is reviewing its fleet.\n\n"
        "How many vehicles does the force own?\n\nYours faithfully,\nA Person"
    )
    doc = Document(text)
    found = [doc.text[a:b].strip() for a, b in asks(doc)]
    assert found == ["How many vehicles does the force own?"]


def test_the_editor_check_marks_it_once_however_often_it_checks() -> None:
    checker = Checker()
    for _ in range(3):
        found = [f.message for f in checker.check(SEVERAL) if f.rule == "FD604"]
        assert len(found) == 1 and found[0].count(PART_NOTE) == 1


def test_a_note_goes_where_the_finding_lies_in_one_of_at_least_two_questions_that_ask() -> None:
    """Only the questions holding an exemption finding are read for whether they ask (and
    the others until two do): the notes are those that reading every question gives."""
    from foidraft.lint.parts import EXEMPTION_KINDS
    from tests.corpus import load_cases

    cases = load_cases()
    noted = 0
    for first in range(0, 150, 10):
        letters = [str(c["request"]) for c in cases[first : first + 8]]
        # Long letters, and letters where a single question asks (one request alone).
        for text in ("\n\n".join(letters), letters[0], f"Dear Sir,\n\n{letters[1]}\n\nThanks"):
            spans = asks(Document(text))
            for f in check(text):
                if f.kind not in EXEMPTION_KINDS:
                    continue
                inside = any(a <= f.start < b for a, b in spans)
                expected = len(spans) >= 2 and inside
                has_note = f.message.endswith((PART_NOTE, NCND_PART_NOTE))
                assert has_note is expected, (first, f.rule, f.start)
                noted += has_note
    assert noted > 0
    # Several questions, one of which asks: no note.
    text = f"Dear Sir,\n\n{ONE}\n\nI wrote about this last year.\n\nYours faithfully,\nA Person"
    assert len(asks(Document(text))) == 1
    assert _names(text) and not any(m.endswith(PART_NOTE) for m in _names(text))
