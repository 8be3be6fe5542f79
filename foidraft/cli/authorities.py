"""``foidraft authorities``: search, show and list the authority directory; confirm an
authority's request address."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.authorities.model import Authority

DESCRIPTION = (
    "Search and list the UK police forces and commissioners foidraft knows, show one in "
    "full, or record a request address you have confirmed. Addresses from published lists "
    "are not used until you confirm them; until then foidraft points to WhatDoTheyKnow."
)
SELECT_HELP = (
    "which authorities: police, pcc, territorial, type:TYPE, nation:NATION, regime:FOIA|FOISA, "
    "tag:TAG (space-separated filters narrow), or names and ids separated by commas"
)


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    search = sub.add_parser("search", help="find authorities by name or abbreviation")
    search.add_argument("query", nargs="+", metavar="QUERY", help='e.g. "west mids" or GMP')
    search.add_argument("-n", "--limit", type=_positive, default=10, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON")
    show = sub.add_parser("show", help="every field of one authority")
    show.add_argument("ref", metavar="ID", help="id, name or abbreviation")
    show.add_argument("--json", action="store_true", help="print JSON")
    listing = sub.add_parser("list", help="list authorities, optionally a selection")
    listing.add_argument("--select", metavar="SPEC", help=SELECT_HELP)
    listing.add_argument("--json", action="store_true", help="print JSON")
    set_email = sub.add_parser("set-email", help="record a request address you have confirmed")
    set_email.add_argument("ref", metavar="ID", help="id, name or abbreviation")
    set_email.add_argument("email", nargs="?", metavar="EMAIL", help="the address")
    set_email.add_argument("--clear", action="store_true", help="forget the address instead")


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from foidraft.authorities.directory import load_directory

    directory = load_directory()
    if args.action == "search":
        hits = directory.search(" ".join(args.query), limit=args.limit)
        if args.json:
            from foidraft.authorities.describe import authority_json

            _print_json([{**authority_json(a), "score": score} for a, score in hits])
        elif not hits:
            print("No authority matches.")
        for a, score in [] if args.json else hits:
            print(f"{score:5.1f}  {a.id:<32} {a.name}{_summary(a)}")
        return 0
    if args.action == "show":
        return _show(directory.resolve(args.ref, foi_only=False), as_json=args.json)
    if args.action == "list":
        chosen = directory.select(args.select) if args.select else directory.all()
        if args.json:
            from foidraft.authorities.describe import authority_json

            _print_json([authority_json(a) for a in chosen])
            return 0
        for a in chosen:
            print(f"{a.id:<32} {a.name}{_summary(a)}")
        print(f"{len(chosen)} authorit{'y' if len(chosen) == 1 else 'ies'}.")
        return 0
    return _set_email(directory.resolve(args.ref), args.email, clear=args.clear)


def _summary(a: Authority) -> str:
    if not a.foi_applies:
        return "  (not subject to FOI)"
    return f"  ({a.type}, {a.nation.replace('_', ' ')}, {a.regime})"


def _show(a: Authority, *, as_json: bool) -> int:
    from foidraft.authorities.describe import authority_json, describe, sending_advice

    if as_json:
        _print_json(authority_json(a))
        return 0
    print(a.name)
    rows = describe(a)
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"  {label + ':':<{width}}{value}")
    advice = sending_advice(a)
    if advice:
        print()
        print(advice)
    return 0


def _set_email(a: Authority, email: str | None, *, clear: bool) -> int:
    import datetime as dt

    from foidraft.authorities import user
    from foidraft.errors import FoidraftError

    if clear == bool(email):
        raise FoidraftError(
            "give either an address or --clear", hint=f"foidraft authorities set-email {a.id} EMAIL"
        )
    address = None if clear else user.validate_email(email or "")
    path = user.save_email(a.id, address, dt.date.today().isoformat())
    if address is None:
        print(f"Forgot the request address for {a.name} ({path}).")
    else:
        print(f"Saved {address} as the request address for {a.name} ({path}).")
    return 0


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))
