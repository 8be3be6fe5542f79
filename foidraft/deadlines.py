"""FOI deadlines, counted in working days.

* FOIA s10(6) (and EIR): a working day is any day except Saturday, Sunday, Christmas Day,
  Good Friday and a bank holiday in ANY part of the UK, so 2 January and St Andrew's Day
  (Scotland), 17 March and 12 July (Northern Ireland) and Scotland's first Monday in
  August stop the clock for an English force too.
* FOISA s73: only Scottish bank holidays (and Christmas Day) count.

Holidays come from the ``holidays`` package (GB subdivisions ENG, WLS, SCT, NIR), which
includes substitute days and days added by proclamation (2022 Platinum Jubilee and state
funeral, 2023 coronation). Day 1 is the first working day after the day of receipt (the
ICO's reading, also WhatDoTheyKnow's): a request received on a Saturday has Monday as
day 1. A clarification restarts the count from the day it reaches the authority.
"""

from __future__ import annotations

import datetime as dt
import itertools

from foidraft.errors import FoidraftError

UK = ("ENG", "WLS", "SCT", "NIR")
# EISR: the Environmental Information (Scotland) Regulations 2004 keep FOISA's clock
CALENDARS: dict[str, tuple[str, ...]] = {"FOIA": UK, "EIR": UK, "FOISA": ("SCT",), "EISR": ("SCT",)}
RESPONSE_DAYS = 20  # FOIA s10(1), FOISA s10(1), EIR reg 5(2)
EXTENSION_DAYS = 20  # FOIA s10(3) public interest (ICO: no more than 20 more); EIR reg 7
REVIEW_REQUEST_DAYS = 40  # s45 Code (FOIA), FOISA s20(5)
# s45 Code, FOISA s21(1), EIR reg 11(4), EI(S)R reg 16(4)
# A body under an Act answers requests for environmental information under the matching
# regulations (FOIA s39, FOISA s39(2)): their deadlines are the regulations' (EIR reg 11).
ENVIRONMENTAL = {"FOIA": "EIR", "FOISA": "EISR"}
REVIEW_RESPONSE_DAYS = {"FOIA": 20, "FOISA": 20, "EIR": 40, "EISR": 20}
REVIEW_LAW = {"FOIA": "the s45 code", "FOISA": "FOISA s21", "EIR": "EIR reg 11",
              "EISR": "EI(S)R reg 16"}  # fmt: skip
REVIEW_LONGEST_DAYS = {"FOIA": 40}  # s45 Code: 20 more working days in complex cases only
SOON = 5  # working days: "due soon"
# Complaint to the Commissioner after a review: the ICO asks for it within six weeks of the
# review's outcome (FOIA, EIR); FOISA s47(4) allows six months to apply to the Scottish
# Information Commissioner.
# (EI(S)R reg 17 applies FOISA's s47 to them.)
COMPLAINT_WITHIN = {
    "FOIA": ("weeks", 6),
    "EIR": ("weeks", 6),
    "FOISA": ("months", 6),
    "EISR": ("months", 6),
}
FIRST_YEAR = 2005  # both Acts' rights of access began on 1 January 2005
LAST_YEAR = 2099

_holidays: dict[tuple[str, int], frozenset[dt.date]] = {}


def regime_of(regime: str) -> str:
    key = regime.strip().upper()
    if key not in CALENDARS:
        raise FoidraftError(f"unknown regime {regime!r}", hint="use FOIA, FOISA, EIR or EISR")
    return key


def holidays_in(year: int, regime: str = "FOIA") -> frozenset[dt.date]:
    """Bank holidays that stop the clock under ``regime`` in ``year``."""
    key = (regime_of(regime), year)
    found = _holidays.get(key)
    if found is None:
        import holidays

        days: set[dt.date] = set()
        for subdiv in CALENDARS[key[0]]:
            days.update(holidays.country_holidays("GB", subdiv=subdiv, years=year))
        found = _holidays[key] = frozenset(days)
    return found


def is_working_day(day: dt.date, regime: str = "FOIA") -> bool:
    return day.weekday() < 5 and day not in holidays_in(day.year, regime)


def add_working_days(start: dt.date, n: int, regime: str = "FOIA") -> dt.date:
    """The ``n``th working day after ``start`` (``start`` itself is day 0, whatever it is)."""
    if n < 0:
        raise ValueError("n must not be negative")
    day = start
    while n:
        day += dt.timedelta(days=1)
        if is_working_day(day, regime):
            n -= 1
    return day


def working_days_between(a: dt.date, b: dt.date, regime: str = "FOIA") -> int:
    """Working days after ``a`` up to and including ``b``; negative when ``b`` is before
    ``a``. So ``working_days_between(d, add_working_days(d, n)) == n``."""
    if b < a:
        return -working_days_between(b, a, regime)
    return sum(
        1 for i in range(1, (b - a).days + 1) if is_working_day(a + dt.timedelta(days=i), regime)
    )


class Deadlines:
    """Dates for one request. ``clock_start`` is the day of receipt the count runs from
    (the clarification's, when there was one); ``day_one`` the first working day after it.
    ``extended_due`` is None under FOISA, which has no public interest extension;
    ``review_request_by`` is None until there is a reply (FOISA: the review can also be
    asked for after a missed deadline); ``review_due`` needs the date the review was asked.
    """

    __slots__ = (
        "clarified", "clock_start", "day_one", "due", "extended_due", "received", "regime",
        "responded", "review_due", "review_request_by", "review_requested",
    )  # fmt: skip

    def __init__(
        self,
        *,
        received: dt.date,
        regime: str,
        clarified: dt.date | None,
        clock_start: dt.date,
        day_one: dt.date,
        due: dt.date,
        extended_due: dt.date | None,
        responded: dt.date | None,
        review_request_by: dt.date | None,
        review_requested: dt.date | None,
        review_due: dt.date | None,
    ) -> None:
        self.received = received
        self.regime = regime
        self.clarified = clarified
        self.clock_start = clock_start
        self.day_one = day_one
        self.due = due
        self.extended_due = extended_due
        self.responded = responded
        self.review_request_by = review_request_by
        self.review_requested = review_requested
        self.review_due = review_due

    def counting_note(self) -> str:
        where = (
            "Scottish bank holidays"
            if self.regime in ("FOISA", "EISR")
            else "bank holidays in any part of the UK"
        )
        start = "the clarification" if self.clarified else "receipt"
        return (
            f"Working days exclude weekends and {where}; day 1 is the first working day "
            f"after {start}."
        )


def due_dates(
    received: dt.date,
    regime: str = "FOIA",
    *,
    clarified: dt.date | None = None,
    responded: dt.date | None = None,
    review_requested: dt.date | None = None,
) -> Deadlines:
    regime = regime_of(regime)
    _check_order(received, clarified, responded, review_requested)
    start = clarified or received
    due = add_working_days(start, RESPONSE_DAYS, regime)
    if responded is not None:
        review_by: dt.date | None = add_working_days(responded, REVIEW_REQUEST_DAYS, regime)
    elif regime in ("FOISA", "EISR"):  # s20(5)(a), EI(S)R reg 16(2): counted from the
        # expiry of the time to reply
        review_by = add_working_days(due, REVIEW_REQUEST_DAYS, regime)
    else:
        review_by = None
    return Deadlines(
        received=received,
        regime=regime,
        clarified=clarified,
        clock_start=start,
        day_one=add_working_days(start, 1, regime),
        due=due,
        extended_due=None if regime == "FOISA" else add_working_days(due, EXTENSION_DAYS, regime),
        responded=responded,
        review_request_by=review_by,
        review_requested=review_requested,
        review_due=(
            add_working_days(review_requested, REVIEW_RESPONSE_DAYS[regime], regime)
            if review_requested
            else None
        ),
    )


def _check_order(
    received: dt.date,
    clarified: dt.date | None,
    responded: dt.date | None,
    review_requested: dt.date | None,
) -> None:
    if not FIRST_YEAR <= received.year <= LAST_YEAR:
        raise FoidraftError(
            f"{received.isoformat()} is outside the dates foidraft can count",
            hint=f"FOI requests date from {FIRST_YEAR}; foidraft counts up to {LAST_YEAR}",
        )
    steps = [("received", received), ("clarified", clarified), ("responded", responded)]
    steps.append(("review requested", review_requested))
    known = [(name, day) for name, day in steps if day is not None]
    for (first, a), (then, b) in itertools.pairwise(known):
        if b < a:
            raise FoidraftError(
                f"the {then} date ({b}) is before the {first} date ({a})",
                hint="check the order: received, clarified, responded, review requested",
            )


class Status:
    """Where a request stands on a day: ``state`` is waiting, due-soon, due-today, overdue
    or answered; ``days`` is working days left (negative: overdue by that many)."""

    __slots__ = ("days", "state", "text")

    def __init__(self, state: str, days: int, text: str) -> None:
        self.state = state
        self.days = days
        self.text = text

    def __repr__(self) -> str:
        return f"Status({self.state!r}, {self.days})"


def status_on(deadlines: Deadlines, today: dt.date, *, soon: int = SOON) -> Status:
    d = deadlines
    if d.responded is not None and d.responded <= today:
        if d.review_request_by is None or today > d.review_request_by:
            return Status("answered", 0, "answered")
        left = working_days_between(today, d.review_request_by, d.regime)
        return Status("answered", left, f"answered; ask for a review within {days_text(left)}")
    left = working_days_between(today, d.due, d.regime)
    if today > d.due:
        late = max(-left, 0)
        return Status("overdue", -late, f"overdue by {days_text(late)}" if late else "overdue")
    if left == 0:
        return Status("due-today", 0, "due today")
    state = "due-soon" if left <= soon else "waiting"
    return Status(state, left, f"due in {days_text(left)}")


def review_request_by(replied: dt.date, regime: str = "FOIA") -> dt.date:
    """The last day to ask for an internal review: 40 working days after the reply."""
    return add_working_days(replied, REVIEW_REQUEST_DAYS, regime_of(regime))


def review_due(asked: dt.date, regime: str = "FOIA") -> dt.date:
    """When the authority's review is due: 20 working days (EIR: 40) after it was asked."""
    key = regime_of(regime)
    return add_working_days(asked, REVIEW_RESPONSE_DAYS[key], key)


def review_status(asked: dt.date, today: dt.date, regime: str = "FOIA", *, soon: int = SOON
                  ) -> Status:  # fmt: skip
    """Where the internal review asked for on ``asked`` stands on ``today``."""
    left = working_days_between(today, review_due(asked, regime), regime_of(regime))
    if left < 0:
        return Status("overdue", left, f"review overdue by {days_text(-left)}")
    state = "due-today" if left == 0 else "due-soon" if left <= soon else "waiting"
    return Status(state, left, f"review due in {days_text(left)}")


def review_limits(asked: dt.date | None, regime: str = "FOIA") -> str:
    """The law's limit on a review asked for on ``asked``, in words: "20 working days
    under the s45 code, 40 at most: 3 March 2025" (no date without ``asked``); "20
    working days under FOISA s21"."""
    key = regime_of(regime)
    text = f"{REVIEW_RESPONSE_DAYS[key]} working days under {REVIEW_LAW[key]}"
    longest = REVIEW_LONGEST_DAYS.get(key)
    if longest:
        text += f", {longest} at most"
        if asked is not None:
            latest = add_working_days(asked, longest, key)
            text += f": {latest.day} {latest:%B %Y}"
    return text


def complaint_by(outcome: dt.date, regime: str = "FOIA") -> dt.date:
    """The last day to complain to the Commissioner after a review's outcome."""
    unit, n = COMPLAINT_WITHIN[regime_of(regime)]
    if unit == "weeks":
        return outcome + dt.timedelta(weeks=n)
    month = outcome.month - 1 + n
    year, month = outcome.year + month // 12, month % 12 + 1
    import calendar

    return dt.date(year, month, min(outcome.day, calendar.monthrange(year, month)[1]))


def days_text(n: int) -> str:
    """'1 working day', '3 working days'."""
    return f"{n} working day{'' if n == 1 else 's'}"
