"""A compact footer that, when its line is too short for every key, leaves out the keys
``foidraft.tui.keymap`` marks to go first (``Key.drop``) rather than cutting off the last
ones: at 80 columns the editor's finding keys (apply, ignore) pushed Back, Quit and Help
off the end of the line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from foidraft.tui.keymap import KEYS

PALETTE_EDGE = 2  # the command palette key's border and padding


def _width(widget: Widget) -> int:
    """Columns a compact footer key takes: key, space, label, and the gap after it."""
    if isinstance(widget, FooterKey):
        label = f" {widget.description}" if widget.description else ""
        return len(widget.key_display) + len(label) + 1
    return 0


class FittingFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        items = list(super().compose())
        room = self.size.width or self.app.size.width
        palette = [w for w in items if w.has_class("-command-palette")]
        room -= sum(_width(w) + PALETTE_EDGE for w in palette)
        drop = {
            active.binding.action: KEYS[active.binding.id].drop
            for active in self.screen.active_bindings.values()
            if active.binding.id in KEYS
        }
        keys = [w for w in items if isinstance(w, FooterKey) and w not in palette]
        need = sum(_width(w) for w in keys)
        for widget in sorted(keys, key=lambda w: -drop.get(w.action, 0)):
            if need <= room or not drop.get(widget.action, 0):
                break
            items.remove(widget)
            need -= _width(widget)
        yield from items

    _fitted_to = 0

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._fitted_to:  # what fits depends on the width
            self._fitted_to = event.size.width
            self.call_after_refresh(self.recompose)
