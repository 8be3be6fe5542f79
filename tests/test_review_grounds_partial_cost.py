"""A partial answer refusing the rest on cost owes advice on narrowing as a whole cost
refusal does (FOIA s16, FOISA s15): the review offers that ground for both. The council
walk: Devon County Council's partial answer said narrowing was "not possible", and the
review offered no ground to question it. Real replies from tests/data/replies.jsonl."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.review import grounds_for
from tests.tui.test_next_letters_one_table import real_reply as _reply


@pytest.mark.parametrize(
    ("rid", "regime", "ground"),
    [
        ("devon-pothole-compensation-part-s12", "FOIA", "no-advice"),
        ("lambeth-data-hub-community-centres-s12-partial", "FOIA", "no-advice"),
        ("scotgov-foi-18-00465-late-requests-cost-part", "FOISA", "no-advice-foisa"),
    ],
)
def test_a_partial_cost_refusal_offers_the_advice_ground(
    rid: str, regime: str, ground: str
) -> None:
    reading = read_reply(_reply(rid), regime=regime)
    assert reading.kind == "partly_answered"
    assert ground in {g.id for g in grounds_for(reading)}


def test_a_partial_answer_without_a_cost_refusal_does_not() -> None:
    reading = read_reply(_reply("clch-25-154-locum-s43"), regime="FOIA")
    assert reading.kind == "partly_answered"
    assert "no-advice" not in {g.id for g in grounds_for(reading)}
