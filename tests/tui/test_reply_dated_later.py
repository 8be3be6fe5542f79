"""The reply screen said "The reply gives no date" for a reply dated after today (a
slip in the reply, or the computer's clock): it says the date it found, and still asks."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.drafts import DraftStore
from foidraft.tui.reply_reading import NeedDate, read_and_record
from tests.tui.shell_harness import write_draft


def test_the_date_after_today_is_named_when_the_day_is_asked_for() -> None:
    write_draft("knife-crime.md", "Knife crime", authority="gmp", status="sent", sent="2026-11-02")
    store = DraftStore()
    draft = store.load("knife-crime.md")
    today = dt.date(2026, 12, 7)
    text = "Dear Sir,\n\nAttached.\n\nYours sincerely,\n\nDisclosure Unit\n22 December 2026\n"
    with pytest.raises(NeedDate) as asked:
        read_and_record(draft, store, None, today, "Jo", text=text, file="", typed=None)
    said = asked.value.message
    assert "The reply is dated 22 December 2026, after today: type the day" in said, said
    assert "no date" not in said
