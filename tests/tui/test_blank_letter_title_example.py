"""The blank letter's title dialog gave a council's requester a police example ("e.g.
Stop and search 2023"): the example fits the body the letter is for."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.dialogs import TextInputDialog
from tests.tui.shell_harness import make_app, settle, wait_for
from tests.tui.test_shell_interview import pick_authority, pick_flow


@pytest.mark.parametrize(
    ("query", "example"),
    [("GMP", "Stop and search"), ("Devon County Council", "Pothole compensation claims")],
)
async def test_the_title_example_fits_the_body(query: str, example: str) -> None:
    save_profile(Profile(name="Sam Doe"))  # the name is asked before the first request
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pick_authority(pilot, query)
        await pilot.press("enter")
        await pick_flow(pilot, "blank-letter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, TextInputDialog), "title")
        dialog = pilot.app.screen
        assert isinstance(dialog, TextInputDialog)
        field = dialog.query_one(Input)
        assert f"e.g. {example}" in field.placeholder, field.placeholder
