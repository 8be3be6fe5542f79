"""Where a running request stands (``Standing``), and an internal review request marked
sent: the review's own deadline, counted on the letter itself (Home's row and detail, and
``foidraft due``, say it from here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from foidraft.deadlines import days_text, review_due, review_limits, review_status

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.drafts.model import Draft, DraftSummary


@dataclass(frozen=True)
class Standing:
    """Where a running request stands on a day (see ``tracking.DueItem`` for the states)."""

    state: str
    text: str
    due: dt.date | None
    days: int = 0


def review_asked(
    draft: Draft, by_name: dict[str, DraftSummary], regime: str, today: dt.date
) -> Standing | None:
    """A review request marked sent: the review's own deadline, from the day it was sent,
    until the request it follows has the review's outcome (its row then says what next)."""
    if draft.letter != "review" or draft.status != "sent" or draft.sent is None:
        return None
    request = by_name.get(draft.follows)
    if request is not None and request.status == "reviewed":
        return None
    found = review_status(draft.sent, today, regime)
    days = days_text(abs(found.days))
    when = f"overdue by {days}" if found.days < 0 else f"{days} left" if found.days else "today"
    text = f"{when}; {review_limits(draft.sent, regime)}"
    return Standing(found.state, text, review_due(draft.sent, regime), found.days)
