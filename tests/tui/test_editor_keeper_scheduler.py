"""The editor's two plain parts, alone (no app): the draft keeper (autosave, a file
changed on disk) and the lint scheduler (debounce, one check at a time, stale results
dropped), each driven by a hand-wound clock and a fake screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from foidraft.authorities.model import Authority
from foidraft.drafts import Draft, DraftStore
from foidraft.lint.model import Finding
from foidraft.tui.draft_keeper import DraftKeeper, SaveState
from foidraft.tui.lint_scheduler import (
    LintRequest,
    LintResult,
    LintScheduler,
    RuleChecker,
    run_check,
)

LETTER = "Dear Sir or Madam,\n\nThe number of arrests in 2019/20.\n\nYours faithfully,\nA B\n"


@dataclass
class Timer:
    due: float
    callback: Callable[[], object]
    stopped: bool = False

    def stop(self) -> None:
        self.stopped = True


@dataclass
class Clock:
    """Timers that fire only when the test winds the clock on."""

    now: float = 0.0
    timers: list[Timer] = field(default_factory=list)

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer:
        timer = Timer(self.now + delay, callback)
        self.timers.append(timer)
        return timer

    def wind(self, seconds: float) -> None:
        self.now += seconds
        for timer in list(self.timers):
            if not timer.stopped and timer.due <= self.now:
                timer.stopped = True
                timer.callback()


@dataclass
class KeeperScreen(Clock):
    text: str = ""
    states: list[SaveState] = field(default_factory=list)
    asked: list[list[str]] = field(default_factory=list)
    reloaded: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)

    def draft_text(self) -> str:
        return self.text

    def show_save_state(self, state: SaveState) -> None:
        self.states.append(state)

    def ask_about_conflict(self, body: str, choices: list[tuple[str, str]]) -> None:
        self.asked.append([value for value, _ in choices])

    def show_reloaded(self, draft: Draft) -> None:
        self.reloaded.append(draft.body)
        self.text = draft.body

    def tell(self, message: str, *, error: bool = False) -> None:
        self.told.append(message)


def keeper_on(body: str = LETTER) -> tuple[KeeperScreen, DraftKeeper, DraftStore]:
    store = DraftStore()
    draft = store.create("Arrests", body)
    screen = KeeperScreen(text=body)
    keeper = DraftKeeper(screen, store, draft, clock=lambda: screen.now)
    keeper.loaded(body)
    return screen, keeper, store


def on_disk(store: DraftStore, keeper: DraftKeeper) -> str:
    assert keeper.draft.path is not None
    return store.load_path(keeper.draft.path).body


def test_autosave_waits_for_a_pause_but_not_for_ever() -> None:
    screen, keeper, store = keeper_on()
    for n in range(1, 6):  # typing on, a keystroke every 0.9 s
        screen.text = LETTER + "x" * n
        keeper.changed(screen.text)
        screen.wind(0.9)
    assert on_disk(store, keeper) == LETTER  # each keystroke put the save off
    screen.text += "y"
    keeper.changed(screen.text)
    screen.wind(0.9)  # 5 s since the first unsaved change: saved though typing goes on
    assert on_disk(store, keeper) == screen.text
    assert keeper.state == "saved" and "unsaved" in screen.states


def test_a_save_already_overdue_is_never_given_a_zero_delay() -> None:
    # Textual's timer divides by its interval when it runs late: a keystroke that arrives
    # after the longest wait must still get a delay above nought.
    screen, keeper, store = keeper_on()
    screen.text = LETTER + "x"
    keeper.changed(screen.text)
    screen.now += 60  # the first unsaved change is long past the longest wait
    screen.text += "y"
    keeper.changed(screen.text)
    assert all(t.due > screen.now for t in screen.timers if not t.stopped)
    screen.wind(0.01)
    assert on_disk(store, keeper) == screen.text


def test_the_text_as_loaded_is_not_saved_again() -> None:
    screen, keeper, _store = keeper_on()
    keeper.changed(LETTER)
    assert screen.timers == [] and keeper.state == "saved"


def test_a_file_changed_on_disk_is_asked_about_once_and_never_overwritten() -> None:
    screen, keeper, store = keeper_on()
    path = keeper.draft.path
    assert path is not None
    theirs = path.read_text().replace("A B", "C D")
    path.write_text(theirs)
    screen.text = "M" + LETTER
    keeper.changed(screen.text)
    screen.wind(1.0)
    assert screen.asked == [["overwrite", "both", "reload", "later"]]
    assert keeper.state == "conflict" and path.read_text() == theirs
    keeper.resolve("later")
    keeper.changed(screen.text + "more")
    screen.wind(10)  # the autosave does not ask again after "decide later"
    assert len(screen.asked) == 1 and path.read_text() == theirs
    assert not keeper.save()  # ctrl+s does
    assert len(screen.asked) == 2
    keeper.resolve("both")
    assert screen.reloaded == [store.load_path(path).body] and "C D" in screen.text
    copies = [s for s in store.list() if s.path != path]
    assert [store.load_path(c.path).body for c in copies] == ["M" + LETTER]


def test_leaving_keeps_both_versions_when_the_file_changed() -> None:
    screen, keeper, store = keeper_on()
    path = keeper.draft.path
    assert path is not None
    path.write_text(path.read_text() + "theirs\n")
    screen.text = "R" + LETTER
    keeper.changed(screen.text)
    keeper.save_on_exit()
    assert store.load_path(path).body == LETTER + "theirs\n"
    assert [store.load_path(s.path).body for s in store.list() if s.path != path] == ["R" + LETTER]


@dataclass
class LintScreen(Clock):
    text: str = LETTER
    requests: list[LintRequest] = field(default_factory=list)
    shown: list[LintResult] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def lint_snapshot(self) -> tuple[str, str, Authority | str | None]:
        return self.text, "\n", None

    def run_lint(self, request: LintRequest) -> None:
        self.requests.append(request)  # the "thread": the test finishes it when it likes

    def show_lint(self, result: LintResult) -> None:
        self.shown.append(result)

    def lint_failed(self, error: str) -> None:
        self.failures.append(error)


def split_year_checker(ignore: tuple[str, ...] = ()) -> RuleChecker:
    from tests.tui.rule_fixture import split_year_rules

    return RuleChecker(split_year_rules(), ignore)


def test_checks_wait_for_a_pause_in_typing() -> None:
    screen = LintScreen()
    scheduler = LintScheduler(screen, split_year_checker(), delay=0.2)
    for _ in range(5):
        scheduler.changed()
        screen.wind(0.1)
    assert screen.requests == []
    screen.wind(0.2)
    assert len(screen.requests) == 1 and screen.requests[0].generation == 5
    scheduler.check_next_change_now()  # a rewording: no pause
    scheduler.changed()
    assert len(screen.requests) == 1  # one at a time: the second waits for the first
    assert scheduler.finished(run_check(screen.requests[0])) is False  # stale: generation 5
    assert len(screen.requests) == 2 and screen.requests[1].generation == 6
    assert scheduler.finished(run_check(screen.requests[1]))
    assert [r.generation for r in screen.shown] == [6]
    assert [f.rule for f in screen.shown[0].findings] == ["FD101"]


def test_a_new_checker_rechecks_and_a_failure_is_told_once() -> None:
    screen = LintScreen()
    scheduler = LintScheduler(screen, split_year_checker())
    scheduler.recheck(split_year_checker(("FD101",)))
    assert scheduler.finished(run_check(screen.requests[0]))
    assert screen.shown[0].findings == []
    for _ in range(2):
        scheduler.recheck()
        assert not scheduler.finished(None, "RuntimeError: a rule went wrong")
    assert screen.failures == ["RuntimeError: a rule went wrong"]


def test_any_checker_with_check_text_authority_will_do() -> None:
    class Counting:
        calls = 0

        def check(self, text: str, authority: Authority | None = None) -> list[Finding]:
            self.calls += 1
            return []

    screen = LintScreen()
    checker = Counting()
    scheduler = LintScheduler(screen, checker)
    scheduler.recheck()
    assert scheduler.finished(run_check(screen.requests[0]))
    assert checker.calls == 1 and screen.shown[0].findings == []
