"""The reply screen's work, off the UI thread: read the reply (pasted or from its file),
find the day it came, record it on the draft and explain it.

The day comes from the screen when the requester typed one, else from the reply (an
email's own date, or a date the letter stands on); with neither, nothing is recorded and
the screen asks for it, since every deadline counts from that day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from foidraft.errors import FoidraftError

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore
    from foidraft.replies import Reading
    from foidraft.replies.review import Context


class NeedDate(FoidraftError):
    """The reply states no date and none was typed."""


@dataclass(frozen=True)
class Outcome:
    reading: Reading
    context: Context
    meaning: str
    recorded: str
    steps: list[str]


def to_read(text: str, file: str, typed: str) -> tuple[str, dt.date | None]:
    """The file to read ("": the pasted text) and the day typed under "received" (None:
    the reply's own), once there is a reply to read; else a FoidraftError that says what
    is missing or cannot be read. A date typed in the file field (the first field after
    the pasted reply, where Tab goes), with none under "received" and no file of that
    name, is the day it came: it said "05/10/2026: cannot read"."""
    from foidraft.interview.date_input import parse_date
    from foidraft.replies.text import readable

    typed = typed.strip()  # none typed: the date the reply gives
    day = parse_date(typed) if typed else None  # as the date-sent dialog takes it
    if file and not typed and not Path(file).expanduser().exists():
        with contextlib.suppress(FoidraftError):  # not a date either: reading says so
            file, day = "", parse_date(file)
    if not file and not readable(text):  # empty, or only spaces and control codes
        raise FoidraftError("Paste the reply, or give its file: there are no words to read yet.")
    return file, day


def reply_text(text: str, file: str) -> tuple[str, dt.date | None]:
    """The reply's text (pasted, or read from ``file``) and the date its email gives."""
    if not file:
        return text, None
    from foidraft.replies.source import read_source

    path = Path(file).expanduser()
    try:
        data = path.read_bytes()[: 20 * 1024 * 1024 + 1]
    except OSError as exc:
        raise FoidraftError(f"{file}: cannot read: {exc.strerror or exc}") from None
    source = read_source(data, path.name)
    return source.text, source.sent


def read_and_record(
    draft: Draft,
    store: DraftStore,
    authority: Authority | None,
    today: dt.date,
    requester: str,
    *,
    text: str,
    file: str,
    typed: dt.date | None,
) -> Outcome:
    from foidraft.drafts import status_label, tracking
    from foidraft.replies import read_reply
    from foidraft.replies.explain import explain, render
    from foidraft.replies.followup import context_for
    from foidraft.replies.track import record_reply
    from foidraft.replies.written import letter_date
    from foidraft.text.dates import long_date

    text, sent = reply_text(text, file)
    found = sent or letter_date(text, today)
    day = typed or found
    if day is None:
        later = letter_date(text)  # a date not yet come: the computer's clock, or a slip
        said = f"is dated {long_date(later)}, after today" if later else "gives no date"
        raise NeedDate(
            f"The reply {said}: type the day it reached you under “received” "
            f"(for example {today:%d/%m/%Y}), then enter. Deadlines count from it."
        )
    if draft.sent is not None and day < draft.sent:
        said = "you typed" if typed else "the reply gives"
        raise NeedDate(
            f"{long_date(day)} ({said}) is before you sent the request ("
            f"{long_date(draft.sent)}): type the day the reply reached you under “received” "
            f"(for example {today:%d/%m/%Y}), then enter."
        )
    regime = tracking.regime_for(authority, draft)
    guessed = ""
    if authority is None and not draft.regime:  # no body named: the reply says which Act
        from foidraft.replies.regime_guess import regime_of_reply

        guess = regime_of_reply(text)
        regime, guessed = guess.regime, f" The reply is {guess.note()}."
        if not guess.assumed:
            draft.regime = regime  # Home and `foidraft due` count by it from now on
    reading = read_reply(text, regime=regime, letter=draft.body, authority=authority)
    due = tracking.reply_due(draft, regime) if draft.sent else None
    done = record_reply(draft, reading, day, regime=regime, text=text)
    store.save(draft)
    context = context_for(draft, reading, authority=authority, replied=day, name=requester)
    meaning = explain(reading, authority=authority, replied=day, due=done.late or due,
                      late=bool(done.late), today=today, context=context)  # fmt: skip
    late = f" It came late: it was due by {long_date(done.late)}." if done.late else ""
    said = " (the date it gives)" if typed is None else ""
    recorded = (
        f"Recorded on “{draft.title}”: {status_label(done.status).lower()}, "
        f"received {long_date(day)}{said}.{late}{guessed}"
    )
    return Outcome(reading, context, render(meaning, reading), recorded, meaning.next_steps)


# Statuses whose latest kept reply is still the last word: its next letters are still open.
# Closing or quitting over a pasted reply that has not been read says why it asks.
UNREAD = "The reply you pasted is not kept: it is recorded only once foidraft reads it."
AWAITING_YOU = (
    "clarification", "answered", "partly-answered", "not-held", "refused", "ncnd", "reviewed"
)  # fmt: skip


def kept_reply_day(draft: Draft) -> dt.date | None:
    """The day of the reply kept on ``draft`` whose next letters are still to write (the
    screen offers them again: closed after reading it, there was no way back to them
    short of pasting it again), or None."""
    if draft.status not in AWAITING_YOU:
        return None
    from foidraft.replies.track import latest_reply

    kept = latest_reply(draft)
    return kept[1] if kept else None


def reread(draft: Draft, authority: Authority | None, today: dt.date, requester: str) -> Outcome:
    """The kept reply read again, recording nothing: its meaning and next letters."""
    from foidraft.drafts import status_label, tracking
    from foidraft.replies import read_reply
    from foidraft.replies.explain import explain, render
    from foidraft.replies.followup import context_for
    from foidraft.replies.track import latest_reply
    from foidraft.text.dates import long_date

    kept = latest_reply(draft)
    if kept is None:
        raise FoidraftError("The reply kept on this request cannot be read: paste it again.")
    text, day = kept
    regime = tracking.regime_for(authority, draft)
    reading = read_reply(text, regime=regime, letter=draft.body, authority=authority)
    context = context_for(draft, reading, authority=authority, replied=day, name=requester)
    meaning = explain(reading, authority=authority, replied=day, due=context.due,
                      late=context.late, today=today, context=context)  # fmt: skip
    recorded = (
        f"The reply of {long_date(day)}, recorded on “{draft.title}”: "
        f"{status_label(draft.status).lower()}."
    )
    return Outcome(reading, context, render(meaning, reading), recorded, meaning.next_steps)


def missed(draft: Draft, authority: Authority | None, today: dt.date) -> dt.date | None:
    """The due date the authority has missed with no answer (a chaser fits), or None."""
    from foidraft.drafts import tracking

    if draft.status not in ("sent", "extended"):
        return None  # paused for a clarification, or answered: nothing to chase
    due = tracking.reply_due(draft, tracking.regime_for(authority, draft))
    return due if due is not None and today > due else None


# Short enough that at 80x24 the file and date fields stay in view under a two-line
# message ("The reply gives no date: type the day it reached you under “received”...").
PASTE_HELP = (
    "Paste the authority's reply below, or give its file (text, .eml or PDF): foidraft says "
    "what it means, records it on {where} and offers the next letter. Left empty, "
    "“received” is the date the reply gives."
)


def paste_help(due: dt.date | None, followed: str = "") -> str:
    """The paste step's words: where the reply is recorded (``followed``, the title of the
    request a letter follows, said here rather than in a toast over the buttons), and,
    when the reply is overdue (``missed``), the chaser."""
    where = f"“{followed}” (the request this letter follows)" if followed else "this request"
    said = PASTE_HELP.format(where=where)
    if due is None:
        return said
    from foidraft.text.dates import long_date

    return (
        f"{said}\nNo reply yet? It was due by {long_date(due)}: “No reply: write a chaser” "
        "reminds them."
    )


def chaser_context(draft: Draft, authority: Authority | None, requester: str) -> Context:
    """What a chaser needs when no reply came: the request and the Act."""
    from foidraft.drafts import tracking
    from foidraft.replies.followup import context_for, no_reply

    reading = no_reply(tracking.regime_for(authority, draft))
    return context_for(draft, reading, authority=authority, replied=None, name=requester)


def indented_blocks(text: str) -> list[tuple[int, str]]:
    """The explanation's lines as (indent, text), so the screen can wrap each one under
    its own indent (a wrapped line of a plain Static starts at the left edge)."""
    out: list[tuple[int, str]] = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        out.append((len(line) - len(stripped), stripped))
    while out and not out[-1][1]:
        out.pop()
    return out
