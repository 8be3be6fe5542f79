"""What a requester still tripped on after sending (issue 9): each trip a walk of the
after-sending flow found, with the reply or the dates that showed it."""

from __future__ import annotations

import datetime as dt

from foidraft.replies import read_reply
from foidraft.replies.explain import explain, render

REVIEWED = (
    "Dear Ms Lee\n\nI have now completed the internal review of your request. {}\n\n"
    "Yours sincerely\n"
)


def _said(outcome: str) -> str:
    reading = read_reply(REVIEWED.format(outcome), regime="FOIA")
    assert reading.kind == "review_outcome"
    return render(explain(reading, replied=dt.date(2025, 3, 3)), reading)


def test_the_reply_screen_says_what_the_review_decided() -> None:
    """The screen said only "This is the outcome of the internal review."; the complaint
    letter said whether it upheld the refusal, the requester reading the reply did not."""
    upheld = _said("I uphold the original decision: section 31(1)(a) was correctly applied.")
    assert "It upheld the original decision" in upheld
    overturned = _said("The original decision was incorrect and the figures are now released.")
    assert "It overturned the original decision" in overturned
    partly = _said("I have partially upheld your complaint: question 2 is now answered.")
    assert "changed the original decision only in part" in partly
    silent = _said("Please find the response below.")
    assert "does not say plainly whether" in silent
