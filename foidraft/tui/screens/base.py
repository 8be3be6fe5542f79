"""The base of foidraft's full screens: the app, as the screens see it."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import Screen

from foidraft.tui.host import FoidraftHost, host

ResultT = TypeVar("ResultT")


class FoidraftScreen(Screen[ResultT]):
    @property
    def foidraft(self) -> FoidraftHost:
        return host(self.app)
