"""Periods and dates from what an app hands over: Period objects, mappings or short texts.
The years (financial, listed, academic) are read by ``foidraft.interview.year_input``, the
dates by ``foidraft.interview.date_input``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from foidraft.errors import FoidraftError
from foidraft.interview.date_input import MONTH_RE, UnknownDate, month_number, parse_date
from foidraft.interview.financial_years import spell_out
from foidraft.interview.period import KINDS, Period, last_complete_months, last_complete_years
from foidraft.interview.year_input import (
    ACADEMIC,
    SPLIT_RE,
    YEAR_RE,
    academic,
    either_side,
    split_start,
    year_list,
)

_LAST = re.compile(
    r"^(?:the\s+)?(?:last|past|previous)\s+(\d{1,2}|one|two|three|four|five|six|twelve)\s+"
    r"(?:(financial|calendar|complete|full)\s+)?(months?|years?)$",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12}
_TO_DATE = ("date", "to date", "today", "now", "the date of this request", "present")


class UnknownPeriod(FoidraftError):
    """Text that is no form of period foidraft reads; ``text`` is what was typed."""

    def __init__(self, text: str) -> None:
        super().__init__(
            f"'{text}' is not a period foidraft understands; write e.g. 2021/22 to 2023/24, "
            "2021 to 2023, or 01/04/2024 to 31/03/2025."
        )
        self.text = text


def period_from_value(value: object, today: _dt.date | None = None) -> Period:
    """A Period from what a UI may hand over: a Period, a mapping or a short text.

    Mappings: ``{"kind": "financial", "start": 2021, "end": 2023}`` (first years of the
    first and last financial years), ``{"kind": "calendar", "start": 2021, "end": 2023}``,
    ``{"kind": "dates", "start": "2024-01-01", "end": "2024-03-31"}`` (``end`` None or
    missing: to the date of the request). Texts: "2021/22 to 2023/24", "2021 to 2023",
    "2024-01-01 to 2024-03-31", "2020-04-01 to date".
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, dict):
        return _from_mapping(value)
    if isinstance(value, str):
        return parse_period(value, today)
    raise FoidraftError("Give a period: a kind (financial, calendar or dates), a start and an end.")


def parse_period(text: str, today: _dt.date | None = None) -> Period:
    """'2021/22 to 2023/24' (financial), '2021 to 2023' (calendar), '2024-01-01 to
    2024-03-31', '01/04/2024 to 31/03/2025', 'April 2023 to March 2024', '1 April 2020 to
    date', '2024 to date' (dates), '2022/23 academic year', 'the 2023-24 school year'
    (academic years: 1 September to 31 August), lists of years that follow one another
    ('2022/23 and 2023/24', '2021, 2022 and 2023': the span they cover), and with
    ``today``: 'last 12 months', 'last 3 financial years'. Financial years may be
    shortened: 'FY2022/23', 'financial year 22-23', '2022-23'."""
    try:
        return _parse_period(spell_out(text), today)
    except UnknownPeriod:  # said as typed, not as spelt out or with its kind taken off
        raise UnknownPeriod(text.strip()) from None


def _parse_period(text: str, today: _dt.date | None) -> Period:
    if ACADEMIC.search(text):
        return academic(text)
    for kind, year, start_of in _LISTS:  # "2022/23 and 2023/24": the span they cover
        listed = year_list(text, year, start_of)
        if listed is not None:
            return Period(kind, *listed)
    last = _LAST.match(text.strip())
    if last is not None:
        return _relative(last, today or _dt.date.today())
    named = _KIND_NAMED.search(text.strip())
    if named is not None:  # "financial years 2021/22 to 2023/24", "2023/24 financial year"
        return _of_kind((named[1] or named[2]).lower(), text, today)
    text = re.sub(r"(?<=\d)\s*[-–]\s*(?=\d{4}/)", " to ", text.strip())  # 2021/22-2023/24
    parts = [p.strip() for p in re.split(r"\s+(?:to|until|-|–)\s+|\.\.", text, maxsplit=1)]
    if not parts or not parts[0]:
        raise FoidraftError("Give a period, e.g. 2021/22 to 2023/24, or 2021 to 2023.")
    start = parts[0]
    end = parts[1] if len(parts) > 1 else start
    if end.lower() in _TO_DATE:  # "2024 to date", "2023/24 to date", "March 2024 to date"
        return Period("dates", start_date=_first_day(start), end_date=None)
    if MONTH_RE.fullmatch(start) or MONTH_RE.fullmatch(end):
        return Period("dates", start_date=_first_day(start), end_date=_last_day(end))
    if SPLIT_RE.fullmatch(start) and SPLIT_RE.fullmatch(end):
        return Period("financial", split_start(start), split_start(end))
    if start.isdigit() and end.isdigit() and len(start) == len(end) == 4:
        return Period("calendar", int(start), int(end))
    try:
        return Period("dates", start_date=parse_date(start), end_date=parse_date(end))
    except UnknownDate:
        raise UnknownPeriod(text) from None  # "since covid": a period was asked for


# The kind of year said in words around the years themselves.
_KIND_NAMED = re.compile(
    r"^(?:the\s+)?(financial|calendar)\s+years?\s+(?=\d)|(?<=\d)\s+(financial|calendar)\s+years?$",
    re.IGNORECASE,
)


def _of_kind(kind: str, text: str, today: _dt.date | None) -> Period:
    """The period the years give, which must be of the kind the words name: "financial
    year 2023" could be 2022/23 or 2023/24, so it is asked about."""
    rest = _KIND_NAMED.sub("", text.strip())
    period = parse_period(rest, today)
    if period.kind in (kind, "dates"):  # dates say which days: "2023/24 to date"
        return period
    if kind == "financial" and re.fullmatch(r"\d{4}", rest):
        before, after = either_side(rest)
        raise FoidraftError(
            f"Which financial year: {before} or {after}? Give both years, e.g. {after}."
        )
    raise UnknownPeriod(text.strip())


def _relative(m: re.Match[str], today: _dt.date) -> Period:
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1).lower()]
    kind = (m.group(2) or "").lower()
    if count < 1:
        raise FoidraftError("Give at least one month or year.")
    if m.group(3).lower().startswith("month"):
        return last_complete_months(count, today)
    return last_complete_years("calendar" if kind == "calendar" else "financial", count, today)


def _first_day(text: str) -> _dt.date:
    """The first day of '2024', '2023/24', 'March 2024' or a date."""
    if text.isdigit() and len(text) == 4:
        return _dt.date(int(text), 1, 1)
    if SPLIT_RE.fullmatch(text):
        return _dt.date(split_start(text), 4, 1)
    m = MONTH_RE.fullmatch(text)
    if m is not None and month_number(m.group(1)):
        return _dt.date(int(m.group(2)), month_number(m.group(1)), 1)
    return parse_date(text)


def _last_day(text: str) -> _dt.date:
    """The last day of '2024', 'March 2024' or a date."""
    if text.isdigit() and len(text) == 4:
        return _dt.date(int(text), 12, 31)
    m = MONTH_RE.fullmatch(text)
    if m is not None and month_number(m.group(1)):
        year, month = int(m.group(2)), month_number(m.group(1))
        following = _dt.date(year + month // 12, month % 12 + 1, 1)
        return following - _dt.timedelta(days=1)
    return parse_date(text)


_LISTS: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], int]], ...] = (
    ("financial", SPLIT_RE, lambda m: split_start(m[0])),
    ("calendar", YEAR_RE, lambda m: int(m[1])),
)


def _from_mapping(raw: dict[object, object]) -> Period:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise FoidraftError("Choose financial years, calendar years or explicit dates.")
    start, end = raw.get("start"), raw.get("end")
    if kind == "dates":
        first = _as_date(start, "start")
        last = None if end is None or end == "" else _as_date(end, "end")
        return Period("dates", start_date=first, end_date=last)
    first_year = _as_year(start, "start")
    last_year = first_year if end is None else _as_year(end, "end")
    return Period(str(kind), first_year, last_year)


def _as_year(value: object, what: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and len(text) == 4:
            return int(text)
        if SPLIT_RE.fullmatch(text):
            return split_start(text)
    raise FoidraftError(f"The {what} should be a year, e.g. 2021.")


def _as_date(value: object, what: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    raise FoidraftError(f"The {what} should be a date, e.g. 2024-01-31.")
