"""What the Home screen lists, worked out without Textual (it runs in a worker thread).

For each draft: its title, the authority's name, its status, its batch, when it last
changed (told relative to ``now``) and, once sent, when the answer is due and whether
that is soon or past. Deadlines come from ``foidraft.drafts.tracking``: a clarification
request stops the clock, and the requester's reply restarts it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from foidraft.drafts.due_words import due_cell
from foidraft.drafts.follows import (
    NOT_NEEDED,
    NOT_YET,
    chase_after,
    follows_label,
    list_title,
    not_needed,
)
from foidraft.drafts.status import status_short
from foidraft.errors import FoidraftError
from foidraft.text.dates import changed_text, long_date, short_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.authorities.model import Authority
    from foidraft.drafts import DraftStore, DraftSummary


@dataclass(frozen=True)
class DraftRow:
    summary: DraftSummary
    authority_name: str
    changed_text: str
    due: dt.date | None = None
    due_state: str = ""  # waiting | due-soon | due-today | overdue | clarification | ""
    due_text: str = ""  # "due in 3 working days", "overdue by 2 working days"
    sent: dt.date | None = None
    clarified: dt.date | None = None  # the clock restarted from here
    replied: dt.date | None = None  # the authority's latest reply
    batch: str = ""
    follows: str = ""  # "Review request for: <title>" for a next letter, else ""
    listed: str = ""  # the title cell, when not the title (``foidraft.drafts.follows``)
    awaited: str = ""  # "review answer": the authority owes a review's outcome by ``due``
    this_year: int = 0  # the year Home was drawn in: a due date in another says its year
    short_names: tuple[str, ...] = ()  # the directory's short forms (``short_forms``)
    overtaken: bool = False  # a chaser never sent whose request has had its reply
    chase_after: dt.date | None = None  # an unsent chaser's wait for an extended deadline

    @property
    def title(self) -> str:
        return self.summary.title

    @property
    def list_title(self) -> str:
        """The title cell: what a next letter follows tells it from its request."""
        return self.listed or self.summary.title

    @property
    def status(self) -> str:
        return self.summary.status

    @property
    def status_cell(self) -> str:
        if self.overtaken:
            return NOT_NEEDED
        return NOT_YET if self.chase_after else status_short(self.summary.status)

    @property
    def due_cell(self) -> str:
        return due_cell(self.due_state, self.due, self.awaited, self.this_year)


def build_rows(
    store: DraftStore,
    authority: Callable[[str], Authority | None],
    today: dt.date,
    now: dt.datetime,
) -> list[DraftRow]:
    """Rows for every draft, most recently changed first."""
    summaries = store.list()
    by_name = {s.name: s for s in summaries}
    rows = [draft_row(store, s, authority, today, now, by_name) for s in summaries]
    return told_apart(rows, today)


# The Authority column's narrowest width (at 80 columns), and what it shows of a name cut
# there, less the ellipsis: names alike that far read the same in it.
MIN_AUTHORITY = 12
AUTHORITY_SHOWN = MIN_AUTHORITY - 1


def told_apart(rows: list[DraftRow], today: dt.date | None = None) -> list[DraftRow]:
    """Rows whose titles read the same, with a note of what tells them apart: when each
    was sent ("Arrests 2019 (sent 2 Nov)", "(not sent)"; the year when not ``today``'s),
    and, where the Authority column cut short would read the same, the words of the
    authority's name that differ ("(PCC)", "(Police)")."""
    alike: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        alike.setdefault(row.list_title.casefold(), []).append(i)
    out = list(rows)
    for members in (m for m in alike.values() if len(m) > 1):
        group = [rows[i] for i in members]
        names = {r.authority_name for r in group}
        cut = {short_body_name(n, AUTHORITY_SHOWN)[:AUTHORITY_SHOWN] for n in names}
        differ = _differing_words(sorted(names)) if len(cut) < len(names) else {}
        sent_too = len({r.sent for r in group}) > 1
        for i, row in zip(members, group, strict=True):
            said = [differ[row.authority_name]] if differ.get(row.authority_name) else []
            if sent_too:
                said.append(f"sent {short_date(row.sent, today)}" if row.sent else "not sent")
            if said:
                out[i] = replace(row, listed=f"{row.list_title} ({', '.join(said)})")
    return out


def _differing_words(names: list[str]) -> dict[str, str]:
    """Each name in its short form less the words every name starts with."""
    short = {n: short_body_name(n, 0).split() for n in names}
    same = 0
    while len({tuple(w[: same + 1]) for w in short.values()}) == 1 and all(
        len(w) > same + 1 for w in short.values()
    ):
        same += 1
    return {n: " ".join(words[same:]) for n, words in short.items()}


# Cut short, "West Midlands Police and Crime Commissioner" read as the force itself.
SHORT_FORMS = (
    ("Police, Fire and Crime Commissioner", "PFCC"),
    ("Police and Crime Commissioner", "PCC"),
)


def short_body_name(name: str, width: int, short_names: tuple[str, ...] = ()) -> str:
    """``name``, with a commissioner's title in its short form when it does not fit; still
    too long, the longest of ``short_names`` that fits ("City of London Police" at 7
    columns: "CoLP", not "City o…")."""
    for long, short in SHORT_FORMS:
        if len(name) > width and long in name:
            name = name.replace(long, short)
    fitting = [s for s in short_names if len(s) <= width] if len(name) > width else []
    return max(fitting, key=len) if fitting else name


def short_forms(body: Authority) -> tuple[str, ...]:
    """The directory's names for ``body`` that a reader knows it by, shorter than its name:
    its short name, a listed council's place ("Leeds", "Barnet"), and the aliases made of
    the name's own words ("City of London") or its initials ("CoLP"), not a nickname
    ("Scotland Yard")."""
    from foidraft.authorities.councils import short_form

    words = set(body.name.casefold().split())
    initials = "".join(w[0] for w in body.name.split()).casefold()
    place = short_form(body)
    names = (body.short_name, place, *body.aliases)
    return tuple(
        n
        for n in dict.fromkeys(names)
        if n and len(n) < len(body.name)
        and (n in (body.short_name, place) or set(n.casefold().split()) <= words
             or n.casefold() == initials)
    )  # fmt: skip


def draft_row(
    store: DraftStore,
    summary: DraftSummary,
    authority: Callable[[str], Authority | None],
    today: dt.date,
    now: dt.datetime,
    by_name: dict[str, DraftSummary] | None = None,
) -> DraftRow:
    """``by_name`` (every draft by file name) names the request a next letter follows."""
    body = authority(summary.authority) if summary.authority else None
    name = body.name if body else summary.authority
    changed = changed_text(summary.changed, now)
    by_name = by_name or {}
    plain = DraftRow(
        summary, name, changed, due=summary.due, batch=summary.batch,
        follows=follows_label(summary, by_name), listed=list_title(summary, by_name),
        this_year=today.year, short_names=short_forms(body) if body else (),
        overtaken=not_needed(summary, by_name), chase_after=chase_after(summary, by_name, today),
    )  # fmt: skip
    from foidraft.drafts.standings import matter
    from foidraft.drafts.tracking import RUNNING, regime_for

    if summary.problem or summary.status not in RUNNING:
        return plain
    try:
        draft = store.load_path(summary.path)
    except FoidraftError:
        return plain
    row = replace(plain, sent=draft.sent, clarified=draft.clarified, replied=draft.replied)
    if draft.status == "clarification":
        asked = draft.clarification
        text = "asked for clarification" + (f" on {long_date(asked)}" if asked else "")
        text += "; the 20 working days start again when you reply"
        return replace(row, due=None, due_state="clarification", due_text=text)
    regime = regime_for(body, draft)
    found = matter(draft, by_name, regime, today)
    if found is None:
        return replace(row, due=None)
    return replace(row, due=found.due, due_state=found.state, due_text=found.text,
                   awaited=found.awaited)  # fmt: skip


def template_label(title: str, fields: tuple[str, ...], authority: str = "") -> str:
    """'Stop and search · fields: period, topic' (and '· for gmp only' when the template
    names one authority); the title's placeholders as stand-ins ("[area]")."""
    from foidraft.templates.model import shown_title

    parts = [shown_title(title)]
    if fields:
        parts.append("fields: " + ", ".join(fields))
    if authority:
        parts.append(f"for {authority} only")
    return " · ".join(parts)


@dataclass
class DraftListing:
    """What Home lists: every draft's row, and the batch it is narrowed to (if any)."""

    rows: list[DraftRow] = field(default_factory=list)
    batch: str | None = None  # show only this batch's drafts
    by_due: bool = False  # soonest due (most overdue) first; else last changed first

    def batches(self) -> list[str]:
        return sorted({r.batch for r in self.rows if r.batch})

    def shown(self) -> list[DraftRow]:
        rows = [r for r in self.rows if self.batch is None or r.batch == self.batch]
        if self.by_due:  # the rest keep their order, after every dated one
            rows.sort(
                key=lambda r: r.due if r.due and r.due_state != "review-closed" else dt.date.max
            )
        return rows

    def title(self) -> str:
        count = len(self.shown())
        by = ", soonest due first" if self.by_due else ""
        if self.batch is None:
            return f"foidraft — {count} draft{'s' if count != 1 else ''}{by}"
        return (
            f"foidraft — batch {self.batch}: {count} of {len(self.rows)} drafts{by} (escape: all)"
        )
