"""Asking for a template's own fields ({period}, {topic}): one line each, defaults filled in.

The template decides what is missing (``MissingFieldsError``); this dialog only collects
values, so the caller shows it again with the core's message when one is still blank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label

from foidraft.tui.keymap import bindings
from foidraft.tui.screens.dialogs import Dialog
from foidraft.tui.text import literal


class FieldInput(Input):
    HELP = """
## The template's fields

The template leaves these words for you to fill in; each one goes into the letter (and
its title) wherever the template says `{field}`. Values you type are used exactly as
typed, brackets included.

**enter** moves to the next field, and on the last one goes ahead; **ctrl+s** goes ahead
from any field; **escape** cancels.
"""


class FieldsDialog(Dialog[dict[str, str] | None]):
    """Values for ``fields``; dismisses with every value (stripped), or None."""

    HELP = FieldInput.HELP

    DEFAULT_CSS = """
    FieldsDialog > #dialog { max-width: 76; }
    FieldsDialog #fields { height: auto; max-height: 14; }
    FieldsDialog .field-label { text-style: bold; }
    FieldsDialog #fields Input { margin-bottom: 0; }
    FieldsDialog #fields-error { color: $text-error; height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("fields.accept", "accept"),
        ("fields.cancel", "cancel"),
    )

    def __init__(
        self,
        title: str,
        fields: Sequence[str],
        values: Mapping[str, str],
        *,
        body: str = "",
        error: str = "",
        ok: str = "Next",
    ) -> None:
        super().__init__(title, body)
        self._error, self._ok = error, ok
        self.fields = list(fields)
        self._values = dict(values)

    def compose_content(self) -> ComposeResult:
        with VerticalScroll(id="fields"):
            for number, name in enumerate(self.fields):
                yield Label(literal(name), classes="field-label")
                yield FieldInput(self._values.get(name, ""), id=f"field-{number}")
        yield Label(literal(self._error), id="fields-error")
        with Horizontal(classes="dialog-buttons"):
            yield Button("Cancel", id="cancel")
            yield Button(literal(self._ok), id="ok", variant="primary")

    def on_mount(self) -> None:
        inputs = list(self.query(FieldInput))
        if not inputs:
            self.query_one("#ok", Button).focus()
            return
        empty = next((i for i in inputs if not i.value.strip()), None)
        (empty or inputs[0]).focus()

    def values(self) -> dict[str, str]:
        return {
            name: self.query_one(f"#field-{n}", FieldInput).value.strip()
            for n, name in enumerate(self.fields)
        }

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        inputs = list(self.query(FieldInput))
        index = inputs.index(event.input) if event.input in inputs else len(inputs) - 1
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.action_accept()

    @on(Button.Pressed, "#ok")
    def action_accept(self) -> None:
        self.dismiss(self.values())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
