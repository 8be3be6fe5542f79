"""The dialog asking where to save an export shows the end of a long path, the file's
name, in its field, and the whole path under it (the field cut the path's start, and
nothing showed the folder it would go to)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from foidraft import paths
from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.export_menu import ExportScreen
from foidraft.tui.screens.save_path_dialog import SavePathDialog
from tests.tui.shell_harness import (
    make_app,
    open_from_home,
    screen_text,
    showing,
    type_text,
    wait_for,
    write_draft,
)

NAME = "policy-on-all-information-related-to-the-e494"  # as a long title names it


async def test_a_long_save_path_shows_its_file_name_and_all_of_it_below() -> None:
    save_profile(Profile(name="Jo Bloggs", email_asked=True))
    write_draft(f"{NAME}.md", "Complaints about A&E waiting times", authority="gmp")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await open_from_home(pilot, ("e",), ExportScreen, "the export menu")
        await pilot.press("s")
        await wait_for(pilot, lambda: showing(pilot, SavePathDialog), "where to save")
        await pilot.pause()
        dialog = pilot.app.screen
        field = dialog.query_one(Input)
        expected = str(Path(paths.exports_dir()) / f"{NAME}.eml")
        assert field.value == expected and len(expected) > field.content_size.width
        assert field.cursor_position == len(expected)
        lines = screen_text(pilot).splitlines()
        # The field's own line shows the file's name whole (the end of the path).
        assert any(f"{NAME}.eml" in line and "▊" in line for line in lines), lines
        # The whole path, wrapped, under the field: nothing of it out of sight.
        assert str(dialog.query_one("#whole-path", Label).content) == expected
        assert "".join(line.strip(" █") for line in lines).count(expected) == 1, lines
        assert any("Cancel" in line and "Save" in line for line in lines), lines  # still fits
        field.value = ""
        await type_text(pilot, "/tmp/x.eml")
        assert str(dialog.query_one("#whole-path", Label).content) == "/tmp/x.eml"
