"""Back on Home from the editor, the cursor is on the draft just left: a new request (or
the next letter) sorts first, and `p` must not read a reply onto the draft the cursor
happened to be on before."""

from __future__ import annotations

from pathlib import Path

from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import make_app, settle, showing, wait_for, write_draft


def _two_drafts() -> Path:
    """An older draft and a newer one (listed first); returns the newer's path."""
    write_draft("old-0001.md", "Knife crime", authority="police_scotland",
                updated="2025-05-01T09:00:00Z")  # fmt: skip
    return write_draft("new-0001.md", "Online grooming", authority="wmp",
                       updated="2025-05-30T09:00:00Z")  # fmt: skip


async def test_back_from_the_editor_the_cursor_is_on_the_draft_just_left() -> None:
    new = _two_drafts()
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.query_one(DraftsTable)
        await pilot.press("down")  # on the older draft, as after writing a request to it
        assert table.selected_path() != new
        pilot.app.open_draft_path(new)  # a new draft opens in the editor (as the interview's)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")
        table = pilot.app.screen.query_one(DraftsTable)
        await wait_for(pilot, lambda: table.selected_path() == new, "the cursor on it")


async def test_a_reload_while_one_is_pending_keeps_the_draft_just_left() -> None:
    """The folder watch sees the editor's last save just as Home resumes: its reload
    took the cursor's old row as the one to keep, and the draft just left lost it."""
    new = _two_drafts()
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        table = home.query_one(DraftsTable)
        await pilot.press("down")
        assert table.selected_path() != new
        home.reload(new)  # as on resuming from the editor
        home.reload(None)  # the watch, before the first has landed
        await wait_for(pilot, lambda: table.selected_path() == new, "the cursor on it")
        await settle(pilot)
        assert table.selected_path() == new


async def test_a_sent_request_says_on_home_how_to_paste_its_reply() -> None:
    """The footer has no room for `p` at 80 (or 120) columns, and Home named the key only
    once the reply was overdue: a requester whose reply came on time had no way to know."""
    from textual.widgets import Static

    write_draft(
        "sent-0001.md", "Online grooming", authority="wmp", status="sent", sent="2025-05-20"
    )  # due 17 June; today is 2 June 2025
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)

        def hint() -> str:
            return str(pilot.app.screen.query("#draft-detail").first(Static).render())

        await wait_for(pilot, lambda: "reply came? p: paste it" in hint(), "the key named")
        await pilot.press("p")
        await wait_for(pilot, lambda: "ReplyScreen" in type(pilot.app.screen).__name__, "it")
