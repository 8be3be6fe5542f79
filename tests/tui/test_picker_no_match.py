"""The authority picker and the batch's list say when nothing matches what was typed,
instead of listing the nearest weak matches."""

from __future__ import annotations

from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.authority_select import AuthoritySelectScreen
from tests.tui.shell_harness import (
    make_app,
    open_from_home,
    screen_text,
    settle,
    showing,
    type_text,
    wait_for,
    write_template,
)
from tests.tui.test_shell_templates import BATCH, split_year_only


async def test_the_picker_says_no_authority_matches_nonsense() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the picker")
        await settle(pilot)
        await type_text(pilot, "qwerty")
        await settle(pilot)
        text = screen_text(pilot)
        # As `foidraft authorities search` says it (its last word wraps at 80 columns).
        said = "No authority matches “qwerty”: check the spelling, or give the body's full"
        assert "foidraft authorities refresh" in text, text
        assert said in text, text
        assert "Yorkshire" not in text and "Tower Hamlets" not in text, text


async def test_the_batch_list_says_no_authority_matches_nonsense() -> None:
    write_template("stop-and-search.md", BATCH)
    async with make_app(rules=split_year_only()).run_test(size=(80, 24)) as pilot:
        select = await open_from_home(pilot, ("b", "enter"), AuthoritySelectScreen, "the list")
        await settle(pilot)
        await type_text(pilot, "zzzz")
        await settle(pilot)
        assert "No authority matches “zzzz”" in screen_text(pilot)
        await pilot.press("enter")
        assert select.chosen == {}
