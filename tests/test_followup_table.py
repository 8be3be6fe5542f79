"""The one table of next letters refuses letters whose words would be untrue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, fitting, misfit

DATA = Path(__file__).parent / "data"


def _fits(name: str, *, sent: dt.date | None) -> list[str]:
    reading = read_reply((DATA / name).read_text(encoding="utf-8"), regime="FOIA")
    draft = Draft.new("Hunters", "1. The figures.\n", "wmp")
    draft.sent = sent
    context = context_for(draft, reading, authority=None, replied=dt.date(2021, 2, 19), name="")
    return fitting(reading, context, today=dt.date(2021, 6, 1))


def test_an_extension_is_not_reviewed_before_the_decision_it_announces() -> None:
    """West Midlands Police's real s31 extension notice: its public interest test had not
    been done, so no review ground about it can stand yet; only a chaser, once overdue."""
    assert _fits("wmp-8a-21-extension.txt", sent=dt.date(2021, 1, 2)) == ["chaser"]


def test_a_chaser_needs_a_known_due_date() -> None:
    reading = read_reply((DATA / "wmp-8a-21-extension.txt").read_text(encoding="utf-8"))
    draft = Draft.new("Hunters", "1. The figures.\n", "wmp")  # never marked sent
    context = context_for(draft, reading, authority=None, replied=None, name="")
    why = misfit("chaser", reading, context, today=dt.date(2021, 6, 1))
    assert why is not None and "not marked sent" in why
