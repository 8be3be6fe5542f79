"""A review on the ground that the reply was late says when it was due, not that the
Act allowed 20 working days: after an extension for the public interest test the review
letter said "after the 20 working days the Act allows (the deadline was 19 March 2021)",
a date 40 working days on (the walk: West Midlands Police's 8A/21, extended, then late)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.authorities.directory import load_directory
from foidraft.replies import read_reply
from foidraft.replies.review import Context, review_letter

FINAL = Path(__file__).parent / "data" / "wmp-8a-21-final.txt"


def test_a_late_reply_after_an_extension_is_late_against_its_own_deadline() -> None:
    reading = read_reply(FINAL.read_text(encoding="utf-8"), regime="FOIA")
    extended = dt.date(2021, 3, 19)  # the date the extension notice set
    context = Context(
        "Hunters", load_directory().resolve("wmp"), reading, dt.date(2021, 4, 20),
        due=extended, late=True,
    )  # fmt: skip
    letter = review_letter(context, ["late"], today=dt.date(2021, 4, 21))
    text = " ".join(letter.body.split())
    assert "after the time the Act allows (the deadline was 19 March 2021)" in text, text
    assert "20 working days the Act allows" not in text, text
