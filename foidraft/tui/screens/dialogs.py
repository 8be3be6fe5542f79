"""The one dialog base, and the small dialogs built on it: confirm, one line of text, a
message to read, one choice from a list, a date.

A dialog is a titled box in the middle of the screen: ``Dialog(title, body)`` draws the
frame, the title and the body; a subclass adds its own part in ``compose_content`` and
says what it dismisses with. **escape** cancels every dialog (dismissing with None, or
``CANCELLED`` where a subclass sets it). For example, a question before quitting::

    if await app.push_screen_wait(ConfirmDialog("Quit?", "Unsaved text is lost.", yes="Quit")):
        app.exit()

Titles and bodies are shown literally (see ``foidraft.tui.text``): they often quote a
draft title, a rule or an error message that quotes one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from textual import events, on
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.errors import FoidraftError
from foidraft.interview.date_input import parse_date
from foidraft.text.dates import example_date, long_date
from foidraft.tui.date_keys import keep_digit
from foidraft.tui.keymap import bindings
from foidraft.tui.text import literal
from foidraft.tui.widgets.fitting_footer import FittingFooter

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import ComposeResult
    from textual.binding import BindingType

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT], Generic[ResultT]):
    """A titled box in the middle of the screen, its own keys in the footer; escape
    cancels."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        background: $background 60%;
        & > #dialog {
            width: 90%;
            max-width: 72;
            height: auto;
            max-height: 90%;
            padding: 1 2;
            border: thick $primary;
            background: $surface;
        }
        &.-wide > #dialog { max-width: 100; height: 90%; }
        & #dialog-title { text-style: bold; margin-bottom: 1; width: 1fr; }
        & #dialog-body { margin-bottom: 1; width: 1fr; height: auto; }
        & .dialog-buttons { height: auto; align-horizontal: right; }
        & .dialog-buttons Button { margin-left: 1; min-width: 10; }
        & .dialog-error { color: $text-error; height: auto; width: 1fr; }  /* wraps, not cut */
        & Input { margin-bottom: 1; }
        & OptionList { height: auto; max-height: 12; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(("dialog.cancel", "cancel"))
    CANCELLED: ClassVar[object] = None  # what escape dismisses with

    def __init__(self, title: str, body: str | Content = "", *, wide: bool = False) -> None:
        super().__init__(classes="-wide" if wide else "")
        self.dialog_title, self.dialog_body = title, body

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self.dialog_title), id="dialog-title")
            if self.dialog_body:
                body = self.dialog_body
                yield Static(body if isinstance(body, Content) else literal(body), id="dialog-body")
            yield from self.compose_content()
        # The dialog's own keys: without a footer of its own, the one under it (Home's
        # "n New  r Rename ...") stays in view while none of those keys work.
        yield FittingFooter()

    def compose_content(self) -> ComposeResult:
        """What goes under the title and body (nothing, in a plain message)."""
        yield from ()

    def label_keys(self, labels: dict[str, str]) -> None:
        """Footer labels for this dialog's keys, by binding id: the words of the buttons
        they press ("y Leave" beside a Leave button, never "y Yes"). Keys rebound in
        config.toml keep the label, which goes with the binding's id."""
        keys = self._bindings.key_to_bindings
        for key, found in keys.items():
            keys[key] = [replace(b, description=labels.get(b.id or "", b.description))
                         for b in found]  # fmt: skip

    def action_cancel(self) -> None:
        self.dismiss(self.CANCELLED)  # type: ignore[arg-type]


class ConfirmDialog(Dialog[bool]):
    """Yes or no; dismisses with True only when confirmed."""

    HELP = """
## Confirm

Press **y** (or the highlighted button) to go ahead, **n** or **escape** to leave
things as they are.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("dialog.confirm", "confirm"), ("dialog.no", "cancel")
    )
    CANCELLED = False

    def __init__(self, title: str, body: str = "", *, yes: str = "Yes", no: str = "Cancel"):
        super().__init__(title, body)
        self._yes, self._no = yes, no
        # escape and n both press the "no" button (the footer shows one key per action)
        self.label_keys({"dialog.confirm": yes, "dialog.no": no, "dialog.cancel": no})

    def compose_content(self) -> ComposeResult:
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


def dismiss_if_confirmed(screen: Screen[Any], title: str, body: str, *, yes: str, no: str) -> None:
    """Ask first (the safe answer focused), then close ``screen`` with None only if the
    requester confirms: for leaving work that is kept nowhere yet."""

    def close(confirmed: bool | None) -> None:
        if confirmed:
            screen.dismiss(None)

    screen.app.push_screen(ConfirmDialog(title, body, yes=yes, no=no), close)


class TextInputDialog(Dialog[str | None]):
    """One line of text; dismisses with the text, or None when cancelled."""

    HELP = """
## Type a value

Type, then press **enter** to accept or **escape** to cancel. The field keeps any
characters you type, including brackets.
"""

    def __init__(
        self,
        title: str,
        body: str = "",
        *,
        value: str = "",
        placeholder: str = "",
        ok: str = "OK",
        allow_empty: bool = False,
        error: str = "",
        cancel: str = "Cancel",
        check: Callable[[str], str] | None = None,
    ) -> None:
        """``error``: why the value given last time did not work (it is asked again);
        ``cancel``: what escape and the other button do, in words ("Not now");
        ``check``: why a value cannot be taken ("" when it can), shown before it closes."""
        super().__init__(title, body)
        self._value, self._placeholder = value, placeholder
        self._ok, self._allow_empty, self._error = ok, allow_empty, error
        self._cancel, self._check = cancel, check
        self.label_keys({"dialog.cancel": cancel})

    def compose_content(self) -> ComposeResult:
        yield Input(self._value, placeholder=self._placeholder, id="dialog-input")
        yield Label(literal(self._error), id="dialog-error", classes="dialog-error")
        with Horizontal(classes="dialog-buttons"):
            yield Button(literal(self._cancel), id="cancel")
            yield Button(literal(self._ok), id="ok", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _accept(self) -> None:
        text = self.query_one(Input).value.strip()
        if not text and not self._allow_empty:
            self.query_one("#dialog-error", Label).update("Type something first.")
            return
        problem = self._check(text) if self._check and text else ""
        if problem:
            self.query_one("#dialog-error", Label).update(literal(problem))
            return
        self.dismiss(text)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)


class MessageDialog(Dialog[None]):
    """Something to read and close: an error, details that do not fit a toast, or (wide)
    a rule explained in full, scrolled with the arrow keys."""

    HELP = """
## Read

Scroll with the arrow keys if it is long; **escape** or **enter** closes.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("dialog.close", "close"))
    DEFAULT_CSS = """
    MessageDialog #dialog-text { height: auto; max-height: 1fr; }
    MessageDialog.-wide #dialog-text { height: 1fr; }
    """

    def __init__(self, title: str, text: str, *, error: bool = False, wide: bool = False):
        super().__init__(title, wide=wide)
        self._text = text
        self.set_class(error, "-error")

    def compose_content(self) -> ComposeResult:
        with VerticalScroll(id="dialog-text"):
            yield Static(literal(self._text), id="dialog-body")
        with Horizontal(classes="dialog-buttons"):
            yield Button("Close", id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#dialog-text").focus()

    @on(Button.Pressed)
    def action_close(self) -> None:
        self.dismiss(None)


class ChoiceDialog(Dialog[str | None]):
    """Pick one answer from a short list; None when cancelled with escape."""

    HELP = """\
## Choose

**Up** / **Down** and **Enter** pick an answer; **Escape** cancels and changes nothing.
"""

    def __init__(
        self, title: str, choices: list[tuple[str, str]], body: str = "", current: str | None = None
    ) -> None:
        super().__init__(title, body)
        self.choices = choices
        self._current = current

    def compose_content(self) -> ComposeResult:
        yield OptionList(*(Option(literal(label), id=value) for value, label in self.choices))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        values = [value for value, _ in self.choices]
        options.highlighted = values.index(self._current) if self._current in values else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class DateDialog(Dialog[dt.date | None]):
    """A date as a UK requester writes it (default given); None when cancelled."""

    HELP = """\
## A date

Type the date as day/month/year (the field's example), with the month's name, or as
year-month-day, and press **Enter**.
**Escape** cancels and changes nothing.
"""

    def __init__(
        self, title: str, default: dt.date, body: str = "", *, latest: dt.date | None = None
    ) -> None:
        """``latest``: the last day it can be (today, for the day something happened)."""
        super().__init__(title, body)
        self._default, self._latest = default, latest
        self.example = example_date(default)  # near today, not a fixed day years back

    def compose_content(self) -> ComposeResult:
        yield Input(long_date(self._default), placeholder=f"e.g. {self.example}", id="date")
        yield Label("", classes="dialog-error", id="date-error")
        # Buttons as every dialog with a field has: with none, and "esc Cancel" alone in
        # the footer, nothing said how to keep the date.
        with Horizontal(classes="dialog-buttons"):
            yield Button("Cancel", id="cancel")
            yield Button("OK", id="ok", variant="primary")

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def on_key(self, event: events.Key) -> None:
        keep_digit(event, self.focused, self.query_one("#date", Input))  # tabbed away: kept

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submitted(self) -> None:
        typed = self.query_one("#date", Input).value
        try:  # as the interview takes dates: 31/03/2024, 31 March 2024 or 2024-03-31
            when = parse_date(typed)
        except FoidraftError as exc:
            said = exc.message if typed.strip() else f"No date yet: type one, e.g. {self.example}."
            self.query_one("#date-error", Label).update(Content(said))
            return
        if self._latest is not None and when > self._latest:
            said = f"{long_date(when)} is after today: type the day it happened."
            self.query_one("#date-error", Label).update(Content(said))
            return
        self.dismiss(when)
