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


async def test_at_80_columns_home_names_the_authority_by_a_short_form_not_a_stub() -> None:
    """At 80x24 Home cut the Authority column to "City o…": a name the directory knows is
    shown by its short form that fits ("CoLP", "City of London"), never wrapped; the line
    under the table still gives it whole."""
    from textual.widgets import Static

    from tests.tui.shell_harness import home_listing, make_app, text_of, write_draft

    title = "Stop and search by ethnicity 2023"
    answered = {"replied": "2025-05-20", "reply": "partly_answered"}
    write_draft("a-0001.md", title, authority="city_of_london_police",
                status="partly-answered", sent="2025-04-22", extra=answered)  # fmt: skip
    write_draft("b-0002.md", f"Thanks: {title}", authority="city_of_london_police")
    async with make_app().run_test(size=(80, 24)) as pilot:
        table = await home_listing(pilot, 2)
        names = {str(table.get_row_at(i)[1]) for i in range(2)}
        assert names <= {"CoLP", "City Police", "City of London", "City of London Police"}
        assert table.name_widths[1] < len("City of London Police")  # it was cut here
        assert all(len(table.get_row_at(i)) == len(table.columns) for i in range(2))
        detail = pilot.app.screen.query_one("#draft-detail", Static)
        assert "City of London Police" in text_of(detail)


def test_a_short_title_leaves_the_authority_column_room_at_80_columns() -> None:
    """The title kept 16 columns or more however short it was: "Potholes" beside a
    partly answered request cut "Central Bedfordshire Council" to 7 columns."""
    from dataclasses import replace

    from foidraft.tui.widgets.drafts_table import CELL_PADDING, HEADERS, SCROLLBAR, fit_widths
    from tests.tui.test_drafts_table_widths import row

    council = "Central Bedfordshire Council"
    rows = [replace(row("Potholes", "partly-answered", "review-by", dt.date(2027, 2, 4)),
                    authority_name=council)]  # fmt: skip
    widths = fit_widths(rows, 80)
    assert sum(widths) + CELL_PADDING * len(HEADERS) + SCROLLBAR <= 80
    assert widths[0] >= len("Potholes") + 2 and widths[1] >= 15
    title = "Stop and search by ethnicity and age 2023"
    long = [replace(row(title, "partly-answered", "review-by", dt.date(2027, 2, 4)),
                    authority_name=council)]  # fmt: skip
    assert fit_widths(long, 80)[:2] == (19, 7)  # a long title keeps its share, as before
