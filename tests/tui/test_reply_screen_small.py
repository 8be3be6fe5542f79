"""The reply screen in an 80x24 terminal, as a new user meets it: every field the screen
names stays in view, whatever it says."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input

from foidraft.tui.screens.reply import ReplyText
from tests.tui.shell_harness import make_app, screen_text, wait_for
from tests.tui.test_next_letters_one_table import real_reply
from tests.tui.test_reply_after_sending import CLARIFICATION, read_pasted, sent
from tests.tui.test_reply_screen import DATA, open_reply_screen


@pytest.mark.parametrize(
    "reply",
    [CLARIFICATION, "Date: 3rd March 2025\n\n" + CLARIFICATION],
    ids=["no-date", "dated-before-sending"],
)
async def test_at_80_by_24_the_date_asked_for_is_on_screen(reply: str) -> None:
    """A reply stating no date (or one before the request was sent): the screen says to
    type the day under "received", and that very message pushed the field out of the
    dialog, so it was typed into blind."""
    sent("2025-04-01")  # overdue: the chaser's sentence makes the help longer
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        screen.query_one(ReplyText).load_text(reply)
        await pilot.press("ctrl+s")
        date = screen.query_one("#reply-date", Input)
        await wait_for(pilot, lambda: pilot.app.focused is date, "the date asked for")
        await pilot.pause()
        text = screen_text(pilot)
        assert "the day the reply reached you under" in " ".join(text.split()) or (
            "type the day it reached you under" in " ".join(text.split())
        )
        box = screen.query_one("#paste-step").region  # what it shows; the rest is cut off
        for field in (date, screen.query_one("#reply-file", Input), screen.query_one(ReplyText)):
            region = field.region
            assert region.height >= 1 and box.contains_region(region), (field.id, text)
        assert "or a file: path to .txt" in text and f"{screen.today:%d/%m/%Y}" in text
        # The message left the reply's box one line high: three lines at least, in every state.
        assert screen.query_one(ReplyText).content_region.height >= 3, text
        # Tab from the date went to Close (then Enter asked whether to throw the reply away).
        await pilot.press("tab")
        await wait_for(pilot, lambda: pilot.app.focused is screen.query_one("#go"), "Read it")
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: pilot.app.focused is date, "back at the date")
        date.value = "20/04/2025"
        await pilot.press("enter")  # as ctrl+s: the date typed, the reply read
        await wait_for(pilot, lambda: screen.step == "meaning", "the meaning")


async def test_at_80_by_24_the_box_for_the_reply_is_three_lines_high_from_the_start() -> None:
    sent("2025-04-01")  # overdue: the help says so, and a chaser's button is added
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        await pilot.pause()
        paste = screen.query_one(ReplyText)
        assert pilot.app.focused is paste and paste.content_region.height >= 3
        assert screen.query_one("#dialog").content_region.contains_region(
            screen.query_one("#letter-buttons").region
        )
        order = []
        for _ in range(5):
            await pilot.press("tab")
            await pilot.pause()
            order.append(getattr(pilot.app.focused, "id", None))
        assert order == ["reply-file", "reply-date", "go", "chase-now", "close"]


async def test_at_80_by_24_every_next_letter_can_be_seen_and_pressed() -> None:
    """A partial answer refusing the rest on cost offers three letters: beside Close, in one
    row 77 columns wide, "Say thank you" was cut off at the dialog's edge."""
    sent("2025-04-01")
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await read_pasted(pilot, real_reply("dyfed-powys-264-2024-staff-data-partial-s12"),
                                   "2025-04-20")  # fmt: skip
        await wait_for(pilot, lambda: screen.step == "meaning", "the meaning")
        await pilot.pause()
        letters = [b for b in screen.query(Button) if (b.id or "").startswith("letter-")]
        assert len(letters) == 3
        box = screen.query_one("#dialog").content_region
        text = screen_text(pilot)
        for button in [*letters, screen.query_one("#close", Button)]:
            assert box.contains_region(button.region), (str(button.label), text)
            assert str(button.label) in text
        assert screen.query_one("#meaning").region.height >= 5  # the meaning still readable


async def test_at_80_by_24_page_down_reads_the_rest_of_the_meaning() -> None:
    """The meaning of West Midlands Police's partial answer runs to some sixty lines and
    eight showed; with a letter's button focused no key scrolled it, and nothing said how."""
    sent("2025-04-01")
    final = (DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8")
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await read_pasted(pilot, final, "2025-04-20")
        await wait_for(pilot, lambda: screen.step == "meaning", "the meaning")
        await pilot.pause()
        assert "pgdn More" in " ".join(screen_text(pilot).split())  # the footer says how
        meaning = screen.query_one("#meaning")
        assert meaning.scroll_y == 0 and isinstance(pilot.app.focused, Button)
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: meaning.scroll_y > 0, "the meaning scrolled")
        await pilot.press("pageup")
        await wait_for(pilot, lambda: meaning.scroll_y == 0, "back at its start")


async def test_escape_after_pasting_a_reply_asks_before_losing_it() -> None:
    """Escape (or Close) on a pasted reply closed the screen, and the reply, not kept
    anywhere, was gone."""
    from foidraft.tui.screens.dialogs import ConfirmDialog
    from foidraft.tui.screens.home import HomeScreen
    from tests.tui.shell_harness import showing

    sent("2025-04-01")
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        screen.query_one(ReplyText).load_text(CLARIFICATION)
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "asked first")
        await pilot.press("escape")  # keep it
        await wait_for(pilot, lambda: pilot.app.screen is screen, "the reply screen again")
        assert screen.query_one(ReplyText).text == CLARIFICATION
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "asked again")
        await pilot.press("y")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "closed")
