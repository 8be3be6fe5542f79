"""A dialog's footer shows the dialog's own keys, never those of the screen under it
(the reply dialog over Home showed Home's "n New  r Rename  x Delete")."""

from __future__ import annotations

from textual.pilot import Pilot

from foidraft.tui.screens.dialogs import ConfirmDialog
from foidraft.tui.screens.home import HomeScreen
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for
from tests.tui.test_reply_screen import open_reply_screen, sent_to_wmp

HOME_KEYS = ("New", "Reply", "Export", "Delete")


def footer(pilot: Pilot[None]) -> str:
    return screen_text(pilot).splitlines()[-1]


async def test_the_reply_dialog_over_home_shows_its_own_keys() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = footer(pilot)
        assert all(word in home for word in ("New", "Reply")), home  # the test can fail
        await open_reply_screen(pilot)
        await settle(pilot)
        line = footer(pilot)
        assert not [word for word in HOME_KEYS if word in line], line
        assert "Go on" in line and "Close" in line, line
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")
        await settle(pilot)
        assert "Reply" in footer(pilot)  # Home's own keys again


async def test_every_dialog_on_the_one_base_shows_its_keys() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.push_screen(ConfirmDialog("Remove it?", "It goes to the trash.", yes="Remove"))
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "the question")
        await settle(pilot)
        line = footer(pilot)
        assert not [word for word in HOME_KEYS if word in line], line
        assert "y Remove" in line and "esc Cancel" in line, line


async def test_a_confirm_dialogs_footer_says_what_its_buttons_say() -> None:
    """Leaving the interview asked "Leave" or "Keep going" while the footer said "y Yes"
    and "n No": the footer's labels are the buttons' own, and the keys still press them."""
    got: list[bool | None] = []
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = ConfirmDialog("Leave the questions?", "", yes="Leave", no="Keep going")
        pilot.app.push_screen(dialog, got.append)
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "the question")
        await settle(pilot)
        line = footer(pilot)
        assert "y Leave" in line and "esc Keep going" in line, line
        assert "Yes" not in line and "Cancel" not in line, line
        await pilot.press("y")
        await wait_for(pilot, lambda: got == [True], "the dialog confirmed by y")


async def test_the_date_dialog_says_how_to_keep_the_date() -> None:
    """Marking a request sent asks its date: the dialog had a field and "esc Cancel" in the
    footer, and nothing said how to keep the date. Its OK button does."""
    import datetime as dt

    from textual.widgets import Button

    from foidraft.tui.screens.dialogs import DateDialog

    got: list[dt.date | None] = []
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.push_screen(DateDialog("When did you send it?", dt.date(2026, 11, 2)), got.append)
        await wait_for(pilot, lambda: showing(pilot, DateDialog), "the date dialog")
        await pilot.pause()
        ok = pilot.app.screen.query_one("#ok", Button)
        assert "OK" in screen_text(pilot) and ok.region.height
        await pilot.click("#ok")
        await wait_for(pilot, lambda: got == [dt.date(2026, 11, 2)], "the date kept")
