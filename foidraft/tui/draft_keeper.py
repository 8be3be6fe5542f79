"""Keeping the draft being edited: autosave, ctrl+s, and a file changed on disk.

The file is never silently lost either way: autosave writes a second after typing stops
(``[app] autosave_seconds``; at least every few seconds while typing goes on), through the
store's atomic save;
a file changed by another program is never overwritten without asking; on exit, when
asking is no longer possible, the on-screen version goes to a new draft instead.

:class:`DraftKeeper` is a plain class. The screen lends it a timer and shows what it
reports (:class:`KeeperView`), so it is tested alone with a hand-wound clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal, Protocol

from foidraft.drafts import ChangedOnDiskError, Draft, DraftStore
from foidraft.errors import FoidraftError
from foidraft.tui.lint_scheduler import Stoppable

SaveState = Literal["saved", "unsaved", "conflict"]
SOON = 0.001  # seconds: the shortest wait a Textual timer is given
CONFLICT_TITLE = "The draft file changed outside foidraft"


class KeeperView(Protocol):
    """What the keeper needs from the screen."""

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Stoppable: ...

    def draft_text(self) -> str:
        """What the editor holds now."""
        ...

    def show_save_state(self, state: SaveState) -> None: ...

    def ask_about_conflict(self, body: str, choices: list[tuple[str, str]]) -> None:
        """Ask which of ``choices`` to take; hand the answer to ``DraftKeeper.resolve``."""
        ...

    def show_reloaded(self, draft: Draft) -> None:
        """Put ``draft`` (just read from disk) in the editor."""
        ...

    def tell(self, message: str, *, error: bool = False) -> None: ...


def conflict_body(exc: ChangedOnDiskError) -> str:
    """What happened, in the dialog's words (the error's hint is the command line's)."""
    if exc.gone:
        return (
            f"{exc.path.name} was deleted or moved by another program since foidraft opened "
            "it. What is on screen is not saved yet."
        )
    return (
        f"{exc.path.name} was changed by another program (another editor, a sync tool) "
        "since foidraft opened it. Which version do you want?"
    )


def conflict_choices(exc: ChangedOnDiskError) -> list[tuple[str, str]]:
    choices = [("overwrite", "Keep mine: save what is on screen over it")]
    if not exc.gone:
        choices += [
            ("both", "Keep both: save mine as a new draft, then load theirs"),
            ("reload", "Load theirs: discard what is on screen"),
        ]
    choices.append(("later", "Decide later (keep editing; nothing is saved)"))
    return choices


class DraftKeeper:
    """Saves one draft as it is edited."""

    def __init__(
        self,
        view: KeeperView,
        store: DraftStore,
        draft: Draft,
        *,
        delay: float = 1.0,
        max_wait: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.view = view
        self.store = store
        self.draft = draft
        self.delay = delay  # seconds after the last change ([app] autosave_seconds)
        self.max_wait = max(max_wait, delay)  # at most this long unsaved while typing goes on
        self.clock = clock
        self.state: SaveState = "saved"
        self._pristine = ""  # the editor's text as loaded: untouched, it is not re-saved
        self._touched = False
        self._unsaved_since: float | None = None
        self._timer: Stoppable | None = None
        self._asking = False

    # -- tracking changes -----------------------------------------------------------------
    def loaded(self, text: str) -> None:
        """The editor now holds the draft as loaded."""
        self._pristine = text
        self._touched = False
        self._set_state("saved")

    def changed(self, text: str) -> None:
        if not self._touched and text == self._pristine:
            return  # e.g. the load itself
        self._touched = True
        now = self.clock()
        if self._unsaved_since is None:
            self._unsaved_since = now
        wait = min(self.delay, self._unsaved_since + self.max_wait - now)
        self._stop_timer()
        # Never a zero delay: Textual's timer divides by its interval when it runs late (a
        # busy machine), so "save now" is a millisecond away.
        self._timer = self.view.set_timer(max(wait, SOON), self.autosave)
        if self.state == "saved":
            self._set_state("unsaved")

    def autosave(self) -> None:
        """What the timer runs. After "decide later", only ctrl+s (or leaving) asks again."""
        self._timer = None
        if not self._asking and self.state != "conflict":
            self.save()

    # -- saving ---------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> bool:
        """Write the draft if it changed; on a conflict, ask (and return False)."""
        if self._touched:
            self.draft.body = self.view.draft_text()
        try:
            if force:
                self.store.save(self.draft, force=True)
            else:
                self.store.save_if_changed(self.draft)
        except ChangedOnDiskError as exc:
            self._set_state("conflict")
            if not self._asking:
                self._asking = True
                self.view.ask_about_conflict(conflict_body(exc), conflict_choices(exc))
            return False
        except (FoidraftError, OSError) as exc:
            self._set_state("unsaved")
            self.view.tell(f"Could not save: {exc}", error=True)
            return False
        self._stop_timer()
        self._unsaved_since = None
        self._set_state("saved")
        return True

    def save_on_exit(self) -> None:
        """Leaving (or the app closing): save; if the file changed meanwhile, keep both."""
        self._stop_timer()
        try:
            if self._touched:
                self.draft.body = self.view.draft_text()
            self.store.save_if_changed(self.draft)
        except ChangedOnDiskError:
            self.store.duplicate(self.draft)
        except (FoidraftError, OSError):
            pass  # nothing can be shown any more; the last autosave stands

    def save_for_quit(self) -> bool:
        """Save now without asking (the app is quitting): True when what is on screen is
        safely on disk, in this draft or (changed on disk meanwhile) in a copy of it;
        False and "unsaved" otherwise, so that ``foidraft.tui.quitting`` asks what to do."""
        self._stop_timer()
        if self._touched:
            self.draft.body = self.view.draft_text()
        try:
            try:
                self.store.save_if_changed(self.draft)
            except ChangedOnDiskError:
                copy = self.store.duplicate(self.draft)
                self.view.tell(
                    f"The file changed on disk; your version is saved as “{copy.title}”."
                )
        except (FoidraftError, OSError):
            self._set_state("unsaved")
            return False
        self._set_state("saved")
        return True

    def text_on_screen(self) -> str:
        """The letter as the requester sees it, saved or not."""
        return self.view.draft_text() if self._touched else self.draft.body

    def resolve(self, answer: str | None) -> None:
        """The answer to the conflict question (None or "later": keep editing, unsaved)."""
        self._asking = False
        if answer == "overwrite":
            self.save(force=True)
        elif answer == "both":
            copy = self.store.duplicate(self.draft)
            self.view.tell(f"Your version is saved as “{copy.title}”.")
            self.reload()
        elif answer == "reload":
            self.reload()

    def reload(self) -> None:
        """Read the draft from disk again (after $EDITOR, or "load theirs")."""
        try:
            self.draft = self.store.reload(self.draft)
        except (FoidraftError, OSError) as exc:
            self.view.tell(f"Could not reload: {exc}", error=True)
            return
        self._stop_timer()
        self._unsaved_since = None
        self.view.show_reloaded(self.draft)

    def changed_on_disk(self) -> bool:
        return self.store.changed_on_disk(self.draft)

    def look(self) -> bool:
        """A look at the file (the screen's interval): changed by another program (the
        requester's own $EDITOR, a sync tool) while everything on screen is saved, it is
        loaded, and said; with unsaved work, the next save asks instead. True when loaded."""
        path = self.draft.path
        if self.state != "saved" or self._asking or self._timer is not None or path is None:
            return False
        try:
            if not path.exists() or not self.changed_on_disk():
                return False  # gone: the next save says so and offers to keep what is shown
        except OSError:
            return False
        self.reload()
        self.view.tell(
            f"{path.name} changed on disk (nothing here was unsaved): shown as it is now."
        )
        return True

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _set_state(self, state: SaveState) -> None:
        self.state = state
        self.view.show_save_state(state)
