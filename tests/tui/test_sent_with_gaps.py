"""Walking the after-sending path at 80x24 as a new user: the clarification answer
foidraft wrote still had four [[...]] gaps (errors in its findings) when it was marked
sent, and nothing said so. The date dialog now says how many gaps are left."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input

from foidraft.drafts import DraftStore
from foidraft.tui.screens.dialogs import DateDialog
from tests.tui.editor_harness import EditorTestApp, choose_status
from tests.tui.shell_harness import screen_text, write_draft

GAPS = (
    "Dear Sir or Madam,\n\n1. The codes: [[list the codes, e.g. 71/17 or 88A]].\n\n"
    "2. The groups: [[name the groups]].\n\nYours faithfully,\n\nJo Bloggs\n"
)


FILLED = GAPS.replace("[[", "").replace("]]", "")


@pytest.mark.parametrize(
    ("body", "said"), [(GAPS, "still has 2 gaps ([[...]]) to fill"), (FILLED, "")]
)
async def test_marking_a_letter_sent_says_how_many_gaps_it_still_has(body: str, said: str) -> None:
    path = write_draft("answer-0001.md", "Answer", authority="wmp", body=body)
    store = DraftStore()
    app = EditorTestApp(store, store.load_path(path), today=dt.date(2025, 6, 2))
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_status(pilot, "sent", DateDialog, "when was it sent")
        await pilot.pause()
        shown = " ".join(screen_text(pilot).split())
        if said:
            assert said in shown, shown
            assert app.screen.query_one("#date", Input).region.height > 0  # still in view
        else:
            assert "gap" not in shown, shown
