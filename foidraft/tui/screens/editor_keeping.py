"""Keeping the draft: autosave, ctrl+s, "changed on disk" and $EDITOR (status and dates
are in ``editor_status``).

The file is never silently lost either way: autosave writes a second after typing stops
(and at least every few seconds while typing goes on), through the store's atomic save;
a file changed by another program is never overwritten without asking; on exit, when
asking is no longer possible, the on-screen version goes to a new draft instead.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from foidraft.authorities.model import Authority
from foidraft.drafts import STATUSES, ChangedOnDiskError, Draft, DraftStore
from foidraft.errors import FoidraftError
from foidraft.tui.external_editor import editor_command
from foidraft.tui.screens.editor_dialogs import ChoiceDialog
from foidraft.tui.text import literal

if TYPE_CHECKING:
    from foidraft.tui.widgets.draft_editor import DraftEditor

STATUS_LABELS = {
    "draft": "Draft: still writing",
    "ready": "Ready to send",
    "sent": "Sent (I'll give the date)",
    "clarification": "Clarification asked",
    "answered": "Answered",
    "refused": "Refused",
}
assert set(STATUS_LABELS) == set(STATUSES)


class DraftKeeping(Screen[None]):
    """The saving half of the editor screen; the subclass supplies the widgets."""

    AUTOSAVE_DELAY: float = 1.0  # seconds after the last change
    AUTOSAVE_MAX_WAIT: float = 5.0  # at most this long unsaved while typing on

    def __init__(self, store: DraftStore, draft: Draft, *, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.store = store
        self.draft = draft
        self.today = today
        self.authority: Authority | None = None  # looked up by the first check, off the UI thread
        self._pristine = ""  # the editor's text as loaded: untouched, it is not re-saved
        self._touched = False
        self._unsaved_since: float | None = None
        self._save_timer: Timer | None = None
        self._conflict_open = False
        self._state = "saved"

    # Supplied by the editor screen.
    @property
    def editor(self) -> DraftEditor:
        raise NotImplementedError

    def recheck(self) -> None:
        raise NotImplementedError

    def show_ignored(self) -> None:
        raise NotImplementedError

    # -- tracking changes -----------------------------------------------------------------
    def loaded_text(self, text: str) -> None:
        """The editor now holds the draft as loaded."""
        self._pristine = text
        self._touched = False
        self._set_state("saved")
        self.show_ignored()

    def text_changed(self, text: str) -> None:
        if not self._touched and text == self._pristine:
            return  # e.g. the load itself
        self._touched = True
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        delay = getattr(self.app, "autosave_seconds", self.AUTOSAVE_DELAY)  # config.toml
        wait = min(delay, self._unsaved_since + max(self.AUTOSAVE_MAX_WAIT, delay) - now)
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(max(wait, 0.0), self._autosave)
        if self._state == "saved":
            self._set_state("unsaved")

    def _autosave(self) -> None:
        # After "decide later" only ctrl+s (or leaving) asks again, not every pause.
        if not self._conflict_open and self._state != "conflict":
            self.save()

    # -- saving ---------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> bool:
        """Write the draft if it changed; on a conflict, ask (and return False)."""
        if self._touched:
            self.draft.body = self.editor.text
        try:
            if force:
                self.store.save(self.draft, force=True)
            else:
                self.store.save_if_changed(self.draft)
        except ChangedOnDiskError as exc:
            self._set_state("conflict")
            self._ask_about_conflict(exc)
            return False
        except (FoidraftError, OSError) as exc:
            self._set_state("unsaved")
            self.notify(f"Could not save: {exc}", markup=False, severity="error", timeout=8)
            return False
        if self._save_timer is not None:
            self._save_timer.stop()
        self._unsaved_since = None
        self._set_state("saved")
        return True

    def save_for_quit(self) -> bool:
        """Save now without asking (the app is quitting); False when what is on screen
        is not safely on disk (foidraft.tui.quitting then asks what to do)."""
        if self._touched:
            self.draft.body = self.editor.text
        try:
            self.store.save_if_changed(self.draft)
        except (FoidraftError, OSError):
            self._set_state("unsaved")
            return False
        self._set_state("saved")
        return True

    def text_on_screen(self) -> str:
        return self.editor.text if self._touched else self.draft.body

    def action_save(self) -> None:
        if self.save():
            self.notify(f"Saved {self.draft.name}", markup=False, timeout=2)

    def action_back(self) -> None:
        if self.save():
            self.dismiss(None)

    def on_unmount(self) -> None:
        """Leaving (or the app closing): save; if the file changed meanwhile, keep both."""
        try:
            if self._touched:
                self.draft.body = self.editor.text
            self.store.save_if_changed(self.draft)
        except ChangedOnDiskError:
            self.store.duplicate(self.draft)
        except (FoidraftError, OSError):
            pass  # nothing can be shown any more; the last autosave stands

    def _ask_about_conflict(self, exc: ChangedOnDiskError) -> None:
        if self._conflict_open:
            return
        self._conflict_open = True
        choices = [("overwrite", "Keep mine: save what is on screen over it")]
        if not exc.gone:
            choices += [
                ("both", "Keep both: save mine as a new draft, then load theirs"),
                ("reload", "Load theirs: discard what is on screen"),
            ]
        choices.append(("later", "Decide later (keep editing; nothing is saved)"))
        self.app.push_screen(
            ChoiceDialog("The draft file changed outside foidraft", choices, body=str(exc)),
            self._conflict_answer,
        )

    def _conflict_answer(self, answer: str | None) -> None:
        self._conflict_open = False
        if answer == "overwrite":
            self.save(force=True)
        elif answer == "both":
            copy = self.store.duplicate(self.draft)
            self.notify(f"Your version is saved as “{copy.title}”.", markup=False, timeout=6)
            self.reload_from_disk()
        elif answer == "reload":
            self.reload_from_disk()

    def reload_from_disk(self) -> None:
        try:
            self.draft = self.store.reload(self.draft)
        except (FoidraftError, OSError) as exc:
            self.notify(f"Could not reload: {exc}", markup=False, severity="error", timeout=8)
            return
        self.authority = None
        self.editor.load_text(self.draft.body)
        self.loaded_text(self.editor.text)
        self.recheck()

    # -- the title line -------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self._state = state
        self.show_title()

    def show_title(self) -> None:
        draft = self.draft
        status = STATUS_LABELS.get(draft.status, draft.status).split(":")[0]
        if draft.status == "sent":
            status = f"Sent {draft.sent or ''}"
            if draft.clarified:
                status += f", clarified {draft.clarified}"
            status += f", due {draft.due}" if draft.due else ""
        elif draft.status == "clarification" and draft.clarification:
            status = f"Clarification asked {draft.clarification}: clock stopped"
        state = {
            "saved": ("saved", "$text-success"),
            "unsaved": ("unsaved", "$text-warning"),
            "conflict": ("NOT SAVED: changed on disk", "bold $text-error"),
        }[self._state]
        who = self.authority.name if self.authority else draft.authority or "no authority"
        title = literal((draft.title, "bold"), " · ", who, " · ", status, " · ", state)
        self.query_one("#editor-title", Static).update(title)

    # -- $EDITOR --------------------------------------------------------------------------
    def action_open_external(self) -> None:
        if not self.save() or self.draft.path is None:
            return
        command = editor_command(str(self.draft.path))
        if command is None:
            self.notify(
                "No text editor found. Set $EDITOR (for example: export EDITOR=nano).",
                severity="error",
                timeout=8,
            )
            return
        try:
            with self.app.suspend():
                subprocess.run(command.argv, check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to another program.", severity="error")
            return
        except OSError as exc:
            self.notify(f"Could not run {command.argv[0]}: {exc}", markup=False, severity="error")
            return
        if command.note:
            self.notify(command.note, markup=False, timeout=5)
        if self.store.changed_on_disk(self.draft):
            self.reload_from_disk()
