"""What a requester still tripped on after sending (issue 9), in the app: a review letter
marked sent on an earlier day said the date its answer was due counted from the day it
was written (7 January), while Home counted from the day it was sent (21 December)."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input

from foidraft.deadlines import review_due
from foidraft.text.dates import long_date
from foidraft.tui.screens.dialogs import DateDialog
from tests.tui.editor_harness import FIXED_TODAY, make_draft, open_editor, wait_until

WRITTEN = long_date(review_due(FIXED_TODAY))
REVIEW = (
    "Dear West Midlands Police,\n\nI am writing to ask for an internal review.\n\n"
    f"I look forward to the outcome within 20 working days, by {WRITTEN}.\n\n"
    "Yours faithfully,\nA Requester\n"
)


async def test_a_review_letter_marked_sent_says_the_date_counted_from_that_day() -> None:
    store, draft = make_draft(REVIEW, authority="wmp", title="Internal review: Arrests")
    draft.letter, draft.follows = "review", "arrests-gone"
    store.save(draft)
    sent = dt.date(2024, 4, 22)
    by = long_date(review_due(sent))
    async with open_editor(store, draft) as (app, pilot, screen):
        screen.editor.move_cursor((2, 0))
        await pilot.press("N", "o", "w", " ")  # typed, not yet saved: kept
        await pilot.press("ctrl+t", "down", "down", "enter")  # draft, ready, sent
        await wait_until(pilot, lambda: isinstance(app.screen, DateDialog), "the date")
        app.screen.query_one(Input).value = ""
        await pilot.press(*sent.isoformat(), "enter")
        await wait_until(pilot, lambda: app.screen is screen, "the editor")
        await wait_until(pilot, lambda: by in screen.editor.text, "the new date on screen")
        assert screen.editor.text.startswith(REVIEW.split("I am")[0] + "Now I am")
    assert draft.path is not None
    saved = store.load_path(draft.path)
    assert saved.sent == sent and f"20 working days, by {by}." in saved.body
    assert WRITTEN not in saved.body and "Now I am writing" in saved.body
