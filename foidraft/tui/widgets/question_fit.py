"""How a question card fits its screen (80x24 included): a long list scrolls inside
itself under the why, the card starts at the why's first words, and an error keeps the
field and the hint under it in view, the why giving up lines (it scrolls inside itself)
rather than the hint going below the fold."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, OptionList

LIST_ROWS = (5, 12)  # a list's height, borders included: at least, at most


class FittedCard(Vertical):
    """A card of ``#why``, ``#error``, ``#answer`` and hints in ``#question-scroll``."""

    _refits = 0  # fits again when the list came out taller than the room for it (twice)

    def on_resize(self) -> None:
        self._refit()

    def _refit(self) -> None:
        for box in self.query("#why, #answer"):  # measured afresh at the new size
            box.styles.max_height = None
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        """Keep the why and the whole list on screen: a long list scrolls inside itself (its
        highlight never scrolls the card), capped to the room under the why."""
        found = self.query("#answer")
        if not self.is_attached or not found:
            return  # answered quickly: this card has made way for the next question's
        field = found.first()
        if isinstance(field, OptionList):
            low, high = LIST_ROWS
            height = self.query_one("#question-scroll").scrollable_content_region.height
            room = height - field.virtual_region.y - 1  # under the why...; 1: the choice hint
            for other in self.query("#other").results(Input):  # its box, never below the fold
                room -= other.outer_size.height if other.display else 0
            field.styles.max_height = max(low, min(high, room))
            why = self.query("#why")
            if room < low and why:  # the why scrolls inside too, its start always shown
                box = why.first()
                box.styles.max_height = max(3, box.outer_size.height - (low - room))
        self.call_after_refresh(self._show_field, field)

    def _show_field(self, field: Widget) -> None:
        """Start from the why's first words, then scroll only as far as the whole field
        needs. A list measured before the card's layout settled (seen once in a real 80x24
        terminal under load) is fitted again rather than scrolled to, up to twice."""
        if field.is_attached:
            scroll = self.query_one("#question-scroll")
            scroll.scroll_home(animate=False, immediate=True)
            below = field.virtual_region.bottom > scroll.scrollable_content_region.height
            if isinstance(field, OptionList) and below and self._refits < 2:
                self._refits += 1
                self._refit()
                return
            field.scroll_visible(animate=False, immediate=True)
            if isinstance(field, OptionList):  # its highlight in view at its fitted height
                field.scroll_to_highlight()
            if self.query("#error.-shown"):  # refitted (a resize) while an error shows
                self._fit_error()

    def _fit_error(self) -> None:
        """The error, the field and the hint under it on screen together: the why is cut
        to the room left (its start still shown), then the card scrolls to the hint."""
        if not self.is_attached:
            return
        scroll = self.query_one("#question-scroll")
        error = self.query_one("#error")
        last = self.query("#field-hint").last() if self.query("#field-hint") else error
        over = last.virtual_region.bottom - scroll.scrollable_content_region.height
        why = self.query("#why")
        if over > 0 and why:
            box = why.first()
            box.styles.max_height = max(3, box.outer_size.height - over)
        self.call_after_refresh(self._show_error, error, last)

    def _show_error(self, error: Widget, last: Widget) -> None:
        if error.is_attached:
            last.scroll_visible(animate=False, immediate=True)
            error.scroll_visible(animate=False, immediate=True)
