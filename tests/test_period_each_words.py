"""A period asked for in one sum says so without "as a whole" (a breakdown by month may
follow it) and without saying "period" twice ("in the period 1 December 2025 to 30
November 2026, for the period as a whole")."""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.directory import load_directory
from foidraft.interview import load_flows
from foidraft.interview.script import answer_all

TODAY = dt.date(2026, 12, 7)


def test_a_council_letter_by_month_does_not_ask_for_the_period_as_a_whole() -> None:
    interview, _ = answer_all(
        load_flows()["service-figures"],
        {"service": "missed bin collections", "period": "last 12 months", "breakdowns": ["month"]},
        authority=load_directory().find("Leeds City Council"),
        requester_name="Jo Bloggs",
        today=TODAY,
        examples=True,
    )
    letter = " ".join(interview.letter().split())
    assert "broken down by the month received" in letter
    assert "as a whole" not in letter
    first = letter[letter.index("1. ") : letter.index("2. ")]
    assert "in the period 1 December 2025 to 30 November 2026, in total." in first
    assert first.count("period") == 1, first
