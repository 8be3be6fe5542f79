"""Where to save a file or a folder: one line of text that is a path.

A path under the data folder is longer than the field at 80 columns. The field shows its
end, the file's name, with the cursor there; the whole path, wrapped, is under it and
follows what is typed, so no part of it is out of sight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.widgets import Input, Label

from foidraft.tui.screens.dialogs import TextInputDialog
from foidraft.tui.text import literal

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.content import Content


class SavePathDialog(TextInputDialog):
    """A ``TextInputDialog`` for a path; dismisses with the text typed, or None."""

    HELP = """
## Where to save

Type the path, or keep the one given, and press **enter**; **escape** cancels. The field
shows the end of the path (the file's name); the whole path is shown under it. **Home**
and **End** move to either end of the field.
"""
    # At 80x24 the field, the path under it (two lines) and the buttons fit only close up.
    DEFAULT_CSS = """
    SavePathDialog #dialog-input { margin-bottom: 0; }
    SavePathDialog #whole-path { color: $text-muted; width: 1fr; height: auto; padding: 0 1; }
    """

    def compose_content(self) -> ComposeResult:
        for widget in super().compose_content():
            yield widget
            if isinstance(widget, Input):
                yield Label(self._whole(widget.value), id="whole-path")

    def on_mount(self) -> None:
        field = self.query_one("#dialog-input", Input)
        field.cursor_position = len(field.value)  # the end in view: the file's name
        field.focus()

    @on(Input.Changed, "#dialog-input")
    def _typed(self, event: Input.Changed) -> None:
        self.query_one("#whole-path", Label).update(self._whole(event.value))

    @staticmethod
    def _whole(path: str) -> Content | str:
        return literal(path.strip())
