"""Tick boxes whose state reads without colour: a ✓ when ticked, blank when not.

Textual draws every box as "X" and tells ticked from unticked by colour alone, which is
lost under NO_COLOR and on monochrome terminals.
"""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

T = TypeVar("T")
TICKED, UNTICKED = "✓", " "


class TickBox(Checkbox):
    """A screen that gives it ``width: 1fr; text-wrap: wrap`` gets a label that wraps
    (a sentence at 80 columns) instead of one cut off at the edge."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # ToggleButton says one line; Widget measures the label as it will be drawn.
        return max(1, Widget.get_content_height(self, container, viewport, width))

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = TICKED if self.value else UNTICKED
        return super()._button


class TickList(SelectionList[T]):
    """The app's one list of tick boxes (the interview's, the authorities', a template's
    replacements, …): a SelectionList whose ticks read without colour."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if len(segments) < 2 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        mark = TICKED if selection.value in self.selected else UNTICKED
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, strip.cell_length)
