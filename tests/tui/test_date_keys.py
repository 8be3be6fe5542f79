"""A date typed after Tab, where a requester told to type the date under "received" (or
in the date dialog, after its "no date" line) pressed Tab first, as if to reach the
field: the focus was already in it, went on to a button, and the digits were lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App
from textual.widgets import Input

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.tui.screens.dialogs import DateDialog
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for, write_draft

LETTER = (Path(__file__).parent.parent / "data" / "wmp-8a-21-letter.txt").read_text("utf-8")
NO_DATE = "Thank you for your request. The cost of finding this would exceed the limit (s12)."


async def test_after_the_reply_gives_no_date_tab_and_the_date_still_go_in_its_field() -> None:
    save_profile(Profile(name_asked=True))
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-04-01", body=LETTER)  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
        screen = pilot.app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one(ReplyText).load_text(NO_DATE)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "gives no date" in screen_text(pilot), "the no-date line")
        field = screen.query_one("#reply-date", Input)
        await wait_for(pilot, lambda: pilot.app.focused is field, "the date field focused")
        await pilot.press("tab", *"03/05/2025")
        assert field.value == "03/05/2025"  # not one digit lost to the button
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.step == "meaning", "the reply read")
        assert DraftStore().load("hunters-0001").replied == dt.date(2025, 5, 3)


class DateApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.answer: dt.date | None = None

    def on_mount(self) -> None:
        def got(when: dt.date | None) -> None:
            self.answer = when

        self.push_screen(DateDialog("When did you send it?", dt.date(2025, 4, 1)), got)


async def test_the_date_dialog_keeps_a_date_typed_after_tab() -> None:
    app = DateApp()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = app.screen
        assert isinstance(dialog, DateDialog)
        field = dialog.query_one("#date", Input)
        await wait_for(pilot, lambda: app.focused is field, "the date field focused")
        field.value = ""
        await pilot.press("enter")
        await wait_for(pilot, lambda: "No date yet" in screen_text(pilot), "the no-date line")
        await pilot.press("tab", *"2/4/2025")
        assert field.value == "2/4/2025"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.answer is not None, "the date given")
        assert app.answer == dt.date(2025, 4, 2)


async def test_the_date_dialog_offers_its_date_as_foidraft_words_dates() -> None:
    """Walking at 80x24: the "When did you send it?" dialog offered "2025-04-01" under a
    hint of "e.g. 31/03/2024", beside notes and a Home that say "1 April 2025"."""
    app = DateApp()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = app.screen
        assert isinstance(dialog, DateDialog)
        field = dialog.query_one("#date", Input)
        assert field.value == "1 April 2025"
        await pilot.press("enter")  # the date offered is taken as it reads
        await wait_for(pilot, lambda: app.answer is not None, "the date kept")
        assert app.answer == dt.date(2025, 4, 1)
