"""Home's drafts table fits its terminal: the due date at the right edge is never cut."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace
from typing import cast

import pytest

from foidraft.drafts import DraftSummary
from foidraft.tui.home_rows import DraftRow
from foidraft.tui.widgets.drafts_table import (
    BATCH_HEADERS,
    CELL_PADDING,
    HEADERS,
    SCROLLBAR,
    fit_columns,
    fit_widths,
    row_width,
)


def row(
    title: str, status: str, due_state: str = "", due: dt.date | None = None, batch: str = ""
) -> DraftRow:
    summary = cast("DraftSummary", SimpleNamespace(title=title, status=status, problem=None))
    return DraftRow(
        summary=summary,
        authority_name="West Midlands Police",
        changed_text="10:39",
        due=due,
        due_state=due_state,
        this_year=2026,
        batch=batch,
    )


@pytest.mark.parametrize("width", [80, 90, 120])
def test_a_review_deadline_next_year_fits_beside_a_partly_answered_request(width: int) -> None:
    # At 80 columns "review by 4 Feb 2027" was cut to "review by 4 Feb 202": the names had
    # reached their usual minimum and the row ran past the screen's edge.
    rows = [
        row("Review: Online grooming", "draft"),
        row("Online grooming", "partly-answered", "review-by", dt.date(2027, 2, 4)),
        row("Answer: Online grooming", "draft"),
    ]
    widths = fit_widths(rows, width)
    assert sum(widths) + CELL_PADDING * len(HEADERS) + SCROLLBAR <= width
    assert widths[-1] >= len(rows[1].due_cell) == len("review by 4 Feb 2027")
    assert widths[0] >= 17  # "Review: Online g…": the title before the authority's name


def test_with_a_batch_column_the_review_deadline_still_fits_at_80_columns() -> None:
    # Home at 80x24 with a batch of three forces beside a partly answered request showed
    # "review by 5 Feb 20": the batch column kept its six columns and the row ran past.
    rows = [
        row("Online child sexual offences", "partly-answered", "review-by", dt.date(2027, 2, 5)),
        row("Knife crime in Kent (Kent Police)", "draft", batch="knife-crime-in-coventry"),
        row("Knife crime in Coventry", "sent", "overdue", dt.date(2026, 12, 1)),
    ]
    widths = fit_widths(rows, 80)
    assert len(widths) == len(BATCH_HEADERS)
    assert sum(widths) + CELL_PADDING * len(BATCH_HEADERS) + SCROLLBAR <= 80
    assert widths[-1] >= len("review by 5 Feb 2027")
    assert widths[2] >= len("Batch")  # "knif…" still says a batch is there


def test_the_batch_column_shows_its_name_whole_or_goes() -> None:
    # At 80 columns the batch column was squeezed to three, headed "Bat".
    dated = "8 Dec 2026"
    rows = [
        row("Online child sexual offences", "partly-answered", "review-by", dt.date(2027, 2, 5)),
        row("Knife crime in Kent (Kent Police)", "draft", batch="knife-crime-in-coventry"),
        row("Knife crime in Coventry", "sent", "overdue", dt.date(2026, 12, 1)),
    ]
    for width in range(70, 121):
        for changed in ("10:39", dated):
            headers, widths = fit_columns([replace(r, changed_text=changed) for r in rows], width)
            if "Batch" in headers:
                assert widths[headers.index("Batch")] >= len("Batch"), (width, widths)
            else:  # gone: the names keep the room it had
                assert widths[0] >= 12, (width, widths)
            assert widths[-1] >= len("review by 5 Feb 2027"), (width, widths)
    dated_rows = [replace(r, changed_text=dated) for r in rows]
    assert "Batch" not in fit_columns(dated_rows, 80)[0]  # no room at 80 beside a date


WALK23_ROWS = [  # walk23's Home: a batch beside requests sent, one paused for a clarification
    row("Cases: fly-tipping enforcement", "sent", "due", dt.date(2027, 1, 8)),
    row("Hate crime in Belfast", "sent", "overdue", dt.date(2026, 12, 2)),
    row("Knife crime in South Wales", "sent", "due-soon", dt.date(2026, 12, 9), batch="knives"),
    row("Online child sexual offence arrests", "clarification", "clarification"),
    row("Review: Online grooming", "partly-answered", "review-by", dt.date(2027, 2, 4)),
]


@pytest.mark.parametrize("width", [60, 64, 70])
def test_a_narrow_terminal_drops_batch_then_changed_before_the_due_date_is_cut(
    width: int,
) -> None:
    # At 60x20 every column kept its place and the row ran past the edge: "8 Jan 2027"
    # read "8 J" and "2 Dec overdue" "2 D".
    headers, widths = fit_columns(WALK23_ROWS, width)
    assert row_width(widths) <= width, (headers, widths)
    assert headers[-1] == "Due" and widths[-1] >= max(len(r.due_cell) for r in WALK23_ROWS)
    assert headers[:2] == ("Title", "Authority") and "Status" in headers
    assert widths[0] >= 6 and widths[1] >= 7  # "Knif…", "West M…"


def test_a_row_that_fits_keeps_every_column() -> None:
    headers, widths = fit_columns(WALK23_ROWS, 100)
    assert headers == BATCH_HEADERS and widths == fit_widths(WALK23_ROWS, 100)
    assert fit_columns(WALK23_ROWS, 80)[0] == BATCH_HEADERS  # 80x24 as before


def test_the_due_colours_read_in_every_builtin_theme() -> None:
    """walk23 in textual-light: "9 Dec soon" in the theme's text-warning read at 2.7 to 1
    on the table (atom-one-light 2.8): each due colour now reads at WCAG AA (4.5 to 1) on
    the table's surface, the background and the panel, and a colour that read already is
    kept as the theme gives it."""
    from textual.color import Color
    from textual.theme import BUILTIN_THEMES

    from foidraft.tui.widgets.drafts_table import DUE_COLOUR, READABLE, _contrast, readable_on

    for name, theme in BUILTIN_THEMES.items():
        colours = theme.to_color_system().generate()
        grounds = [colours[g] for g in ("surface", "background", "panel")]
        if any(Color.parse(g).ansi is not None or Color.parse(g).a < 1 for g in grounds):
            continue  # an ANSI theme: the terminal's own colours
        for variable in set(DUE_COLOUR.values()):
            given = colours[variable]
            shown = Color.parse(readable_on(given, grounds))
            worst = min(_contrast(shown, Color.parse(g)) for g in grounds)
            assert worst >= READABLE, (name, variable, given, shown.hex, worst)
            if min(_contrast(Color.parse(given), Color.parse(g)) for g in grounds) >= READABLE:
                assert shown.hex == Color.parse(given).hex, (name, variable)
