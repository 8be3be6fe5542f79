"""A TextArea that never hands a terminal the control characters its text holds.

A letter, or a reply pasted or loaded from a file, may carry escape sequences and
bidirectional overrides (see ``foidraft.text.terminal``). TextArea paints each line as
it is; this one paints visible stand-ins of the same length, so columns, selections and
highlights still line up, and the text itself is unchanged.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import TextArea

from foidraft.text.terminal import visible


class VisibleTextArea(TextArea):
    """Every TextArea foidraft shows outside text in."""

    def get_line(self, line_index: int) -> Text:
        """The line as shown: control characters and bidirectional overrides become
        visible stand-ins (same length)."""
        return Text(visible(self.document.get_line(line_index)), end="", no_wrap=True)
