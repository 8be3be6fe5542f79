"""Small modal dialogs: confirm, ask for one line of text, show a message.

Titles and bodies are shown literally (see ``foidraft.tui.text``): they often quote a
draft title or an error message that quotes one.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from foidraft.tui.text import literal

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    """Shared frame: a titled box in the middle of the screen."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        background: $background 60%;
    }
    Dialog > #dialog {
        width: 90%;
        max-width: 70;
        height: auto;
        max-height: 90%;
        padding: 1 2;
        border: thick $primary;
        background: $surface;
    }
    Dialog #dialog-title { text-style: bold; margin-bottom: 1; width: 1fr; }
    Dialog #dialog-body { margin-bottom: 1; width: 1fr; }
    Dialog .dialog-buttons { height: auto; align-horizontal: right; }
    Dialog .dialog-buttons Button { margin-left: 1; min-width: 10; }
    Dialog Input { margin-bottom: 1; }
    """


class ConfirmDialog(Dialog[bool]):
    """Yes or no; dismisses with True only when confirmed."""

    HELP = """
## Confirm

Press **y** (or the highlighted button) to go ahead, **n** or **escape** to leave
things as they are.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "confirm", "Yes", id="dialog.confirm"),
        Binding("n,escape", "cancel", "No", id="dialog.cancel"),
    ]

    def __init__(self, title: str, body: str = "", *, yes: str = "Yes", no: str = "Cancel"):
        super().__init__()
        self._title, self._body, self._yes, self._no = title, body, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            if self._body:
                yield Static(literal(self._body), id="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(self._no), id="no")
                yield Button(literal(self._yes), id="yes", variant="error")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe answer is the default

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)


class TextInputDialog(Dialog[str | None]):
    """One line of text; dismisses with the text, or None when cancelled."""

    HELP = """
## Type a value

Type, then press **enter** to accept or **escape** to cancel. The field keeps any
characters you type, including brackets.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(
        self,
        title: str,
        body: str = "",
        *,
        value: str = "",
        placeholder: str = "",
        ok: str = "OK",
        allow_empty: bool = False,
    ) -> None:
        super().__init__()
        self._title, self._body, self._value = title, body, value
        self._placeholder, self._ok, self._allow_empty = placeholder, ok, allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            if self._body:
                yield Static(literal(self._body), id="dialog-body")
            yield Input(self._value, placeholder=self._placeholder, id="dialog-input")
            yield Label("", id="dialog-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button(literal(self._ok), id="ok", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _accept(self) -> None:
        text = self.query_one(Input).value.strip()
        if not text and not self._allow_empty:
            self.query_one("#dialog-error", Label).update("Type something first.")
            return
        self.dismiss(text)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class MessageDialog(Dialog[None]):
    """A message to read and close (an error, or details that do not fit a toast)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "close", "Close", id="dialog.close"),
    ]

    def __init__(self, title: str, body: str, *, error: bool = False) -> None:
        super().__init__(classes="-error" if error else "")
        self._title, self._body = title, body

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            yield Static(literal(self._body), id="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Close", id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    @on(Button.Pressed)
    def action_close(self) -> None:
        self.dismiss(None)
