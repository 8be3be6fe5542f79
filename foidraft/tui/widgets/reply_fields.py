"""The reply screen's own fields: the box the reply is pasted in, a review ground's tick
box, and the row of next letters (one a row when they do not fit in one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.widgets import Button, Static

from foidraft.tui.keymap import bindings
from foidraft.tui.text import literal
from foidraft.tui.widgets.ticks import TickBox
from foidraft.tui.widgets.visible_text_area import VisibleTextArea

if TYPE_CHECKING:
    from foidraft.replies.knowledge import Ground


class ReplyText(VisibleTextArea):
    HELP = """
## The authority's reply

Paste the whole reply: an acknowledgement, a request to clarify, an extension, an answer
or a refusal. Or type the path of the file it came in below (a text file, a saved email
**.eml** or a **PDF**). Under **received**, the day the reply reached you: left empty,
foidraft takes the date the reply gives, and asks when it gives none (deadlines count
from it). **ctrl+s** (or **enter** in the file or date field) reads it; **escape**
closes without recording anything.

Then foidraft says what the reply means (**page down** and **page up** scroll it) and
offers the letters that may follow it: **tab** moves between them, **enter** or
**ctrl+s** writes the one with the focus. With no name kept, foidraft asks once for the
name that signs it (“Not now” leaves a gap to fill in).
"""


class GroundBox(TickBox):
    HELP = """
## Grounds for the review

Each ground fits this reply and cites its source. None is ticked for you: tick the ones
that are true of your request (**space**), then **ctrl+s** writes the review request as
a new draft. Fill in any [[...]] before sending.
"""
    # Checkbox's own space binding is hidden; the footer should say how to tick.
    BINDINGS = bindings(("reply.tick", "toggle_button"))


class LetterButtons(Horizontal):
    """The buttons under the reply: one row when they fit (at 80 columns three letters and
    Close do not: the last was cut off at the dialog's edge), else one button a row."""

    DEFAULT_CSS = """
    LetterButtons.-stacked { layout: vertical; align-horizontal: right; }
    """

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        if not self.is_attached:
            return  # closed (or the app ended) before the layout came round
        wanted = sum(b.outer_size.width for b in self.query(Button) if b.display)
        self.set_class(wanted > self.content_region.width, "-stacked")


def ground_widgets(fitting: list[Ground]) -> list[Static | GroundBox]:
    """The review's grounds that fit the reply, each a tick box with its source under it."""
    widgets: list[Static | GroundBox] = [
        Static(literal("Grounds that fit this reply. Tick those that are true of your "
                       "request; nothing is ticked for you."), classes="dialog-body"),
    ]  # fmt: skip
    for ground in fitting:
        widgets.append(GroundBox(literal(ground.title), value=False, name=ground.id))
        source = literal(f"{ground.source.title} <{ground.source.url}>")
        widgets.append(Static(source, classes="ground-source"))
    return widgets
