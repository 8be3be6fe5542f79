"""The editor at 80 columns: a long title is cut short so who the letter is for, its
status and whether it is saved always show; a rule explained wraps to the window."""

from __future__ import annotations

import pytest

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


async def test_e_explains_the_rule_in_lines_the_window_wraps() -> None:
    from foidraft.tui.screens.dialogs import MessageDialog

    letter = "Dear West Midlands Police,\n\nPlease send the arrests in 2019/20.\n\nJo\n"
    store = DraftStore()
    draft = store.create("Arrests", letter, "wmp")
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot, app.editor_screen)
        await pilot.press("f8", "e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MessageDialog)
        text = str(dialog.query_one("#dialog-body").render())
        why = text.split("Why\n", 1)[1].split("\n\n", 1)[0]
        assert "\n" not in why.strip()  # one paragraph, wrapped by the window, not at 88


async def test_the_title_names_the_body_before_the_first_check_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The head never shows the draft's authority id ('gmp') while the first check runs:
    the check is held until the head has been read."""
    import threading

    from foidraft.tui import lint_scheduler

    release = threading.Event()
    real = lint_scheduler.run_check

    def held_check(request: lint_scheduler.LintRequest) -> lint_scheduler.LintResult:
        release.wait(timeout=30)
        return real(request)

    monkeypatch.setattr(lint_scheduler, "run_check", held_check)
    store = DraftStore()
    draft = store.create("Arrests", LETTER, "gmp")
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        head = screen_text(pilot).splitlines()[0]
        release.set()
        assert app.editor_screen.findings.result is None  # the check had not ended
        assert "Greater Manchester Police" in head, head
        assert " gmp " not in head, head
        await settled(pilot, app.editor_screen)
