"""Letters written from a reply (an answer to a clarification, a review request) quote the
request and the authority's words, and keep foidraft's advice off them with a marker,
``<!-- foidraft: ignore FD101 -->``, which a new requester read in the editor with nothing
to say what it was. The pane beside the letter now says what the notes are and that they
never reach the authority, and copying from the letter (ctrl+c, ctrl+x) leaves them out,
as export does."""

from __future__ import annotations

from foidraft.tui.widgets.draft_editor import DraftEditor
from foidraft.tui.widgets.finding_detail import FindingDetail
from tests.tui.editor_harness import EditorTestApp, make_draft, settled

QUOTE = "You asked what I meant by “crimes in 2019/20” <!-- foidraft: ignore FD101 -->"
LETTER = f"Dear Sir or Madam,\n\n{QUOTE}\nI meant the financial year.\n\nJo Bloggs\n"


async def test_the_pane_says_what_the_notes_are_and_copying_leaves_them_out() -> None:
    store, draft = make_draft(LETTER)
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        said = screen.query_one(FindingDetail).text
        assert "<!-- foidraft: ignore … --> notes keep foidraft's advice off" in said, said
        assert "never sees them" in said
        editor = screen.query_one(DraftEditor)
        editor.focus()
        editor.select_all()
        await pilot.press("ctrl+c")
        assert "<!--" not in app.clipboard and "I meant the financial year." in app.clipboard
        editor.select_range((2, 0), (3, 0))  # the quoted line, its note with it
        await pilot.press("ctrl+x")
        assert app.clipboard == QUOTE.removesuffix(" <!-- foidraft: ignore FD101 -->") + "\n"
        assert "<!--" not in editor.text  # cut whole, as deleting it is


async def test_a_letter_with_no_notes_says_nothing_of_them() -> None:
    store, draft = make_draft("Dear Sir or Madam,\n\nPlease provide the figures.\n")
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        assert "foidraft: ignore" not in screen.query_one(FindingDetail).text
