"""Periods and dates from what an app hands over: Period objects, mappings or short texts."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from itertools import pairwise

from foidraft.errors import FoidraftError
from foidraft.interview.financial_years import spell_out
from foidraft.interview.period import (
    KINDS,
    Period,
    last_complete_months,
    last_complete_years,
    split_year,
)
from foidraft.text.dates import MONTHS, example_date

_LAST = re.compile(
    r"^(?:the\s+)?(?:last|past|previous)\s+(\d{1,2}|one|two|three|four|five|six|twelve)\s+"
    r"(?:(financial|calendar|complete|full)\s+)?(months?|years?)$",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12}
_TO_DATE = ("date", "to date", "today", "now", "the date of this request", "present")


class UnknownDate(FoidraftError):
    """Text that is no form of date foidraft reads (not a near miss such as 31/02/2024)."""


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
    if _ACADEMIC.search(text):
        return _academic(text)
    for kind, year, start_of in _LISTS:  # "2022/23 and 2023/24": the span they cover
        listed = _year_list(text, year, start_of)
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
    if _MONTH_RE.fullmatch(start) or _MONTH_RE.fullmatch(end):
        return Period("dates", start_date=_first_day(start), end_date=_last_day(end))
    if _SPLIT_RE.fullmatch(start) and _SPLIT_RE.fullmatch(end):
        return Period("financial", _split_start(start), _split_start(end))
    if start.isdigit() and end.isdigit() and len(start) == len(end) == 4:
        return Period("calendar", int(start), int(end))
    try:
        return Period("dates", start_date=_parse_date(start), end_date=_parse_date(end))
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
        before, after = _either_side(rest)
        raise FoidraftError(
            f"Which financial year: {before} or {after}? Give both years, e.g. {after}."
        )
    raise UnknownPeriod(text.strip())


def _either_side(year: str) -> tuple[str, str]:
    """The two years that span two one number could mean: "2023" -> 2022/23, 2023/24."""
    return split_year(int(year) - 1), split_year(int(year))


_SPLIT_RE = re.compile(r"(\d{4})\s*/\s*(\d{2}|\d{4})")
_YEAR_RE = re.compile(r"(\d{4})")
# Between the years of a list: "2021/22, 2022/23 and 2023/24", "2022/23 & 2023/24".
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)


def _year_list(
    text: str, year: re.Pattern[str], start_of: Callable[[re.Match[str]], int]
) -> tuple[int, int] | None:
    """The first and last year (``start_of`` each ``year`` match) of a list of two or more
    years, which must follow one another; None when ``text`` is no such list."""
    items = _LIST_SEP.split(" ".join(text.split()))  # single spaces: each \s* takes one
    found = [m for m in map(year.fullmatch, items) if m is not None]
    if len(items) < 2 or len(found) < len(items):
        return None
    named = sorted({start_of(m): m[0] for m in found}.items())  # a year named twice: once
    if any(b != a + 1 for (a, _), (b, _) in pairwise(named)):
        raise FoidraftError(
            f"'{text.strip()}' are not years that follow one another; give the span they "
            f"cover, e.g. {named[0][1]} to {named[-1][1]}, or ask for each in its own request."
        )
    return named[0][0], named[-1][0]


_ACADEMIC = re.compile(r"\b(?:academic|school)\s+years?\b", re.IGNORECASE)
_ACADEMIC_YEARS = re.compile(
    r"(\d{4})\s*[/-]\s*(\d{4}|\d{2})(?:\s*(?:to|until|-|–)\s*(\d{4})\s*[/-]\s*(\d{4}|\d{2}))?"
)
_ACADEMIC_YEAR = re.compile(r"(\d{4})\s*[/-]\s*(\d{4}|\d{2})")
_ACADEMIC_EXAMPLE = "write it as e.g. 2022/23 academic year, or 2021/22 to 2023/24 academic years"


def _academic(text: str) -> Period:
    """'2022/23 academic year', 'the 2023-24 school year', 'academic years 2021/22 to
    2023/24': whole academic years, 1 September to 31 August (a year on its own, '2023
    academic year', could be 2022/23 or 2023/24, so it is asked about)."""
    rest = " ".join(_ACADEMIC.sub(" ", text).split())
    rest = re.sub(r"^(?:the|in|for|of)\s+|\s+(?:the|of)$", "", rest, flags=re.IGNORECASE)
    # "2021/22 and 2022/23 academic years": the span they cover
    listed = _year_list(rest, _ACADEMIC_YEAR, lambda m: _academic_start(m[1], m[2]))
    if listed is not None:
        return Period.academic_years(*listed)
    found = _ACADEMIC_YEARS.fullmatch(rest)
    if found is None:
        if re.fullmatch(r"\d{4}", rest):
            before, after = _either_side(rest)
            raise FoidraftError(
                f"Which academic year: {before} or {after}? Give both years, e.g. {before} "
                "academic year."
            )
        raise FoidraftError(
            f"'{text.strip()}' is not an academic year foidraft reads; {_ACADEMIC_EXAMPLE}."
        )
    first = _academic_start(found.group(1), found.group(2))
    last = first if found.group(3) is None else _academic_start(found.group(3), found.group(4))
    return Period.academic_years(first, last)


def _academic_start(first: str, second: str) -> int:
    year = int(first)
    if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
        raise FoidraftError(f"'{first}/{second}' is not one academic year; {_ACADEMIC_EXAMPLE}.")
    return year


_MONTH_RE = re.compile(r"([A-Za-z]{3,9})\s+(\d{4})")


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
    if _SPLIT_RE.fullmatch(text):
        return _dt.date(_split_start(text), 4, 1)
    m = _MONTH_RE.fullmatch(text)
    if m is not None and _month(m.group(1)):
        return _dt.date(int(m.group(2)), _month(m.group(1)), 1)
    return _parse_date(text)


def _last_day(text: str) -> _dt.date:
    """The last day of '2024', 'March 2024' or a date."""
    if text.isdigit() and len(text) == 4:
        return _dt.date(int(text), 12, 31)
    m = _MONTH_RE.fullmatch(text)
    if m is not None and _month(m.group(1)):
        year, month = int(m.group(2)), _month(m.group(1))
        following = _dt.date(year + month // 12, month % 12 + 1, 1)
        return following - _dt.timedelta(days=1)
    return _parse_date(text)


def _month(name: str) -> int:
    names = [n.lower() for n in MONTHS]
    found = [i for i, n in enumerate(names) if n.startswith(name.lower()[:3])]
    return found[0] + 1 if found and len(name) >= 3 else 0


def _split_start(text: str) -> int:
    m = _SPLIT_RE.fullmatch(text)
    assert m is not None
    first, second = int(m.group(1)), m.group(2)
    following = int(second) if len(second) == 4 else (first + 1) % 100
    if (len(second) == 4 and following != first + 1) or (
        len(second) == 2 and int(second) != following
    ):
        raise FoidraftError(f"'{text}' is not a financial year (e.g. 2021/22).")
    return first


_LISTS: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], int]], ...] = (
    ("financial", _SPLIT_RE, lambda m: _split_start(m[0])),
    ("calendar", _YEAR_RE, lambda m: int(m[1])),
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
        if _SPLIT_RE.fullmatch(text):
            return _split_start(text)
    raise FoidraftError(f"The {what} should be a year, e.g. 2021.")


def _as_date(value: object, what: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _parse_date(value)
    raise FoidraftError(f"The {what} should be a date, e.g. 2024-01-31.")


def parse_date(text: str) -> _dt.date:
    """'31/03/2024' (UK order), '2024-03-31' or '31 March 2024' to a date."""
    return _parse_date(text)


def _parse_date(text: str) -> _dt.date:
    text = text.strip()
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        pass
    uk = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", text)
    if uk:
        day, month, year = (int(x) for x in uk.groups())
        year = year + 2000 if year < 100 else year
        try:
            return _dt.date(year, month, day)
        except ValueError:
            raise FoidraftError(f"'{text}' is not a real date (day/month/year).") from None
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m:
        names = [name.lower() for name in MONTHS]
        month_name = m.group(2).lower()
        found = [i for i, name in enumerate(names) if name.startswith(month_name[:3])]
        if found and len(month_name) >= 3:
            try:
                return _dt.date(int(m.group(3)), found[0] + 1, int(m.group(1)))
            except ValueError:
                pass
    raise UnknownDate(f"'{text}' is not a date foidraft understands; write e.g. {example_date()}.")
