"""Checking the letter in the editor: what the :class:`LintScheduler` asks of the screen
(a snapshot of the text, a check in a worker thread, somewhere to show the result), with
the rules the letter is checked with and the draft's authority, which the first check
looks up off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.message import Message

from foidraft.tui.lint_scheduler import LintResult, LintScheduler, make_checker

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.timer import Timer
    from textual.worker import Worker

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft
    from foidraft.rules.model import Rule, RuleSet
    from foidraft.tui.lint_scheduler import LintRequest
    from foidraft.tui.widgets.draft_editor import DraftEditor


class LintFinished(Message):
    """Posted by the lint worker: a result (perhaps out of date), or why the check failed."""

    def __init__(self, result: LintResult | None, error: str = "") -> None:
        super().__init__()
        self.result, self.error = result, error


class CheckingHost(Protocol):
    @property
    def draft(self) -> Draft: ...

    @property
    def editor(self) -> DraftEditor: ...

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...

    def run_worker(
        self,
        work: Callable[[], None],
        *,
        thread: bool,
        exclusive: bool,
        group: str,
        name: str,
        exit_on_error: bool,
    ) -> Worker[None]: ...

    def post_message(self, message: Message) -> bool: ...

    def show_title(self) -> None: ...

    def apply_lint_result(self, result: LintResult) -> bool: ...

    def notify(
        self, message: str, *, severity: SeverityLevel = ..., markup: bool = ...
    ) -> None: ...


class LetterChecking:
    """The scheduler's view for one editor screen. ``rules``: check with these (None: the
    knowledge base and the requester's own)."""

    def __init__(self, host: CheckingHost, rules: RuleSet | None, draft: Draft) -> None:
        self.host, self.rules = host, rules
        self.scheduler = LintScheduler(self, make_checker(rules, draft.ignore, draft.letter))
        # Looked up by the first check, off the UI thread, unless the screen asks first
        # (its title names the body from the first paint, never by its id).
        self.authority: Authority | None = None

    def recheck(self) -> None:
        """Check again now, with the rules ignored for this draft as they are now."""
        draft = self.host.draft
        self.scheduler.recheck(make_checker(self.rules, draft.ignore, draft.letter))

    def known_authority(self) -> Authority | None:
        """The draft's authority; looked up here only before the first check has."""
        if self.authority is None:
            from foidraft.tui.lint_scheduler import find_authority

            self.authority = find_authority(self.host.draft.authority)
        return self.authority

    def rule(self, rule_id: str) -> Rule | None:
        if self.rules is not None:
            return self.rules.get(rule_id)
        from foidraft.rules.registry import default_ruleset

        return default_ruleset().get(rule_id)

    def finished(self, message: LintFinished) -> None:
        found = message.result.authority if message.result else None
        if self.authority is None and found is not None:
            self.authority = found
            self.host.show_title()
        self.scheduler.finished(message.result, message.error)

    # -- the LintView the scheduler is given ------------------------------------------------
    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer:
        return self.host.set_timer(delay, callback)

    def lint_snapshot(self) -> tuple[str, str, Authority | str | None]:
        editor = self.host.editor
        return (
            editor.text,
            editor.document.newline,
            self.authority or self.host.draft.authority or _regime_only(self.host.draft.regime),
        )

    def run_lint(self, request: LintRequest) -> None:
        def check() -> None:
            from foidraft.tui.lint_scheduler import run_check

            try:
                result = run_check(request)
            except Exception as exc:  # a faulty rule must not take the editor down
                self.host.post_message(LintFinished(None, f"{type(exc).__name__}: {exc}"))
            else:
                self.host.post_message(LintFinished(result))

        self.host.run_worker(
            check, thread=True, exclusive=True, group="lint", name="lint", exit_on_error=False
        )

    def show_lint(self, result: LintResult) -> None:
        self.host.apply_lint_result(result)

    def lint_failed(self, error: str) -> None:
        self.host.notify(
            f"Checking failed ({error}). Your letter is safe; keep writing.",
            severity="error",
            markup=False,
        )


def _regime_only(regime: str) -> Authority | None:
    """A draft naming no body is checked under the Act its reply was read under."""
    from foidraft.authorities.infer import regime_only

    return regime_only(regime)
