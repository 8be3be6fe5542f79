"""Reading a reply from Home or the editor: load the draft, ask for the reply, and open
the letter foidraft writes next."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from foidraft.errors import FoidraftError

if TYPE_CHECKING:
    from foidraft.drafts import Draft
    from foidraft.tui.app import FoidraftApp


async def read_reply(app: FoidraftApp, path: Path, draft: Draft | None = None) -> Path | None:
    """Show the reply screen for the draft at ``path`` (or ``draft``, the editor's own);
    open the next letter in the editor when one is written. Returns its path."""
    from foidraft.drafts import load_profile
    from foidraft.tui.screens.reply import ReplyScreen

    try:
        if draft is None:
            draft = app.store.load_path(path)
        directory = await asyncio.to_thread(app.directory)
        profile = await asyncio.to_thread(load_profile)
    except FoidraftError as exc:
        app.show_error(exc)
        return None
    if draft.sent is None:
        app.show_error(
            FoidraftError(
                f"“{draft.title}” has not been marked sent",
                hint="mark it sent (ctrl+t in the editor) with the date, then read the reply",
            )
        )
        return None
    authority = directory.get(draft.authority) if draft.authority else None
    screen = ReplyScreen(draft, app.store, authority, app.today(), name=profile.name)
    written = await app.push_screen_wait(screen)
    if written is not None:
        app.notify(
            "The next letter is a new draft, linked to this request. Check it, fill in any "
            "[[...]], then export it.",
            title="Letter written",
            markup=False,
            timeout=8,
        )
        app.open_draft_path(written)
    return written
