"""Reading a reply from Home or the editor: load the draft, ask for the reply, and open
the letter foidraft writes next."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foidraft.errors import FoidraftError
from foidraft.tui.host import host

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.drafts import Draft, DraftStore


async def read_reply(app: App[Any], path: Path, draft: Draft | None = None) -> Path | None:
    """Show the reply screen for the draft at ``path`` (or ``draft``, the editor's own);
    open the next letter in the editor when one is written. Returns its path."""
    from foidraft.drafts import load_profile
    from foidraft.tui.screens.reply import ReplyScreen

    shell = host(app)
    try:
        if draft is None:
            draft = shell.store.load_path(path)
        directory = await asyncio.to_thread(shell.directory)
        profile = await asyncio.to_thread(load_profile)
    except FoidraftError as exc:
        shell.show_error(exc)
        return None
    request = request_followed(shell.store, draft)
    if request is not None:  # a review's outcome, or the answer a chaser drew: the request's
        draft = request  # the reply screen says so, above the reply
    if draft.sent is None:
        shell.show_error(
            FoidraftError(
                f"“{draft.title}” has not been marked sent",
                hint="mark it sent (ctrl+t in the editor) with the date, then read the reply",
            )
        )
        return None
    authority = directory.find(draft.authority) if draft.authority else None
    followed = request.title if request is not None else ""
    screen = ReplyScreen(
        draft, shell.store, authority, shell.today(), name=profile.name, followed=followed
    )
    written = await app.push_screen_wait(screen)
    if written is not None:
        # The letter's notes (where to send a complaint, the review's deadline, each
        # ground's source) are not part of it: they are kept on the new draft, and its
        # editor shows them beside the letter until a finding is chosen.
        kept = " Its notes (what to know before sending it) are beside it." if screen.notes else ""
        app.notify(
            "The next letter is a new draft, linked to this request. Check it, fill in any "
            "[[...]], then export it." + kept,
            title="Letter written",
            markup=False,
            timeout=8,
        )
        shell.open_draft_path(written)
    return written


def request_followed(store: DraftStore, letter: Draft) -> Draft | None:
    """The request a review request, a clarification answer, a chaser... follows, when it
    is still there: the authority's reply to such a letter answers that request (read on
    the letter, a review's outcome left the request under review, its deadline running)."""
    from foidraft.drafts.tracking import follows_up

    if not follows_up(letter):
        return None
    try:
        return store.load(letter.follows)
    except FoidraftError:
        return None  # deleted or renamed by hand: the letter itself takes the reply
