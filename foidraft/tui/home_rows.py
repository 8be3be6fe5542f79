"""What the Home screen lists, worked out without Textual (it runs in a worker thread).

For each draft: its title, the authority's name, its status, when it last changed (told
relative to ``now``) and, once sent, when the answer is due and whether that is soon or
past, from ``foidraft.deadlines``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.authorities.model import Authority
    from foidraft.drafts import DraftStore, DraftSummary

# Due states that deserve attention, and the word shown beside the date.
DUE_MARK = {"overdue": "overdue", "due-today": "today", "due-soon": "soon"}


@dataclass(frozen=True)
class DraftRow:
    summary: DraftSummary
    authority_name: str
    changed_text: str
    due: dt.date | None = None
    due_state: str = ""  # waiting | due-soon | due-today | overdue | answered | ""
    due_text: str = ""  # "due in 3 working days", "overdue by 2 working days"
    sent: dt.date | None = None

    @property
    def title(self) -> str:
        return self.summary.title

    @property
    def status(self) -> str:
        return self.summary.status

    @property
    def due_cell(self) -> str:
        if self.due is None:
            return ""
        mark = DUE_MARK.get(self.due_state, "")
        return f"{self.due.day} {self.due:%b} {mark}".rstrip()  # due dates are weeks away


def build_rows(
    store: DraftStore,
    authority: Callable[[str], Authority | None],
    today: dt.date,
    now: dt.datetime,
) -> list[DraftRow]:
    """Rows for every draft, most recently changed first."""
    return [draft_row(store, s, authority, today, now) for s in store.list()]


def draft_row(
    store: DraftStore,
    summary: DraftSummary,
    authority: Callable[[str], Authority | None],
    today: dt.date,
    now: dt.datetime,
) -> DraftRow:
    body = authority(summary.authority) if summary.authority else None
    name = body.name if body else summary.authority
    changed = changed_text(summary.changed, now)
    if summary.problem or summary.status != "sent":
        return DraftRow(summary, name, changed, due=summary.due)
    try:
        sent = store.load_path(summary.path).sent
    except FoidraftError:
        sent = None
    if sent is None:
        return DraftRow(summary, name, changed, due=summary.due)
    from foidraft.deadlines import due_dates, status_on

    regime = body.regime if body and body.foi_applies else "FOIA"
    try:
        deadlines = due_dates(sent, regime)
    except FoidraftError:
        return DraftRow(summary, name, changed, due=summary.due, sent=sent)
    state = status_on(deadlines, today)
    return DraftRow(summary, name, changed, deadlines.due, state.state, state.text, sent)


def changed_text(moment: dt.datetime, now: dt.datetime) -> str:
    """'14:05' (today), 'yesterday', '3 May', '3 May 2023', in ``now``'s time zone."""
    local = moment.astimezone(now.tzinfo) if now.tzinfo else moment
    day = local.date()
    if day == now.date():
        return f"{local:%H:%M}"
    if day == now.date() - dt.timedelta(days=1):
        return "yesterday"
    return short_date(day, now.date())


def short_date(day: dt.date, today: dt.date | None) -> str:
    """'3 May' within ``today``'s year, else '3 May 2023' (always with a year if no today)."""
    if today is not None and day.year == today.year:
        return f"{day.day} {day:%b}"
    return f"{day.day} {day:%b %Y}"


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
