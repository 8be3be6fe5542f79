"""The reply screen's layout: the paste step (its help, the box, a file and the day it
came), the meaning shown once read, and the buttons for the next letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from foidraft.text.dates import short_date
from foidraft.tui.reply_reading import paste_help
from foidraft.tui.text import literal
from foidraft.tui.widgets.reply_fields import LetterButtons, ReplyText

if TYPE_CHECKING:
    import datetime as dt

    from textual.app import ComposeResult

REPLY_CSS = """
ReplyScreen {
& > #dialog { max-width: 110; height: 94%; padding: 0 2; }
& #dialog-title { margin: 1 0 0 0; }
& .dialog-body { margin-bottom: 1; }
& #reply-text { height: 1fr; min-height: 5; }  /* three lines, whatever is said */
& #meaning { height: 1fr; }
& #reply-file { width: 1fr; margin: 0; }
& #reply-date { width: 16; margin: 0 0 0 1; }
& .reply-date-label { width: auto; margin: 0 0 0 2; }
& .ground-source { padding-left: 4; color: $text-muted; }
& .meaning-line { width: 1fr; height: auto; }
& #reply-error, & GroundBox { width: 1fr; height: auto; text-wrap: wrap; }  /* never cut off */
& .dialog-buttons { margin-bottom: 1; }
}
"""


def reply_parts(
    missed: dt.date | None, followed: str, kept: dt.date | None, today: dt.date
) -> ComposeResult:
    """``missed``: the day a reply was due and none came (a chaser fits); ``followed``:
    the title of the request a letter follows (the reply is recorded there); ``kept``:
    the day of the reply already read whose next letters are still to write."""
    with Vertical(id="paste-step"):
        yield Static(literal(paste_help(missed, followed)), classes="dialog-body", id="paste-help")
        yield ReplyText(id="reply-text", soft_wrap=True, show_line_numbers=False)
        with Horizontal(classes="dialog-buttons"):
            file_hint = "or a file: path to .txt, .eml or .pdf"
            yield Input(placeholder=file_hint, id="reply-file", compact=True)
            yield Static("received", classes="reply-date-label")
            # The form a date is typed in, with today's as the example: a reply came
            # recently. "e.g." says it is a hint: a bare date read as one filled in, beside
            # a line asking for the date (left empty, the reply's own date is taken).
            yield Input(placeholder=f"e.g. {today:%d/%m/%Y}", id="reply-date", compact=True)
    yield VerticalScroll(id="meaning")
    yield Label("", id="reply-error", classes="dialog-error")
    with LetterButtons(classes="dialog-buttons", id="letter-buttons"):
        yield Button("Close", id="close", compact=True)
        if missed is not None:
            yield Button("No reply: write a chaser", id="chase-now", compact=True)
        if kept is not None:
            said = f"Letters for the reply of {short_date(kept, today)}"  # Home's wording
            yield Button(said, id="kept-letters", compact=True)
        yield Button("Read the reply", id="go", variant="primary", compact=True)
