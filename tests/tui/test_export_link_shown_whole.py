"""The WhatDoTheyKnow link in the export menu is there to be copied by hand, so every
character of it must be on screen: a wrapped line cut at the field's edge would drop one
character per line."""

from __future__ import annotations

import re
import threading

import pytest

from foidraft.drafts import Draft
from foidraft.tui.screens.export_menu import ExportScreen, LinkField
from tests.tui.shell_harness import (
    make_app,
    open_from_home,
    screen_text,
    settle,
    showing,
    wait_for,
    write_draft,
)

LETTER = (
    "Dear West Midlands Police,\n\n"
    "Please provide the number of crimes recorded in Birmingham in the financial years "
    "2023/24 to 2025/26, by month.\n\nYours faithfully,\n\nJo Bloggs\n"
)


async def test_every_character_of_the_link_is_on_screen() -> None:
    write_draft("knife-0001.md", "Knife crime in Birmingham 2023/24", authority="wmp", body=LETTER)
    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_from_home(pilot, ("e",), ExportScreen, "the export menu")
        await settle(pilot)
        field = screen.query_one(LinkField)
        link = field.text
        assert link.startswith("https://www.whatdotheyknow.com/new/wmp?")
        left, top = field.content_region.x, field.content_region.y
        rows = screen_text(pilot).splitlines()[top : top + field.content_region.height]
        shown = "".join(re.sub(r"[\s▁▂▃▄▅▆▇█]+$", "", row[left:]).rstrip() for row in rows)
        assert shown and link.startswith(shown), (shown, link[: len(shown) + 10])


async def test_at_80_columns_the_link_takes_one_line_and_leaves_room_for_the_notes() -> None:
    # Wrapped, a 258-character link took four of an 80x24 terminal's lines, and what to
    # know before sending was out of sight below it.
    write_draft("knife-0001.md", "Knife crime in Birmingham 2023/24", authority="wmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_from_home(pilot, ("e",), ExportScreen, "the export menu")
        await wait_for(pilot, lambda: screen.ready, "the authority looked up")
        await settle(pilot)
        field = screen.query_one(LinkField)
        assert len(field.text) > 200 and field.content_region.height == 1
        left, top = field.content_region.x, field.content_region.y
        shown = screen_text(pilot).splitlines()[top][left : left + field.content_region.width]
        assert len(shown) > 40 and field.text.startswith(shown), shown
        assert "Before sending" in screen_text(pilot)


async def test_while_the_letter_is_checked_the_menu_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first export after an install checks the letter while the rules' cache is
    built: at a load of 16 the menu said only "Looking up the authority…" for 20-30 s."""
    import foidraft.export.before_sending as before_sending

    real = before_sending.errors_to_fix
    release = threading.Event()

    def slow(draft: Draft) -> list[str]:
        release.wait(30)
        return real(draft)

    monkeypatch.setattr(before_sending, "errors_to_fix", slow)
    write_draft("knife-0001.md", "Knife crime in Birmingham 2023/24", authority="wmp", body=LETTER)
    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: showing(pilot, ExportScreen), "the export menu")
        await pilot.pause()
        assert "Looking up the authority and checking the letter…" in screen_text(pilot)
        release.set()
        await settle(pilot)
        assert "checking the letter" not in screen_text(pilot)
        assert "The WhatDoTheyKnow link" in screen_text(pilot)
