"""What a first-time requester tripped on before sending, walked from the README in tmux at
80x24 and 120x40: each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.text.dates import example_date
from foidraft.tui.draft_keeper import DraftKeeper
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.dialogs import ChoiceDialog, ConfirmDialog, DateDialog, TextInputDialog
from foidraft.tui.screens.export_menu import ExportScreen
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui import shell_harness as sh
from tests.tui.editor_harness import (
    EditorTestApp,
    make_draft,
    open_editor,
    settled,
    wait_until,
)
from tests.tui.test_dialog_footer import footer
from tests.tui.test_editor import _no_suspend
from tests.tui.test_editor_keeper_scheduler import LETTER, KeeperScreen
from tests.tui.test_shell_interview import start_interview, to_offences
from tests.tui.test_shell_sending import open_export
from tests.tui.test_shell_templates import ARRESTS as TEMPLATE

LETTER_TO_GMP = (
    "Dear Greater Manchester Police,\n\nPlease provide the number of arrests in 2023.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)


async def test_typing_in_a_long_list_searches_it() -> None:
    """The offences list says "Type to search" but has the focus: letters typed there went
    nowhere. They go to the search box now, and space still ticks in the list."""
    save_profile(Profile(name="Sam Doe"))
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await sh.settle(pilot)
        await start_interview(pilot, "west mids", "crime-statistics")
        card = await to_offences(pilot)
        ticks = card.query_one("#answer", OptionList)
        assert pilot.app.screen.focused is ticks
        await sh.type_text(pilot, "shop lifting")
        await sh.settle(pilot)
        assert card.query_one("#search", Input).value == "shop lifting"
        assert ticks.option_count >= 1
        await pilot.press("enter")  # from the search box to the list
        await pilot.press("space")  # a tick, not a search
        await sh.settle(pilot)
        assert card.query_one("#search", Input).value == "shop lifting"
        assert "46" in card.value()  # type: ignore[operator]
        await sh.type_text(pilot, "burglary")  # from the list again: a new search
        await sh.settle(pilot)
        assert card.query_one("#search", Input).value == "burglary"
        assert "46" in card.value()  # type: ignore[operator]  # the tick is kept


def test_a_file_changed_on_disk_is_explained_in_the_dialogs_own_words() -> None:
    """The dialog said "save again with force to overwrite them", the command line's hint:
    there is no "force" in the app, only the choices listed under it."""
    bodies: list[str] = []

    class Screen(KeeperScreen):
        def ask_about_conflict(self, body: str, choices: list[tuple[str, str]]) -> None:
            bodies.append(body)

    store = DraftStore()
    draft = store.create("Arrests", LETTER)
    screen = Screen(text=LETTER)
    keeper = DraftKeeper(screen, store, draft, clock=lambda: screen.now)
    keeper.loaded(LETTER)
    assert draft.path is not None
    draft.path.write_text(draft.path.read_text().replace("A B", "C D"))
    screen.text = "M" + LETTER
    keeper.changed(screen.text)
    screen.wind(1.0)
    assert len(bodies) == 1
    assert "force" not in bodies[0]
    assert draft.path.name in bodies[0] and "another program" in bodies[0]


async def asked_again(pilot: Pilot[None], typed: str, good: str) -> None:
    """Type ``typed`` (a place that cannot be written) in the dialog: it stays, with the
    problem and the path typed; then ``good`` is given."""
    pilot.app.screen.query_one(Input).value = typed
    await pilot.press("enter")
    error = lambda: str(pilot.app.screen.query_one("#dialog-error", Label).content)  # noqa: E731
    await sh.wait_for(pilot, lambda: "cannot" in error(), "the problem, in the dialog")
    assert sh.showing(pilot, TextInputDialog)
    assert pilot.app.screen.query_one(Input).value == typed
    pilot.app.screen.query_one(Input).value = good
    await pilot.press("enter")


async def ask_where_to_save(pilot: Pilot[None]) -> None:
    """From Home, the export menu's "save as .eml", to the dialog asking where."""
    await open_export(pilot)
    await pilot.press("s")
    await sh.wait_for(pilot, lambda: "Your email address" in sh.screen_text(pilot), "the email")
    await pilot.press("enter")  # the From line, asked before the first .eml: left empty
    await sh.wait_for(pilot, lambda: "Save it where?" in sh.screen_text(pilot), "where to save")
    await sh.settle(pilot)


async def test_a_folder_that_cannot_be_made_keeps_the_typed_path(foidraft_home: Path) -> None:
    """A batch export to a folder that cannot be made closed the dialog: the path typed was
    lost, and the format had to be chosen again. The dialog stays, with the problem said."""
    for force in ("gmp", "wmp"):
        sh.write_draft(
            f"{force}-0001.md", f"Tasers ({force})", authority=force, extra={"batch": "tasers"}
        )
    blocker = foidraft_home / "a-file"
    blocker.write_text("not a folder")
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await sh.settle(pilot)
        pilot.app.screen.query_one(DraftsTable).focus()
        pilot.app.export_batch("tasers")
        await sh.wait_for(pilot, lambda: sh.showing(pilot, ChoiceDialog), "the format")
        await pilot.press("enter")
        await sh.wait_for(pilot, lambda: sh.showing(pilot, TextInputDialog), "the folder")
        await asked_again(pilot, str(blocker / "out"), str(foidraft_home / "out"))
        await sh.wait_for(pilot, (foidraft_home / "out" / "index.md").exists, "the index")


async def test_an_email_file_that_cannot_be_saved_keeps_the_typed_path(
    foidraft_home: Path,
) -> None:
    """The same for one letter's .eml: the dialog stays with the path typed."""
    sh.write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER_TO_GMP)
    blocker = foidraft_home / "a-file"
    blocker.write_text("not a folder")
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await ask_where_to_save(pilot)
        good = foidraft_home / "letter.eml"
        await asked_again(pilot, str(blocker / "letter.eml"), str(good))
        await sh.wait_for(pilot, good.exists, "the .eml file")


async def test_the_date_sent_is_taken_the_way_a_uk_requester_writes_it() -> None:
    """ "1 Dec 2026" and "01/12/2026" were refused ("Give the date as YYYY-MM-DD"), though
    the interview takes both."""
    for typed in ("1 Dec 2026", "01/12/2026", "2026-12-01"):
        got: list[dt.date | None] = []
        async with sh.make_app().run_test(size=(80, 24)) as pilot:
            await sh.settle(pilot)
            pilot.app.push_screen(DateDialog("When did you send it?", sh.TODAY), got.append)
            await sh.wait_for(pilot, lambda: sh.showing(pilot, DateDialog), "the date")
            await sh.settle(pilot)
            pilot.app.screen.query_one(Input).value = typed
            await pilot.press("enter")
            await sh.wait_for(pilot, lambda got=got: bool(got), "the date taken")
        assert got == [dt.date(2026, 12, 1)], typed


async def test_a_date_not_understood_says_how_to_write_one() -> None:
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await sh.settle(pilot)
        pilot.app.push_screen(DateDialog("When did you send it?", sh.TODAY))
        await sh.wait_for(pilot, lambda: sh.showing(pilot, DateDialog), "the date")
        await sh.settle(pilot)
        pilot.app.screen.query_one(Input).value = "last Tuesday"
        await pilot.press("enter")
        await sh.settle(pilot)
        assert sh.showing(pilot, DateDialog)
        said = str(pilot.app.screen.query_one("#date-error", Label).content)
        assert example_date() in said and "last Tuesday" in said  # today, not 31/03/2024


async def test_ctrl_e_says_how_to_leave_vi_before_opening_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no $EDITOR that runs (EDITOR=nano, nano not installed) ctrl+e dropped the
    requester into vi with no word of how to get out; it said "using vi" only afterwards."""
    vi = tmp_path / "vi"
    vi.write_text('#!/bin/sh\nprintf "Added in vi.\\n" >> "$1"\n')
    vi.chmod(0o755)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "nano")
    monkeypatch.setenv("PATH", str(tmp_path))  # vi alone
    monkeypatch.setattr(App, "suspend", _no_suspend)  # headless tests have no terminal
    store, draft = make_draft(LETTER_TO_GMP)
    async with open_editor(store, draft) as (app, pilot, screen):
        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        said = sh.screen_text(pilot)  # type: ignore[arg-type]
        assert ":wq" in said and "nano" in said
        assert screen.editor.text == LETTER_TO_GMP  # nothing ran yet
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "back in the editor")
        assert screen.editor.text == LETTER_TO_GMP
        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        await pilot.press("y")
        await wait_until(pilot, lambda: "Added in vi." in screen.editor.text, "vi's change")


async def test_a_template_with_the_focus_is_not_offered_the_drafts_keys() -> None:
    """With a template highlighted, the footer offered "r Rename  d Copy  del Delete", and
    x asked to delete the draft highlighted in the table above; enter, which starts a draft
    from the template, was not shown."""
    sh.write_draft("taser-0001.md", "Taser use", authority="gmp", body=LETTER_TO_GMP)
    sh.write_template("arrests.md", TEMPLATE)
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await sh.settle(pilot)
        assert "Delete" in footer(pilot)  # the drafts table has the focus: it can fail
        pilot.app.screen.query_one("#templates", OptionList).focus()
        await sh.settle(pilot)
        line = footer(pilot)
        assert "New draft" in line, line
        assert not [word for word in ("Rename", "Copy", "Delete") if word in line], line
        await pilot.press("x", "r", "d")
        await sh.settle(pilot)
        assert sh.showing(pilot, HomeScreen)
        assert len(DraftStore().list()) == 1
        await pilot.press("enter")
        await sh.wait_for(pilot, lambda: sh.showing(pilot, AuthorityPickerScreen), "the picker")


async def test_saving_an_email_file_says_what_it_will_hold_in_the_apps_words() -> None:
    """The .eml dialog spoke of "foidraft authorities set-email" (a command, not the app) and
    "the email address in your details" (the app never asks for one): it says what the file
    will hold and what to add in the mail program."""
    sh.write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER_TO_GMP)
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await ask_where_to_save(pilot)
        said = " ".join(re.sub("[█▀▄]", " ", sh.screen_text(pilot)).split())  # no borders
        assert "set-email" not in said and "your details" not in said, said
        assert "add the authority's" in said and "your own address" in said, said


async def test_the_gap_being_filled_is_in_sight_at_80_by_24(tmp_path: Path) -> None:
    """At 80x24 the field for a gap takes rows from the letter, which kept its old scroll:
    the letter showed the blank lines above the gap, never the gap being filled."""
    from tests.tui.test_editor_holes import LETTER as WIDGETS
    from tests.tui.test_editor_holes import widget_rules

    letter = WIDGETS.replace("\n\nHow", "\n\n" + "Some background.\n\n" * 4 + "How")
    store, draft = make_draft(letter)
    app = EditorTestApp(store, draft, rules=widget_rules(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        screen.editor.move_cursor((0, 0))
        await pilot.press("f8", "1")
        await sh.settle(pilot)
        editor = screen.editor
        assert editor.selected_text == "[[material, e.g. steel]]"
        top = editor.scroll_offset.y
        rows = editor.scrollable_content_region.height
        row = editor.wrapped_document.location_to_offset(editor.selection.start).y
        assert top <= row < top + rows, (top, row, rows)


async def test_the_export_menu_says_when_the_letter_still_has_a_gap() -> None:
    """A letter with "[[...]]" still in it was exported from Home with no word: its
    WhatDoTheyKnow link carried the gap. The menu says what must be fixed first."""
    gap = LETTER_TO_GMP.replace("the number of arrests in 2023", "[[which records]]")
    sh.write_draft("gap-0001.md", "Gap", authority="gmp", body=gap)
    sh.write_draft("clean-0001.md", "Clean", authority="gmp", body=LETTER_TO_GMP)
    for name, flagged in (("gap-0001", True), ("clean-0001", False)):
        async with sh.make_app().run_test(size=(80, 24)) as pilot:
            await sh.settle(pilot)
            table = pilot.app.screen.query_one(DraftsTable)
            rows = [str(r.summary.path) for r in table.draft_rows]
            table.move_cursor(row=next(i for i, path in enumerate(rows) if name in path))
            await sh.settle(pilot)
            await pilot.press("e")
            await sh.wait_for(pilot, lambda: sh.showing(pilot, ExportScreen), "the export menu")
            screen = pilot.app.screen
            assert isinstance(screen, ExportScreen)
            await sh.wait_for(pilot, lambda s=screen: s.ready, "the authority looked up")
            note = str(screen.query_one("#export-note").content)  # type: ignore[attr-defined]
            assert ("Fix before sending" in note) is flagged, (name, note)
            assert ("[[which records]]" in note) is flagged, (name, note)
