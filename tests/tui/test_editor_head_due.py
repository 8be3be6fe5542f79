"""The editor's head says a reply is overdue, as Home does: "due 3 Jun" on a letter
whose reply is a week late read as if there were time left."""

from __future__ import annotations

import datetime as dt

from foidraft.drafts import Draft, DraftStore
from foidraft.tui.screens.editor_status import title_line


def _sent() -> Draft:
    draft = DraftStore().create("Arrests 2019", "Please provide the figures.\n", "wmp")
    draft.status, draft.sent, draft.due = "sent", dt.date(2024, 5, 3), dt.date(2024, 6, 3)
    return draft


def test_a_reply_past_its_due_date_is_overdue_in_the_head() -> None:
    line = title_line(_sent(), "saved", None, dt.date(2024, 6, 10)).plain
    assert "Sent 3 May, overdue since 3 Jun" in line


def test_a_reply_not_yet_due_shows_its_due_date() -> None:
    for today in (dt.date(2024, 5, 10), dt.date(2024, 6, 3)):  # on the day it is still due
        line = title_line(_sent(), "saved", None, today).plain
        assert "Sent 3 May, due 3 Jun" in line and "overdue" not in line
