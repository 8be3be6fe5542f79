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
    fit_widths,
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
            widths = fit_widths([replace(r, changed_text=changed) for r in rows], width)
            if len(widths) == len(BATCH_HEADERS):
                assert widths[2] >= len("Batch"), (width, widths)
            else:  # gone: the names keep the room it had
                assert len(widths) == len(HEADERS) and widths[0] >= 12, (width, widths)
            assert widths[-1] >= len("review by 5 Feb 2027"), (width, widths)
    dated_rows = [replace(r, changed_text=dated) for r in rows]
    assert len(fit_widths(dated_rows, 80)) == len(HEADERS)  # no room at 80 beside a date
