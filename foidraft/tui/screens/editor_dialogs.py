"""The editor's questions: pick one of a few answers, give a date, read a rule in full.

Labels and bodies quote drafts, rules and file names, so they are shown as Content,
never parsed as markup.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.drafts.model import parse_date

if TYPE_CHECKING:
    from textual.app import ComposeResult

DIALOG_CSS = """
    align: center middle;
    background: $background 60%;
    & > Vertical {
        width: 90%;
        max-width: 72;
        height: auto;
        max-height: 90%;
        padding: 1 2;
        border: thick $primary;
        background: $surface;
    }
    & .dialog-title { text-style: bold; margin-bottom: 1; width: 1fr; }
    & .dialog-body { margin-bottom: 1; width: 1fr; }
    & OptionList { height: auto; max-height: 12; }
    & .dialog-error { color: $text-error; }
"""


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one answer from a short list; None when cancelled with escape."""

    HELP = """\
## Choose

**Up** / **Down** and **Enter** pick an answer; **Escape** cancels and changes nothing.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="editor.dialog-cancel"),
    ]
    DEFAULT_CSS = "ChoiceDialog {" + DIALOG_CSS + "}"

    def __init__(
        self, title: str, choices: list[tuple[str, str]], body: str = "", current: str | None = None
    ) -> None:
        super().__init__()
        self._title, self._body = title, body
        self._choices = choices
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self._title), classes="dialog-title")
            if self._body:
                yield Static(Content(self._body), classes="dialog-body")
            yield OptionList(*(Option(Content(label), id=value) for value, label in self._choices))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        values = [value for value, _ in self._choices]
        options.highlighted = values.index(self._current) if self._current in values else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class DateDialog(ModalScreen[dt.date | None]):
    """A date as YYYY-MM-DD (default given); None when cancelled."""

    HELP = """\
## A date

Type the date as **YYYY-MM-DD** (for example 2024-05-03) and press **Enter**.
**Escape** cancels and changes nothing.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="editor.dialog-cancel"),
    ]
    DEFAULT_CSS = "DateDialog {" + DIALOG_CSS + "}"

    def __init__(self, title: str, default: dt.date, body: str = "") -> None:
        super().__init__()
        self._title, self._body, self._default = title, body, default

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self._title), classes="dialog-title")
            if self._body:
                yield Static(Content(self._body), classes="dialog-body")
            yield Input(self._default.isoformat(), placeholder="YYYY-MM-DD", id="date")
            yield Label("", classes="dialog-error", id="date-error")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        when = parse_date(event.value)
        if when is None:
            self.query_one("#date-error", Label).update(
                Content("Give the date as YYYY-MM-DD, for example 2024-05-03.")
            )
            return
        self.dismiss(when)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExplainScreen(ModalScreen[None]):
    """A rule explained in full (the same text as ``foidraft explain``)."""

    HELP = """\
## Rule explained

Why the rule exists, its evidence, an example that draws it, and wording that avoids
it. Scroll with the arrow keys; **Escape** closes.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="editor.dialog-close"),
    ]
    DEFAULT_CSS = (
        "ExplainScreen {"
        + DIALOG_CSS
        + "& > Vertical { max-width: 100; height: 90%; } & VerticalScroll { height: 1fr; } }"
    )

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self._title, self._text = title, text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self._title), classes="dialog-title")
            with VerticalScroll():
                yield Static(Content(self._text))

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
