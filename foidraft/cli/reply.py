"""``foidraft reply [DRAFT] FILE``: read an authority's reply, say what it means, record it
on the draft, and write the next letter."""

from __future__ import annotations

import sys

from foidraft.cli.output import say
from foidraft.cli.reply_next import need_grounds, write_next
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft
    from foidraft.replies import Reading

DESCRIPTION = (
    "Read an authority's reply (plain text, a saved email .eml, or a PDF; '-' reads standard "
    "input) and say what it means: its kind, the provisions it relies on and what each "
    "means, the questions they apply to, its dates. With a DRAFT, the reply is recorded on "
    "it: the status follows the reply (clarification, extended, partly-answered, not-held, "
    "refused, ncnd, answered, reviewed), a late reply is marked late, and the review deadline (40 "
    "working days) shows in `foidraft due`. --next writes the next letter as a new draft "
    "linked to this one: clarify (answer their points), narrow (after a cost refusal), "
    "review (an internal review on the --ground names true of your request; the reply's "
    "explanation lists those that fit, each with its source), chaser (for an overdue "
    "reply; no reply need be given), complaint (to the ICO or the Scottish Information "
    "Commissioner), thanks (after an answer)."
)


def configure(p: argparse.ArgumentParser) -> None:
    from foidraft.replies.followup import LETTERS  # the one table the app's menu reads too

    p.add_argument("paths", nargs="+", metavar="[DRAFT] FILE", help="the draft, then the reply")
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="when the reply came (default: the date it gives, else today)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--dry-run", action="store_true", help="explain only; record nothing")
    p.add_argument("--next", choices=LETTERS, metavar="LETTER", help=", ".join(LETTERS))
    p.add_argument(
        "--ground", action="append", default=[], metavar="ID", help="a review ground (repeatable)"
    )


def run(args: argparse.Namespace) -> int:
    from foidraft.drafts import DraftStore

    if len(args.paths) > 2:
        raise FoidraftError(
            "give at most a draft and a reply file", hint="foidraft reply DRAFT FILE"
        )
    store = DraftStore()
    if len(args.paths) == 1 and not args.next:
        return _read_only(args)
    draft = store.load(args.paths[0])
    authority = _authority(draft.authority)
    from foidraft.drafts.tracking import regime_for

    regime = regime_for(authority, draft)
    if len(args.paths) == 2:
        text, sent = _read_file(args.paths[1])
        if authority is None and not draft.regime:  # no body named: the reply says which Act
            regime = _guessed_regime(text, draft)
        day = _day(args.date, sent, text, f"foidraft reply {draft.name} FILE")
        if draft.sent is not None and day < draft.sent and not args.date:
            raise FoidraftError(
                f"the reply is dated {day.isoformat()}, before the request was sent "
                f"({draft.sent.isoformat()})",
                hint=f"give the day it reached you: foidraft reply {draft.name} FILE --date "
                "YYYY-MM-DD",
            )
        reading = _reading(text, regime, draft.body, authority)
        if args.next == "review":  # before recording: a refusal leaves nothing half-done
            need_grounds(draft, reading, authority, day, args.ground, args.paths[1])
        due = _reply_due(draft, reading)  # before an extension recorded moves it on
        if not args.dry_run:
            _record(store, draft, reading, day, regime, text)
        if args.format == "json":
            _print_json(reading, draft, day)
        elif not args.next:
            _print_text(reading, draft, authority, day, due)
    else:
        from foidraft.replies.track import latest_reply

        kept = latest_reply(draft)
        if kept is None and args.next == "chaser":  # the usual chaser: no reply at all
            from foidraft.replies.followup import no_reply

            return write_next(store, draft, no_reply(regime), authority, None, args)
        if kept is None:
            raise FoidraftError(
                f"{draft.name}: no reply is recorded on this draft",
                hint=f"give the reply: foidraft reply {draft.name} FILE --next {args.next}",
            )
        text, day = kept
        if authority is None and not draft.regime:
            regime = _guessed_regime(text, draft)
        reading = _reading(text, regime, draft.body, authority)
    if args.next:
        return write_next(store, draft, reading, authority, day, args)
    return 0


def _read_only(args: argparse.Namespace) -> int:
    text, sent = _read_file(args.paths[0])
    from foidraft.replies import read_reply

    reading = read_reply(text, regime=_guessed_regime(text, None))
    day = _day(args.date, sent, text, "foidraft reply FILE")
    if args.format == "json":
        _print_json(reading, None, day)
    else:
        _print_text(reading, None, None, day)
    return 0


def _guessed_regime(text: str, draft: Draft | None) -> str:
    """The Act the reply was made under, when no draft names the body: said on stderr,
    since its deadlines and the Commissioner to complain to follow from it. A draft
    naming no body keeps it (``regime:``), so Home and `foidraft due` count by it."""
    from foidraft.replies.regime_guess import regime_of_reply

    guess = regime_of_reply(text)
    hint = ""
    if guess.assumed and draft is None:
        hint = " (if it is not, give the draft: foidraft reply DRAFT FILE)"
    elif draft is not None and not guess.assumed:
        draft.regime = guess.regime  # saved with the reply (not with --dry-run)
    say(f"{guess.note()}{hint}", err=True, wrap=True)
    return guess.regime


# Reading a reply's text takes about a second per 100,000 characters of prose
# (benchmarks/reply_speed.py), and a large PDF's text takes a while to get out: past
# these, a line on stderr says what is happening rather than a silent wait. It is read
# whole up to the reader's limit (foidraft.replies.text.MAX_CHARS), and a text past that
# limit is said to be cut: a provision it relies on, or how to ask for a review, may come last.
LONG_REPLY = 100_000  # characters of text
LARGE_FILE = 1_000_000  # bytes of a PDF or an email (with its attachments)


def _read_file(path: str) -> tuple[str, dt.date | None]:
    from foidraft.replies.source import read_source
    from foidraft.replies.text import MAX_CHARS

    where = "standard input" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read(20 * 1024 * 1024 + 1)
    else:
        from pathlib import Path

        if Path(path).is_dir():
            raise FoidraftError(f"{path}: is a folder, not a file", hint="name the reply's file")
        try:
            with open(path, "rb") as fh:
                data = fh.read(20 * 1024 * 1024 + 1)
        except FileNotFoundError:
            raise FoidraftError(f"{path}: no such file") from None
        except OSError as exc:
            raise FoidraftError(f"{path}: cannot read: {exc.strerror}") from None
    packed = data.startswith(b"%PDF-") or where.lower().endswith((".pdf", ".eml"))
    said = packed and len(data) >= LARGE_FILE
    if said:  # said before its text is taken out
        say(
            f"foidraft: reading {where} ({len(data) / 1e6:.1f} MB): taking the text out of a "
            "large file; this can take a minute",
            err=True,
            wrap=True,
        )
    source = read_source(data, where)
    if len(source.text) > MAX_CHARS:  # the reader stops there: said, never silently
        say(
            f"foidraft: {where} has {len(source.text):,} characters of text: only the first "
            f"{MAX_CHARS:,} are read; if what decides the reply (a provision, how to ask for a "
            "review) comes later, save that part in a file of its own and read that",
            err=True,
            wrap=True,
        )
    elif len(source.text) >= LONG_REPLY and not said:
        say(
            f"foidraft: reading {where} ({len(source.text):,} characters): a long reply is read "
            "whole, since a provision or how to ask for a review may come last; this can take "
            "a minute",
            err=True,
            wrap=True,
        )
    return source.text, source.sent


def _day(given: str | None, sent: dt.date | None, text: str, again: str) -> dt.date:
    """The day the reply came: --date, else the email's own date, else the date the
    letter states; else today, said plainly, since every deadline counts from it."""
    import datetime as dt

    if given:
        from foidraft.cli.drafts import _date, _not_after_today

        day = _date(given)
        _not_after_today(day, "--date")  # a reply cannot have come on a day still to come
        return day
    from foidraft.replies.written import letter_date
    from foidraft.text.dates import long_date

    today = dt.date.today()
    found = sent or letter_date(text, today)
    if found is not None:
        source = "the email is" if sent else "the reply is"
        say(
            f"{source} dated {long_date(found)}; deadlines count from that (if it reached "
            f"you another day: {again} --date YYYY-MM-DD)",
            err=True,
            wrap=True,
        )
        return found
    later = letter_date(text)  # a date not yet come: the computer's clock, or a typing slip
    said = f"is dated {long_date(later)}, after today" if later else "gives no date"
    say(
        f"the reply {said}, so today ({long_date(today)}) is taken as the day it "
        f"came; deadlines count from it. If it came another day: {again} --date "
        "YYYY-MM-DD",
        err=True,
        wrap=True,
    )
    return today


def _reading(text: str, regime: str, letter: str, authority: Authority | None) -> Reading:
    from foidraft.replies import read_reply

    return read_reply(text, regime=regime, letter=letter, authority=authority)


def _record(
    store: object, draft: Draft, reading: Reading, day: dt.date, regime: str, text: str
) -> None:
    from foidraft.drafts import DraftStore
    from foidraft.replies.track import record_reply

    assert isinstance(store, DraftStore)
    done = record_reply(draft, reading, day, regime=regime, text=text)
    store.save(draft)
    from foidraft.drafts.status import status_short
    from foidraft.text.dates import long_date  # as the app and `foidraft due` say it

    late = f"; it was late (due {long_date(done.late)})" if done.late else ""
    say(
        f"{draft.name}: {status_short(done.status)} (reply of {long_date(day)}{late})",
        err=True,
        wrap=True,
    )


def _print_json(reading: Reading, draft: Draft | None, day: dt.date) -> None:
    import json

    data = reading.to_dict()
    data["received"] = day.isoformat()  # the day deadlines count from (see stderr)
    if draft is not None:
        data["draft"] = {"name": draft.name, "status": draft.status}
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _reply_due(draft: Draft, reading: Reading) -> dt.date | None:
    """When the reply was due, as the draft stood before this reply was recorded on it."""
    if draft.sent is None:
        return None
    from foidraft.drafts import tracking

    return tracking.reply_due(draft, reading.regime)


def _print_text(
    reading: Reading,
    draft: Draft | None,
    authority: Authority | None,
    day: dt.date,
    due: dt.date | None = None,
) -> None:
    """``due``: when the reply was due (:func:`_reply_due`, taken before recording it: an
    extension recorded moves the draft's deadline on, and the notice was late against
    the one before)."""
    import datetime as dt

    from foidraft.replies.explain import explain, render
    from foidraft.replies.followup import context_for
    from foidraft.replies.review import Context

    late = bool(due and day > due and reading.kind not in ("acknowledgement", "review_outcome"))
    if draft is not None:  # the letters `--next` would write, as the app offers them
        context = context_for(draft, reading, authority=authority, replied=day, name="")
    else:
        context = Context("", authority, reading, day)
    meaning = explain(reading, authority=authority, replied=day, due=due, late=late,
                      today=dt.date.today(), context=context)  # fmt: skip
    text = render(meaning, reading)
    say(text, end="", wrap=True)  # the reply's own words: outside text
    if "review" in meaning.next_steps:  # what `--next review --ground NAME` takes
        from foidraft.replies.review import grounds_for

        say("\nGrounds for a review that fit this reply (--ground NAME for each that is "
            "true of your request):", wrap=True)  # fmt: skip
        for g in grounds_for(reading, late=context.late):
            say(f"    {g.id}: {g.title}\n      from {g.source.title} <{g.source.url}>", wrap=True)
    if draft is None:
        say(
            "\nGive the draft too (foidraft reply DRAFT FILE) to record it and write the next "
            "letter.",
            wrap=True,
        )


def _authority(ref: str) -> Authority | None:
    if not ref:
        return None
    from foidraft.authorities.directory import load_directory

    return load_directory().find(ref)
