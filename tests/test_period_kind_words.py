"""A period typed with its kind of year in words ("financial years 2021/22 to 2023/24",
"2023/24 financial year", "calendar years 2021 to 2023") is read, not refused; a kind the
years contradict, or a financial year named by one number, is asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.errors import FoidraftError
from foidraft.interview.period_input import parse_period

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("financial years 2021/22 to 2023/24", "financial", 2021, 2023),
        ("the financial years 2021/22 to 2023/24", "financial", 2021, 2023),
        ("2021/22 to 2023/24 financial years", "financial", 2021, 2023),
        ("financial year 2023/24", "financial", 2023, 2023),
        ("2023/24 financial year", "financial", 2023, 2023),
        ("Financial years 2022/23 and 2023/24", "financial", 2022, 2023),
        ("calendar years 2021 to 2023", "calendar", 2021, 2023),
        ("calendar year 2023", "calendar", 2023, 2023),
    ],
)
def test_the_kind_in_words_is_read(text: str, kind: str, start: int, end: int) -> None:
    period = parse_period(text, TODAY)
    assert (period.kind, period.start_year, period.end_year) == (kind, start, end)


def test_dates_keep_their_days() -> None:
    period = parse_period("financial years 2023/24 to date", TODAY)
    assert period.kind == "dates" and period.end_date is None


def test_one_number_for_a_financial_year_is_asked_about() -> None:
    with pytest.raises(FoidraftError, match=r"2022/23 or 2023/24"):
        parse_period("financial year 2023", TODAY)


def test_a_kind_the_years_contradict_is_refused() -> None:
    with pytest.raises(FoidraftError, match="not a period"):
        parse_period("calendar years 2021/22 to 2023/24", TODAY)


def test_relative_periods_are_unchanged() -> None:
    period = parse_period("last 3 financial years", TODAY)
    assert (period.kind, period.start_year, period.end_year) == ("financial", 2023, 2025)
