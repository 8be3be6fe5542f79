"""When the letter is checked: a while after typing pauses, one check at a time, off the
UI thread, and never a result for text that has since changed.

:class:`LintScheduler` is a plain class: the screen lends it a timer, a way to run a job
in a thread, and somewhere to show results (:class:`LintView`), so it is tested alone
with a hand-wound clock. It checks with whatever :class:`Checker` it holds: any object
with ``check(text, authority=None)`` returning ``foidraft.check``'s findings (an
incremental checker drops in through :func:`make_checker`).

Each change takes a new generation number and each result carries the generation it was
computed for; only a result for the latest one is shown, so an old, slow check never
repaints over newer text. A change made while a check runs waits for it to end, so
checks do not pile up in threads competing with the screen for the GIL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from foidraft.tui.text_spans import Mark, line_starts, location_of

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.lint.model import Finding
    from foidraft.rules.model import RuleSet


class Checker(Protocol):
    def check(self, text: str, authority: Authority | None = None) -> list[Finding]: ...


class RuleChecker:
    """``foidraft.check`` with a given rule set (None: the knowledge base and the user's
    rules, loaded on first use) and the rules a draft ignores, checking again only the
    paragraphs a change touched (``foidraft.Checker``: the same findings, sooner)."""

    def __init__(
        self, rules: RuleSet | None = None, ignore: Sequence[str] = (), letter: str = ""
    ) -> None:
        from foidraft.lint.checker import Checker as Incremental

        self.rules = rules
        self.ignore = tuple(ignore)
        self._incremental = Incremental(rules, ignore=self.ignore, letter=letter)

    def check(self, text: str, authority: Authority | None = None) -> list[Finding]:
        return self._incremental.check(text, authority)


def make_checker(rules: RuleSet | None, ignore: Sequence[str], letter: str = "") -> Checker:
    """The checker the editor uses for a draft that ignores ``ignore`` and is a ``letter``
    ('' for a request; a review, chaser or complaint meets only the rules about form)."""
    return RuleChecker(rules, tuple(ignore), letter)


def find_authority(ref: str) -> Authority | None:
    """The draft's authority by id; None when it has none or foidraft does not know it
    (which just means no authority-specific advice). May read the directory files."""
    if not ref:
        return None
    from foidraft.authorities.directory import load_directory
    from foidraft.errors import FoidraftError

    try:
        return load_directory().find(ref)
    except (FoidraftError, OSError):
        return None


@dataclass(frozen=True)
class LintRequest:
    generation: int
    text: str
    newline: str
    authority: Authority | str | None  # an id is looked up in the worker, off the UI thread
    checker: Checker
    requested_at: float = field(default_factory=time.perf_counter)


@dataclass(frozen=True)
class LintResult:
    """Findings for one generation of the text, with where each sits in the editor."""

    generation: int
    text: str
    newline: str
    findings: list[Finding]
    marks: list[Mark]
    authority: Authority | None
    requested_at: float
    finished_at: float

    def location(self, offset: int) -> tuple[int, int]:
        """(row, column) of a character offset into ``text``."""
        return location_of(offset, line_starts(self.text, self.newline))


def run_check(request: LintRequest) -> LintResult:
    """Check the text (safe to call from any thread: it only reads ``request``)."""
    authority = request.authority
    if isinstance(authority, str):
        authority = find_authority(authority)
    findings = request.checker.check(request.text, authority)
    starts = line_starts(request.text, request.newline)
    marks = [
        Mark(location_of(f.start, starts), location_of(f.end, starts), f.severity, i)
        for i, f in enumerate(findings)
    ]
    return LintResult(
        generation=request.generation,
        text=request.text,
        newline=request.newline,
        findings=findings,
        marks=marks,
        authority=authority,
        requested_at=request.requested_at,
        finished_at=time.perf_counter(),
    )


class Stoppable(Protocol):
    def stop(self) -> object: ...


class LintView(Protocol):
    """What the scheduler needs from the screen (a Textual Screen gives ``set_timer``)."""

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Stoppable: ...

    def lint_snapshot(self) -> tuple[str, str, Authority | str | None]:
        """The text as it is now, its line ending, and the authority (or its id)."""
        ...

    def run_lint(self, request: LintRequest) -> None:
        """Run ``run_check(request)`` in a thread; hand the outcome to ``finished``."""
        ...

    def show_lint(self, result: LintResult) -> None: ...

    def lint_failed(self, error: str) -> None: ...


class LintScheduler:
    """Debounces changes into checks, runs one at a time, and drops stale results."""

    def __init__(self, view: LintView, checker: Checker, *, delay: float = 0.2) -> None:
        self.view = view
        self.checker = checker
        self.delay = delay  # seconds after the last keystroke
        self.generation = 0
        self._timer: Stoppable | None = None
        self._now_next = False
        self._running = False
        self._again = False
        self._last_error = ""

    def changed(self) -> None:
        """The text changed: check it once typing pauses (or now, after a rewording)."""
        self.generation += 1
        self._schedule(0 if self._now_next else self.delay)
        self._now_next = False

    def check_next_change_now(self) -> None:
        """The next change is a rewording or a filled-in hole, not typing: no pause."""
        self._now_next = True

    def recheck(self, checker: Checker | None = None) -> None:
        """Check again now (after loading, or with ``checker`` once what is ignored changes)."""
        if checker is not None:
            self.checker = checker
        self.generation += 1
        self._schedule(0)

    def is_current(self, result: LintResult) -> bool:
        return result.generation == self.generation

    @property
    def pending(self) -> bool:
        """A check is waiting for typing to pause, or running."""
        return self._timer is not None or self._running

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if delay <= 0:
            self._start()
        else:
            self._timer = self.view.set_timer(delay, self._start)

    def _start(self) -> None:
        self._timer = None
        if self._running:
            self._again = True  # one check at a time; the next starts when it ends
            return
        self._running = True
        text, newline, authority = self.view.lint_snapshot()
        self.view.run_lint(LintRequest(self.generation, text, newline, authority, self.checker))

    def finished(self, result: LintResult | None, error: str = "") -> bool:
        """A check ended (``result``, or ``error`` when it failed); True if it was shown."""
        self._running = False
        shown = False
        if result is not None:
            if self.is_current(result):
                self.view.show_lint(result)
                shown = True
        elif error != self._last_error:
            self.view.lint_failed(error)  # once per distinct failure, not every keystroke
        self._last_error = error
        if self._again:
            self._again = False
            self._start()
        return shown
