"""Back on Home from the editor, the cursor is on the draft just left: a new request (or
the next letter) sorts first, and `p` must not read a reply onto the draft the cursor
happened to be on before."""

from __future__ import annotations

from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import make_app, settle, showing, wait_for, write_draft


async def test_back_from_the_editor_the_cursor_is_on_the_draft_just_left() -> None:
    write_draft("old-0001.md", "Knife crime", authority="police_scotland",
                updated="2025-05-01T09:00:00Z")  # fmt: skip
    new = write_draft("new-0001.md", "Online grooming", authority="wmp",
                      updated="2025-05-30T09:00:00Z")  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.query_one(DraftsTable)
        await pilot.press("down")  # on the older draft, as after writing a request to it
        assert table.selected_path() != new
        pilot.app.open_draft_path(new)  # a new draft opens in the editor (as the interview's)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")
        await settle(pilot)
        assert pilot.app.screen.query_one(DraftsTable).selected_path() == new
