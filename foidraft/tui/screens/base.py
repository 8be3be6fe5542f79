"""The base of foidraft's full screens: the app, as the screens see it."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import Screen

from foidraft.tui.host import FoidraftHost, host

ResultT = TypeVar("ResultT")


class FoidraftScreen(Screen[ResultT]):
    _result_given = False

    @property
    def foidraft(self) -> FoidraftHost:
        return host(self.app)

    def answer(self, result: ResultT) -> None:
        """Dismiss with ``result`` once: a second enter that lands before the screen has
        gone would dismiss the screen under it (Home: the app crashed)."""
        if not self._result_given:
            self._result_given = True
            self.dismiss(result)
