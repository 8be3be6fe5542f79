"""Home with 300 drafts: each file is read once, the table is filled once, and moving
through the list reads nothing more; home and end reach the first and last draft (they
scrolled the table sideways, so the last of 300 was 30 page-downs away)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import home_listing, make_app, screen_text, wait_for

COUNT = 300


@pytest.fixture
def many_drafts() -> list[Path]:
    store = DraftStore()
    return [
        store.create(f"Request {n}: stop and search", "Dear West Midlands Police,\n", "wmp").path
        for n in range(COUNT)
    ]


async def test_300_drafts_are_read_once_and_home_and_end_reach_both_ends(
    many_drafts: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []
    summarise = DraftStore._summarise
    monkeypatch.setattr(DraftStore, "_summarise", lambda s, p: reads.append(p) or summarise(s, p))
    fills: list[int] = []
    fill = DraftsTable._fill
    monkeypatch.setattr(DraftsTable, "_fill", lambda t, c: fills.append(1) or fill(t, c))
    async with make_app().run_test(size=(80, 24)) as pilot:
        table = await home_listing(pilot, COUNT)
        assert len(reads) == COUNT and len(set(reads)) == COUNT
        assert len(fills) == 1
        await pilot.press("pagedown", "pagedown", "down")
        await pilot.press("end")
        await wait_for(pilot, lambda: table.cursor_row == COUNT - 1, "the last draft")
        last = table.selected()
        assert last is not None
        await wait_for(pilot, lambda: last.title[:12] in screen_text(pilot), "it in view")
        await pilot.press("home")
        await wait_for(pilot, lambda: table.cursor_row == 0, "the first draft")
        assert len(reads) == COUNT and len(fills) == 1  # moving read and refilled nothing
