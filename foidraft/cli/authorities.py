"""``foidraft authorities``: search, show and list the authority directory; confirm an
authority's request address; download WhatDoTheyKnow's full list (``refresh``)."""

from __future__ import annotations

from foidraft.authorities.names import in_running_text
from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import TextIO

    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority
    from foidraft.authorities.refresh import CacheInfo

DESCRIPTION = (
    "Search and list the UK police forces and commissioners foidraft knows, show one in "
    "full, or record a request address you have confirmed. Addresses from published lists "
    "are not used until you confirm them; until then foidraft points to WhatDoTheyKnow. "
    "`refresh` downloads WhatDoTheyKnow's list of every public body it knows (councils, "
    "NHS trusts, ...) so search covers them too; it is the only action that uses the "
    "network, and exits 1 when the download fails (the previous list stays in use)."
)
REFRESH_DESCRIPTION = (
    "Download WhatDoTheyKnow's list of every public body it knows (www.whatdotheyknow.com"
    "/body/all-authorities.csv, or FOIDRAFT_WDTK_URL) into foidraft's cache, so search, show "
    "and check know councils, NHS trusts and the rest; police forces keep foidraft's own, "
    "fuller entries. Only changes are downloaded (ETag/Last-Modified). The new list replaces "
    "the cached one only once it is complete and checked. Exit status: 0 when the list was "
    "downloaded or has not changed; 1 when the refresh failed (offline, timeout, an error "
    "from the server, a cut-off, oversized or malformed download): foidraft then keeps "
    "using the previous list, or its bundled police list if there is none."
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
    set_email.add_argument(
        "ref", metavar="ID", help="id, name or abbreviation, or any public body's full name"
    )
    set_email.add_argument("email", nargs="?", metavar="EMAIL", help="the address")
    set_email.add_argument("--clear", action="store_true", help="forget the address instead")
    refresh = sub.add_parser(
        "refresh",
        help="download WhatDoTheyKnow's list of all public bodies (network)",
        description=REFRESH_DESCRIPTION,
    )
    refresh.add_argument("--status", action="store_true", help="show what is cached, offline")
    refresh.add_argument("--force", action="store_true", help="download even if unchanged")
    refresh.add_argument("--json", action="store_true", help="with --status: print JSON")


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
    if args.action == "refresh":
        if args.json and not args.status:
            from foidraft.errors import FoidraftError

            raise FoidraftError("--json goes with --status", hint="foidraft authorities refresh")
        return _status(as_json=args.json) if args.status else _refresh(force=args.force)
    from foidraft.authorities.directory import load_directory

    directory = load_directory()
    if args.action == "search":
        query = " ".join(args.query)
        hits = directory.search(query, limit=args.limit)
        if args.json:
            from foidraft.authorities.describe import authority_json

            _print_json([{**authority_json(a), "score": score} for a, score in hits])
        elif not hits:
            from foidraft.authorities.describe import no_match

            say(no_match(query))
        for a, score in [] if args.json else hits:
            say(f"{score:5.1f}  {a.id:<32} {a.name}{_summary(a)}")
        return 0
    if args.action == "show":
        return _show(_shown(directory, args.ref), as_json=args.json)
    if args.action == "list":
        chosen = directory.select(args.select) if args.select else directory.all()
        if args.json:
            from foidraft.authorities.describe import authority_json

            _print_json([authority_json(a) for a in chosen])
            return 0
        for a in chosen:
            say(f"{a.id:<32} {a.name}{_summary(a)}")
        say(f"{len(chosen)} authorit{'y' if len(chosen) == 1 else 'ies'}.")
        return 0
    from foidraft.authorities.infer import any_body

    authority, unlisted = any_body(args.ref, directory)
    return _set_email(authority, args.email, clear=args.clear, unlisted=unlisted)


def _shown(directory: Directory, ref: str) -> Authority:
    """A listed body, or one named in full whose address the user keeps (set-email)."""
    from foidraft.authorities.former import known_name
    from foidraft.authorities.infer import any_body
    from foidraft.errors import FoidraftError

    try:
        return directory.resolve(ref, foi_only=False)
    except FoidraftError:
        named = known_name(ref, directory)  # "Strathclyde Police": say what became of it
        if named is not None:
            if named[1]:
                say(named[1])
            return named[0]
        kept, unlisted = any_body(ref, directory)
        if unlisted and kept.email:
            return kept
        raise


def _summary(a: Authority) -> str:
    if not a.foi_applies:
        return "  (not subject to FOI)"
    return f"  ({a.type}, {a.nation.replace('_', ' ')}, {a.regime})"


def _show(a: Authority, *, as_json: bool) -> int:
    from foidraft.authorities.describe import authority_json, describe, sending_advice

    if as_json:
        _print_json(authority_json(a))
        return 0
    say(a.name)
    rows = describe(a)
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        say(f"  {label + ':':<{width}}{value}")
    advice = sending_advice(a)
    if advice:
        say()
        say(advice)
    return 0


def _set_email(a: Authority, email: str | None, *, clear: bool, unlisted: bool) -> int:
    import datetime as dt
    import shlex

    from foidraft.authorities import user
    from foidraft.errors import FoidraftError

    if clear == bool(email):
        ref = shlex.quote(a.name) if unlisted else a.id
        raise FoidraftError(
            "give either an address or --clear", hint=f"foidraft authorities set-email {ref} EMAIL"
        )
    address = None if clear else user.validate_email(email or "")
    if unlisted and address is not None:
        said = in_running_text(a.name, sentence_start=True)
        say(f"{said} is not in foidraft's list: the address is kept under its name.")
    path = user.save_email(a.id, address, dt.date.today().isoformat())
    if address is None:
        say(f"Forgot the request address for {in_running_text(a.name)} ({path}).")
    else:
        say(f"Saved {address} as the request address for {in_running_text(a.name)} ({path}).")
    return 0


def _refresh(*, force: bool) -> int:
    """Exit 0 when the list was downloaded or is unchanged, 1 when the refresh failed."""
    import sys

    from foidraft.authorities import refresh
    from foidraft.errors import FoidraftError

    bar = _Bar(sys.stderr)
    try:
        result = refresh.refresh(progress=bar, force=force)
    except FoidraftError as exc:
        bar.finish()
        if getattr(exc, "kind", "") == "config":
            raise  # a bad FOIDRAFT_WDTK_URL is bad usage: exit 2
        say(f"foidraft: error: {exc.message}", err=True)
        if exc.hint:
            say(f"  hint: {exc.hint}", err=True)
        say(f"foidraft: {_fallback(refresh.cache_info())}", err=True)
        return 1
    bar.finish()
    info = result.info
    if result.changed:
        say(
            f"Downloaded WhatDoTheyKnow's list: {info.rows:,} bodies ({_mb(info.size)}). "
            "`foidraft authorities search` now covers them."
        )
    else:
        say(
            "WhatDoTheyKnow's list has not changed since it was downloaded on "
            f"{_day(info.fetched)}; kept the cached copy ({info.rows:,} bodies)."
        )
    return 0


def _fallback(info: CacheInfo | None) -> str:
    from foidraft.authorities.refresh import bundled_count

    if info is not None:
        if info.consistent and info.fetched:
            return f"still using the list downloaded on {_day(info.fetched)} ({info.rows:,} bodies)"
        return f"still using the list already cached ({info.path})"
    return (
        f"using the bundled list of {bundled_count()} police forces and commissioners; "
        "no WhatDoTheyKnow list has been downloaded yet"
    )


def _status(*, as_json: bool) -> int:
    from dataclasses import asdict

    from foidraft.authorities.refresh import bundled_count, cache_info

    info = cache_info()
    if as_json:
        _print_json(asdict(info) if info else None)
        return 0
    if info is None:
        say(
            "No WhatDoTheyKnow list is cached: foidraft knows its bundled list of "
            f"{bundled_count()} police forces and commissioners.\n"
            "`foidraft authorities refresh` downloads the full list (uses the network)."
        )
        return 0
    say(f"WhatDoTheyKnow's list of public bodies: {info.path}")
    if not info.consistent:
        say("  no record of when it was downloaded (refresh replaces it)")
    rows = [
        ("downloaded", _when(info.fetched)),
        ("last checked", _when(info.checked)),
        ("bodies", f"{info.rows:,}" if info.consistent else ""),
        ("size", _mb(info.size)),
        ("ETag", info.etag),
        ("Last-Modified", info.last_modified),
        ("from", info.url),
    ]
    for label, value in rows:
        if value:
            say(f"  {label + ':':<15}{value}")
    return 0


class _Bar:
    """A text progress bar on stderr; off a terminal, one final line instead."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.done = 0
        self.drawn = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        import time

        self.done = done
        now = time.monotonic()
        if not self.tty or (now - self.drawn < 0.1 and done != total):
            return
        self.drawn = now
        if total:
            filled = min(self.WIDTH, self.WIDTH * done // total)
            line = f"[{'#' * filled:<{self.WIDTH}}] {_mb(done)} of {_mb(total)}"
        else:
            line = f"downloading... {_mb(done)}"
        self.stream.write(f"\r  {line}   ")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\n")
        elif not self.tty and self.done:
            self.stream.write(f"foidraft: received {_mb(self.done)}\n")
        self.stream.flush()


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _day(iso: str) -> str:
    return iso[:10] or "an unknown date"


def _when(iso: str) -> str:
    return iso.replace("T", " ").replace("Z", " UTC") if iso else ""


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))
