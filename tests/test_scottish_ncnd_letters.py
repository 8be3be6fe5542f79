"""Neither confirm nor deny under FOISA is section 18, and FOISA has no "duty to confirm or
deny" (FOIA s1(1)(a)): what foidraft says about a Scottish NCND reply, and the review
letter it drafts, use FOISA's words; a reply under FOIA keeps FOIA's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.explain import explain
from foidraft.replies.followup import context_for, next_letter

DATA = Path(__file__).parent / "data"
# Written in Police Scotland's usual form for a partial NCND answer.
SCOTTISH_REPLY = """Dear Requester,

Freedom of Information (Scotland) Act 2002 - Our reference: IM-FOI-2026-1234

Questions 1a and 1b: the information is attached.

Questions 1c, 2 and 3: In terms of section 18(1) of the Act, Police Scotland neither confirms
nor denies whether the information you have requested exists or is held. If the information
were held, it would be exempt under section 35(1)(a) and (b) and section 38(1)(b).

Question 4: The information is exempt under section 35(1)(a) of the Act.

Yours sincerely,
Information Management
"""


def _review(regime: str, text: str, grounds: list[str]) -> str:
    reading = read_reply(text, regime=regime)
    draft = Draft.new("Online grooming", "1. Arrests.\n", "police_scotland")
    context = context_for(draft, reading, authority=None, replied=dt.date(2026, 12, 1), name="J")
    letter = next_letter("review", draft, context, grounds=grounds, today=dt.date(2026, 12, 2))
    return " ".join(letter.body.split())


def test_a_scottish_ncnd_reply_is_explained_as_section_18() -> None:
    reading = read_reply(SCOTTISH_REPLY, regime="FOISA")
    assert reading.ncnd
    notes = " ".join(explain(reading).notes)
    assert "a refusal to reveal whether it does (FOISA section 18)" in notes
    assert "duty" not in notes


def test_an_english_ncnd_reply_keeps_foias_duty_to_confirm_or_deny() -> None:
    reading = read_reply((DATA / "wmp-8a-21-final.txt").read_text("utf-8"), regime="FOIA")
    assert reading.ncnd
    assert "a refusal of the duty to say" in " ".join(explain(reading).notes)


def test_the_scottish_review_letter_asks_to_say_whether_it_exists() -> None:
    body = _review("FOISA", SCOTTISH_REPLY, ["ncnd-public-foisa"])
    assert "disclose the information, or to say whether it exists or is held, as the Act" in body
    assert "confirm or deny whether it is held" not in body
    assert "Section 18(1) applies only where" in body


def test_the_english_review_letter_keeps_confirm_or_deny() -> None:
    text = (DATA / "wmp-8a-21-final.txt").read_text("utf-8")
    body = _review("FOIA", text, ["ncnd-public"])
    assert "or to confirm or deny whether it is held, as the Act requires" in body
