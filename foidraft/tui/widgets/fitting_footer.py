"""A compact footer that, when its line is too short for every key, leaves out the keys
``foidraft.tui.keymap`` marks to go first (``Key.drop``) rather than cutting off the last
ones: at 80 columns the editor's finding keys (apply, ignore) pushed Back, Quit and Help
off the end of the line. Still too short (60 columns), it leaves out the last keys of the
line, never Quit, Help or the escape key, so each key it shows is whole (Home's ended in
"del Delet"); F1 lists them all."""

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
        active = [a.binding for a in self.screen.active_bindings.values()]
        drop = {b.action: KEYS[b.id].drop for b in active if b.id in KEYS}
        kept = {b.action for b in active if (b.id or "").startswith("app.") or b.key == "escape"}
        keys = [w for w in items if isinstance(w, FooterKey) and w not in palette]
        marked = sorted((w for w in keys if drop.get(w.action, 0)), key=lambda w: -drop[w.action])
        last = [w for w in reversed(keys) if w.action not in kept and w not in marked]
        need = sum(_width(w) for w in keys)
        for widget in [*marked, *last]:
            if need <= room:
                break
            items.remove(widget)
            need -= _width(widget)
        yield from items

    _fitted_to = 0

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._fitted_to:  # what fits depends on the width
            self._fitted_to = event.size.width
            self.call_after_refresh(self.recompose)
