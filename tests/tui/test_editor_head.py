"""The editor's top line: a long title is cut short so who the letter is for, its status
and whether it is saved always show, at 80 columns too."""

from __future__ import annotations

from foidraft.drafts import DraftStore
from tests.tui.editor_harness import EditorTestApp, settled
from tests.tui.shell_harness import screen_text

LETTER = "Dear West Midlands Police,\n\nPlease provide the policy.\n\nYours faithfully,\nJo\n"
TITLE = (
    "Spending on victims' services grants (financial years 2024/25 to 2025/26), with the "
    "contracts for each service"
)


async def test_a_long_title_never_hides_the_authority_or_the_save_state() -> None:
    store = DraftStore()
    draft = store.create(TITLE, LETTER, "west_midlands_pcc")
    for size in ((80, 24), (100, 30)):
        app = EditorTestApp(store, draft)
        async with app.run_test(size=size) as pilot:
            await settled(pilot, app.editor_screen)
            await pilot.pause()
            head = screen_text(pilot).splitlines()[0]
            assert head.startswith(" Spending on")
            assert "…" in head  # the title is cut short, visibly
            assert head.rstrip().endswith("· Draft · saved"), head
            assert "West Midlands Police and Crime Commissioner" in head, head
