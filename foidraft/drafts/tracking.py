"""Where a request stands once sent: the sent date, a clarification round, the due date.

The reply is due on the 20th working day after the request arrives (``foidraft.deadlines``
counts them, with the right bank holidays for FOIA or FOISA). When the authority asks for
clarification the clock stops (status ``clarification``, no due date); when the requester
answers, the 20 working days start again from that day (``clarified``). These functions
keep the stored dates and ``due`` in step; ``foidraft.drafts.standings`` says from them
what is awaited and by when, for ``foidraft due`` and the app's home screen.
"""

from __future__ import annotations

import datetime as dt

from foidraft.deadlines import (
    CALENDARS,
    ENVIRONMENTAL,
    EXTENSION_DAYS,
    Deadlines,
    add_working_days,
    due_dates,
    review_due,
)
from foidraft.drafts.model import Draft
from foidraft.drafts.review_clock import date_review_letter
from foidraft.drafts.status import DECIDED
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.store import DraftStore

# Letters that answer or chase a request rather than ask anew: the deadline is the request's.
FOLLOWING = ("clarify", "review", "chaser", "complaint", "thanks")
RUNNING = ("sent", "clarification", "extended", *DECIDED, "review", "reviewed")


def follows_up(draft: Draft) -> bool:
    """Whether ``draft`` answers or chases a request already made (a narrowed request
    is a new one)."""
    return bool(draft.follows) and draft.letter in FOLLOWING


def regime_for(authority: Authority | None, draft: Draft | None = None) -> str:
    """The regime whose days count: the authority's, or the environmental regulations it
    answered under (the draft's ``regime:``); with no body, the draft's; else FOIA."""
    kept = draft.regime if draft is not None else ""
    regime = authority.regime if authority else kept
    regime = kept if authority and ENVIRONMENTAL.get(authority.regime) == kept else regime
    return regime if regime in CALENDARS else "FOIA"


def deadlines_for(draft: Draft, regime: str = "FOIA") -> Deadlines | None:
    """The request's deadlines, or None when it is not running (never sent, or waiting
    for the requester's clarification)."""
    if draft.sent is None or draft.status == "clarification":
        return None
    clarified = draft.clarified if draft.clarified and draft.clarified >= draft.sent else None
    return due_dates(draft.sent, regime, clarified=clarified)


def reply_due(draft: Draft, regime: str = "FOIA") -> dt.date | None:
    """When the authority's answer is due: the extended date after a public interest
    extension (or 20 more working days when it named none), else the 20th working day."""
    found = deadlines_for(draft, regime)
    if found is None:
        return None
    if draft.status == "extended" or draft.extended:
        return draft.extended or add_working_days(found.due, EXTENSION_DAYS, found.regime)
    return found.due


def was_late(draft: Draft, replied: dt.date, regime: str = "FOIA") -> dt.date | None:
    """The deadline a reply on ``replied`` missed, or None when it was on time. An
    extension notice must itself come within the first 20 working days."""
    found = deadlines_for(draft, regime)
    if found is None:
        return None
    due = found.due if not draft.extended else max(found.due, draft.extended)
    return due if replied > due else None


def mark_reply(
    draft: Draft,
    status: str,
    on: dt.date,
    *,
    kind: str,
    extended: dt.date | None = None,
    regime: str = "FOIA",
) -> None:
    """The authority replied on ``on`` with a reply of ``kind``: move to ``status``
    (``foidraft.replies.track`` chooses it) and keep the dates in step."""
    if draft.sent is not None and on < draft.sent:
        raise FoidraftError(f"the reply ({on}) is before the request was sent ({draft.sent})")
    if status == "clarification":
        mark_clarification(draft, on)
    elif status == "review":
        raise FoidraftError("an authority's reply cannot put the request under review")
    else:
        draft.status = status
        if status == "extended":
            base = deadlines_for(draft, regime)
            if extended is None or extended <= on:  # none, or a slip or an old letter's date
                extended = add_working_days(base.due, EXTENSION_DAYS, base.regime) if base else None
            draft.extended = extended
            draft.due = extended
        elif status in DECIDED or status == "reviewed":
            draft.due = None
    draft.replied = on
    draft.reply = kind


def mark_review_asked(draft: Draft, on: dt.date, *, regime: str = "FOIA") -> None:
    """The requester asked for an internal review on ``on``: its own deadline runs."""
    if draft.replied is not None and on < draft.replied:
        raise FoidraftError(f"the review ({on}) is asked before the reply ({draft.replied})")
    draft.status = "review"
    draft.review = on
    draft.due = review_due(on, regime)


def mark_sent(draft: Draft, on: dt.date | None = None, *, regime: str = "FOIA") -> None:
    """Status 'sent' on ``on`` (default: the sent date it has, or today), with ``due``."""
    draft.set_status("sent", on)
    found = deadlines_for(draft, regime)
    draft.due = found.due if found else None
    if follows_up(draft):
        draft.due = None  # the request it follows holds the deadline
        date_review_letter(draft, regime)


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


def follow_up_sent(
    store: DraftStore, letter: Draft, on: dt.date, *, regime: str = "FOIA"
) -> Draft | None:
    """``letter`` (a follow-up written by ``foidraft reply --next``) was sent on ``on``:
    the request it follows moves on. A clarification restarts its 20 working days; an
    internal review request starts the review's own. Returns the request it changed."""
    if not letter.follows or letter.letter not in ("clarify", "review"):
        return None
    try:
        request = store.load(letter.follows)
    except FoidraftError:
        return None  # the request was deleted or renamed by hand: nothing to move on
    if letter.letter == "clarify" and request.status == "clarification":
        mark_clarified(request, on, regime=regime)
    elif letter.letter == "review" and request.status in (*DECIDED, "review"):
        mark_review_asked(request, on, regime=regime)
    else:
        return None
    store.save(request)
    return request
