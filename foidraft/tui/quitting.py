"""Never quit over unsaved text: what the app's quit action does.

Quitting first saves every open draft (each editor's :class:`DraftKeeper`). A draft that
cannot be saved (the disk is full, the folder went read-only) is not given up silently:
the requester chooses to save the letter elsewhere, to keep trying (stay in foidraft,
free some space, save again), or to discard the changes and quit. An unfinished
interview asks too: its answers are not a draft yet; so does a pasted reply not yet read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from foidraft.tui.draft_keeper import DraftKeeper
from foidraft.tui.reply_reading import UNREAD

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.drafts import Draft
    from foidraft.tui.screens.dialogs import ChoiceDialog

ELSEWHERE, RETRY, DISCARD = "elsewhere", "retry", "discard"
# What is kept nowhere yet, by the screen property that says it is there: quitting asks.
QUESTIONS = {
    "has_unsaved_answers": (
        "Quit and lose this interview?",
        "Your answers have not become a draft yet. Finish the interview to keep them.",
    ),
    "has_unread_reply": ("Quit without reading the reply?", UNREAD),
}


async def quit_app(app: App[None]) -> None:
    """The app's quit action: save, ask if something cannot be kept, then exit."""
    from foidraft.tui.screens.dialogs import ConfirmDialog

    for kept_nowhere, (title, body) in QUESTIONS.items():
        there = any(getattr(screen, kept_nowhere, False) for screen in app.screen_stack)
        if there and not await app.push_screen_wait(ConfirmDialog(title, body, yes="Quit")):
            return
    unsaved = [k for k in open_drafts(app) if not k.save_for_quit()]
    while unsaved:
        answer = await app.push_screen_wait(_question(unsaved))
        if answer == DISCARD:
            break
        if answer != ELSEWHERE:
            return  # keep trying: stay, with everything still on screen
        unsaved = [k for k in unsaved if not await _save_elsewhere(app, k)]
    app.exit()


def open_drafts(app: App[None]) -> list[DraftKeeper]:
    """The keeper of every draft open in an editor, from the bottom of the stack up."""
    keepers = (getattr(screen, "keeper", None) for screen in app.screen_stack)
    return [k for k in keepers if isinstance(k, DraftKeeper)]


def _question(unsaved: list[DraftKeeper]) -> ChoiceDialog:
    from foidraft.tui.screens.dialogs import ChoiceDialog

    titles = ", ".join(f"“{k.draft.title}”" for k in unsaved)
    return ChoiceDialog(
        "Your changes could not be saved",
        [
            (ELSEWHERE, "Save elsewhere: choose another file for the letter, then quit"),
            (RETRY, "Keep trying: stay in foidraft (free some space, then save with ctrl+s)"),
            (DISCARD, "Discard the unsaved changes and quit"),
        ],
        body=f"{titles} could not be saved where foidraft keeps drafts.",
        current=ELSEWHERE,
    )  # the dialog shows the titles literally, control characters made visible


def rescue_path(draft: Draft) -> Path:
    """Where "save elsewhere" suggests: the home folder, under the draft's file name."""
    name = draft.name or "foidraft-draft.md"
    return Path.home() / f"rescued-{name}"


async def _save_elsewhere(app: App[None], keeper: DraftKeeper) -> bool:
    """Ask for a file and write the whole draft there (atomically, private); False when
    cancelled or when that fails too (the reason is shown)."""
    from foidraft.atomic import atomic_write_text
    from foidraft.drafts import Draft
    from foidraft.tui.screens.dialogs import TextInputDialog

    answer = await app.push_screen_wait(
        TextInputDialog(
            "Save the letter elsewhere",
            "A file on another disk or folder; it keeps the draft's header, so it can go "
            "back in the drafts folder later.",
            value=str(rescue_path(keeper.draft)),
            ok="Save",
        )
    )
    if not answer:
        return False
    path = Path(answer).expanduser()
    copy = Draft(header=dict(keeper.draft.header), body=keeper.text_on_screen())
    try:
        if path.is_dir():
            path = path / rescue_path(keeper.draft).name
        atomic_write_text(str(path), copy.render())
    except OSError as exc:
        app.notify(f"Could not save to {path}: {exc.strerror or exc}", severity="error",
                   markup=False, timeout=10)  # fmt: skip
        return False
    app.notify(f"Saved the letter to {path}", markup=False, timeout=5)
    return True
