"""Every hint that shows how to type a date gives today's date as its example, from one
place (``foidraft.text.dates.example_date``): they said 31/03/2024, a day years back that
read as the date to ask about."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from foidraft.errors import FoidraftError
from foidraft.interview import load_flows
from foidraft.interview.answers import normalise
from foidraft.interview.date_input import parse_date
from foidraft.text.dates import example_date
from foidraft.tui.answer_text import field_hint

TODAY = dt.date.today()
SHOWN = TODAY.strftime("%d/%m/%Y")


def test_the_example_is_today_in_both_forms() -> None:
    assert example_date() == SHOWN
    assert example_date(dt.date(2026, 12, 7), iso=True) == "2026-12-07"
    assert parse_date(example_date()) == TODAY  # an example the reader itself takes


def test_the_interviews_hints_and_errors_give_it() -> None:
    staff = load_flows()["staff"].question("snapshot")
    assert f"e.g. {SHOWN}" in field_hint(staff, searchable=False)
    with pytest.raises(FoidraftError) as caught:
        parse_date("last Tuesday")
    assert SHOWN in caught.value.message and "2024" not in caught.value.message
    with pytest.raises(FoidraftError) as caught:
        normalise(staff, 12, TODAY)
    assert SHOWN in caught.value.message
    periods = [q for f in load_flows().values() for q in f.questions if q.type == "period"]
    dated = [q for q in periods if not q.kinds or "dates" in q.kinds]
    assert dated and f"to {SHOWN}" in field_hint(dated[0], searchable=False)
    assert "31/03/2024" not in field_hint(dated[0], searchable=False)


def test_the_command_lines_hint_gives_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drafts", "new", "Sending"]) == 0
    assert main(["drafts", "status", "sending", "sent", "--date", "last week"]) == 2
    err = capsys.readouterr().err
    assert f"write it as {SHOWN} or {TODAY.isoformat()}" in err, err
