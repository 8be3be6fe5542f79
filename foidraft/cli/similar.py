"""``foidraft similar``: earlier WhatDoTheyKnow requests like yours (uses the network)."""

from __future__ import annotations

from foidraft.authorities.names import in_running_text
from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.authorities.model import Authority
    from foidraft.similar import SimilarResult

DESCRIPTION = (
    "Before sending, look on WhatDoTheyKnow for earlier requests to the same authority with "
    "a similar title: if one was answered, its published reply may save you asking. "
    "DRAFT_OR_TITLE is a draft (its title and authority are used) or a title in quotes "
    "with --authority. This asks whatdotheyknow.com (answers are cached for a day). "
    "Exit status: 0 on success (even when nothing similar is found), 1 when "
    "WhatDoTheyKnow could not be asked and nothing is cached, 2 for bad usage."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="DRAFT_OR_TITLE", help="a draft's name, or a title")
    p.add_argument("--authority", metavar="ID", help="who the request is for (id or name)")
    p.add_argument("-n", "--limit", type=int, default=5, metavar="N", help="at most N (5)")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from foidraft.errors import FoidraftError
    from foidraft.net import NetworkError
    from foidraft.similar import lookup_similar

    if args.limit < 1:
        raise FoidraftError("--limit must be at least 1")
    title, authority = _subject(args.ref, args.authority)
    try:
        result = lookup_similar(title, authority, limit=args.limit)
    except NetworkError as exc:
        if exc.kind == "config":
            raise  # a bad FOIDRAFT_WDTK_URL is bad usage: exit 2
        say(f"foidraft: error: {exc.message}", err=True)
        if exc.hint:
            say(f"  hint: {exc.hint}", err=True)
        return 1
    if args.json:
        _print_json(title, authority, result)
    else:
        _print_text(title, authority, result)
    return 0


def _subject(ref: str, authority_ref: str | None) -> tuple[str, Authority]:
    """The title and authority to look up: from a draft if ``ref`` names one, else
    ``ref`` is the title and --authority is required."""
    from foidraft.authorities.directory import load_directory
    from foidraft.drafts import DraftStore
    from foidraft.errors import FoidraftError

    try:
        draft = DraftStore().load(ref)
    except FoidraftError as exc:
        if not authority_ref:
            raise FoidraftError(
                f"{exc.message}; to look up a title instead, name the authority",
                hint=f'foidraft similar "{ref}" --authority ID',
            ) from None
        title, wanted = ref, authority_ref
    else:
        title, wanted = draft.title, authority_ref or draft.authority
        if not wanted:
            raise FoidraftError(
                f"draft {draft.name} has no authority",
                hint=f"foidraft similar {draft.name} --authority ID",
            )
    return title, load_directory().resolve(wanted, foi_only=False)


def _print_text(title: str, authority: Authority, result: SimilarResult) -> None:
    if result.stale:
        say(f"foidraft: {result.problem}", err=True)
        when = result.fetched[:10]
        say(f"foidraft: showing what WhatDoTheyKnow said on {when}", err=True)
    to = in_running_text(authority.name)
    if not result.requests:
        say(f"No earlier request to {to} on WhatDoTheyKnow looks like {title!r}.")
        return
    say(f"Earlier requests to {to} on WhatDoTheyKnow like {title!r}:")
    for r in result.requests:
        status = r.status.replace("_", " ") or "status unknown"
        say(f"  {r.score:5.1f}  {r.title}")
        say(f"         {r.date or 'date unknown'}, {status}: {r.url}")
    say("If one of these was answered, its published reply may save you a request.")


def _print_json(title: str, authority: Authority, result: SimilarResult) -> None:
    import json
    from dataclasses import asdict

    data = {
        "title": title,
        "authority": authority.id,
        "fetched": result.fetched,
        "from_cache": result.from_cache,
        "stale": result.stale,
        "requests": [asdict(r) for r in result.requests],
    }
    print(json.dumps(data, ensure_ascii=False, indent=2))
