"""Home: listing drafts (names, due dates), opening, renaming, duplicating, deleting to
the trash and restoring; empty states; outside text shown literally."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from foidraft.authorities.model import Authority
from foidraft.deadlines import due_dates
from foidraft.drafts import DraftStore
from foidraft.tui.screens.dialogs import ConfirmDialog, MessageDialog, TextInputDialog
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.screens.trash import TrashScreen
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import (
    TODAY,
    directory_with,
    make_app,
    screen_text,
    settle,
    showing,
    type_text,
    wait_for,
    write_draft,
)

MARKUP_TITLE = "[bold]x[/] and [link=https://example.com]y[/link]"


def table(app: object) -> DraftsTable:
    from foidraft.tui.app import FoidraftApp

    assert isinstance(app, FoidraftApp)
    return app.screen.query_one(DraftsTable)


async def test_home_lists_drafts_with_names_status_and_due_marks() -> None:
    write_draft("late-0001.md", "Late one", authority="wmp", status="sent", sent="2025-04-28")
    write_draft("soon-0002.md", "Soon one", authority="gmp", status="sent", sent="2025-05-08")
    write_draft("fresh-0003.md", "Fresh one", authority="the_met", updated="2025-06-02T08:30:00Z")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        rows = {row.title: row for row in table(pilot.app).draft_rows}
    assert "West Midlands Police" in text and "Greater Manchester Police" in text
    assert "Metropolitan Police Service" in text
    late_due = due_dates(rows["Late one"].sent or TODAY).due
    assert rows["Late one"].due == late_due and rows["Late one"].due_state == "overdue"
    assert rows["Soon one"].due_state == "due-soon"
    assert rows["Fresh one"].due is None and rows["Fresh one"].changed_text == "08:30"
    assert f"{late_due.day} {late_due:%b} overdue" in text
    assert "soon" in text
    assert "3 drafts" in text


async def test_a_commissioner_is_not_cut_to_look_like_its_force() -> None:
    write_draft("pcc-0001.md", "Victims' services grants", authority="west_midlands_pcc")
    write_draft("wmp-0002.md", "Knife crime", authority="wmp")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
    assert "West Midlands PCC" in text and "West Midlands Police" in text
    assert "West Midlands Polic…" not in text


async def test_empty_home_tells_a_first_time_user_what_to_do() -> None:
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "No drafts yet" in text and "Press n" in text
        assert "police force or other public body" in " ".join(text.split())
        assert "No templates yet" in text
        assert pilot.app.screen.focused is not None
        assert pilot.app.screen.focused.id == "new-request"


async def test_templates_are_listed_and_start_a_draft(foidraft_home: Path) -> None:
    folder = foidraft_home / "data" / "templates"
    folder.mkdir(parents=True)
    (folder / "arrests.md").write_text(
        "---\ntitle: Arrests template\nauthority: gmp\n---\nDear GMP,\n", encoding="utf-8"
    )
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert "Arrests template" in screen_text(pilot)
        pilot.app.screen.query_one("#templates").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert showing(pilot, EditorScreen)
    drafts = DraftStore().list()
    assert [d.title for d in drafts] == ["Arrests template"]
    draft = DraftStore().load_path(drafts[0].path)
    assert draft.body == "Dear GMP,\n" and draft.template == "arrests.md"
    assert draft.authority == "gmp"


async def test_enter_opens_the_highlighted_draft_in_the_editor() -> None:
    path = write_draft("one-0001.md", "Only draft", authority="gmp")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, EditorScreen)
        assert screen.draft.path == path


async def test_rename_changes_the_title_not_the_file_name() -> None:
    path = write_draft("one-0001.md", "Old title")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert showing(pilot, TextInputDialog)
        pilot.app.screen.query_one(Input).value = ""
        await type_text(pilot, "New [b]title[/b]")
        await pilot.press("enter")
        await settle(pilot)
        assert showing(pilot, HomeScreen)
        assert "New [b]title[/b]" in screen_text(pilot)
    assert DraftStore().load_path(path).title == "New [b]title[/b]"
    assert [d.name for d in DraftStore().list()] == ["one-0001.md"]


async def test_duplicate_adds_a_copy() -> None:
    write_draft("one-0001.md", "Original", body="Dear GMP,\n")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert "Original (copy)" in screen_text(pilot)
    titles = sorted(d.title for d in DraftStore().list())
    assert titles == ["Original", "Original (copy)"]


async def test_delete_asks_first_then_trash_restores() -> None:
    path = write_draft("doomed-0001.md", MARKUP_TITLE)
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("delete")
        await pilot.pause()
        assert showing(pilot, ConfirmDialog)
        assert f"Delete “{MARKUP_TITLE}”?" in screen_text(pilot)
        await pilot.press("n")  # changed my mind
        await settle(pilot)
        assert path.exists()

        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert not path.exists()
        assert "No drafts yet" in screen_text(pilot)
        assert [item.title for item in DraftStore().trash()] == [MARKUP_TITLE]

        await pilot.press("t")
        await settle(pilot)
        assert showing(pilot, TrashScreen)
        assert MARKUP_TITLE in screen_text(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert path.exists()
        assert "The trash is empty" in screen_text(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert showing(pilot, HomeScreen)
        assert MARKUP_TITLE in screen_text(pilot)


async def test_trash_can_delete_for_good_after_confirmation() -> None:
    write_draft("gone-0001.md", "Gone for good")
    store = DraftStore()
    store.delete(store.list()[0])
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("delete")
        await pilot.pause()
        assert showing(pilot, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert "The trash is empty" in screen_text(pilot)
    assert DraftStore().trash() == []


async def test_markup_in_titles_and_authority_names_is_shown_literally() -> None:
    odd = Authority(id="odd", name="[b]Odd[/b] [link=x]Force", type="police")
    write_draft("odd-0001.md", MARKUP_TITLE, authority="odd")
    async with make_app(directory=directory_with(odd)).run_test(size=(120, 32)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
    assert MARKUP_TITLE in text
    assert "[b]Odd[/b] [link=x]Force" in text


async def test_a_broken_draft_is_listed_and_explained_not_crashed_on() -> None:
    folder = write_draft("fine-0001.md", "Fine").parent
    (folder / "broken-0002.md").write_text("---\ntitle: Broken\nno colon here\n", "utf-8")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert "! broken-0002" in screen_text(pilot)
        tbl = table(pilot.app)
        tbl.move_cursor(row=[r.summary.name for r in tbl.draft_rows].index("broken-0002.md"))
        await pilot.press("enter")
        await pilot.pause()
        assert showing(pilot, MessageDialog)
        assert "cannot be opened" in screen_text(pilot)
        await pilot.press("escape")
        await pilot.press("r")  # renaming needs the header: an error toast, not a crash
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, TextInputDialog)
        await type_text(pilot, " again")
        await pilot.press("enter")
        await settle(pilot)
        assert showing(pilot, HomeScreen)
        messages = [n.message for n in pilot.app._notifications]
        assert any("broken-0002.md" in m for m in messages)


async def test_home_fits_80_by_24() -> None:
    write_draft("a-0001.md", "Stop and search by ethnicity 2019 to 2024", authority="wmp")
    write_draft("b-0002.md", "Tasers", authority="gmp", status="sent", sent="2025-05-27")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
    for header in ("Title", "Authority", "Status", "Changed", "Due"):
        assert header in text
    assert "New request" in text and "Quit" in text


async def test_first_use_creates_the_folders(foidraft_home: Path) -> None:
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
    assert (foidraft_home / "data" / "drafts").is_dir()
    assert (foidraft_home / "data" / "templates").is_dir()


async def test_a_broken_config_file_is_reported_and_the_app_still_opens(
    foidraft_home: Path,
) -> None:
    config = foidraft_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[keys\n", encoding="utf-8")
    from foidraft.tui.app import FoidraftApp

    app = FoidraftApp(today=TODAY)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert showing(pilot, HomeScreen)
        messages = [n.message for n in pilot.app._notifications]
        assert any("cannot read the config file" in m for m in messages)


async def test_a_draft_saved_from_the_shell_shows_on_home_without_a_key() -> None:
    """A letter made with `foidraft drafts new` (or saved from $EDITOR) while the app is
    open used to show only after leaving Home and coming back, or F5."""
    write_draft("first-0001.md", "First one")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: len(table(pilot.app).draft_rows) == 1, "the first draft")
        await pilot.pause(0.3)  # the watch takes its first look after the first paint
        write_draft("second-0002.md", "Second one")
        await wait_for(pilot, lambda: len(table(pilot.app).draft_rows) == 2, "the new draft")
        assert "Second one" in screen_text(pilot)


def test_a_folder_watch_sees_files_come_and_go(tmp_path: Path) -> None:
    from foidraft.tui.folder_watch import FolderWatch

    folder = tmp_path / "drafts"
    watch = FolderWatch(folder)
    assert not watch.changed()
    folder.mkdir()
    assert not watch.changed()  # made, empty: no file came (Home makes its folders late)
    (folder / "a.md").write_text("x", encoding="utf-8")
    assert watch.changed() and not watch.changed()
    (folder / "b.tmp").write_text("yy", encoding="utf-8")
    (folder / "b.tmp").replace(folder / "a.md")  # a save: a new file linked into place
    assert watch.changed()
    (folder / "a.md").unlink()
    assert watch.changed() and not watch.changed()
    (folder / "b.md").write_text("z", encoding="utf-8")
    folder.joinpath("b.md").unlink()
    folder.rmdir()
    assert not watch.changed()  # gone while empty: still no files
    folder.mkdir()
    (folder / "c.md").write_text("z", encoding="utf-8")
    assert watch.changed()  # it came back with a file
