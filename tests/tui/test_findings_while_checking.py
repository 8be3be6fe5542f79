"""Opening a 5 MB letter at 80x24, the findings list stayed blank, with nothing under it,
for over a minute while the first check ran: it read as a letter with nothing found,
or as a pane that did not work. It says it is checking until the first check is back."""

from __future__ import annotations

import pytest

from foidraft.tui.screens.editor_checking import LetterChecking
from foidraft.tui.widgets.findings import FindingsList
from tests.tui.editor_harness import EditorTestApp, make_draft, settled
from tests.tui.shell_harness import screen_text

LETTER = "Dear Sir or Madam,\n\nPlease provide the number of crimes recorded in 2019/20.\n"


async def test_the_list_says_it_is_checking_until_the_first_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, draft = make_draft(LETTER)
    held = []
    monkeypatch.setattr(LetterChecking, "run_lint", lambda self, request: held.append(request))
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        for _ in range(50):
            await pilot.pause(0.02)
            if held:
                break
        assert held  # the first check was asked for, and is not back
        findings = screen.query_one(FindingsList)
        assert "Checking the letter" in screen_text(pilot)
        assert "checking" in str(findings.border_subtitle)
        monkeypatch.undo()
        screen.checking.run_lint(held[-1])  # the check comes back
        await settled(pilot, screen)
        assert "Checking the letter" not in screen_text(pilot)
        assert [f.rule for f in findings.findings] == ["FD101"]
