"""The enter that answers the interview's last question, pressed again in a hurry or
held down, never reaches the editor the interview opens: the letter starts "Dear ..."
with nothing typed above it (``TypeAhead.drop_until_shown``)."""

from __future__ import annotations

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, settle, showing, wait_for
from tests.tui.test_shell_interview import current_question, knife_crime_to_gmp
from tests.tui.test_type_ahead import type_now


async def test_enters_pressed_fast_on_the_last_question_stay_out_of_the_letter() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await knife_crime_to_gmp(pilot)
        assert screen.interview is not None
        while len(screen.interview.visible_questions()) - 1 > screen.interview.progress[0]:
            await pilot.press("space" if current_question(pilot) == "drop_first" else "enter")
            if current_question(pilot) == "drop_first":
                await pilot.press("enter")
            await settle(pilot)
        type_now(pilot.app, "enter", "enter", "enter")  # as fast as a held-down key
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await settle(pilot)
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.editor.text.startswith("Dear Greater Manchester Police,\n")
    (draft,) = DraftStore().list()
    assert DraftStore().load_path(draft.path).body.startswith("Dear Greater Manchester Police,")
