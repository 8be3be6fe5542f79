"""The command palette's one entry type, kept apart from ``commands.py`` (the provider) so
screens can offer commands without importing ``textual.command`` (about 25 ms) before
the palette is first opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class PaletteCommand:
    """One palette entry. ``label`` is "namespace: action", lower case; ``help`` a sentence."""

    label: str
    help: str
    callback: Callable[[], object]


@runtime_checkable
class OffersCommands(Protocol):
    """The app, or a screen, with commands for the palette."""

    async def palette_commands(self) -> list[PaletteCommand]: ...
