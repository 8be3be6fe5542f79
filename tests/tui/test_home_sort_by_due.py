"""Home sorts by due date on `s` (soonest due, the most overdue, first; drafts with no
due date after, in their order), and back to last changed on `s` again: with many
requests out, what is due next was somewhere in a list sorted by last change."""

from __future__ import annotations

from tests.tui.shell_harness import home_listing, make_app, screen_text, wait_for, write_draft


def titles(table: object) -> list[str]:
    return [row.summary.title for row in table.draft_rows]  # type: ignore[attr-defined]


async def test_s_sorts_by_due_date_and_back() -> None:
    write_draft("a-0001.md", "Draft only", updated="2025-06-01T09:00:00Z")
    write_draft("b-0002.md", "Due later", authority="wmp", status="sent", sent="2025-05-20",
                updated="2025-05-31T09:00:00Z")  # fmt: skip
    write_draft("c-0003.md", "Overdue", authority="wmp", status="sent", sent="2025-03-03",
                updated="2025-05-01T09:00:00Z")  # fmt: skip
    write_draft("d-0004.md", "Due next year", authority="wmp", status="sent",
                sent="2025-12-29", updated="2025-05-30T09:00:00Z")  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        table = await home_listing(pilot, 4)
        changed = ["Draft only", "Due later", "Due next year", "Overdue"]
        assert titles(table) == changed
        await pilot.press("down")  # the cursor stays on its draft through the sort
        await pilot.press("s")
        await wait_for(pilot, lambda: titles(table)[0] == "Overdue", "the soonest due first")
        assert titles(table) == ["Overdue", "Due later", "Due next year", "Draft only"]
        assert "soonest due first" in screen_text(pilot).splitlines()[0]
        row = table.selected()
        assert row is not None and row.summary.title == "Due later"
        await pilot.press("s")
        await wait_for(pilot, lambda: titles(table) == changed, "last changed first")
        assert "soonest due" not in screen_text(pilot).splitlines()[0]
