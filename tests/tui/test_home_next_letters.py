"""Home tells a next letter from the request it follows: which request it answers or
chases, and what it is, in plain words, on the row and the detail line at 80 columns."""

from __future__ import annotations

from textual.widgets import Static

from foidraft.drafts import DraftStore
from foidraft.replies.followup import save_letter
from foidraft.replies.letter_parts import Letter
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import make_app, screen_text, settle, wait_for, write_draft


def two_requests_and_their_letters() -> None:
    """Two requests to the same force, each with a next letter as the replies feature
    saves it (``follows:`` and ``letter:`` in its header)."""
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-05-01")  # fmt: skip
    write_draft("tasers-0002.md", "Taser use", authority="wmp", status="sent", sent="2025-05-02")
    store = DraftStore()
    body = "Dear West Midlands Police,\n\nThank you.\n"
    save_letter(
        store,
        store.load("hunters-0001"),
        Letter("review", "Internal review: Paedophile hunters", body),
    )
    save_letter(
        store, store.load("tasers-0002"), Letter("clarify", "Clarification: Taser use", body)
    )


async def test_home_says_which_request_each_next_letter_follows_at_80_columns() -> None:
    two_requests_and_their_letters()
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.query_one(DraftsTable)
        await wait_for(pilot, lambda: table.row_count == 4, "the four drafts listed")
        detail = pilot.app.screen.query_one("#draft-detail", Static)

        seen = set()
        for row in range(table.row_count):
            table.move_cursor(row=row)
            name = table.draft_rows[row].summary.name  # the detail line follows the cursor
            await wait_for(pilot, lambda n=name: n in str(detail.render()), "its detail")
            seen.add(str(detail.render()).split(" · ")[0])
        assert "Review request for: Paedophile hunters (West Midlands Police)" in seen
        assert "Answer to their question on: Taser use (West Midlands Police)" in seen
        text = screen_text(pilot)  # the rows, cut to 80 columns, still tell them apart
        assert "Review: Paedophile h" in text  # cut short with an ellipsis
        assert "Answer: Taser use" in text
