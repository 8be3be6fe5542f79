"""Walking the after-sending path at 80x24 as a new user: the clarification request read,
then Close pressed (or the app quit) before choosing "Answer their points". p again showed
only an empty box: the way back to the letters was to paste the reply again. The reply
screen now offers the letters for the reply already read, recording nothing again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Button, Input

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.replies.track import replies_dir
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from tests.tui.shell_harness import make_app, screen_text, showing, wait_for, write_draft
from tests.tui.test_reply_screen import open_reply_screen

DATA = Path(__file__).parent.parent / "data"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text("utf-8")
CLARIFICATION = (DATA / "wmp-8a-21-clarification.txt").read_text("utf-8")


@pytest.mark.parametrize("how", ["its button", "ctrl+s with nothing pasted"])
async def test_the_letters_for_a_reply_read_before_are_offered_again(how: str) -> None:
    save_profile(Profile(name="Jo Bloggs"))
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-04-01", body=LETTER)  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        assert not screen.query("#kept-letters")  # nothing read yet
        screen.query_one(ReplyText).load_text(CLARIFICATION)
        screen.query_one("#reply-date", Input).value = "03/04/2025"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(screen.query("#letter-clarify")), "the letters")
        await pilot.press("escape")  # closed before choosing one
        await wait_for(pilot, lambda: not showing(pilot, ReplyScreen), "back home")
        kept = list(replies_dir(DraftStore().load("hunters-0001")).iterdir())

        screen = await open_reply_screen(pilot)
        button = screen.query_one("#kept-letters", Button)
        assert "Letters for the reply of 3 Apr" in screen_text(pilot)
        if how == "its button":
            button.press()
        else:
            await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(screen.query("#letter-clarify")), "the letters again")
        await wait_for(pilot, lambda: "The reply of 3 April" in screen_text(pilot), "the meaning")
        said = " ".join(screen_text(pilot).split())
        assert "The reply of 3 April 2025, recorded on “Paedophile hunters”" in said, said
        assert "Answer their points" in said
    draft = DraftStore().load("hunters-0001")
    assert (draft.status, draft.replied) == ("clarification", dt.date(2025, 4, 3))
    assert list(replies_dir(draft).iterdir()) == kept  # nothing recorded again


async def test_once_the_answer_is_sent_the_old_reply_is_not_offered() -> None:
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-04-01", body=LETTER, extra={"replied": "2025-04-03"})  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        assert not screen.query("#kept-letters")


async def test_home_says_where_the_next_letters_are_once_a_reply_is_read() -> None:
    """Home's detail line said when to ask for a review, and nothing of how to write it."""
    from tests.tui.test_review_deadline_home import detail_of

    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="refused",
                sent="2025-04-01", body=LETTER, extra={"replied": "2025-05-01"})  # fmt: skip
    write_draft("other-0001.md", "Other", authority="wmp", status="sent", sent="2025-05-20")
    async with make_app().run_test(size=(80, 24)) as pilot:
        said = await detail_of(pilot, "Paedophile hunters")
        assert "ask for a review by 30 June 2025 (20 working days left) · p: the next letters" in (
            said
        ), said
        assert "the next letters" not in await detail_of(pilot, "Other")
