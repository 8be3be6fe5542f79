"""The editor's head says a reply is overdue, as Home does: "due 3 Jun" on a letter
whose reply is a week late read as if there were time left."""

from __future__ import annotations

import datetime as dt

from foidraft.drafts import Draft, DraftStore
from foidraft.tui.screens.editor_status import title_line


def _sent() -> Draft:
    draft = DraftStore().create("Arrests 2019", "Please provide the figures.\n", "wmp")
    draft.status, draft.sent, draft.due = "sent", dt.date(2024, 5, 3), dt.date(2024, 6, 4)
    return draft


def test_a_reply_past_its_due_date_is_overdue_in_the_head() -> None:
    line = title_line(_sent(), "saved", None, dt.date(2024, 6, 10)).plain
    assert "Sent 3 May, overdue since 4 Jun" in line


def test_a_reply_not_yet_due_shows_its_due_date() -> None:
    for today in (dt.date(2024, 5, 10), dt.date(2024, 6, 4)):  # on the day it is still due
        line = title_line(_sent(), "saved", None, today).plain
        assert "Sent 3 May, due 4 Jun" in line and "overdue" not in line


def test_a_hand_written_sent_draft_without_a_due_date_shows_the_one_home_counts() -> None:
    """A file marked ``status: sent`` by hand, with a sent date and no due date: Home
    counts the due date from the sent date (the 20th working day: 6 and 27 May are bank
    holidays), and so does the head."""
    draft = _sent()
    draft.due = None
    line = title_line(draft, "saved", None, dt.date(2024, 5, 10)).plain
    assert "Sent 3 May, due 4 Jun" in line
    assert "overdue since 4 Jun" in title_line(draft, "saved", None, dt.date(2024, 6, 5)).plain
