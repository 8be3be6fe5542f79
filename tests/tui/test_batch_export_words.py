"""Exporting a batch asks for the format in words, not by the batch's file-like id: the
walk at 100x30 read "Export the batch knife-crime-in-coventry-crimes-recorded as"."""

from __future__ import annotations

from foidraft.tui.screens.dialogs import ChoiceDialog
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for


async def test_the_format_question_does_not_name_the_batch_by_its_id() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.export_batch("knife-crime-in-coventry-crimes-recorded")
        await wait_for(pilot, lambda: showing(pilot, ChoiceDialog), "the format")
        text = " ".join(screen_text(pilot).split())
        assert "knife-crime-in-coventry" not in text, text
        assert "Export this batch's letters as" in text, text
