"""The base of foidraft's full screens: the app, typed as foidraft's own."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

if TYPE_CHECKING:
    from foidraft.tui.app import FoidraftApp

ResultT = TypeVar("ResultT")


class FoidraftScreen(Screen[ResultT]):
    @property
    def foidraft(self) -> FoidraftApp:
        from foidraft.tui.app import FoidraftApp  # the app imports the screens

        assert isinstance(self.app, FoidraftApp)
        return self.app
