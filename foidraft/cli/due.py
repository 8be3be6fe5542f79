"""``foidraft due``: sent requests due soon or overdue, and clarifications you owe."""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.drafts.standings import DueItem

DESCRIPTION = (
    "List the requests you have sent whose reply is due within N working days (default 5) "
    "or overdue, and those where the authority asked you for clarification (its 20 working "
    "days start again when you reply). Mark a draft sent with `foidraft drafts status NAME "
    "sent --date YYYY-MM-DD`."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--within", type=int, default=5, metavar="N", help="working days ahead (default 5)"
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="everything open, however far off: replies awaited, review and complaint windows",
    )
    p.add_argument("--today", metavar="YYYY-MM-DD", help="count as if today were this date")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from foidraft.authorities.directory import load_directory
    from foidraft.drafts import DraftStore
    from foidraft.drafts.standings import due_items
    from foidraft.errors import FoidraftError

    if args.within < 0:
        raise FoidraftError("--within cannot be negative", hint="--within 5")
    today = dt.date.today()
    if args.today:
        from foidraft.cli.drafts import _date

        today = _date(args.today)
    store, find = DraftStore(), load_directory().find
    items = due_items(store, today, find, within=args.within, everything=args.all)
    if args.json:
        import json

        print(json.dumps([_json(i) for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items and args.all:  # no window was asked for: none to speak of
        say(
            "Nothing is waiting: no request you sent awaits a reply, and no clarification, "
            "review or complaint of yours has a deadline open."
        )
        return 0
    if not items:
        said = f"Nothing due within {args.within} working days, and nothing overdue."
        later = _later(due_items(store, today, find, everything=True))
        if later:  # else "nothing due" reads as if no reply were awaited
            said += f" {later}"
        say(said)
        return 0
    _table(items)
    return 0


# What has a later date, by what the requester waits for or may still do (the states of
# standings.DueItem), said as (plural, singular): a review window is not a wait for a reply.
LATER = (
    (("waiting", "due-soon"), ("requests are waiting for a reply",
                               "request is waiting for a reply")),
    (("review-by",), ("replies can still be taken to an internal review",
                      "reply can still be taken to an internal review")),
    (("complain-by",), ("reviews' outcomes can still go to the Commissioner",
                        "review's outcome can still go to the Commissioner")),
)  # fmt: skip


def _later(items: list[DueItem]) -> str:
    counts = [(sum(i.state in states for i in items), words) for states, words in LATER]
    clauses = [f"{n} {words[n == 1]}" for n, words in counts if n]
    if not clauses:
        return ""
    them = "it" if sum(n for n, _ in counts) == 1 else "them"
    return f"Later: {'; '.join(clauses)}. `foidraft due --all` lists {them}."


def _table(items: list[DueItem]) -> None:
    """As ``drafts list`` fits the terminal (``drafts_list.fit_pair``): the title gives way
    first, then the authority; the due date, the state and the name never (the name goes
    on a line of its own when it cannot end its row)."""
    import shutil
    import textwrap

    from foidraft.cli.drafts_list import GAP, NAME_INDENT, fit_pair
    from foidraft.cli.output import cut, safe_line
    from foidraft.text.dates import long_date

    rows = [("DUE", "STATE", "AUTHORITY", "TITLE", "NAME")]
    notes = [""]  # what follows "; " in a state (the law's limit) goes on a line below
    for i in items:
        due = long_date(i.due) if i.due else "-"
        state, _, note = i.text.partition("; ")
        state = _date_once(state, due)
        rows.append((due, state, safe_line(i.authority_name), safe_line(i.summary.title),
                     safe_line(i.summary.name)))  # fmt: skip
        notes.append(note)
    columns = shutil.get_terminal_size().columns
    widest = [max(len(r[c]) for r in rows) for c in range(5)]
    fixed = widest[0] + GAP + widest[1] + GAP
    for inline in (True, False):
        room = columns - 1 - fixed - (widest[4] + GAP if inline else 0)  # no wrap at the edge
        fitted = fit_pair(widest[3], widest[2], room, most=(36, 28))  # 36, 28: as before
        if fitted is not None:
            break
    title, authority = fitted or (max(room, 6), 0)  # narrower than any phone
    shown = [0, 1, *([2] if authority else []), 3]
    cells = [(*r[:2], cut(r[2], authority), cut(r[3], title)) for r in rows]
    widths = [max(len(r[c]) for r in cells) for c in range(4)]
    for row, whole, note in zip(cells, rows, notes, strict=True):
        line = "  ".join(row[c].ljust(widths[c]) for c in shown)
        if inline:
            say(f"{line}  {whole[4]}".rstrip())
        else:
            say(line.rstrip())
            say(NAME_INDENT + whole[4])
        indent = " " * (widths[0] + GAP)
        for folded in textwrap.wrap(note, max(columns - 1, 40), initial_indent=indent,
                                    subsequent_indent=indent):  # fmt: skip
            say(folded)


def _date_once(state: str, due: str) -> str:
    """The state without the date the DUE cell already says: "review answer due D
    (overdue by 3 working days)" reads "review answer: overdue by 3 working days"."""
    import re

    found = re.search(rf" (?:due |by )?{re.escape(due)}(?: \(([^)]*)\))?", state)
    if found is None:
        return state
    rest = f": {found[1]}" if found[1] else ""
    return state[: found.start()] + rest + state[found.end() :]


def _json(i: DueItem) -> dict[str, object]:
    return {
        "name": i.summary.name,
        "path": str(i.summary.path),
        "title": i.summary.title,
        "authority": i.authority_name,
        "state": i.state,
        "text": i.text,
        "due": i.due.isoformat() if i.due else None,
        "sent": i.sent.isoformat() if i.sent else None,
        "days": i.days,
    }
