"""Walking the after-sending path at 80x24 as a new user: the clarification request
pasted (it states no date of its own), Tab pressed to reach a field for the date, and the
date typed. Tab leads from the pasted reply to the file field, so the date went there and
the screen said "05/10/2026: cannot read: No such file or directory". A date in the file
field, with none under "received" and no file of that name, is now the day it came."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.tui.screens.reply import ReplyText
from tests.tui.shell_harness import make_app, screen_text, wait_for, write_draft
from tests.tui.test_reply_screen import open_reply_screen

LETTER = (Path(__file__).parent.parent / "data" / "wmp-8a-21-letter.txt").read_text("utf-8")
NO_DATE = "Thank you for your request. The cost of finding this would exceed the limit (s12)."


async def pasted(pilot_keys: tuple[str, ...]) -> tuple[str, dt.date | None, str]:
    """The reply pasted at 80x24, then ``pilot_keys``, then ctrl+s: what the screen says,
    the day recorded, and the date field."""
    save_profile(Profile(name_asked=True))
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-04-01", body=LETTER)  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        box = screen.query_one(ReplyText)
        box.load_text(NO_DATE)
        await wait_for(pilot, lambda: pilot.app.focused is box, "the reply's box focused")
        await pilot.press(*pilot_keys, "ctrl+s")
        await wait_for(
            pilot,
            lambda: screen.step == "meaning" or "cannot read" in screen_text(pilot),
            "the reply read, or a problem",
        )
        said = screen_text(pilot)
        date = screen.query_one("#reply-date", Input).value
    return said, DraftStore().load("hunters-0001").replied, date


async def test_a_date_typed_in_the_file_field_is_the_day_the_reply_came() -> None:
    said, replied, date = await pasted(("tab", *"03/05/2025"))
    assert "cannot read" not in said, said
    assert replied == dt.date(2025, 5, 3) and date == "03/05/2025"
    assert "received 3 May 2025" in " ".join(said.split())


async def test_a_file_that_is_not_there_and_not_a_date_still_says_it_cannot_be_read() -> None:
    said, replied, _ = await pasted(("tab", *"reply.txt"))
    assert "reply.txt: cannot read" in said and replied is None
