"""Escape on the learn screen over a pasted clarification request asks first, as the reply
screen does: it closed at once and the pasted reply was gone."""

from __future__ import annotations

from foidraft.tui.screens.dialogs import ConfirmDialog
from foidraft.tui.screens.learn import LearnScreen, ReplyArea
from tests.tui.editor_harness import EditorTestApp, settled, wait_until
from tests.tui.shell_harness import screen_text
from tests.tui.test_editor_outbound import REPLY, sent_draft, to_the_learn_screen


def on_top(app: EditorTestApp, kind: type) -> bool:
    return isinstance(app.screen, kind)


def editor_app() -> EditorTestApp:
    store, draft = sent_draft()
    return EditorTestApp(store, draft)


async def test_escape_over_a_pasted_reply_asks_and_keeps_it() -> None:
    app = editor_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        (learn := await to_the_learn_screen(pilot, app)).query_one(ReplyArea).load_text(REPLY)
        await pilot.press("escape")
        await wait_until(pilot, lambda: on_top(app, ConfirmDialog), "the question")
        assert "Close without reading the reply?" in screen_text(pilot)
        await pilot.press("escape")  # keep it
        await wait_until(pilot, lambda: on_top(app, LearnScreen), "the reply box again")
        assert learn.query_one(ReplyArea).text == REPLY
        await pilot.press("escape")
        await wait_until(pilot, lambda: on_top(app, ConfirmDialog), "the question again")
        await pilot.press("y")
        await wait_until(pilot, lambda: app.screen is screen, "the editor")


async def test_escape_with_nothing_pasted_closes_at_once() -> None:
    app = editor_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot, app.editor_screen)
        await to_the_learn_screen(pilot, app)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is app.editor_screen, "the editor")
