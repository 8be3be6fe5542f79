"""One wording of dates for requesters (``foidraft.text.dates.long_date``): Home's Due
cell read "8 Jan" for a deadline next January, as if it were this one, and its detail
line put "sent 2 December 2026" beside "ask for a review by 2027-01-08"; `foidraft due`
and the reply's explanation said ISO dates while the letters spelt them out."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from foidraft.drafts import DraftSummary
from foidraft.text.dates import long_date
from foidraft.tui.home_rows import DraftRow
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
ISO = re.compile(r"\b\d{4}-\d\d-\d\d\b")
WHEN = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def _row(due: dt.date, state: str) -> DraftRow:
    summary = DraftSummary("a.md", Path("a.md"), "Arrests", "wmp", "sent", WHEN, WHEN, due)
    return DraftRow(summary, "West Midlands Police", "09:00", due=due, due_state=state,
                    this_year=2026)  # fmt: skip


def test_the_one_wording_long_and_short() -> None:
    day = dt.date(2027, 1, 8)
    assert long_date(day) == "8 January 2027"
    assert long_date(day, short=True, this_year=2027) == "8 Jan"
    assert long_date(day, short=True, this_year=2026) == "8 Jan 2027"


@pytest.mark.parametrize(
    ("state", "cell"),
    [
        ("waiting", "8 Jan 2027"),
        ("review-by", "review by 8 Jan 2027"),
        ("overdue", "8 Jan 2027 overdue"),
    ],
)
def test_homes_due_cell_says_the_year_of_a_date_in_another_year(state: str, cell: str) -> None:
    assert _row(dt.date(2027, 1, 8), state).due_cell == cell
    assert _row(dt.date(2026, 12, 18), state).due_cell == cell.replace("8 Jan 2027", "18 Dec")


def test_due_and_the_replys_explanation_spell_dates_out(cli: Cli) -> None:
    cli("drafts", "new", "--authority", "wmp", "--from", str(DATA / "wmp-8a-21-letter.txt"),
        "Hunters")  # fmt: skip
    cli("drafts", "status", "hunters", "sent", "--date", "2021-01-04")
    code, out, _ = cli("due", "--all", "--today", "2021-01-20")
    row = out.splitlines()[1]
    assert code == 0 and row.startswith("1 February 2021  ") and not ISO.search(out), out
    code, out, err = cli("reply", "hunters", str(DATA / "wmp-8a-21-final.txt"), "--date",
                         "2021-03-19")  # fmt: skip
    assert "(reply of 19 March 2021; it was late (due 1 February 2021))" in err, err
    dates = next(line for line in out.splitlines() if line.startswith("Dates: "))
    assert dates.startswith("Dates: reply 19 March 2021; ask for a review by ") and not ISO.search(
        dates
    ), dates
    code, out, _ = cli("due", "--all", "--today", "2021-03-22")
    assert "  ask for a review: " in out and not ISO.search(out), out


def test_marking_a_request_sent_says_its_due_date_as_due_does(
    cli: Cli,
) -> None:
    """The walk: `drafts status NAME sent` said "the reply is due by 2026-10-29" and
    `foidraft due` then "29 October 2026"."""
    cli("drafts", "new", "--authority", "wmp", "--from", str(DATA / "wmp-8a-21-letter.txt"),
        "Taser use")  # fmt: skip
    code, _, err = cli("drafts", "status", "taser", "sent", "--date", "2026-10-01")
    assert code == 0 and "the reply is due by 29 October 2026" in err, err


def test_drafts_list_and_status_say_dates_as_home_does(cli: Cli) -> None:
    """The new-user walk: `drafts list` and `drafts status` said 2026-12-04 where Home, `due`
    and the letters say "4 Dec 2026"; `--json` keeps ISO dates for scripts."""
    cli("drafts", "new", "--authority", "wmp", "--from", str(DATA / "wmp-8a-21-letter.txt"),
        "Hunters")  # fmt: skip
    code, out, _ = cli("drafts", "status", "hunters", "sent", "--date", "2021-01-04")
    assert code == 0 and out.endswith(": sent (sent 4 January 2021)\n"), out
    code, out, _ = cli("drafts", "list")
    assert code == 0 and "1 Feb 2021" in out and not ISO.search(out), out
    (row,) = json.loads(cli("drafts", "list", "--json")[1])
    assert (row["due"], row["changed"][:4]) == ("2021-02-01", str(dt.date.today().year))
    code, out, _ = cli("drafts", "status", "hunters", "clarification", "--date",
                       "2021-01-06")  # fmt: skip
    assert code == 0 and out.endswith(": clarification (asked 6 January 2021)\n"), out
    code, out, _ = cli("drafts", "status", "hunters", "sent", "--clarified", "2021-01-08")
    assert out.endswith("(sent 4 January 2021, clarified 8 January 2021)\n"), out
    cli("drafts", "rm", "hunters")
    code, out, _ = cli("drafts", "trash")
    assert code == 0 and not ISO.search(out), out
