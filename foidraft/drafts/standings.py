"""What each running request awaits and by when, said one way for Home, ``foidraft due``
and ``foidraft drafts list``: the authority's deadline, the requester's clarification,
the review to ask for or to wait for, the complaint after it. The dates come from
``foidraft.drafts.tracking``, which keeps them in step as the request moves on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from foidraft.deadlines import (
    SOON,
    complaint_by,
    days_text,
    due_dates,
    review_request_by,
    status_on,
    working_days_between,
)
from foidraft.drafts.model import Draft
from foidraft.drafts.review_clock import Standing, review_answer, review_asked
from foidraft.drafts.status import DECIDED
from foidraft.drafts.tracking import RUNNING, deadlines_for, follows_up, regime_for, reply_due
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
