"""The letter as the interview has composed it so far, shown literally, with the
not-yet-answered parts ("[period]") picked out."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from foidraft.text.terminal import visible

BLANK_RE = re.compile(r"\[[^\[\]\n]{1,60}\]")
BLANK_STYLE = "bold $warning"


class LetterPreview(VerticalScroll, can_focus=True):
    HELP = """
## Letter preview

The letter your answers are building, updated after every answer. Parts in
**[brackets]** are still to come (they show what the default would be). Nothing is
saved until the last question; then the letter becomes a draft you can edit freely.
Use the arrow keys or page up/down to scroll; **ctrl+l** hides or shows the preview.
"""

    def compose(self) -> ComposeResult:
        yield Static("", id="letter-text")

    def show(self, letter: str) -> None:
        self.query_one("#letter-text", Static).update(marked_letter(letter))

    @property
    def text(self) -> str:
        """The letter as plain text (what tests and screen readers get)."""
        visual = self.query_one("#letter-text", Static).visual
        return visual.plain if isinstance(visual, Content) else str(visual)


def marked_letter(letter: str) -> Content:
    content = Content(visible(letter))  # same length: the blanks' offsets still hold
    for match in BLANK_RE.finditer(letter):
        content = content.stylize(BLANK_STYLE, match.start(), match.end())
    return content
