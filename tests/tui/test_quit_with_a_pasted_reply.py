"""Quitting over a pasted reply asks first, as escape does: ctrl+q threw the reply away
(it is kept only once foidraft reads it)."""

from __future__ import annotations

from foidraft.tui.screens.dialogs import ConfirmDialog
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from tests.tui.shell_harness import make_app, screen_text, showing, wait_for
from tests.tui.test_reply_after_sending import CLARIFICATION
from tests.tui.test_reply_screen import open_reply_screen, sent_to_wmp


async def test_quitting_with_a_pasted_reply_asks_and_keeps_it_when_told() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        screen.query_one(ReplyText).load_text(CLARIFICATION)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "the question")
        assert "Quit without reading the reply?" in screen_text(pilot)
        await pilot.press("escape")  # keep it
        await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
        assert pilot.app.is_running
        assert screen.query_one(ReplyText).text == CLARIFICATION
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "the question again")
        await pilot.press("y")
        await wait_for(pilot, lambda: not pilot.app.is_running, "foidraft to quit")


async def test_quitting_with_an_empty_reply_box_does_not_ask() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        await open_reply_screen(pilot)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not pilot.app.is_running, "foidraft to quit")
