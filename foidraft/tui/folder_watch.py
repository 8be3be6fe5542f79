"""Noticing that a folder's files changed: a draft or template added, removed or saved from
outside the app (the shell, ``$EDITOR``, a second foidraft).

Each look lists the folder with ``os.scandir`` (name, inode, size and modification time of
each file: a save links a new file into place, so its inode changes even when the clock's
tick is too coarse to move a time); no file is read and there is no watcher thread.
"""

from __future__ import annotations

import os
from pathlib import Path

WATCH_SECONDS = 2.0  # how often Home looks; the drafts are read only when something changed
Stamp = frozenset[tuple[str, int, int, int]]


class FolderWatch:
    def __init__(self, *folders: Path) -> None:
        self.folders = folders
        self._seen = self._stamps()

    def _stamps(self) -> tuple[Stamp, ...]:
        return tuple(_stamp(folder) for folder in self.folders)

    def changed(self) -> bool:
        """Whether any folder changed since the last look (or since the watch began)."""
        now = self._stamps()
        changed, self._seen = now != self._seen, now
        return changed


def _stamp(folder: Path) -> Stamp:
    try:
        with os.scandir(folder) as entries:
            return frozenset(_entry(e) for e in entries if e.is_file(follow_symlinks=False))
    except OSError:
        # Not made yet, or gone: no files, as an empty folder has none. Home makes its
        # folders as it first reads the drafts, after the watch began: counting that as a
        # change read every draft twice at start-up (300 drafts: 600 reads on a slow machine).
        return frozenset()


def _entry(entry: os.DirEntry[str]) -> tuple[str, int, int, int]:
    info = entry.stat(follow_symlinks=False)
    return entry.name, info.st_ino, info.st_size, info.st_mtime_ns
