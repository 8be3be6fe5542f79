"""A tiny app that shows the EditorScreen over a store in the test's FOIDRAFT_HOME.

It does not use the real app shell, so the editor's tests stand on their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import ClassVar

from textual.app import App
from textual.command import Provider
from textual.pilot import Pilot

from foidraft.drafts import Draft, DraftStore
from foidraft.rules.model import RuleSet
from foidraft.tui.commands import CommandsProvider
from foidraft.tui.screens.editor import EditorScreen

FIXED_TODAY = dt.date(2024, 5, 3)  # a Friday; FOIA due date is 2024-06-03 (bank holiday 27 May)


def split_year_rules() -> RuleSet:
    """FD101 alone, as a warning (tests/tui/rule_fixture.py)."""
    from tests.tui.rule_fixture import split_year_rules as rules

    return rules()


class EditorTestApp(App[None]):
    """``rules``: what the editor checks with (FD101 alone unless given); with
    ``knowledge_base``, the knowledge base and the user's rules, as the app checks."""

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        CommandsProvider
    }  # the palette as the app sets it up: the screen's commands, through one provider

    def __init__(
        self,
        store: DraftStore,
        draft: Draft,
        today: dt.date = FIXED_TODAY,
        *,
        rules: RuleSet | None = None,
        knowledge_base: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        self.draft = draft
        self.today = today
        self.rules = None if knowledge_base else rules or split_year_rules()

    def on_mount(self) -> None:
        screen = EditorScreen(self.store, self.draft, today=lambda: self.today, rules=self.rules)
        self.push_screen(screen)

    @property
    def editor_screen(self) -> EditorScreen:
        screen = self.screen_stack[1] if len(self.screen_stack) > 1 else self.screen
        assert isinstance(screen, EditorScreen)
        return screen


def make_draft(
    body: str, *, authority: str = "", title: str = "Arrests 2019"
) -> tuple[DraftStore, Draft]:
    store = DraftStore()
    draft = store.create(title, body, authority)
    return store, draft


async def wait_until(
    pilot: Pilot[None], ready: Callable[[], bool], what: str, limit: float = 10.0
) -> None:
    """Let the app run until ``ready()``; fails (after a generous limit) rather than hangs.

    This is not a timing assertion: the limit is far above anything expected, and only
    guards against waiting forever."""
    waited = 0.0
    while not ready():
        if waited > limit:
            raise AssertionError(f"gave up waiting for {what}")
        await pilot.pause(0.02)
        waited += 0.02


async def settled(pilot: Pilot[None], screen: EditorScreen) -> None:
    """Wait for the findings of the text as it is now."""
    await pilot.app.workers.wait_for_complete()
    await wait_until(
        pilot,
        lambda: (
            screen.findings.result is not None
            and screen.findings.result.generation == screen.generation
            and screen.findings_list.generation == screen.generation
        ),
        "the check of the current text",
    )


@asynccontextmanager
async def open_editor(
    store: DraftStore,
    draft: Draft,
    *,
    rules: RuleSet | None = None,
    today: dt.date = FIXED_TODAY,
) -> AsyncIterator[tuple[EditorTestApp, Pilot[None], EditorScreen]]:
    """Run the editor on ``draft`` (the app's clock at ``today``) and wait for the first
    check of its text."""
    app = EditorTestApp(store, draft, rules=rules, today=today)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        yield app, pilot, screen


async def choose_status(pilot: Pilot[None], status: str, then: type, what: str) -> None:
    """Press ctrl+t, pick ``status`` from the list and wait for the dialog it opens."""
    from textual.widgets import OptionList

    from foidraft.tui.screens.dialogs import ChoiceDialog

    app = pilot.app
    await pilot.press("ctrl+t")
    await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the statuses")
    options = app.screen.query_one(OptionList)
    options.highlighted = next(
        i for i in range(options.option_count) if options.get_option_at_index(i).id == status
    )
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, then), what)
