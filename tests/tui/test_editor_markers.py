"""An ignore marker in the letter is shown dimmed in the editor and kept in the text, so
the editor, ``$EDITOR`` and the next check all see the same letter (the round trip
through ``$EDITOR``: tests/tui/test_editor.py, test_ctrl_e_opens_the_file...)."""

from __future__ import annotations

from tests.tui.editor_harness import make_draft, open_editor, settled
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


def notices(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_typing_inside_a_marker_keeps_it_whole_and_says_why() -> None:
    """Typing into the dimmed note broke it without a word: "FD1x01" silenced nothing, the
    advice came back, and a misspelt "foidraft:" would have gone out in the letter."""
    store, draft = make_draft(MARKED)
    async with open_editor(store, draft) as (app, pilot, screen):
        row = 2
        line = screen.editor.document.lines[row]
        inside = line.index(MARKER) + MARKER.index("FD101") + 3
        screen.editor.move_cursor((row, inside))
        await pilot.press("x", "y")
        await settled(pilot, screen)
        assert screen.editor.text == MARKED  # kept whole: the ignore still holds
        assert rules_shown(screen) == []
        said = notices(app)
        assert len(said) == 1 and "kept whole" in said[0] and "ctrl+e" in said[0], said
        screen.editor.move_cursor((row, line.index(MARKER) + 2))
        app.copy_to_clipboard("zz")
        await pilot.press("ctrl+v")  # a paste is kept out as well
        assert screen.editor.text == MARKED
        await pilot.press("ctrl+s")
        assert draft.path is not None
        assert store.load_path(draft.path).body == MARKED  # what $EDITOR opens: unchanged


async def test_deleting_into_a_marker_removes_all_of_it_and_its_advice_comes_back() -> None:
    store, draft = make_draft(MARKED)
    async with open_editor(store, draft) as (app, pilot, screen):
        row = 2
        line = screen.editor.document.lines[row]
        screen.editor.move_cursor((row, len(line)))
        await pilot.press("backspace")  # at its end: the whole note, not a broken "--"
        await settled(pilot, screen)
        assert screen.editor.document.lines[row] == line.replace(MARKER, "")
        assert rules_shown(screen) == ["FD101"]  # the advice it silenced, honestly back
        said = notices(app)
        assert len(said) == 1 and "ctrl+z" in said[0], said
        await pilot.press("ctrl+z")
        await settled(pilot, screen)
        assert screen.editor.text == MARKED and rules_shown(screen) == []
