"""When the letter is checked: a while after typing pauses, one check at a time.

Each change takes a new generation number and each result carries the generation it
was computed for; the screen shows a result only for the latest one, so an old, slow
check never repaints over newer text. A change made while a check runs waits for it to
end, so checks do not pile up in threads competing with the screen for the GIL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from textual import on, work
from textual.timer import Timer

from foidraft.drafts import Draft, DraftStore
from foidraft.tui.lint_worker import LintFinished, LintRequest, LintResult, run_check
from foidraft.tui.screens.editor_status import StatusTracking


class CheckedEditing(StatusTracking):
    """The checking half of the editor screen; the subclass shows the results."""

    LINT_DELAY: float = 0.2  # seconds after the last keystroke

    def __init__(
        self, store: DraftStore, draft: Draft, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(store, draft, today=today)
        self.generation = 0
        self._lint_timer: Timer | None = None
        self._lint_now = False
        self._linting = False
        self._lint_again = False
        self._lint_error = ""

    def apply_lint_result(self, result: LintResult) -> bool:
        raise NotImplementedError

    def letter_changed(self) -> None:
        """The letter changed: check it once typing pauses (or now, after a rewording)."""
        self.generation += 1
        self._schedule_lint(0 if self._lint_now else self.LINT_DELAY)
        self._lint_now = False

    def recheck(self) -> None:
        """Check again now (after loading, applying a rewording, or ignoring a rule)."""
        self.generation += 1
        self._schedule_lint(0)

    def _schedule_lint(self, delay: float) -> None:
        if self._lint_timer is not None:
            self._lint_timer.stop()
            self._lint_timer = None
        if delay <= 0:
            self._start_lint()
        else:
            self._lint_timer = self.set_timer(delay, self._start_lint)

    def _start_lint(self) -> None:
        self._lint_timer = None
        if self._linting:
            self._lint_again = True  # one check at a time; the next starts when it ends
            return
        self._linting = True
        editor = self.editor
        request = LintRequest(
            generation=self.generation,
            text=editor.text,
            newline=editor.document.newline,
            authority=self.authority or self.draft.authority or None,
            ignore=tuple(self.draft.ignore),
        )
        self._lint_in_thread(request)

    @work(thread=True, exclusive=True, group="lint", exit_on_error=False)
    def _lint_in_thread(self, request: LintRequest) -> None:
        try:
            result = run_check(request)
        except Exception as exc:  # a faulty rule must not take the editor down
            self.post_message(LintFinished(None, f"{type(exc).__name__}: {exc}"))
        else:
            self.post_message(LintFinished(result))

    @on(LintFinished)
    def _lint_finished(self, message: LintFinished) -> None:
        self._linting = False
        if message.result is not None:
            if self.authority is None and message.result.authority is not None:
                self.authority = message.result.authority
                self.show_title()
            self.apply_lint_result(message.result)
        elif message.error != self._lint_error:
            self.notify(
                f"Checking failed ({message.error}). Your letter is safe; keep writing.",
                severity="error",
                markup=False,
            )
        self._lint_error = message.error
        if self._lint_again:
            self._lint_again = False
            self._start_lint()
