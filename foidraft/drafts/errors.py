"""Errors the drafts store raises; all are FoidraftErrors the app or CLI can show."""

from __future__ import annotations

from pathlib import Path

from foidraft.errors import FoidraftError


class BrokenDraftError(FoidraftError):
    """A draft file whose header cannot be read. The file is left as it is."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(
            f"{where}: {problem}", hint="fix the header in a text editor; the letter is safe"
        )
        self.where = where
        self.problem = problem


class ChangedOnDiskError(FoidraftError):
    """The file changed (or vanished) since the draft was loaded; saving would lose that.

    The app turns this into "reload or overwrite?"; overwriting is ``save(draft, force=True)``.
    """

    def __init__(self, path: Path, gone: bool = False) -> None:
        what = "was deleted or moved" if gone else "was changed by another program"
        super().__init__(
            f"{path.name} {what} since foidraft opened it",
            hint="reload it to see those changes, or save again with force to overwrite them",
        )
        self.path = path
        self.gone = gone
