"""The policies flow: a document kind the requester typed becomes its own numbered
question, so it can be named as the part to drop first at the cost limit."""

from __future__ import annotations

import pytest

from foidraft.interview import Interview, load_flows
from tests.test_interview_flows import TODAY, WMP, step

pytestmark = pytest.mark.usefixtures("warm_cache")

TYPED = "Risk assessment for the custody suite"


def at_drop_first(kinds: list[str]) -> Interview:
    interview = Interview(load_flows()["policies"], authority=WMP, today=TODAY)
    answers = {"doc_type": kinds, "subject": "the use of spit hoods"}
    while interview.current is not None and interview.current.id != "drop_first":
        step(interview, answers)
    assert interview.current is not None
    return interview


def test_a_typed_document_is_offered_as_a_part_to_drop() -> None:
    interview = at_drop_first(["policy", TYPED, "MAPPA protocol"])
    assert interview.current is not None
    labels = [c.label for c in interview.current.choices]
    assert labels == [
        "The policy",
        "The risk assessment for the custody suite",
        "The MAPPA protocol",
        "Nothing: I need every part",
    ]


def test_dropping_the_typed_document_names_its_question_in_the_letter() -> None:
    interview = at_drop_first(["policy", TYPED])
    interview.answer([f"document:{TYPED}"])
    while interview.current is not None:
        step(interview)
    assert "please answer question 1 first and drop question 2." in interview.letter()


def test_a_typed_pick_survives_a_change_of_authority() -> None:
    interview = at_drop_first(["policy", TYPED])
    interview.answer([f"document:{TYPED}"])
    interview.authority = None
    interview.authority = WMP
    assert interview.answers["drop_first"] == (f"document:{TYPED}",)
