"""A narrowed request bounds and drops the request's questions only, and when the cost
refusal names nothing to drop, it leaves a gap for the requester to say how they narrow
it (never wording foidraft invents), which the letter's check flags as unfilled.

The reply is West Midlands Police's real tasers cost refusal
(https://foi.west-midlands.police.uk/?p=26510, tests/data/replies.jsonl), on the request
it answers, numbered and followed by a format preference and a pleasantry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from foidraft.drafts import Draft
from foidraft.lint.api import check
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter

DATA = Path(__file__).parent / "data"
BOUND = "(if answering this part would take the request over the cost limit"


def _row() -> dict[str, str]:
    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == "wmp-1544a-21-tasers-cost"]
    return row


def _letter(request: str) -> str:
    numbered = request.replace("- How", "1. How", 1).replace("- In what", "2. In what", 1)
    return (
        f"Dear West Midlands Police,\n\n{numbered}\n\n"
        "Please send the information as a spreadsheet.\n\n"
        "I look forward to your reply.\n\nYours faithfully,\n\nJo Bloggs\n"
    )


def _narrowed(reply: str, letter: str) -> str:
    draft = Draft.new("Tasers", letter, "wmp")
    draft.sent = dt.date(2021, 5, 4)
    reading = read_reply(reply, regime="FOIA", letter=letter)
    assert reading.kind == "refused_cost"
    context = context_for(draft, reading, authority=None, replied=dt.date(2021, 6, 1), name="J")
    return next_letter("narrow", draft, context, today=dt.date(2021, 6, 2)).body


def test_the_bound_goes_on_a_question_not_on_a_format_preference_or_a_pleasantry() -> None:
    row = _row()
    body = _narrowed(row["text"], _letter(row["request"]))
    bounded = [p for p in body.split("\n\n") if BOUND in p]
    assert len(bounded) == 1
    assert bounded[0].startswith("2. In what number or percentages")
    assert "spreadsheet" not in bounded[0] and "look forward" not in bounded[0]
    assert "\n\nPlease send the information as a spreadsheet.\n\n" in body  # kept, as asked
    assert "I look forward" not in body  # the letter has its own close


def test_a_reply_naming_nothing_to_drop_leaves_a_gap_the_check_flags() -> None:
    row = _row()
    body = _narrowed(row["text"], _letter(row["request"]))
    assert "I have left out" not in body  # the reply names no question
    assert "[[say how you narrow your request:" in body
    rules = {f.name for f in check(body)}
    assert "unfilled-placeholder" in rules


def test_a_reply_naming_what_to_drop_needs_no_gap() -> None:
    row = _row()
    reply = row["text"] + "\nQuestion 2 would require each record to be read individually."
    body = _narrowed(reply, _letter(row["request"]))
    assert "I have left out question 2" in body
    assert "2. In what number" not in body
    assert "[[" not in body
    assert "\n\nPlease send the information as a spreadsheet.\n\n" in body
