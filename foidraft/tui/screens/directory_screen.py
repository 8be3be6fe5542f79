"""What both authority screens share: the directory, loaded off the UI thread.

The first search builds the fuzzy index (a few hundred milliseconds with a refreshed
WhatDoTheyKnow list), so it runs in a worker that posts a message when done; until then
the screen shows that it is loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from textual import work
from textual.message import Message

from foidraft.errors import FoidraftError
from foidraft.tui.screens.base import FoidraftScreen

if TYPE_CHECKING:
    from foidraft.authorities.directory import Directory

ResultT = TypeVar("ResultT")


class DirectoryScreen(FoidraftScreen[ResultT]):
    """A screen that searches the authority directory. Subclasses say what the search box
    holds (``current_query``) and how to show results (``_search``)."""

    @dataclass
    class DirectoryLoaded(Message):
        directory: Directory

    @dataclass
    class DirectoryFailed(Message):
        error: FoidraftError

    directory: Directory | None = None

    def current_query(self) -> str:
        raise NotImplementedError

    def _search(self, query: str) -> None:
        raise NotImplementedError

    @work(thread=True, exclusive=True, group="directory")
    def _load(self) -> None:
        try:
            directory = self.foidraft.directory()
            directory.search("police", limit=1)  # builds the fuzzy index off the UI thread
        except (FoidraftError, OSError) as exc:  # reported, never a traceback
            error = exc if isinstance(exc, FoidraftError) else FoidraftError(str(exc))
            self.post_message(self.DirectoryFailed(error))
            return
        self.post_message(self.DirectoryLoaded(directory))

    def on_directory_screen_directory_loaded(self, message: DirectoryLoaded) -> None:
        self.directory = message.directory
        self._search(self.current_query())

    def on_directory_screen_directory_failed(self, message: DirectoryFailed) -> None:
        self.foidraft.show_error(message.error)
