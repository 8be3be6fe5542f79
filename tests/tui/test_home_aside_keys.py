"""Home's keys the footer has no room for (rename, copy, trash, one batch, refresh, sort)
are on the Drafts heading's line at 80x24, read from the table of bindings: each as the
footer would show it (a rebound key shows its new key), and only while it can act."""

from __future__ import annotations

from textual.pilot import Pilot

from foidraft.config import Config
from foidraft.tui.keymap import KEYS
from foidraft.tui.screens.dialogs import TextInputDialog
from foidraft.tui.widgets.aside_keys import AsideKeys
from tests.tui.shell_harness import make_app, screen_text, settle, write_draft

ASIDE = [binding_id for binding_id, key in KEYS.items() if key.aside]


def heading(pilot: Pilot[None]) -> str:
    line = next(x for x in screen_text(pilot).splitlines() if x.strip().startswith("Drafts"))
    return " ".join(line.split())


async def test_every_aside_key_that_can_act_is_on_the_drafts_heading_at_80() -> None:
    write_draft("a-0001.md", "Tasers (GMP)", authority="gmp", extra={"batch": "tasers"})
    write_draft("b-0002.md", "Stop and search", authority="wmp")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert {"home.rename", "home.duplicate", "home.trash", "home.sort-due"} <= set(ASIDE)
        line = heading(pilot)
        for binding_id in ASIDE:
            key = KEYS[binding_id]
            assert f"{key.keys.split(',')[0]} {key.description}" in line, line
        footer = screen_text(pilot).splitlines()[-1]
        assert "Rename" not in footer and "Delete" in footer  # the footer is as it was


async def test_a_key_that_cannot_act_is_left_out() -> None:
    """No drafts: nothing to rename, copy or put in one batch; the trash still opens."""
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = heading(pilot)
        assert "t Trash" in line, line
        for gone in ("Rename", "Copy", "One batch"):
            assert gone not in line, line


async def test_a_rebound_key_shows_its_new_key() -> None:
    write_draft("a-0001.md", "Stop and search", authority="wmp")
    app = make_app(config=Config(keys={"home.rename": "f2"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = heading(pilot)
        assert "f2 Rename" in line and "r Rename" not in line, line
        await pilot.press("f2")  # and it is the key that renames
        await settle(pilot)
        assert isinstance(pilot.app.screen, TextInputDialog)


async def test_under_24_rows_the_heading_line_gives_its_row_to_the_drafts() -> None:
    write_draft("a-0001.md", "Stop and search", authority="wmp")
    async with make_app().run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        assert pilot.app.screen.has_class("-short")
        assert not pilot.app.screen.query_one(AsideKeys).is_on_screen
        assert "Rename" not in screen_text(pilot)
