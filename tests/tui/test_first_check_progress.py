"""On a fresh install the editor's first check reads the rules (3 s of CPU; longer on a
busy machine), and at 80x24 the findings list said "Checking the letter…" unchanged all
that time: nothing on screen moved, and the walk took it for a hung screen. While it
waits the list now counts the seconds, its border turns, and it says the letter can be
typed in meanwhile (which it can: the check runs off the UI thread)."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from foidraft.tui.screens.editor_checking import LetterChecking
from foidraft.tui.widgets import findings as findings_module
from foidraft.tui.widgets.findings import FindingsList, checking_words
from tests.tui.editor_harness import EditorTestApp, make_draft
from tests.tui.shell_harness import screen_text

LETTER = "Dear Sir or Madam,\n\nPlease provide the number of crimes recorded in 2019/20.\n"


def test_a_quick_check_says_only_that_it_is_checking() -> None:
    assert checking_words(0.2) == "Checking the letter…"
    slow = checking_words(3.4)
    assert slow.startswith("Checking the letter…\n3 s so far.") and "keep typing" in slow
    assert max(len(line) for line in slow.splitlines()) <= 20  # the list at 60 columns


async def test_a_slow_first_check_shows_it_is_under_way_and_the_letter_takes_typing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, draft = make_draft(LETTER)
    held = []
    monkeypatch.setattr(LetterChecking, "run_lint", lambda self, request: held.append(request))
    monkeypatch.setattr(findings_module, "SLOW", 0.0)
    monkeypatch.setattr(findings_module, "TICK", 0.02)
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        for _ in range(50):
            await pilot.pause(0.02)
            if held:
                break
        assert held  # the first check was asked for, and is not back
        findings = screen.query_one(FindingsList)
        await pilot.pause(0.06)
        first = str(findings.border_subtitle)
        await pilot.pause(0.06)
        assert str(findings.border_subtitle) != first  # it moves while it waits
        assert "keep typing" in screen_text(pilot)
        letter = screen.query_one(TextArea)
        letter.focus()
        await pilot.press("Z")
        assert letter.text.startswith("Z")  # typed while checking
        monkeypatch.undo()
        screen.checking.run_lint(held[-1])  # the check comes back (then one of the Z)
        for _ in range(100):
            await pilot.pause(0.02)
            if findings.generation >= 0:
                break
        await pilot.pause(0.05)
        shown = screen_text(pilot)
        assert "Checking the letter" not in shown and "keep typing" not in shown
        assert "checking" not in str(findings.border_subtitle)
