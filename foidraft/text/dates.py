"""Dates as letters write them, and the UK financial year, without importing datetime."""

from __future__ import annotations

import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


class Today:
    """Today's year, month and day, without importing datetime (about 1 ms per check)."""

    __slots__ = ("day", "month", "year")

    def __init__(self) -> None:
        now = time.localtime()
        self.year, self.month, self.day = now.tm_year, now.tm_mon, now.tm_mday


def long_date(day: _dt.date | Today, *, short: bool = False, this_year: int = 0) -> str:
    """The one way a date is worded for a requester, in letters and on screen alike:
    "2 January 2027". ``short`` (a narrow table cell): "2 Jan 2027", or "2 Jan" when it
    falls in ``this_year`` (a date in another year always says which)."""
    month = MONTHS[day.month - 1]
    if not short:
        return f"{day.day} {month} {day.year}"
    return f"{day.day} {month[:3]}" + ("" if day.year == this_year else f" {day.year}")


def short_date(day: _dt.date, today: _dt.date | None) -> str:
    """'3 May' within ``today``'s year, else '3 May 2023' (always with a year if no today)."""
    return long_date(day, short=True, this_year=today.year if today else 0)


def changed_text(moment: _dt.datetime, now: _dt.datetime) -> str:
    """When a file last changed: '14:05' (today), 'yesterday', '3 May', '3 May 2023', in
    ``now``'s time zone (Home's Changed column, the trash, `foidraft drafts list`)."""
    local = moment.astimezone(now.tzinfo) if now.tzinfo else moment
    day, today = local.date(), now.date()
    if day == today:
        return f"{local:%H:%M}"
    if day.toordinal() == today.toordinal() - 1:
        return "yesterday"
    return short_date(day, today)


def example_date(day: _dt.date | Today | None = None, *, iso: bool = False) -> str:
    """The one date every hint gives as an example of typing one: ``day`` (today by
    default) as "07/12/2026", or "2026-12-07" with ``iso``. A fixed day years back
    (31/03/2024) read as a date the requester was meant to ask about."""
    day = day or Today()
    if iso:
        return f"{day.year}-{day.month:02d}-{day.day:02d}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def last_complete_financial_year(today: _dt.date | Today, start_month: int = 4) -> int:
    """Start year of the most recent financial year (1 April to 31 March, or from the
    first of ``start_month`` for a body that keeps its own year) that has ended."""
    return today.year - 1 if today.month >= start_month else today.year - 2
