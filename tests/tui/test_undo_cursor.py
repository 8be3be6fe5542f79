"""ctrl+z after a rewording puts the cursor back where it was, as in any editor."""

from __future__ import annotations

from tests.tui.editor_harness import make_draft, open_editor, settled

LETTER = (
    "Dear Sir or Madam,\n\n"
    "Please provide the number of arrests you made in 2019/20.\n\n"
    "Yours faithfully,\nA Requester\n"
)


async def test_typing_after_undoing_a_rewording_lands_where_the_cursor_was() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (app, pilot, screen):
        await settled(pilot, screen)
        await pilot.press("f8", "1")  # choosing the finding puts the cursor on its words
        assert "2019/20" not in screen.editor.text
        await pilot.press("ctrl+z")
        assert screen.editor.text == LETTER
        assert app.focused is screen.editor
        # at the end of the words given back, so typing goes on after them
        assert screen.editor.cursor_location == (2, LETTER.splitlines()[2].index("2019/20") + 7)
        assert screen.editor.selection.is_empty
        await pilot.press("x")
        assert "in 2019/20x." in screen.editor.text
