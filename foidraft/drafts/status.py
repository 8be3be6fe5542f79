"""Where a request has got to: the statuses a draft can have, and what moving to one does
to its dates (``foidraft.drafts.tracking`` computes the deadlines from them)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from foidraft.errors import FoidraftError

STATUSES = (
    "draft", "ready", "sent", "clarification", "extended", "answered", "partly-answered",
    "not-held", "refused", "ncnd", "review", "reviewed",
)  # fmt: skip
# What the app shows for each status.
STATUS_LABELS = {
    "draft": "Draft: still writing",
    "ready": "Ready to send",
    "sent": "Sent (I'll give the date)",
    "clarification": "Clarification asked",
    "extended": "Extended (public interest test)",
    "answered": "Answered",
    "partly-answered": "Partly answered",
    "not-held": "Not held: they say they do not hold it",
    "refused": "Refused",
    "ncnd": "Neither confirmed nor denied",
    "review": "Internal review asked",
    "reviewed": "Review answered",
}
assert set(STATUS_LABELS) == set(STATUSES)
# Home's status column: short, as a requester says it.
STATUS_SHORT = {"partly-answered": "partly answered", "not-held": "not held", "ncnd": "NCND",
                "review": "review asked"}  # fmt: skip


def status_label(status: str) -> str:
    """The status as a requester reads it ("Partly answered"), without the hint after a
    colon."""
    return STATUS_LABELS.get(status, status).split(":")[0]


def status_short(status: str) -> str:
    """The status in a table cell ("partly answered", "NCND")."""
    return STATUS_SHORT.get(status, status)


# After a decision (the request answered, said not held, refused or neither confirmed nor
# denied) the requester has 40 working days to ask for an internal review.
DECIDED = ("answered", "partly-answered", "not-held", "refused", "ncnd")


def checked_status(value: str) -> str:
    """``value`` as a status (lower case); FoidraftError when it is not one."""
    value = value.strip().lower()
    if value not in STATUSES:
        raise FoidraftError(f"unknown status '{value}'", hint=f"use one of: {', '.join(STATUSES)}")
    return value


class Dated(Protocol):
    """The fields of a draft a change of status touches."""

    status: str
    sent: dt.date | None
    due: dt.date | None
    clarification: dt.date | None
    clarified: dt.date | None


def move_status(draft: Dated, status: str, on: dt.date | None = None) -> None:
    """Move ``draft`` to ``status``; ``on`` is the date it was sent ('sent') or the date the
    authority asked for clarification ('clarification').

    A new sent date drops the stored ``due`` date, which was computed from the old
    one: a stale deadline is worse than none until it is computed again. A request
    for clarification stops the clock, so it drops ``due`` and any earlier
    ``clarified`` date (``foidraft.drafts.tracking`` computes the new one).
    """
    wanted = status.strip().lower()
    if on is not None and wanted not in ("sent", "clarification"):
        raise FoidraftError(
            "a date only applies to status 'sent' or 'clarification'", hint="leave out --date"
        )
    previous = draft.status
    draft.status = status
    if draft.status == "sent":
        when = on or draft.sent or dt.date.today()
        if when != draft.sent:
            draft.due = None
        draft.sent = when
    elif draft.status == "clarification" and (on is not None or previous != "clarification"):
        draft.clarification = on or dt.date.today()
        draft.clarified = None
        draft.due = None
