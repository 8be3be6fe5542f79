"""Information another body holds (kind held_elsewhere): how the corpus scores it, and the
commissioner's rule that sends the force's records to the force."""

from __future__ import annotations

from typing import Any

import pytest

from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from tests.corpus_schema import KINDS as CORPUS_KINDS
from tests.rule_scores import contribution, right_kind

COMMISSIONER = Authority(id="x_pcc", name="A Police and Crime Commissioner", type="pcc")
FORCE = Authority(id="x_police", name="A Police", type="police")


def case(outcome: str, reason: str) -> dict[str, Any]:
    return {"outcome": outcome, "authority_reason": reason, "trigger_kinds": ["other"]}


@pytest.mark.parametrize(
    "reason",
    [
        "A district council is not the education authority; Kent County Council holds the records.",
        "The OPCC and the force are separate legal entities; the data is held by the force.",
        "The Government does not issue the licences, so the records sit with NatureScot.",
        "The trust did not hold the information and directed the requester to Bolton CCG.",
        "Not held: trunk roads are not Transport for Wales's remit; ask the Welsh Government.",
        "The request should go to the Welsh Government, which manages trunk roads.",
        "The 2016-17 data is not held; trusts may hold the rest.",
    ],
)
def test_a_not_held_answer_naming_the_holder_is_the_right_kind(reason: str) -> None:
    assert right_kind("held_elsewhere", case("not_held", reason))


@pytest.mark.parametrize(
    ("outcome", "reason"),
    [
        ("not_held", "No such record exists: searches returned nothing."),
        ("not_held", "No cost is recorded; the service pointed to its charging tariff."),
        ("s12", "The figures are held by the crime system; reading each would exceed the limit."),
        ("answered", "Figures held by Kent County Council were passed on and supplied."),
    ],
)
def test_other_answers_are_not(outcome: str, reason: str) -> None:
    assert not right_kind("held_elsewhere", case(outcome, reason))


def test_a_question_back_cannot_tell_and_a_refusal_on_cost_counts_against() -> None:
    assert contribution("held_elsewhere", case("clarification", "")) is None
    assert contribution("held_elsewhere", case("s12", "")) == {
        "requests": 1, "same_kind": 0, "answered": 0,
    }  # fmt: skip


def test_the_corpus_files_it_under_other() -> None:
    assert "held_elsewhere" not in CORPUS_KINDS and "other" in CORPUS_KINDS


@pytest.mark.parametrize(
    "text",
    [
        "Please send me the force's current policy on recording crimes.",
        "How many complaints did the Professional Standards Department record in 2023?",
        "Why was the community protection notice withdrawn?",
    ],
)
def test_the_forces_records_asked_of_a_commissioner(text: str) -> None:
    found = [f for f in check(text, COMMISSIONER) if f.rule == "FD332"]
    assert found and found[0].kind == "held_elsewhere"
    assert not [f for f in check(text, FORCE) if f.rule == "FD332"]  # the force holds them


def test_reviews_of_complaints_stay_with_the_commissioner() -> None:
    text = (
        "How many complaints received by the Professional Standards Department were referred "
        "to your office for review in 2023?"
    )
    assert not [f for f in check(text, COMMISSIONER) if f.rule == "FD332"]
