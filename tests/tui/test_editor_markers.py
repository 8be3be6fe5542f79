"""An ignore marker in the letter is shown dimmed in the editor and kept in the text, so
the editor, ``$EDITOR`` and the next check all see the same letter (the round trip
through ``$EDITOR``: tests/tui/test_editor.py, test_ctrl_e_opens_the_file...)."""

from __future__ import annotations

from tests.tui.editor_harness import make_draft, open_editor
from tests.tui.test_editor import MARKED, MARKER, rules_shown


async def test_the_marker_is_dimmed_and_its_ignore_holds() -> None:
    store, draft = make_draft(MARKED)
    async with open_editor(store, draft) as (_app, pilot, screen):
        assert rules_shown(screen) == []  # the marker silences FD101 on its line
        row = 2
        line = screen.editor.document.lines[row]
        start = len(line[: line.index(MARKER)].encode())
        dimmed = [h for h in screen.editor._highlights[row] if h[2] == "marker"]
        assert dimmed == [(start, start + len(MARKER.encode()), "marker")]
        assert screen.editor.text == MARKED  # dimmed, never taken out of the text
        screen.editor.move_cursor((row, len(line)))
        await pilot.press("space", "x")  # typing after it keeps it dimmed
        assert [h[2] for h in screen.editor._highlights[row]].count("marker") == 1
