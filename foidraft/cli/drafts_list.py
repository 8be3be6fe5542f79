"""``foidraft drafts list``: the drafts as a table that fits the terminal, as Home's does.

NAME (what a user types to reach a draft) is never cut: it ends each row while that
fits, and otherwise has a line of its own under its row. The title gives way first, then
the authority, then (at 60 columns) when each changed; never the status or the due date.
No row wraps at 60 columns or more (a name wider than the terminal still does).
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
NAME_INDENT = "    "  # a name on its own line, under its row


def table(
    drafts: list[DraftSummary], names: dict[str, str], now: dt.datetime, dues: dict[str, str]
) -> list[str]:
    """The lines of the table; ``names`` maps an authority's id to its name, ``dues`` a
    draft's file name to its Due cell (``due_cells``)."""
    from foidraft.drafts.follows import list_status, list_title
    from foidraft.text.dates import changed_text  # as Home says it

    by_name = {s.name: s for s in drafts}
    full: list[tuple[str, ...]] = [HEADERS]
    full += [
        (
            ("! " if s.problem else "") + safe_line(list_title(s, by_name)),
            safe_line(names.get(s.authority, s.authority)),
            safe_line(list_status(s, by_name, now.date())),
            changed_text(s.changed, now),
            dues.get(s.name, ""),
            safe_line(s.name),
        )
        for s in drafts
    ]
    title, authority, changed, inline = _layout(full, shutil.get_terminal_size().columns)
    rows = [(cut(r[0], title), cut(r[1], authority), *r[2:]) for r in full]
    shown = [i for i in range(5) if (i != 1 or authority) and (i != 3 or changed)]
    widths = {i: max(len(r[i]) for r in rows) for i in shown}
    lines = []
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in shown]
        if inline:
            lines.append("  ".join([*cells, row[5]]).rstrip())
        else:
            lines += ["  ".join(cells).rstrip(), NAME_INDENT + row[5]]
    return lines


def due_cells(
    store: DraftStore,
    drafts: list[DraftSummary],
    lookup: Callable[[str], Authority | None],
    today: dt.date,
) -> dict[str, str]:
    """Each draft's Due cell as Home says it: a running request's from the one deadline
    logic (``standings.matter``: "review by 17 Jun" once partly answered, "paused" while
    the authority waits for a clarification), any other the date its file keeps."""
    from foidraft.drafts.due_words import due_cell
    from foidraft.drafts.standings import standings

    cells = {s.name: due_cell("", s.due, this_year=today.year) for s in drafts}
    for s, _, _, found in standings(store, drafts, lookup, today):
        cells[s.name] = due_cell(found.state, found.due, found.awaited, today.year) if found else ""
    return cells


def _layout(rows: list[tuple[str, ...]], columns: int) -> tuple[int, int, bool, bool]:
    """(the title's width, the authority's (0: left out), whether CHANGED shows, whether
    NAME ends each row): the first that fits in ``columns`` of NAME at the end, NAME on
    its own line, that without CHANGED; the title cut no shorter than 12 in each."""

    def widest(i: int) -> int:
        return max(len(r[i]) for r in rows)

    room = columns
    for inline, changed in ((True, True), (False, True), (False, False)):
        after = [2, 4, *([3] if changed else []), *([5] if inline else [])]
        room = columns - 1 - sum(widest(i) + GAP for i in after)  # no wrap at the edge
        fitted = fit_pair(widest(0), widest(1), room)
        if fitted is not None:
            return (*fitted, changed, inline)
    return max(room, MIN_TITLE // 2), 0, False, False  # narrower than any phone


def fit_pair(
    title_width: int,
    authority_width: int,
    room: int,
    most: tuple[int, int] = (MAX_TITLE, MAX_AUTHORITY),
) -> tuple[int, int] | None:
    """The title's and the authority's widths in ``room`` columns (up to ``most``; the
    title cut first, then the authority, which goes altogether when even that is too
    wide); None when not even the title fits at its narrowest. ``foidraft due`` too."""
    title, authority = min(title_width, most[0]), min(authority_width, most[1])
    least = min(title_width, MIN_TITLE)
    if least > room:
        return None
    space = room - GAP  # beside the authority
    title_cut = max(min(title, space - authority), least)
    authority_cut = min(authority, space - title_cut)
    if authority_cut >= min(authority_width, MIN_AUTHORITY):
        return title_cut, authority_cut
    return min(title, room), 0


def summaries_json(drafts: list[DraftSummary], today: dt.date) -> str:
    """``drafts list --json``: each draft's header fields, and what the lists derive."""
    import json

    from foidraft.drafts.follows import chase_after, not_needed

    by_name = {s.name: s for s in drafts}
    found = []
    for s in drafts:
        waits = chase_after(s, by_name, today)
        found.append(
            {
                "name": s.name,
                "path": str(s.path),
                "title": s.title,
                "authority": s.authority,
                "status": s.status,
                "updated": s.updated.isoformat() if s.updated else None,
                "changed": s.changed.isoformat(),
                "due": s.due.isoformat() if s.due else None,
                "problem": s.problem,
                "follows": s.follows or None,
                "letter": s.letter or None,
                "not_needed": not_needed(s, by_name),  # a chaser the reply overtook
                "chase_after": waits.isoformat() if waits else None,  # an extended deadline
            }
        )
    return json.dumps(found, ensure_ascii=False, indent=2)
