"""``foidraft due``: sent requests due soon or overdue, and clarifications you owe."""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.drafts.tracking import DueItem

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
    p.add_argument("--all", action="store_true", help="every request still waiting for a reply")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="count as if today were this date")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from foidraft.authorities.directory import load_directory
    from foidraft.drafts import DraftStore
    from foidraft.drafts.tracking import due_items
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
        waiting = sum(
            i.state != "review-closed" for i in due_items(store, today, find, everything=True)
        )
        if waiting:  # else "nothing due" reads as if no reply were awaited
            one = waiting == 1
            said += (
                f" {waiting} request{'' if one else 's'} {'is' if one else 'are'} waiting for "
                f"a reply later: `foidraft due --all` lists {'it' if one else 'them'}."
            )
        say(said)
        return 0
    _table(items)
    return 0


def _table(items: list[DueItem]) -> None:
    from foidraft.cli.output import fit, safe_line
    from foidraft.text.dates import long_date

    rows = [("DUE", "STATE", "AUTHORITY", "TITLE", "NAME")]
    notes = [""]  # what follows "; " in a state (the law's limit) goes on a line below
    for i in items:
        due = long_date(i.due) if i.due else "-"
        state, _, note = i.text.partition("; ")
        state = _date_once(state, due)
        rows.append((due, state, fit(i.authority_name, 28), fit(i.summary.title, 36),
                     safe_line(i.summary.name)))  # fmt: skip
        notes.append(note)
    widths = [max(len(r[c]) for r in rows) for c in range(4)]
    for row, note in zip(rows, notes, strict=True):
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)]
        say("  ".join([*cells, row[4]]).rstrip())
        if note:
            say(" " * (widths[0] + 2) + note)


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
