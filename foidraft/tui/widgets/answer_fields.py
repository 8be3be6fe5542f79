"""The fields a question is answered in: a list to pick one from, a list to tick several,
and a line of text. Each shows "enter Next" in the footer and posts
:class:`AnswerField.Submitted`-style messages through the card that owns it."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input, OptionList

from foidraft.tui.keymap import bindings
from foidraft.tui.widgets.ticks import TickList


class AnswerInput(Input):
    """One line of text, a number, a date or a period."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(("interview.next", "submit"))


class ChoiceOptions(OptionList):
    """Pick one: ↑↓ then enter."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(("interview.next", "select"))


class AnswerTicks(TickList[str]):
    """Tick several: space ticks, enter moves on."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("interview.tick", "select"),
        ("interview.next", "done"),
    )
    search: Input | None = None  # the box above a long list

    def on_key(self, event: events.Key) -> None:
        """Letters typed in a list with a search box start a new search there: the box says
        "Type to search", yet the list has the focus (space still ticks here)."""
        box = self.search
        if box is None or not event.is_printable or event.character in (None, " "):
            return
        event.stop()
        event.prevent_default()
        box.value = event.character or ""
        box.cursor_position = len(box.value)
        box.select_on_focus = False  # or the next letter would replace this one
        box.focus()

    class Done(Message):
        """The requester has finished ticking."""

    def action_done(self) -> None:
        self.post_message(self.Done())
