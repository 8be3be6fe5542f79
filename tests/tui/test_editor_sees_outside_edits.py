"""A draft edited elsewhere while the editor shows it (the requester's own $EDITOR in a
second terminal) used to stay as it was on screen until the next keystroke, which then
raised "The draft file changed outside foidraft". With nothing unsaved, the editor now
loads the new text by itself and says so; with unsaved work it still asks."""

from __future__ import annotations

from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, settle, showing, wait_for, write_draft
from tests.tui.test_editor_keeper_scheduler import LETTER, keeper_on


def test_a_saved_draft_changed_elsewhere_is_loaded_and_said() -> None:
    screen, keeper, _store = keeper_on()
    assert not keeper.look()  # nothing changed: nothing read back
    path = keeper.draft.path
    assert path is not None
    path.write_text(path.read_text().replace("A B", "Jo Bloggs"))
    assert keeper.look()
    assert screen.reloaded and screen.reloaded[-1].endswith("Jo Bloggs\n")
    assert screen.told == [
        f"{path.name} changed on disk (nothing here was unsaved): shown as it is now."
    ]
    assert screen.asked == []


def test_unsaved_work_is_never_replaced_the_save_asks() -> None:
    screen, keeper, _store = keeper_on()
    path = keeper.draft.path
    assert path is not None
    screen.text = LETTER + "PS mine\n"
    keeper.changed(screen.text)  # typed, the autosave not yet run
    path.write_text(path.read_text().replace("A B", "Jo Bloggs"))
    assert not keeper.look() and screen.reloaded == []
    screen.wind(1.0)  # the autosave meets the change: asked, nothing overwritten
    assert screen.asked == [["overwrite", "both", "reload", "later"]]
    assert not keeper.look() and screen.reloaded == []


def test_a_deleted_file_is_left_to_the_next_save() -> None:
    screen, keeper, _store = keeper_on()
    assert keeper.draft.path is not None
    keeper.draft.path.unlink()
    assert not keeper.look() and screen.reloaded == [] and screen.told == []


async def test_the_editor_shows_an_edit_made_in_another_program() -> None:
    body = "Dear Sir or Madam,\n\nPlease provide the policy.\n\nYours faithfully,\n\nJo\n"
    path = write_draft("policy-0001.md", "Policy", authority="gmp", body=body)
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await settle(pilot)
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        path.write_text(path.read_text().replace("the policy", "the taser policy"))
        await wait_for(pilot, lambda: "the taser policy" in editor.editor.text, "the new text")
        assert editor.keeper.state == "saved"

        def said() -> bool:  # a notification is a message the app takes in after the text
            told = [n.message for n in pilot.app._notifications]
            return any("changed on disk (nothing here was unsaved)" in m for m in told)

        await wait_for(pilot, said, "the note that it changed on disk")
