"""Home's own widgets: the templates list and the one-line buttons above the drafts."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList, Static

from foidraft.tui.keymap import bindings


class TemplatesList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = bindings(("home.use-template", "select"))
    HELP = """
## Templates

Letters you reuse, with the fields each asks you to fill in. **enter** starts a new
draft from the highlighted template: choose the authority, fill in the fields, and its
name, Act and cost limit are written in for you. **b** sends it to many authorities at
once (a batch). The template itself is left as it is.

Make one from any draft: open it and press **F4** (or "draft: save as template").
Templates are files in your templates folder.
"""


class LineButton(Static, can_focus=True):
    """A one-line button (a Static: Button's styles cost start-up time to parse).
    Subclasses give their HELP, BINDINGS and their own ``Pressed`` message."""

    HELP = """
## A button

**enter**, **space** or a click presses it.
"""

    class Pressed(Message):
        pass

    def action_press(self) -> None:
        self.post_message(self.Pressed())

    def on_click(self) -> None:
        self.post_message(self.Pressed())


class NewRequestButton(LineButton):
    HELP = """
## New request

**enter** (or **n** anywhere on Home) starts a new request: choose the police force,
then the kind of request, then answer a few questions while the letter is written.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("home.press-new-request", "press"))

    class Pressed(LineButton.Pressed):
        pass


class NewBatchButton(LineButton):
    HELP = """
## Batch from a template

**enter** (or **b** anywhere on Home) sends one request to many authorities: choose a
template, tick the authorities (or a group such as every force in Wales, or type any
public body's full name), fill in the template's fields, then read each authority's
letter, checked for it, before the drafts are written. A pilot to a few first is
recommended.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("home.press-new-batch", "press"))

    class Pressed(LineButton.Pressed):
        pass
