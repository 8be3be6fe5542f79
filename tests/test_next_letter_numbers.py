"""The next letter keeps the numbers the request and the authority use: a narrowed
request asks again "1a" and "1b", never "1" and "2", and a partial answer refusing part
on cost offers a narrowed request under FOISA as under FOIA, even when it names no
question."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.explain import explain
from foidraft.replies.followup import context_for, misfit, next_letter

DATA = Path(__file__).parent / "data"
LETTER = (
    "Dear West Midlands Police,\n\n"
    "1a. Please provide the number of arrests for offence code 88A in 2024/25.\n\n"
    "1b. Please provide the number of those arrests that led to a charge.\n\n"
    "2. Please provide the number of those arrests in which a decoy was used.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)


def _narrowed(reply: str, letter: str = LETTER, regime: str = "FOIA") -> str:
    draft = Draft.new("Arrests", letter, "wmp")
    draft.sent = dt.date(2026, 10, 1)
    reading = read_reply(reply, regime=regime, letter=letter)
    context = context_for(draft, reading, authority=None, replied=dt.date(2026, 10, 20), name="J")
    return next_letter("narrow", draft, context, today=dt.date(2026, 10, 21)).body


def test_a_narrowed_request_keeps_the_requests_own_numbers() -> None:
    body = _narrowed(
        "Dear Jo Bloggs\n\nWe estimate that complying with your request would exceed the "
        "appropriate limit of £450 under section 12(1). Question 2 would require each crime "
        "record to be read individually.\n\nYours sincerely\n"
    )
    assert "I have left out question 2" in body
    assert "1a. Please provide the number of arrests for offence code 88A" in body
    assert "1b. Please provide the number of those arrests that led to a charge" in body
    assert "\n1. " not in body and "\n2. " not in body  # never renumbered
    assert "Please provide:\n" not in body  # each question already asks


def test_a_narrowed_request_keeps_a_q_marker_as_written() -> None:
    letter = LETTER.replace("1a. ", "Q1a: ").replace("1b. ", "Q1b: ")
    body = _narrowed(
        "We estimate that complying with your request would exceed the appropriate limit "
        "under section 12(1). Question 2 would require each record to be read individually.",
        letter,
    )
    assert "Q1a: Please provide the number of arrests" in body
    assert "Q1b: Please provide" in body


def _police_scotland_partial() -> dict[str, str]:
    """Police Scotland's real partial answer refusing the rest on cost (FOISA s12(1)),
    naming no question: tests/data/replies.jsonl, with its URL."""
    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == "scotland-immigration-detainees-cells-im-foi-2018-1421"]
    return row


def test_a_partial_cost_refusal_naming_no_question_offers_a_narrowed_request_under_foisa() -> None:
    row = _police_scotland_partial()
    reading = read_reply(row["text"], regime="FOISA")
    assert (reading.kind, reading.sections, reading.cost_questions()) == (
        "partly_answered",
        ("FOISA s12(1)",),
        [],
    )
    meaning = explain(reading, replied=dt.date(2018, 9, 1))
    assert meaning.next_steps == ["narrow", "review", "thanks"]  # followup.fitting
    assert "they say the rest would cost more than the limit allows" in meaning.headline
    draft = Draft.new("Detainees", "1. Immigration detainees held in cells.\n", "police-scotland")
    context = context_for(draft, reading, authority=None, replied=dt.date(2018, 9, 1), name="J")
    assert misfit("narrow", reading, context, today=dt.date(2018, 9, 2)) is None
    letter = next_letter("narrow", draft, context, today=dt.date(2018, 9, 2))
    notes = " ".join(letter.notes)
    assert "FOISA s15" in notes and "s12(4)" not in notes  # Scotland's own law
    # Not the same request again (refused again, or called repeated): thanks for the part
    # answered, and a hole for what the requester gives up.
    assert "and for the part you answered. You said that the rest would cost more" in (letter.body)
    assert "[[say how you narrow it:" in letter.body
    assert "1. Immigration detainees held in cells." in letter.body


def test_a_partial_cost_refusal_naming_no_question_offers_a_narrowed_request_under_foia() -> None:
    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == "dyfed-powys-264-2024-staff-data-partial-s12"]
    reading = read_reply(row["text"], regime="FOIA")
    assert reading.kind == "partly_answered" and reading.cost_questions() == []
    assert explain(reading).next_steps == ["narrow", "review", "thanks"]
