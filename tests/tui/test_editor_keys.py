"""ctrl+end and ctrl+home go to the end and the start of the letter (they did nothing, so
a requester adding a line at the end typed it at the cursor instead)."""

from __future__ import annotations

from tests.tui.editor_harness import make_draft, open_editor

LETTER = "Dear Kent Police,\n\nPlease provide the policy.\n\nYours faithfully,\nJo"


async def test_ctrl_end_and_ctrl_home_reach_the_ends_of_the_letter() -> None:
    store, draft = make_draft(LETTER, authority="kent_police")
    async with open_editor(store, draft) as (_app, pilot, screen):
        screen.editor.move_cursor((2, 4))
        await pilot.press("ctrl+end", "X")
        assert screen.editor.text.endswith("JoX")
        await pilot.press("ctrl+home", "Y")
        assert screen.editor.text.startswith("YDear Kent Police,")


async def test_ctrl_end_goes_to_the_signature_not_the_blank_line_below_it() -> None:
    """A draft file ends with a newline (the interview's letters do): ctrl+end landed on
    the empty line under the signature, so what was typed went below the letter."""
    store, draft = make_draft(LETTER + "\n\n", authority="kent_police")
    async with open_editor(store, draft) as (_app, pilot, screen):
        await pilot.press("ctrl+end", "X")
        assert screen.editor.text.rstrip().endswith("JoX")
        assert screen.editor.cursor_location == (5, 3)


async def test_escape_in_the_findings_goes_back_to_the_letter_then_leaves() -> None:
    store, draft = make_draft(LETTER, authority="kent_police")
    async with open_editor(store, draft) as (app, pilot, screen):
        screen.findings_list.focus()
        await pilot.pause()
        await pilot.press("escape")
        assert app.screen is screen
        assert screen.editor.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not screen
