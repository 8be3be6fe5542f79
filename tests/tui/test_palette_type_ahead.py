"""A new request chosen from the command palette on a fresh start: ctrl+p, "new request",
enter, and the name typed at once. In a real terminal at 80x24 the name was lost (the
box showed its example): the palette ran the command after it closed, and the keys typed
meanwhile went into its own search box as it went. "new request" found nothing at all
before the command was named as Home names it ("draft: new" then). The palette now tells
the type-ahead to hold keys while it is still searching and once a command is chosen, so
they reach the screen the command opens."""

from __future__ import annotations

from textual.widgets import Input

from foidraft.drafts import load_profile
from foidraft.tui.screens.dialogs import TextInputDialog
from tests.tui.shell_harness import make_app, settle, showing, wait_for
from tests.tui.test_type_ahead import type_now


async def test_the_name_typed_straight_after_choosing_new_request_in_the_palette() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        type_now(pilot.app, "ctrl+p", *"new request", "enter", *"Jo Bloggs")
        await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the name")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, TextInputDialog)
        name = screen.query_one(Input)
        await wait_for(pilot, lambda: name.value.endswith("Bloggs"), "the name typed")
        assert name.value == "Jo Bloggs"  # "o Bloggs": its first letter went to Home
        await pilot.press("enter")
        await settle(pilot)
    assert load_profile().name == "Jo Bloggs"
