"""The day a reply is dated, where the letter says it: a date standing on a line of its
own near the top ("5 January 2021", "Date: 28th October 2019", "Tuesday, 5 January
2021", "Response Date:09/01/2012", "Sent: 05 January 2021 10:31"). Deadlines hang on
it, so a date the words around it give another role ("received on ...", "by ...") is
never taken, nor one after ``today``. With none there, the date its sign-off block gives
(``signed``); None when the letter states no such date.
"""

from __future__ import annotations

import datetime as dt
import re

from foidraft.replies.date_line import LABEL_RE, TAIL_RE
from foidraft.replies.dates import find_dates
from foidraft.replies.signed import signed_date
from foidraft.replies.text import END_MARKERS
from foidraft.text.signoff import SIGN_OFF_RE

TOP_LINES = 40  # the letter's head: date lines further down are dates in the answer


def letter_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date the reply ``text`` is written on, where it stands on a line of its own in
    the letter's head, else in its sign-off block (``signed``); None when there is none."""
    head = _head(text)
    for found in find_dates(head):
        if found.role or (today is not None and found.day > today):
            continue  # "received on ...", "by ...": another date; or not yet come
        start = head.rfind("\n", 0, found.start) + 1
        stop = head.find("\n", found.start)
        line = head[start : stop if stop >= 0 else len(head)]
        at = found.start - start
        if (
            len(line) <= 80
            and LABEL_RE.match(line[:at])
            and TAIL_RE.match(line[found.end - start :])
            and not _continues(head, start)
        ):
            return found.day
    return signed_date(text, today)


def _head(text: str) -> str:
    """The letter's first ``TOP_LINES`` lines that hold anything, up to the message quoted
    under its sign-off (a short reply's "-----Original Message-----", "Sent: ...": the
    request's date, not the reply's)."""
    signed = False
    for seen, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text[:6000]), start=1):
        if signed and END_MARKERS.match(m.group(0).strip()):
            return text[: m.start()]
        signed = signed or bool(SIGN_OFF_RE.match(m.group(0)))
        if seen == TOP_LINES:
            return text[: m.end()]
    return text[:6000]


def _continues(head: str, start: int) -> bool:
    """The line at ``start`` carries on a sentence the line before it began (text wrapped
    at 72 columns: "... which we received on\n22 October 2012.")."""
    before = head[: max(0, start - 1)]
    previous = before[before.rfind("\n") + 1 :]
    return len(previous.strip()) > 50 and bool(re.search(r"[a-z,;]\s*$", previous))
