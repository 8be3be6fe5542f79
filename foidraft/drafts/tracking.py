"""Where a request stands once sent: the sent date, a clarification round, the due date.

The reply is due on the 20th working day after the request arrives (``foidraft.deadlines``
counts them, with the right bank holidays for FOIA or FOISA). When the authority asks for
clarification the clock stops (status ``clarification``, no due date); when the requester
answers, the 20 working days start again from that day (``clarified``). These functions
keep the stored ``due`` in step, and list what is due soon for ``foidraft due`` and the
app's home screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from foidraft.deadlines import CALENDARS, SOON, Deadlines, due_dates, status_on
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.model import DraftSummary
    from foidraft.drafts.store import DraftStore

# How the listing orders states: what needs the requester first.
ORDER = {"overdue": 0, "due-today": 1, "clarification": 2, "due-soon": 3, "waiting": 4}


def regime_for(authority: Authority | None) -> str:
    """The regime whose calendar counts the days (FOIA when the authority is unknown)."""
    regime = authority.regime if authority is not None else ""
    return regime if regime in CALENDARS else "FOIA"


def deadlines_for(draft: Draft, regime: str = "FOIA") -> Deadlines | None:
    """The request's deadlines, or None when it is not running (never sent, or waiting
    for the requester's clarification)."""
    if draft.sent is None or draft.status == "clarification":
        return None
    clarified = draft.clarified if draft.clarified and draft.clarified >= draft.sent else None
    return due_dates(draft.sent, regime, clarified=clarified)


def mark_sent(draft: Draft, on: dt.date | None = None, *, regime: str = "FOIA") -> None:
    """Status 'sent' on ``on`` (default: the sent date it has, or today), with ``due``."""
    draft.set_status("sent", on)
    found = deadlines_for(draft, regime)
    draft.due = found.due if found else None


def mark_clarification(draft: Draft, asked: dt.date | None = None) -> None:
    """The authority asked for clarification on ``asked`` (default today): no due date
    until the requester answers."""
    if draft.sent is not None and asked is not None and asked < draft.sent:
        raise FoidraftError(
            f"the clarification date ({asked}) is before the request was sent ({draft.sent})"
        )
    draft.set_status("clarification", asked or dt.date.today())


def mark_clarified(draft: Draft, on: dt.date, *, regime: str = "FOIA") -> None:
    """The requester sent the clarification on ``on``: status 'sent' again, and the 20
    working days restart from ``on``."""
    if draft.sent is None:
        raise FoidraftError(
            "this request has no sent date to count from",
            hint="give the date it was first sent with --date",
        )
    if on < draft.sent:
        raise FoidraftError(f"the clarification ({on}) is before the request ({draft.sent})")
    draft.set_status("sent")
    draft.clarified = on
    found = deadlines_for(draft, regime)
    draft.due = found.due if found else None


@dataclass(frozen=True)
class DueItem:
    """One request waiting on someone. ``state`` is overdue, due-today, due-soon,
    waiting or clarification (the authority is waiting for the requester)."""

    summary: DraftSummary
    authority_name: str
    state: str
    text: str
    due: dt.date | None
    sent: dt.date | None
    days: int = 0


def due_items(
    store: DraftStore,
    today: dt.date,
    lookup: Callable[[str], Authority | None],
    *,
    within: int = SOON,
    everything: bool = False,
) -> list[DueItem]:
    """Sent requests due within ``within`` working days or overdue, and requests
    waiting for the requester's clarification; with ``everything``, every running one.
    Most urgent first."""
    items: list[DueItem] = []
    for summary in store.list():
        if summary.problem or summary.status not in ("sent", "clarification"):
            continue
        try:
            draft = store.load_path(summary.path)
        except FoidraftError:
            continue
        authority = lookup(draft.authority) if draft.authority else None
        name = authority.name if authority else draft.authority
        item = _item(summary, draft, name, regime_for(authority), today, within)
        if item is not None and (everything or item.state != "waiting"):
            items.append(item)
    items.sort(key=lambda i: (ORDER.get(i.state, 9), i.due or dt.date.max, i.summary.name))
    return items


def _item(
    summary: DraftSummary, draft: Draft, name: str, regime: str, today: dt.date, within: int
) -> DueItem | None:
    if draft.status == "clarification":
        asked = draft.clarification
        when = f" on {asked.isoformat()}" if asked else ""
        text = f"asked for clarification{when}; the clock restarts when you reply"
        return DueItem(summary, name, "clarification", text, None, draft.sent)
    try:
        found = deadlines_for(draft, regime)
    except FoidraftError:
        return None  # a sent date foidraft cannot count from; `drafts list` shows it
    if found is None:
        return None
    state = status_on(found, today, soon=within)
    return DueItem(summary, name, state.state, state.text, found.due, draft.sent, state.days)
