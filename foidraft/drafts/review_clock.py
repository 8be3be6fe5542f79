"""Where a running request stands (``Standing``), and the internal review's own deadline:
the answer the authority owes within 20 working days of the review being asked for.

One review is one matter: the request it is about says what is awaited and by when
("ask for a review by D" before the review request is sent, "review answer due D" after),
and the review request letter counts nothing of its own while that request is there
(Home and ``foidraft due`` both listed the request and the letter, which read as two
things to do). Only a review request whose request is gone counts the review itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from foidraft.deadlines import days_text, review_due, review_limits, review_status
from foidraft.drafts.status import DECIDED
from foidraft.text.dates import long_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.drafts.model import Draft, DraftSummary

# The request holds the review's count once it has a decision to review.
HOLDS_REVIEW = (*DECIDED, "review", "reviewed")


@dataclass(frozen=True)
class Standing:
    """Where a running request stands on a day (see ``standings.DueItem`` for the states);
    ``awaited`` is "review answer" while the authority owes a review's outcome (the state
    then says how near its date is, as for a reply)."""

    state: str
    text: str
    due: dt.date | None
    days: int = 0
    awaited: str = ""


def review_answer(asked: dt.date, today: dt.date, regime: str, within: int) -> Standing:
    """The review asked for on ``asked``: "review answer due 2025-06-17 (11 working days
    left); 20 working days under the s45 code, 40 at most: 16 July 2025" (after "; ", the
    law's limit: ``foidraft due`` puts it on a line of its own)."""
    found = review_status(asked, today, regime, soon=within)
    due = review_due(asked, regime)
    days = days_text(abs(found.days))
    when = f"overdue by {days}" if found.days < 0 else f"{days} left" if found.days else "today"
    text = f"review answer due {long_date(due)} ({when}); {review_limits(asked, regime)}"
    return Standing(found.state, text, due, found.days, awaited="review answer")


def review_asked(
    draft: Draft, by_name: dict[str, DraftSummary], regime: str, today: dt.date, within: int
) -> Standing | None:
    """A review request marked sent: None while the request it follows is there to hold
    the review's count; else (that request deleted, or never recorded as decided) the
    review's answer, counted from the day the letter was sent."""
    if draft.letter != "review" or draft.status != "sent" or draft.sent is None:
        return None
    request = by_name.get(draft.follows)
    if request is not None and request.status in HOLDS_REVIEW:
        return None
    return review_answer(draft.sent, today, regime, within)


# The review letter's closing (``foidraft.replies.review``): "I look forward to the outcome
# within 20 working days, by 7 January 2027."
_ANSWER_BY = re.compile(
    r"(I look forward to the outcome within [^.\n]{1,80}, by )\d{1,2} \w+ \d{4}"
)


def date_review_letter(letter: Draft, regime: str) -> None:
    """A review letter marked sent says the date its answer is due counted from the day it
    was sent, as Home, the editor and ``foidraft due`` count it (``review_due``): written
    on another day, it said the date counted from that one."""
    if letter.letter == "review" and letter.sent is not None:
        by = long_date(review_due(letter.sent, regime))
        letter.body = _ANSWER_BY.sub(lambda m: m.group(1) + by, letter.body, count=1)
