"""Periods and dates from what an app hands over: Period objects, mappings or short texts."""

from __future__ import annotations

import datetime as _dt
import re

from foidraft.errors import FoidraftError
from foidraft.interview.period import KINDS, Period
from foidraft.text.dates import MONTHS


def period_from_value(value: object) -> Period:
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
        return parse_period(value)
    raise FoidraftError("Give a period: a kind (financial, calendar or dates), a start and an end.")


def parse_period(text: str) -> Period:
    """'2021/22 to 2023/24' (financial), '2021 to 2023' (calendar), '2024-01-01 to
    2024-03-31' or '1 April 2020 to date' (dates)."""
    text = re.sub(r"(?<=\d)\s*[-–]\s*(?=\d{4}/)", " to ", text.strip())  # 2021/22-2023/24
    parts = [p.strip() for p in re.split(r"\s+(?:to|until|-|–)\s+|\.\.", text, maxsplit=1)]
    if not parts or not parts[0]:
        raise FoidraftError("Give a period, e.g. 2021/22 to 2023/24, or 2021 to 2023.")
    start = parts[0]
    end = parts[1] if len(parts) > 1 else start
    if _SPLIT_RE.fullmatch(start) and _SPLIT_RE.fullmatch(end):
        return Period("financial", _split_start(start), _split_start(end))
    if start.isdigit() and end.isdigit() and len(start) == len(end) == 4:
        return Period("calendar", int(start), int(end))
    first = _parse_date(start)
    if end.lower() in ("date", "to date", "today", "now", "the date of this request"):
        return Period("dates", start_date=first, end_date=None)
    return Period("dates", start_date=first, end_date=_parse_date(end))


_SPLIT_RE = re.compile(r"(\d{4})\s*/\s*(\d{2}|\d{4})")


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
    """'2024-03-31' or '31 March 2024' (the forms foidraft writes) to a date."""
    return _parse_date(text)


def _parse_date(text: str) -> _dt.date:
    text = text.strip()
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m:
        names = [name.lower() for name in MONTHS]
        month = m.group(2).lower()
        found = [i for i, name in enumerate(names) if name.startswith(month[:3])]
        if found and len(month) >= 3:
            try:
                return _dt.date(int(m.group(3)), found[0] + 1, int(m.group(1)))
            except ValueError:
                pass
    raise FoidraftError(f"'{text}' is not a date foidraft understands; write e.g. 2024-03-31.")
