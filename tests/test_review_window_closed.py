"""After a reply whose 40-working-day review window has closed, Home's Due cell and
`foidraft due --all` say so ("review window closed D"), rather than an empty cell that
reads as if nothing had happened; `foidraft due` does not list it as something to do, and
the DUE column's date is not said again in the state."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from foidraft.deadlines import review_request_by
from foidraft.drafts import DraftStore
from foidraft.drafts.standings import standing
from foidraft.text.dates import long_date
from foidraft.tui.home_rows import build_rows
from tests.tui.shell_harness import write_draft

REPLIED = dt.date(2021, 3, 1)
TODAY = dt.date(2025, 6, 12)


@pytest.fixture
def closed() -> dt.date:
    write_draft("old-0001.md", "Stop and search 2020", authority="wmp", status="refused",
                sent="2021-02-01", extra={"replied": REPLIED.isoformat(),
                                          "reply": "refused_cost"})  # fmt: skip
    return review_request_by(REPLIED, "FOIA")


def test_the_standing_says_the_window_closed_and_when(closed: dt.date) -> None:
    found = standing(DraftStore().load("old-0001"), "FOIA", TODAY)
    assert found is not None
    assert found.state == "review-closed"
    assert found.text == f"review window closed {long_date(closed)}"
    assert found.due == closed


def test_homes_due_cell_says_the_window_closed(closed: dt.date) -> None:
    now = dt.datetime(2025, 6, 12, 9, tzinfo=dt.UTC)
    (row,) = build_rows(DraftStore(), lambda ref: None, TODAY, now)
    assert row.due_cell == f"review window closed {long_date(closed, short=True)}"


def test_due_all_lists_it_once_with_its_date_once(
    closed: dt.date, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["due", "--all", "--today", TODAY.isoformat()]) == 0
    (row,) = [line for line in capsys.readouterr().out.splitlines() if "old-0001" in line]
    assert row.startswith(f"{long_date(closed)}  review window closed  "), row
    assert row.count(str(closed.year)) == 1, row


def test_due_does_not_count_it_as_waiting(
    closed: dt.date, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["due", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "old-0001" not in out
    assert out.startswith("Nothing due within 5 working days, and nothing overdue."), out
    assert "waiting" not in out, out
