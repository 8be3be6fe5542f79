"""Closing the terminal (SIGHUP) or ``kill`` (SIGTERM) ended foidraft with the words typed
since the last autosave on screen only, and they were lost. Now each open draft is saved
first, as quitting saves it (changed on disk meanwhile: as a copy), and the app exits:
nobody is left to answer a question. Nothing here is imported until a signal comes, so
start-up pays only for registering the handlers."""

from __future__ import annotations

import asyncio
import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App


def save_on_hangup(app: App[None]) -> None:
    """Register the handlers; call from the running app (they run in its event loop)."""
    loop = asyncio.get_running_loop()
    for name in ("SIGHUP", "SIGTERM"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue  # Windows has no SIGHUP
        try:
            loop.add_signal_handler(sig, _save_and_exit, app)
        except (NotImplementedError, RuntimeError, ValueError):
            return  # no signal handlers in this loop or thread: as before


def _save_and_exit(app: App[None]) -> None:
    from foidraft.tui.quitting import open_drafts

    for keeper in open_drafts(app):
        keeper.save_for_quit()
    app.exit()
