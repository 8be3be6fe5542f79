"""An officer who asks two things without numbering them gets two answers: the council
walk's clarification answer quoted Sunderland's first question only (with the line's
"clarification:" in front) and left its second, on costs, unanswered. Each question is a
point, with the sentences that explain it. Real replies from tests/data/replies.jsonl."""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.model import Authority
from foidraft.replies.clarify import draft_clarification
from foidraft.replies.points import clarification_points
from tests.tui.test_next_letters_one_table import real_reply as _reply

LETTER = (
    "Dear Sunderland City Council,\n\n1. The number of instances of roadworks that have "
    "occurred from 1 January 2021 to the date of this request.\n\n2. The cost of these "
    "roadworks during this time period.\n\nYours faithfully,\n\nJo Bloggs\n"
)


def test_two_unnumbered_questions_are_two_points() -> None:
    points = clarification_points(_reply("sunderland-roadworks-clarification"))
    assert [p.text.split()[:3] for p in points] == [
        ["When", "asking", "for"],
        ["Also", "you", "ask"],
    ]
    assert points[1].text.endswith("allow the work to be carried out?")  # not the sign-off


def test_the_answer_takes_both_points() -> None:
    sunderland = Authority(id="s", name="Sunderland City Council", type="council")
    letter = draft_clarification(
        LETTER,
        _reply("sunderland-roadworks-clarification"),
        authority=sunderland,
        title="Roadworks",
        asked=dt.date(2026, 11, 16),
        name="Jo Bloggs",
    )
    assert letter.body.count("You wrote:\n> ") == 2, letter.body
    assert "> clarification:" not in letter.body
    assert "> Also you ask for the cost of these roadworks" in letter.body


def test_an_explanation_stays_with_the_question_it_explains() -> None:
    text = _reply("dyfed-powys-262-2025-charity-crimes-clarification")
    first, second = clarification_points(text)
    assert first.text.startswith("Are you referring to incidents or crimes? Please note")
    assert second.text.startswith("For what time period")
