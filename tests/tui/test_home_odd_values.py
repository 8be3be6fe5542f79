"""Home with long and odd values: a 200-character title, a 120-character authority, a
reference with slashes, letters from other scripts, a due date next year. Each row stays
on its line, a cut name ends in an ellipsis, and the due date is whole."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.tui.shell_harness import home_listing, make_app, screen_text, write_draft

WIDE = "犯罪統計の請求について警察への情報公開請求"  # each letter two columns wide


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_odd_titles_and_names_are_cut_with_an_ellipsis(size: tuple[int, int]) -> None:
    write_draft("wide-0001.md", WIDE + " in Cardiff", authority="south-wales")
    write_draft("cyr-0002.md", "Запрос о преступлениях в Кардиффе за 2024 год", authority="wmp")
    write_draft("long-0003.md", "Stop and search " * 12 + "end", authority="x" * 120)
    write_draft(
        "next-0004.md",
        "FOI/2025/00123/ABC follow-up",
        authority="wmp",
        status="sent",
        sent="2025-12-29",
        extra={"reference": "FOI/2025/00123/ABC"},
    )
    async with make_app().run_test(size=size) as pilot:
        await home_listing(pilot, 4)
        lines = screen_text(pilot).splitlines()
        for line in lines:
            assert cell_len(line) == size[0], line  # nothing pushed past the edge
        wide = next(line for line in lines if WIDE[:3] in line)
        assert WIDE not in wide and "…" in wide, wide  # cut, and shown as cut
        long = next(line for line in lines if "Stop and sea" in line)
        assert long.count("…") == 2, long
        due = next(line for line in lines if "FOI/20" in line)
        assert "28 Jan 2026" in due, due
