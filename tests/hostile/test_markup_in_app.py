"""Textual markup and escape sequences in outside text (a title, an authority's name, a
status edited by hand, a letter pasted into the editor) are shown as the characters they
are: never styled, never a link or an action to click, never obeyed by the terminal, and
never an error that stops the app. (A reply pasted with markup: tests/tui/test_reply_paste12.py.)"""

from __future__ import annotations

import re
from pathlib import Path

from foidraft.drafts import DraftStore

# Markup Textual would obey: a style, a click action that quits, a link, an unclosed tag,
# a closing tag with nothing open (a MarkupError in Rich), and an escaped bracket.
MARKUP = "[bold red]Red[/] [@click=app.quit]quit[/] [link=https://evil.example]x[/link] [/b] \\[i"
TITLE = f"Stop and search {MARKUP}"
BODY_NAME = f"[b]Evil[/b] Council {MARKUP}"
ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
OBEYED = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
LETTER = (
    "Dear Sir or Madam,\n\n"
    f"Please tell me how many stop and search records {MARKUP} the force made in 2023.\n\n"
    "Yours faithfully,\n\nEve\n"
)


async def test_home_shows_click_markup_and_a_hand_edited_status_harmlessly(
    foidraft_home: Path,
) -> None:
    # (tests/tui/test_shell_home.py has styles and links in a listed body's name; here a
    # click action, a body foidraft does not list, and escapes in a status edited by hand)
    from tests.tui.shell_harness import home_listing, make_app, screen_text

    store = DraftStore()
    draft = store.create("placeholder", LETTER, authority=BODY_NAME)
    draft.header["title"] = TITLE  # as a hand-edited file would have it
    store.save(draft)
    broken = store.create("Broken status", LETTER)  # a status edited by hand in $EDITOR
    text = broken.path.read_text(encoding="utf-8")
    broken.path.write_text(text.replace("status: draft", f"status: {ESCAPES}sent"), "utf-8")
    app = make_app()
    async with app.run_test(size=(200, 40)) as pilot:
        await home_listing(pilot, 2)
        await pilot.pause()
        shown = screen_text(pilot)
        assert OBEYED.search(shown) is None, shown
        assert "[bold red]Red[/]" in shown, shown
        assert "[@click=app.quit]" in shown, shown
        assert "[b]Evil[/b]" in shown, shown
        assert app.is_running


async def test_pasting_markup_into_the_editor_keeps_it_as_text(foidraft_home: Path) -> None:
    from tests.tui.editor_harness import make_draft, open_editor

    store, draft = make_draft(LETTER, title=TITLE)
    async with open_editor(store, draft) as (app, pilot, screen):
        from textual import events

        editor = screen.editor
        editor.focus()
        editor.move_cursor(editor.document.end)
        app.post_message(events.Paste(f"\n{MARKUP}\n{ESCAPES}\n"))  # a bracketed paste
        await pilot.pause()
        assert MARKUP in editor.text and ESCAPES in editor.text  # kept exactly
        shown = "\n".join(editor.render_line(y).text for y in range(editor.size.height))
        assert "[@click=app.quit]quit[/]" in shown
        assert OBEYED.search(shown) is None, shown
        title = str(screen.query_one("#editor-title").render())
        assert "[bold red]Red[/]" in title, title
        assert app.is_running
