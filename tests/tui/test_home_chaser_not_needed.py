"""Home listed a chaser written before the authority replied as a plain draft, as if it
still needed sending; once the reply is recorded on its request the row says "not
needed" and the detail line why (the letter itself is kept)."""

from __future__ import annotations

from textual.widgets import Static

from foidraft.drafts import DraftStore
from foidraft.replies.followup import save_letter
from foidraft.replies.letter_parts import Letter
from tests.tui.shell_harness import home_listing, make_app, settle, wait_for, write_draft


def request_with_chaser(status: str) -> None:
    extra = {"replied": "2025-05-30", "reply": "answered"} if status == "answered" else {}
    write_draft("stops-0001.md", "Stop and search", authority="wmp", status=status,
                sent="2025-04-01", extra=extra)  # fmt: skip
    store = DraftStore()
    body = "Dear West Midlands Police,\n\nMy request is overdue.\n"
    save_letter(store, store.load("stops-0001"), Letter("chaser", "Chaser: Stop and search", body))


async def chaser_row(status: str) -> tuple[str, str]:
    request_with_chaser(status)
    return await read_chaser_row()


async def read_chaser_row() -> tuple[str, str]:
    """Home's row for the chaser (its cells joined) and the detail line under the list."""
    async with make_app().run_test(size=(100, 24)) as pilot:
        table = await home_listing(pilot, 2)
        row = next(i for i, r in enumerate(table.draft_rows) if r.summary.letter == "chaser")
        table.move_cursor(row=row)
        detail = pilot.app.screen.query_one("#draft-detail", Static)
        await wait_for(pilot, lambda: "Chaser for" in str(detail.render()), "its detail")
        await settle(pilot)
        cells = [str(c) for c in table.get_row_at(row)]
        return " | ".join(cells), str(detail.render())


async def test_a_chaser_overtaken_by_the_reply_shows_as_not_needed() -> None:
    cells, detail = await chaser_row("answered")
    assert "not needed" in cells, cells
    assert "no longer needed" in detail, detail


async def test_a_chaser_still_awaited_is_a_draft() -> None:
    cells, detail = await chaser_row("sent")
    assert "not needed" not in cells and "draft" in cells, cells
    assert "no longer needed" not in detail, detail


async def test_a_chaser_waiting_for_an_extended_deadline_is_not_due_yet() -> None:
    """After an extension notice the chaser waits for the extended date (Home's clock:
    2 June 2025), and says so."""
    extra = {"replied": "2025-05-20", "reply": "extension", "extended": "2025-06-16",
             "due": "2025-06-16"}  # fmt: skip
    write_draft("stops-0001.md", "Stop and search", authority="wmp", status="extended",
                sent="2025-04-01", extra=extra)  # fmt: skip
    store = DraftStore()
    body = "Dear West Midlands Police,\n\nMy request is overdue.\n"
    save_letter(store, store.load("stops-0001"), Letter("chaser", "Chaser: Stop and search", body))
    cells, detail = await read_chaser_row()
    assert "not due yet" in cells, cells
    assert "reply is due by 16 June 2025 (extended)" in detail, detail
