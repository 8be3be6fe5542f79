"""The editor's head with a 120-letter authority name: the name is cut, and the status,
the due date and "saved" stay whole at 60 and 80 columns (the name pushed them off)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import (
    make_app,
    screen_text,
    settle,
    showing,
    wait_for,
    write_draft,
)


def head_line(pilot: Pilot[None]) -> str:
    return (screen_text(pilot).splitlines() or [""])[0]  # empty before the first paint


LONG = "The " + "Very Long Named " * 7 + "Authority"  # a body foidraft does not list


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_long_authority_name_leaves_the_status_and_saved_whole(
    size: tuple[int, int],
) -> None:
    assert len(LONG) >= 120
    path = write_draft("a-0001.md", "Grants paid in 2024 " * 3, authority=LONG, status="sent",
                       sent="2025-05-20", extra={"due": "2025-06-18"})  # fmt: skip
    async with make_app().run_test(size=size) as pilot:
        await settle(pilot)
        pilot.app.open_draft_path(path)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await wait_for(pilot, lambda: "saved" in head_line(pilot), "saved")
        head = head_line(pilot)
        assert "Sent 20 May, due 18 Jun · saved" in head, head  # as Home counts it
        assert "The Very" in head and "…" in head, head
        await pilot.resize_terminal(size[0] + 20, size[1])  # more room, more of the name
        await wait_for(pilot, lambda: len(head_line(pilot)) > len(head), "wider")
        wider = head_line(pilot)
        assert "due 18 Jun · saved" in wider, wider
        assert wider.index(" · Sent") > head.index(" · Sent"), wider
