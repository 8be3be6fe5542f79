"""The keys a screen's footer has no room for, on a line of their own (``Key.aside`` in
``foidraft.tui.keymap``): Home's footer at 80 columns holds open, new, reply, export,
batch and delete beside Quit and Help, and rename, copy, trash, sort and one batch were
found only in F1. Each key is shown as the footer would show it (a key rebound in
config.toml shows its new key), and only while it can act (no rename without a draft)."""

from __future__ import annotations

from textual.widgets import Static

from foidraft.tui.keymap import KEYS
from foidraft.tui.text import literal


class AsideKeys(Static):
    DEFAULT_CSS = """
    AsideKeys {
        width: 1fr;
        height: 1;
        color: $text-muted;
        text-align: right;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object) -> None:
        self.show_keys()

    def shown(self) -> list[str]:
        """'key Label' for each aside key that can act now, in the screen's order."""
        out: dict[str, str] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            key = KEYS.get(binding.id or "")
            if key is not None and key.aside and active.enabled and binding.id not in out:
                out[str(binding.id)] = f"{self.app.get_key_display(binding)} {binding.description}"
        return list(out.values())

    def show_keys(self) -> None:
        self.update(literal("  ".join(self.shown())))
