"""F1 help: what the focused widget is for (its ``HELP`` markdown) and the keys that work
right now, each with the binding id a user can rebind in ``config.toml``.

Imported only when F1 is first pressed: Markdown costs ~35 ms to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from textwrap import dedent
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Markdown, Static

from foidraft.tui.keymap import bindings
from foidraft.tui.text import literal

GENERAL_HELP = """
## foidraft

foidraft helps you write Freedom of Information requests that police forces and other
public bodies can answer without coming back to you. Press **ctrl+p** for every command,
**F1** for help on the part of the screen you are in.
"""
REBIND_NOTE = (
    'Rebind a key in config.toml (`foidraft locate config`): [keys] "home.new-request" = "ctrl+n"'
)


@dataclass(frozen=True)
class KeyHelp:
    keys: str
    description: str
    binding_id: str
    tooltip: str


def focused_help(screen: Screen[object]) -> str:
    """The HELP of the focused widget or its nearest ancestor that has one."""
    node: Widget | None = screen.focused
    for candidate in node.ancestors_with_self if node is not None else (screen,):
        text = getattr(candidate, "HELP", None)
        if isinstance(candidate, Widget) and text:
            return dedent(text).strip()
    return dedent(GENERAL_HELP).strip()


def active_keys(screen: Screen[object]) -> list[KeyHelp]:
    """The bindings that work on ``screen`` now, one entry per binding, footer ones first."""
    app = screen.app
    grouped: dict[int, tuple[Binding, list[str]]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        entry = grouped.setdefault(id(binding), (binding, []))
        shown = app.get_key_display(binding)
        if shown not in entry[1]:
            entry[1].append(shown)
    ordered = sorted(grouped.values(), key=lambda entry: not entry[0].show)
    return [KeyHelp(" / ".join(keys), b.description, b.id or "", b.tooltip) for b, keys in ordered]


def keys_table(keys: list[KeyHelp]) -> Content:
    width = max((len(k.keys) for k in keys), default=0)
    lines: list[Content] = []
    for k in keys:
        parts: list[str | tuple[str, str]] = [(k.keys.ljust(width), "bold"), "  ", k.description]
        if k.tooltip and k.tooltip != k.description:
            parts.append((f" — {k.tooltip}", "italic"))
        if k.binding_id:
            parts.append((f"  [{k.binding_id}]", "dim"))
        lines.append(literal(*parts))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Help for whatever had focus when F1 was pressed."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; background: $background 60%; }
    HelpScreen > #help {
        width: 90%; max-width: 96; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen #help-body { height: 1fr; }
    HelpScreen Markdown { margin: 0; padding: 0; background: $surface; }
    HelpScreen #help-keys-title { text-style: bold; margin-top: 1; }
    HelpScreen #help-keys { margin-bottom: 1; }
    HelpScreen #help-rebind { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(("help.close", "close"))

    def __init__(self, topic: str, keys: list[KeyHelp]) -> None:
        super().__init__(id="help-screen")
        self.topic = topic
        self.keys = keys

    @classmethod
    def for_screen(cls, screen: Screen[object]) -> HelpScreen:
        return cls(focused_help(screen), active_keys(screen))

    def compose(self) -> ComposeResult:
        with Vertical(id="help") as box:
            box.border_title = "Help"
            box.border_subtitle = "escape closes"
            with VerticalScroll(id="help-body"):
                yield Markdown(self.topic, id="help-topic")
                yield Static("Keys you can use here", id="help-keys-title")
                yield Static(keys_table(self.keys), id="help-keys")
                yield Static(literal(REBIND_NOTE), id="help-rebind")

    def action_close(self) -> None:
        self.dismiss(None)
