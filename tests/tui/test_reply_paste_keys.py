"""Keys typed the moment a reply is pasted land where the requester meant them: a paste
and the keys after it reach the app together (a terminal sends them in one burst while
the box is still taking the paste in), and a tab among them moves the focus before the
next key is routed (``foidraft.tui.type_ahead``): the received date typed after two tabs
is in its field, not at the end of the reply."""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input

from foidraft.tui.screens.reply import ReplyScreen
from foidraft.tui.widgets.reply_fields import ReplyText
from tests.tui.shell_harness import make_app, settle, wait_for
from tests.tui.test_next_letters_one_table import real_reply
from tests.tui.test_reply_screen import open_reply_screen, sent_to_wmp
from tests.tui.test_type_ahead import type_now

REPLY = real_reply("dyfed-powys-264-2024-staff-data-partial-s12")


def paste_now(app: App[None], text: str) -> None:
    """A bracketed paste as the terminal's reader posts it, queued with nothing awaited."""
    assert app._driver is not None
    event = events.Paste(text)
    event.set_sender(app)
    app._driver.send_message(event)


async def paste_and_type(pilot: Pilot[None], *keys: str) -> ReplyScreen:
    """The reply screen on a sent draft; the reply pasted and ``keys`` typed in one burst."""
    screen = await open_reply_screen(pilot)
    await settle(pilot)
    paste_now(pilot.app, REPLY)
    type_now(pilot.app, *keys)
    return screen


async def test_a_date_typed_after_a_paste_and_two_tabs_lands_in_its_field() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await paste_and_type(pilot, "Z", "tab", "tab", "2", "0", "2", "5")
        date = screen.query_one("#reply-date", Input)
        await wait_for(pilot, lambda: date.value == "2025" or pilot.app.focused is date, "keys")
        await settle(pilot)
        assert screen.query_one(ReplyText).text == REPLY + "Z"  # nothing typed into it after
        assert (pilot.app.focused, date.value) == (date, "2025")


async def test_keys_typed_into_the_box_after_a_paste_follow_it_in_order() -> None:
    """Typing on in the box (no tab) still goes in after the paste, in the order typed."""
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await paste_and_type(pilot, "e", "n", "d", "enter", "o", "k")
        box = screen.query_one(ReplyText)
        await wait_for(pilot, lambda: box.text.endswith("ok"), "the keys in the box")
        await settle(pilot)
        assert box.text == REPLY + "end\nok" and pilot.app.focused is box
