"""Periods a request covers: financial years, calendar years, or explicit dates.

Forces compile figures by financial year (1 April to 31 March), and "2019/20" on its own
drew a clarification from West Midlands Police (financial year, or calendar years 2019 and
2020?). So a period always renders with its kind *and* its dates: "the financial years
2021/22 to 2023/24 (1 April 2021 to 31 March 2024)". An academic year is explicit dates
(1 September to 31 August) that keep their name: "the academic year 2022/23 (1 September
2022 to 31 August 2023)".
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from foidraft.errors import FoidraftError
from foidraft.text.dates import last_complete_financial_year, long_date

KINDS = ("financial", "calendar", "dates")
RETENTION_YEARS = 6  # many police records are kept for about six years
EARLIEST_YEAR = 1950

RETENTION_NOTE = (
    "This goes back more than six years. Many police records are kept for about six years, "
    "and older years may sit on a legacy system or on paper, so part of it may not be held "
    "or may be costly to find (Northumbria Police could not meet 'since 2000' for fleet "
    "records kept for six years). Consider starting later."
)
OPEN_END_NOTE = (
    "An open-ended period runs to the day the authority receives the request, so the last "
    "figures will be partial. Fixed end dates let you compare years and repeat the request."
)


@dataclass(frozen=True, slots=True)
class Period:
    """``start``/``end`` are first-year numbers for year kinds (financial 2021 = 2021/22),
    dates for ``dates``; ``end`` None means "to the date of this request" (dates only)."""

    kind: str
    start_year: int = 0
    end_year: int = 0
    start_date: _dt.date | None = None
    end_date: _dt.date | None = None
    academic: bool = False  # dates that are whole academic years, named as such
    # The month a financial year starts in: 4 (April) unless the body keeps its own year,
    # a university's from 1 August (foidraft.authorities.years).
    start_month: int = 4

    @classmethod
    def financial(cls, first: int, last: int | None = None) -> Period:
        return cls("financial", first, first if last is None else last)

    @classmethod
    def calendar(cls, first: int, last: int | None = None) -> Period:
        return cls("calendar", first, first if last is None else last)

    @classmethod
    def dates(cls, start: _dt.date, end: _dt.date | None) -> Period:
        return cls("dates", start_date=start, end_date=end)

    @classmethod
    def academic_years(cls, first: int, last: int | None = None) -> Period:
        """Academic years by their first year (2022 = 2022/23: 1 September 2022 to 31
        August 2023): explicit dates, as schools, colleges and universities count."""
        end = _dt.date((first if last is None else last) + 1, 8, 31)
        return cls("dates", start_date=_dt.date(first, 9, 1), end_date=end, academic=True)

    # -- the dates it covers ------------------------------------------------------------
    @property
    def first_day(self) -> _dt.date:
        if self.kind == "financial":
            return _dt.date(self.start_year, self.start_month, 1)
        if self.kind == "calendar":
            return _dt.date(self.start_year, 1, 1)
        assert self.start_date is not None
        return self.start_date

    @property
    def last_day(self) -> _dt.date | None:
        if self.kind == "financial":
            return _dt.date(self.end_year + 1, self.start_month, 1) - _dt.timedelta(days=1)
        if self.kind == "calendar":
            return _dt.date(self.end_year, 12, 31)
        return self.end_date

    @property
    def open_ended(self) -> bool:
        return self.kind == "dates" and self.end_date is None

    @property
    def years(self) -> int:
        """How many financial or calendar years it spans (0 for explicit dates)."""
        return self.end_year - self.start_year + 1 if self.kind != "dates" else 0

    @property
    def academic_span(self) -> tuple[int, int]:
        """The first years of the first and last academic years (academic periods only)."""
        assert self.start_date is not None and self.end_date is not None
        return self.start_date.year, self.end_date.year - 1

    # -- wording -----------------------------------------------------------------------
    @property
    def dates_text(self) -> str:
        """'1 April 2021 to 31 March 2024' or '1 April 2020 to the date of this request'."""
        last = self.last_day
        end = long_date(last) if last is not None else "the date of this request"
        return f"{long_date(self.first_day)} to {end}"

    @property
    def span_text(self) -> str:
        """'the financial years 2021/22 to 2023/24', 'the calendar year 2023', ..."""
        if self.kind == "financial":
            first, last = split_year(self.start_year), split_year(self.end_year)
            if self.years == 1:
                return f"the financial year {first}"
            return f"the financial years {first} to {last}"
        if self.kind == "calendar":
            if self.years == 1:
                return f"the calendar year {self.start_year}"
            return f"the calendar years {self.start_year} to {self.end_year}"
        if self.academic:
            low, high = (split_year(year) for year in self.academic_span)
            if low == high:
                return f"the academic year {low}"
            return f"the academic years {low} to {high}"
        if self.open_ended:
            return f"the period from {self.dates_text}"
        return f"the period {self.dates_text}"

    @property
    def short_text(self) -> str:
        """For titles: 'financial years 2021/22 to 2023/24', 'Jan 2024 to Mar 2024'."""
        if self.kind != "dates" or self.academic:
            return self.span_text.removeprefix("the ")
        start = long_date(self.first_day, short=True)
        last = self.last_day
        return f"{start} to {long_date(last, short=True) if last else 'date'}"

    @property
    def each_text(self) -> str:
        """How figures should be split in time: 'for each financial year', ..., or 'in
        total' (not 'for the period as a whole': it followed 'in the period ...', and a
        breakdown by month may follow it)."""
        if self.kind in ("financial", "calendar") and self.years > 1:
            return f"for each {self.kind} year"
        if self.academic and len(set(self.academic_span)) > 1:
            return "for each academic year"
        return "in total"

    def describe(self, date_field: str | None = None) -> str:
        """The full wording, e.g. 'the financial years 2021/22 to 2023/24 (1 April 2021 to
        31 March 2024), by the date the crime was recorded'."""
        named = self.kind != "dates" or self.academic
        text = f"{self.span_text} ({self.dates_text})" if named else self.span_text
        return f"{text}, by {date_field}" if date_field else text

    # -- checks ------------------------------------------------------------------------
    def validate(self, today: _dt.date) -> None:
        """Raise FoidraftError (worded for the user) if the period cannot be asked for."""
        if self.kind not in KINDS:
            raise FoidraftError(f"Unknown kind of period {self.kind!r}.")
        if self.kind != "dates":
            for year in (self.start_year, self.end_year):
                if not EARLIEST_YEAR <= year <= today.year:
                    raise FoidraftError(f"{year} is not a year foidraft can ask about.")
        first, last = self.first_day, self.last_day
        if last is not None and last < first:
            raise FoidraftError(
                f"The end ({long_date(last)}) is before the start ({long_date(first)})."
            )
        if first.year < EARLIEST_YEAR:
            raise FoidraftError(f"{first.year} is too far back to ask about.")
        if first > today:
            raise FoidraftError(f"This period has not started yet ({long_date(first)}).")
        if last is not None and last >= today:
            raise FoidraftError(_unfinished_message(self, last, today))

    def notes(self, today: _dt.date) -> list[str]:
        """Gentle advice about a valid period: retention and open ends."""
        out = []
        if self.first_day < _years_before(today, RETENTION_YEARS):
            out.append(RETENTION_NOTE)
        if self.open_ended:
            out.append(OPEN_END_NOTE)
        return out


def last_complete_years(kind: str, count: int, today: _dt.date) -> Period:
    """The last ``count`` complete financial, calendar or academic years before ``today``."""
    if kind == "academic":  # 1 September to 31 August
        last = today.year - 1 if today > _dt.date(today.year, 8, 31) else today.year - 2
        return Period.academic_years(last - count + 1, last)
    last = last_complete_financial_year(today) if kind == "financial" else today.year - 1
    return Period(kind, last - count + 1, last)


def last_complete_months(count: int, today: _dt.date) -> Period:
    """The last ``count`` complete calendar months before ``today``, as explicit dates."""
    first_of_this_month = today.replace(day=1)
    end = first_of_this_month - _dt.timedelta(days=1)
    index = today.year * 12 + today.month - 1 - count
    return Period("dates", start_date=_dt.date(index // 12, index % 12 + 1, 1), end_date=end)


def split_year(first: int) -> str:
    """A year that spans two, as UK bodies write it: 2023 -> "2023/24"."""
    return f"{first}/{str(first + 1)[2:]}"


def _years_before(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _unfinished_message(period: Period, last: _dt.date, today: _dt.date) -> str:
    ends = long_date(last)
    if period.kind == "financial":
        done = last_complete_financial_year(today, period.start_month)
        return (
            f"The financial year {split_year(period.end_year)} has not finished yet (it ends "
            f"on {ends}). End with {split_year(done)}, or use dates running to the date of "
            "the request."
        )
    if period.kind == "calendar":
        return (
            f"The calendar year {period.end_year} has not finished yet. End with "
            f"{today.year - 1}, or use dates running to the date of the request."
        )
    return (
        f"The period ends on {ends}, which is not in the past. End it earlier, or leave the "
        "end open (to the date of the request)."
    )
