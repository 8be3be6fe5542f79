"""Which program opens a draft for "open in $EDITOR" (ctrl+e in the editor)."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Callable, Mapping
from typing import NamedTuple


class EditorCommand(NamedTuple):
    argv: list[str]
    note: str  # said to the user when the choice may surprise them; often empty
    ask_first: str = ""  # an editor nobody chose that is hard to leave: how, before it opens


# vi chosen for someone who never asked for it is a trap: say how to get out first.
VI_HELP = (
    "No $EDITOR is set that can be run, and nano is not installed, so the draft would open "
    "in vi. In vi: press i to type; to save and come back, press Esc, type :wq and press "
    "Enter (:q! leaves without saving). To use another editor, set $EDITOR (for example "
    "export EDITOR=nano) and start foidraft again."
)


# nano first: the people foidraft is for are more likely to get out of nano than vi.
FALLBACKS = ("notepad",) if sys.platform == "win32" else ("nano", "vi")


def editor_command(
    path: str,
    environ: Mapping[str, str] = os.environ,
    which: Callable[[str], str | None] = shutil.which,
) -> EditorCommand | None:
    """$VISUAL, then $EDITOR (either may carry arguments: ``code --wait``), then a
    fallback that is installed; None when nothing can be run."""
    note = ""
    for var in ("VISUAL", "EDITOR"):
        value = environ.get(var, "").strip()
        if not value:
            continue
        try:
            argv = shlex.split(value, posix=sys.platform != "win32")
        except ValueError:
            argv = []
        if argv and which(argv[0]):
            return EditorCommand([*argv, path], "")
        note = f"${var} ({value}) could not be run"
    for name in FALLBACKS:
        found = which(name)
        if found:
            ask = VI_HELP if name == "vi" else ""
            return EditorCommand([found, path], f"{note}; using {name}" if note else "", ask)
    return None
