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
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from foidraft.deadlines import (
    CALENDARS,
    ENVIRONMENTAL,
    EXTENSION_DAYS,
    SOON,
    Deadlines,
    add_working_days,
    complaint_by,
    days_text,
    due_dates,
    review_due,
    review_request_by,
    status_on,
    working_days_between,
)
from foidraft.drafts.model import Draft
from foidraft.drafts.review_clock import Standing, date_review_letter, review_answer, review_asked
from foidraft.drafts.status import DECIDED
from foidraft.errors import FoidraftError
from foidraft.text.dates import long_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.model import DraftSummary
    from foidraft.drafts.store import DraftStore

# How the listing orders states: what needs the requester first.
ORDER = {
    "overdue": 0, "due-today": 1, "clarification": 2, "review-by": 3, "complain-by": 3,
    "due-soon": 4, "waiting": 5, "review-closed": 6,
}  # fmt: skip
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


@dataclass(frozen=True)
class DueItem:
    """One request waiting on someone. ``state`` is overdue, due-today, due-soon,
    waiting, clarification (the authority is waiting for the requester), review-by (the
    requester may ask for an internal review until ``due``) or complain-by (a complaint
    to the Commissioner after the review)."""

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
    for summary, draft, authority, found in standings(store, store.list(), lookup, today, within):
        if found is None:
            continue
        name = authority.name if authority else draft.authority
        quiet = found.state == "review-closed" or (
            found.state in ("review-by", "complain-by") and found.days > within
        )
        if everything or (found.state != "waiting" and not quiet):
            items.append(DueItem(summary, name, found.state, found.text, found.due,
                                 draft.sent, found.days))  # fmt: skip
    items.sort(key=lambda i: (ORDER.get(i.state, 9), i.due or dt.date.max, i.summary.name))
    return items


def standings(
    store: DraftStore,
    summaries: list[DraftSummary],
    lookup: Callable[[str], Authority | None],
    today: dt.date,
    within: int = SOON,
) -> Iterator[tuple[DraftSummary, Draft, Authority | None, Standing | None]]:
    """Each readable running request, its authority and ``matter`` (due, drafts list)."""
    by_name = {s.name: s for s in summaries}
    for summary in summaries:
        if summary.problem or summary.status not in RUNNING:
            continue
        try:
            draft = store.load_path(summary.path)
        except FoidraftError:
            continue
        authority = lookup(draft.authority) if draft.authority else None
        regime = regime_for(authority, draft)
        yield summary, draft, authority, matter(draft, by_name, regime, today, within)


def matter(
    draft: Draft,
    by_name: dict[str, DraftSummary],
    regime: str,
    today: dt.date,
    within: int = SOON,
) -> Standing | None:
    """What ``draft``'s row says is awaited and by when, on Home and in ``foidraft due``
    alike: one row per matter (a review request's count is its request's while that is
    there, ``review_clock``). ``by_name``: every draft by file name."""
    return standing(draft, regime, today, within) or review_asked(
        draft, by_name, regime, today, within
    )


def standing(draft: Draft, regime: str, today: dt.date, within: int = SOON) -> Standing | None:
    """Where ``draft`` stands on ``today``: the authority's deadline, the requester's
    clarification, the review to ask for or to wait for, the complaint; None when there
    is nothing to count."""
    if follows_up(draft):
        return None  # the request it follows keeps the count (a narrowed request is new)
    after = _after_reply(draft, regime, today, within)
    if after is not None:
        return after
    if draft.status in (*DECIDED, "reviewed", "review"):
        return None  # nothing left to count
    if draft.status == "clarification":
        asked = draft.clarification
        when = f" on {long_date(asked)}" if asked else ""
        return Standing(
            "clarification",
            f"asked for clarification{when}; the clock restarts when you reply",
            None,
        )
    try:
        found = deadlines_for(draft, regime)
    except FoidraftError:
        return None  # a sent date foidraft cannot count from; `drafts list` shows it
    if found is None:
        return None
    due = reply_due(draft, regime) or found.due
    if due != found.due:  # extended: count to the new date
        found = due_dates(found.received, regime, clarified=found.clarified)
        found.due = due
    where = status_on(found, today, soon=within)
    text = where.text + (" (extended)" if draft.status == "extended" else "")
    return Standing(where.state, text, found.due, where.days)


def _after_reply(draft: Draft, regime: str, today: dt.date, within: int) -> Standing | None:
    """(state, text, date, working days left) once the authority has decided: the review
    the requester may ask for, the review the authority owes, the complaint after it."""
    if draft.status in DECIDED and draft.replied:
        by = review_request_by(draft.replied, regime)
        left = working_days_between(today, by, regime)
        if left < 0:  # said, else an empty Due cell reads as if nothing had happened
            return Standing("review-closed", f"review window closed {long_date(by)}", by, left)
        return Standing(
            "review-by", f"ask for a review by {long_date(by)} ({days_text(left)} left)", by, left
        )
    if draft.status == "review" and draft.review:
        return review_answer(draft.review, today, regime, within)
    if draft.status == "reviewed" and draft.replied:
        by = complaint_by(draft.replied, regime)
        if by < today:
            return None
        left = working_days_between(today, by, regime)
        scottish = regime in ("FOISA", "EISR")  # EI(S)R reg 17 applies FOISA s47
        who = "the Scottish Information Commissioner" if scottish else "the ICO"
        return Standing("complain-by", f"complain to {who} by {long_date(by)}", by, left)
    return None


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
