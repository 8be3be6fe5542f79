"""Home at 60x20 gives its rows to the drafts: the blank lines, the "Drafts" heading (the
title bar counts the drafts) and, with no templates yet, the templates heading and its
three-line hint go, so about a dozen drafts show rather than six. Templates, once there
are some, keep their heading; 80x24 keeps every line (its snapshot)."""

from __future__ import annotations

import re

import pytest

from foidraft.drafts import DraftStore
from tests.tui.shell_harness import home_listing, make_app, screen_text, wait_for, write_template

COUNT = 14


def _rows_shown(screen: str) -> int:
    return len(re.findall(r"^  Request \d+", screen, re.MULTILINE))


@pytest.mark.parametrize("templates", [False, True])
async def test_home_at_60_by_20_shows_the_drafts_not_blank_lines(templates: bool) -> None:
    store = DraftStore()
    for n in range(COUNT):
        store.create(f"Request {n}: stop and search", "Dear West Midlands Police,\n", "wmp")
    if templates:
        write_template("arrests.md", "---\ntitle: Arrests by {topic}\n---\n{topic}\n")
    async with make_app().run_test(size=(60, 20)) as pilot:
        await home_listing(pilot, COUNT)
        await wait_for(pilot, lambda: "Request 13" in screen_text(pilot), "the table drawn")
        if templates:
            await wait_for(pilot, lambda: "Arrests by" in screen_text(pilot), "the template")
        screen = screen_text(pilot)
        lines = screen.splitlines()
        assert len(lines) == 20
        assert _rows_shown(screen) >= (9 if templates else 11), screen  # it was 6
        assert "Drafts" not in [line.strip() for line in lines], screen
        assert ("Templates" in screen) == templates and "No templates yet" not in screen
        assert "foidraft — 14 drafts" in lines[0] and "New request" in lines[1]
        await pilot.resize_terminal(80, 24)  # a taller terminal has room for every line
        await wait_for(pilot, lambda: " Drafts" in screen_text(pilot), "the heading back")
        assert ("No templates yet" in screen_text(pilot)) != templates
