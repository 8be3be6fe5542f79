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


async def test_home_at_60_columns_shows_each_due_date_whole() -> None:
    """walk23 at 60x20: a batch beside sent requests, one paused for a clarification, and
    the Due column at the right edge read "8 J", "2 D": every column kept its place and
    the row ran past the screen. The batch column, then Changed, now give way."""
    from tests.tui.shell_harness import write_draft

    sent = {
        "cases-0001.md": "2026-12-07",
        "hate-0001.md": "2026-11-03",
        "knives-0001.md": "2026-11-10",
    }
    batch = {"knives-0001.md": {"batch": "knife-crime-in-manchester"}}
    for name, day in sent.items():
        write_draft(name, name.split("-")[0].title() + " crime in a long place name",
                    authority="psni", status="sent", sent=day, extra=batch.get(name))  # fmt: skip
    write_draft("online-0001.md", "Online child sexual offence arrests", authority="wmp",
                status="clarification", extra={"clarification": "2026-12-01"})  # fmt: skip
    async with make_app().run_test(size=(60, 20)) as pilot:
        table = await home_listing(pilot, 4)
        await wait_for(pilot, lambda: "Online" in screen_text(pilot), "the table drawn")
        screen = screen_text(pilot)
        for row in table.draft_rows:
            assert row.due_cell and row.due_cell in screen, (row.due_cell, screen)
