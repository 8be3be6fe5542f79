"""At 60 columns Home's table cuts titles and names ("Request about stop…", "West M…"):
the line under the table gives the highlighted draft's title and authority whole, so
drafts that differ only at the end can be told apart. At 120 columns, where nothing is
cut, the line does not repeat them."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.shell_harness import home_listing, make_app, text_of, wait_for, write_draft

TITLE = "Request about stop and search in 2024, by ethnicity, part {}"


async def test_the_detail_line_gives_a_cut_title_and_authority_whole() -> None:
    write_draft("a-0001.md", TITLE.format("one"), authority="wmp",
                updated="2025-05-30T09:00:00Z")  # fmt: skip
    write_draft("b-0002.md", TITLE.format("two"), authority="wmp",
                updated="2025-05-29T09:00:00Z")  # fmt: skip
    async with make_app().run_test(size=(60, 20)) as pilot:
        await home_listing(pilot, 2)
        detail = pilot.app.screen.query_one("#draft-detail", Static)
        assert text_of(detail).startswith(TITLE.format("one") + " · West Midlands Police · ")
        await pilot.press("down")
        await wait_for(pilot, lambda: "part two" in text_of(detail), "the second's title")
    async with make_app().run_test(size=(120, 30)) as pilot:
        await home_listing(pilot, 2)
        detail = pilot.app.screen.query_one("#draft-detail", Static)
        assert text_of(detail) == "a-0001.md"


async def test_the_detail_line_is_refitted_when_the_terminal_is_resized() -> None:
    """Made wider, the table cuts nothing and the line stops repeating the title and the
    authority; made narrow again, it gives them whole once more."""
    write_draft("a-0001.md", TITLE.format("one"), authority="wmp")
    async with make_app().run_test(size=(60, 20)) as pilot:
        await home_listing(pilot, 1)
        detail = pilot.app.screen.query_one("#draft-detail", Static)
        assert text_of(detail).startswith(TITLE.format("one"))
        await pilot.resize_terminal(120, 20)
        await wait_for(pilot, lambda: text_of(detail) == "a-0001.md", "the line refitted")
        await pilot.resize_terminal(60, 20)
        await wait_for(pilot, lambda: text_of(detail).startswith(TITLE[:20]), "cut again")
