"""The reply screen's "received" field, and the line asking for the date a reply does not
give, show the form a date is typed in with today's date, not a fixed day years back (they
said 31/03/2024); the field's is plainly an example ("e.g. 07/12/2026"), not a date that
looks filled in."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input

from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for, write_draft


async def test_the_received_example_is_todays_date() -> None:
    save_profile(Profile(name_asked=True))
    write_draft("stops-0001.md", "Stop and search", authority="wmp", status="sent",
                sent="2025-04-01")  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
        screen = pilot.app.screen
        assert isinstance(screen, ReplyScreen)
        field = screen.query_one("#reply-date", Input)
        # Plainly a hint, not a date filled in (it showed "07/12/2026" beside the line
        # asking for the date), and nothing is filled in: left empty, the reply's own date.
        assert field.value == "" and field.placeholder.startswith("e.g. ")
        shown = field.placeholder.removeprefix("e.g. ")
        assert dt.datetime.strptime(shown, "%d/%m/%Y").date() == screen.today  # the app's clock
        assert f"e.g. {shown}" in screen_text(pilot)  # the whole hint fits the field
        screen.query_one(ReplyText).load_text("The information is not held (section 1).")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "gives no date" in screen_text(pilot), "the no-date line")
        text = " ".join(screen_text(pilot).split())
        assert f"(for example {shown})" in text and "31/03/2024" not in text
