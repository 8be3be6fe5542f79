"""``foidraft drafts``: list, show, create and file drafts from the shell."""

from __future__ import annotations

import sys

from foidraft.cli.output import AUTHORITY_HELP, fit, safe_line, say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore, TrashItem

DESCRIPTION = (
    "Manage drafts: the request letters foidraft keeps for you, as private text files. "
    "NAME is a draft's file name, its name without '.md', or the start of its title. "
    'Edit one in your own editor with: $EDITOR "$(foidraft drafts path NAME)". '
    "Without an action, lists the drafts."
)


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    ls = sub.add_parser("list", help="list drafts, most recently changed first")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    show = sub.add_parser("show", help="print a draft")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--body-only", action="store_true", help="just the letter, no header")
    new = sub.add_parser("new", help="start a draft and print its path")
    new.add_argument("title", metavar="TITLE", help="the request's title, e.g. 'Knife crime 2024'")
    new.add_argument("--authority", metavar="NAME", default="", help=AUTHORITY_HELP)
    new.add_argument("--from", dest="source", metavar="FILE", help="the letter ('-': stdin)")
    path = sub.add_parser("path", help="print a draft's file path (for scripts and editors)")
    path.add_argument("name", metavar="NAME")
    status = sub.add_parser("status", help="set a draft's status")
    status.add_argument("name", metavar="NAME", nargs="?", help="the draft (or use --batch)")
    status.add_argument("status", metavar="STATUS", help="draft, ready, sent, clarification, "
                        "extended, answered, partly-answered, not-held, refused, ncnd, review "
                        "(with --date: when you asked for it) or reviewed")  # fmt: skip
    status.add_argument(
        "--date", metavar="YYYY-MM-DD",
        help="when it was sent, or when the authority asked for clarification (default today)",
    )  # fmt: skip
    status.add_argument(
        "--clarified", metavar="YYYY-MM-DD",
        help="with 'sent': when you sent your clarification (the 20 working days restart)",
    )  # fmt: skip
    status.add_argument("--batch", metavar="ID", help="set every draft of a `foidraft batch`")
    rm = sub.add_parser("rm", help="move a draft to the trash")
    rm.add_argument("name", metavar="NAME")
    sub.add_parser("trash", help="list deleted drafts")
    restore = sub.add_parser("restore", help="bring a draft back from the trash")
    restore.add_argument("name", metavar="NAME", help="its name, title or trash id")


def run(args: argparse.Namespace) -> int:
    from foidraft.drafts import DraftStore

    store = DraftStore()
    action = args.action or "list"
    if action == "list":
        return _list(store, getattr(args, "json", False))
    if action == "show":
        return _show(store, args.name, args.body_only)
    if action == "new":
        return _new(store, args.title, args.authority, args.source)
    if action == "path":
        print(safe_line(str(store.find(args.name).path)))
        return 0
    if action == "status":
        return _status(store, args)
    if action == "rm":
        item = store.delete(store.find(args.name))
        print(
            safe_line(
                f"moved {item.name} to the trash (foidraft drafts restore {item.name} undoes it)"
            )
        )
        return 0
    if action == "trash":
        return _trash(store)
    item = store.find_in_trash(args.name)
    restored = store.restore(item)
    if restored.name != item.name:
        print(
            safe_line(f"{item.name} is taken by another draft; restored as {restored.name}"),
            file=sys.stderr,
        )
    print(safe_line(str(restored)))
    return 0


def _list(store: DraftStore, as_json: bool) -> int:
    drafts = store.list()
    if as_json:
        from foidraft.cli.drafts_list import summaries_json

        print(summaries_json(drafts, _now().date()))
        return 0
    if not drafts:
        print('No drafts yet. Start one with: foidraft drafts new "TITLE"')
        return 0
    from foidraft.cli.drafts_list import due_cells, table

    names = {s.authority: _authority_name(s.authority) for s in drafts if s.authority}
    now = _now()
    dues = due_cells(store, drafts, _authority, now.date())
    for line in table(drafts, names, now, dues):
        print(line)
    for s in drafts:
        if s.problem:
            print(f"! {safe_line(s.name)}: {safe_line(s.problem)}", file=sys.stderr)
    return 0


def _authority_name(ref: str) -> str:
    """The name a requester knows ("West Midlands Police"), not the directory's id."""
    try:
        found = _authority(ref)
    except (FoidraftError, OSError):
        found = None
    return found.name if found else ref


def _show(store: DraftStore, ref: str, body_only: bool) -> int:
    summary = store.find(ref)
    if body_only:
        data = store.load_path(summary.path).body.encode("utf-8")
    else:
        from foidraft.drafts.files import read_draft

        data = read_draft(summary.path)  # the file as it is, even with a broken header
    from foidraft.cli.output import write_data

    write_data(data)
    return 0


def _new(store: DraftStore, title: str, authority: str, source: str | None) -> int:
    from foidraft.drafts.header import ALWAYS
    from foidraft.drafts.model import Draft
    from foidraft.text.header import split_header

    draft = Draft.new(title, authority=_authority_id(authority))
    if source is not None:
        from foidraft.cli.inputs import read_text
        from foidraft.text.controls import without_controls

        text, removed = without_controls(read_text(source))
        if removed:  # a NUL past the first 8 KB (not a binary file) or an escape
            say(f"foidraft: note: {source}: {removed}", err=True)
        fields, start = split_header(text)
        # A file that is already a draft brings its header along, minus what is new.
        for key, value in fields.items():
            if key not in ALWAYS or (key == "authority" and not authority):
                draft.header[key] = value
        draft.body = text[start:]
    store.save(draft)
    print(safe_line(str(draft.path)))
    return 0


def _authority_id(ref: str) -> str:
    """What the header keeps for the body the user typed (``named_authority``)."""
    return named_authority(ref).ref if ref.strip() else ""


def named_authority(ref: str) -> Authority:
    """The body the user typed: a listed body (by id, name, abbreviation or slug), or any
    other public body read from its full name, with a note of what foidraft assumed."""
    from foidraft.authorities.infer import assumption
    from foidraft.cli.named import typed_authority

    authority, note = typed_authority(ref)
    if note and "inferred" in authority.tags:
        note = assumption(authority, verb="read", hint=False)
    if note:  # or what became of a former name
        say(f"foidraft: note: {note}", err=True)
    return authority


def _status(store: DraftStore, args: argparse.Namespace) -> int:
    if (args.name is None) == (args.batch is None):
        raise FoidraftError("name one draft, or a batch with --batch ID", hint="not both")
    if args.batch is not None:
        from foidraft.batch import batch_drafts

        drafts = batch_drafts(store, args.batch)
    else:
        drafts = [store.load(args.name)]
    on = _date(args.date) if args.date else None
    clarified = _date(args.clarified) if args.clarified else None
    _not_after_today(on, "--date")
    _not_after_today(clarified, "--clarified")
    if clarified is not None and args.status.strip().lower() != "sent":
        raise FoidraftError("--clarified goes with status 'sent'", hint="leave it out")
    for draft in drafts:
        _set_status(draft, args.status, on, clarified)
    from foidraft.drafts.status import status_short
    from foidraft.text.dates import long_date  # as `foidraft due`, Home and the letters say it

    for draft in drafts:  # every draft checked before any is written
        store.save(draft)
        sent = ""
        if draft.status == "sent" and draft.sent:
            again = f", clarified {long_date(draft.clarified)}" if draft.clarified else ""
            sent = f" (sent {long_date(draft.sent)}{again})"
        elif draft.status == "clarification" and draft.clarification:
            sent = f" (asked {long_date(draft.clarification)})"
        print(safe_line(f"{draft.name}: {status_short(draft.status)}{sent}"))
        if draft.due is not None:
            print(f"  the reply is due by {long_date(draft.due)}", file=sys.stderr)
        if draft.status == "sent" and draft.sent and draft.letter:
            from foidraft.drafts import tracking

            regime = tracking.regime_for(_authority(draft.authority), draft)
            moved = tracking.follow_up_sent(store, draft, draft.sent, regime=regime)
            if moved is not None:
                due = f", due {long_date(moved.due)}" if moved.due else ""
                print(safe_line(f"{moved.name}: {status_short(moved.status)}{due}"))
    return 0


def _set_status(draft: Draft, status: str, on: dt.date | None, clarified: dt.date | None) -> None:
    from foidraft.drafts import tracking

    wanted = status.strip().lower()
    if wanted == "clarification":
        tracking.mark_clarification(draft, on)
        return
    if wanted == "review":  # the requester asked for an internal review on `on`
        import datetime as dt

        regime = tracking.regime_for(_authority(draft.authority), draft)
        tracking.mark_review_asked(draft, on or dt.date.today(), regime=regime)
        return
    if wanted != "sent":
        draft.set_status(status, on)
        return
    regime = tracking.regime_for(_authority(draft.authority), draft)
    if on is not None or clarified is None:
        tracking.mark_sent(draft, on, regime=regime)
    if clarified is not None:
        tracking.mark_clarified(draft, clarified, regime=regime)


def _authority(ref: str) -> Authority | None:
    if not ref:
        return None
    from foidraft.authorities.directory import load_directory

    return load_directory().find(ref)


def _not_after_today(day: dt.date | None, option: str) -> None:
    """A day something happened (sent, asked, clarified) cannot be to come: a slip such
    as 24/12 for 14/12 would count every deadline from the wrong day, in silence."""
    import datetime as dt

    if day is not None and day > dt.date.today():
        from foidraft.text.dates import long_date

        raise FoidraftError(
            f"{option} {long_date(day)} is after today", hint="give the day it happened"
        )


def _date(text: str) -> dt.date:
    """A date as the app takes it: 31/03/2024, 31 March 2024 or 2024-03-31."""
    from foidraft.interview.date_input import parse_date
    from foidraft.text.dates import example_date

    try:
        return parse_date(text)
    except FoidraftError:
        raise FoidraftError(
            f"'{text}' is not a date",
            hint=f"write it as {example_date()} or {example_date(iso=True)}",
        ) from None


def _trash(store: DraftStore) -> int:
    items: list[TrashItem] = store.trash()
    if not items:
        print("The trash is empty.")
        return 0
    from foidraft.text.dates import changed_text

    rows = [("DELETED", "TITLE", "NAME", "ID")]
    now = _now()
    for item in items:
        deleted = changed_text(item.deleted, now)
        rows.append((deleted, fit(item.title, 40), safe_line(item.name), safe_line(item.id)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        print("  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[3]]))
    return 0


def _now() -> dt.datetime:
    """Now in the local time zone: a change at 23:30 UTC is tomorrow's in summer."""
    import datetime as dt

    return dt.datetime.now().astimezone()
