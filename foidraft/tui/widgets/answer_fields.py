"""The fields a question is answered in: a list to pick one from, a list to tick several,
and a line of text. Each shows "enter Next" in the footer and posts
:class:`AnswerField.Submitted`-style messages through the card that owns it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input, OptionList, SelectionList

ENTER_HELP = "Accept this answer and go to the next question"


class AnswerInput(Input):
    """One line of text, a number, a date or a period."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Next", id="interview.next", tooltip=ENTER_HELP),
    ]


class ChoiceOptions(OptionList):
    """Pick one: ↑↓ then enter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Next", id="interview.next", tooltip=ENTER_HELP),
    ]


class TickList(SelectionList[str]):
    """Tick several: space ticks, enter moves on."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "select",
            "Tick",
            id="interview.tick",
            tooltip="Tick or untick the highlighted option",
        ),
        Binding("enter", "done", "Next", id="interview.next", tooltip=ENTER_HELP),
    ]

    class Done(Message):
        """The requester has finished ticking."""

    def action_done(self) -> None:
        self.post_message(self.Done())
