"""``foidraft drafts list``: the drafts as a table that fits the terminal, as Home's does.

NAME (what a user types to reach a draft) comes last and is never cut; the title gives
way first, then the authority, never the status, the dates or the name. A terminal too
narrow even for that lets the name run past the edge rather than wrap every row.
"""

from __future__ import annotations

import shutil

from foidraft.cli.output import cut, safe_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from foidraft.authorities.model import Authority
    from foidraft.drafts import DraftStore, DraftSummary

HEADERS = ("TITLE", "AUTHORITY", "STATUS", "CHANGED", "DUE", "NAME")  # Home's "Changed"
GAP = 2
MAX_TITLE, MIN_TITLE = 40, 12  # 40: the widest a title was ever shown here
MAX_AUTHORITY, MIN_AUTHORITY = 24, 10


def table(
    drafts: list[DraftSummary], names: dict[str, str], now: dt.datetime, dues: dict[str, str]
) -> list[str]:
    """The lines of the table; ``names`` maps an authority's id to its name, ``dues`` a
    draft's file name to its Due cell (``due_cells``)."""
    from foidraft.drafts.follows import list_title
    from foidraft.text.dates import changed_text  # as Home says it

    by_name = {s.name: s for s in drafts}
    full: list[tuple[str, ...]] = [HEADERS]
    full += [
        (
            ("! " if s.problem else "") + safe_line(list_title(s, by_name)),
            safe_line(names.get(s.authority, s.authority)),
            safe_line(s.status),
            changed_text(s.changed, now),
            dues.get(s.name, ""),
            safe_line(s.name),
        )
        for s in drafts
    ]
    title, authority = _widths(full, shutil.get_terminal_size().columns)
    rows = [(cut(r[0], title), cut(r[1], authority), *r[2:]) for r in full]
    shown = [i for i in range(5) if i != 1 or authority]
    widths = {i: max(len(r[i]) for r in rows) for i in shown}
    return ["  ".join([*(row[i].ljust(widths[i]) for i in shown), row[5]]).rstrip() for row in rows]


def due_cells(
    store: DraftStore,
    drafts: list[DraftSummary],
    lookup: Callable[[str], Authority | None],
    today: dt.date,
) -> dict[str, str]:
    """Each draft's Due cell as Home says it: a running request's from the one deadline
    logic (``tracking.matter``: "review by 17 Jun" once partly answered, "paused" while
    the authority waits for a clarification), any other the date its file keeps."""
    from foidraft.drafts.due_words import due_cell
    from foidraft.drafts.tracking import RUNNING, matter, regime_for
    from foidraft.errors import FoidraftError

    by_name = {s.name: s for s in drafts}
    cells = {}
    for s in drafts:
        cells[s.name] = due_cell("", s.due, this_year=today.year)
        if s.problem or s.status not in RUNNING:
            continue
        try:
            draft = store.load_path(s.path)
        except FoidraftError:
            continue
        body = lookup(draft.authority) if draft.authority else None
        found = matter(draft, by_name, regime_for(body, draft), today)
        cells[s.name] = due_cell(found.state, found.due, found.awaited, today.year) if found else ""
    return cells


def _widths(rows: list[tuple[str, ...]], columns: int) -> tuple[int, int]:
    """The title's and the authority's widths (0: no authority column): as wide as they
    are (up to 40 and 24) when the table fits in ``columns``, else cut, the title first,
    then the authority, which goes altogether when even that is too wide."""

    def widest(i: int) -> int:
        return max(len(r[i]) for r in rows)

    title, authority = min(widest(0), MAX_TITLE), min(widest(1), MAX_AUTHORITY)
    fixed = sum(widest(i) for i in range(2, 6)) + GAP * (len(HEADERS) - 1)
    room = columns - 1 - fixed  # for the title and the authority; no wrap at the edge
    title = max(min(title, room - authority), min(title, MIN_TITLE))
    if title + authority > room:
        authority = max(room - title, min(authority, MIN_AUTHORITY))
    if title + authority > room:  # without the column and its gap
        authority = 0
        title = max(min(widest(0), MAX_TITLE, room + GAP), min(widest(0), MIN_TITLE))
    return title, authority
