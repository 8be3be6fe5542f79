"""A new draft from the interview opens with the cursor where the requester types next
(the first gap, else the end of the first numbered question, else the end of the first
paragraph), never before "Dear ...", so the first key typed does not land above the
salutation (``foidraft.text.holes.typing_start``)."""

from __future__ import annotations

from foidraft.drafts import Profile, save_profile
from foidraft.text.holes import typing_start
from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, settle, showing, type_text, wait_for
from tests.tui.test_shell_interview import current_question, knife_crime_to_gmp


async def test_the_first_key_typed_after_the_interview_ends_the_first_question() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        screen = await knife_crime_to_gmp(pilot)
        assert screen.interview is not None
        while not showing(pilot, EditorScreen):
            if current_question(pilot) == "drop_first":
                await pilot.press("space")
            await pilot.press("enter")
            await settle(pilot)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await settle(pilot)
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        await type_text(pilot, "Q")
        await settle(pilot)
        lines = editor.editor.text.split("\n")
    assert lines[0].startswith("Dear Greater Manchester Police,")
    (first,) = [line for line in lines if line.startswith("1. ")]
    assert first.endswith(".Q"), first


def test_typing_starts_at_the_first_gap_selected() -> None:
    body = "Dear X,\n\nPlease provide:\n\n1. The number of [[what]] in [[when]].\n"
    assert typing_start(body) == ((4, 17), (4, 25))


def test_typing_starts_at_the_end_of_a_first_question_over_two_lines() -> None:
    body = "Dear X,\n\nPlease provide:\n\n1. The number of\ncrimes.\n2. Next.\n\nYours,\n"
    assert typing_start(body) == ((5, 7), (5, 7))


def test_typing_starts_at_the_end_of_the_first_paragraph_without_questions() -> None:
    body = "Dear X,\n\nI would like the policy on drones.\n\nYours faithfully,\n\nJo\n"
    assert typing_start(body) == ((2, 34), (2, 34))
