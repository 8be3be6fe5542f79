"""A command palette entry, kept apart from ``commands.py`` so screens can offer commands
without importing ``textual.command`` (about 25 ms) before the palette is first opened."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from textual.command import Provider


@dataclass(frozen=True)
class PaletteCommand:
    """One palette entry. ``label`` is "namespace: action", lower case; ``help`` a sentence."""

    label: str
    help: str
    callback: Callable[[], object]


@runtime_checkable
class OffersCommands(Protocol):
    """A screen with commands for the palette (besides the app's own)."""

    def palette_commands(self) -> Iterable[PaletteCommand]: ...


def app_commands_provider() -> type[Provider]:
    """The app's palette provider, imported when the palette first opens."""
    from foidraft.tui.commands import AppCommands

    return AppCommands
