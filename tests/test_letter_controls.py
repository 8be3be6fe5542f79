"""Control characters in a letter coming in from outside (a NUL, an escape, a backspace)
are removed in one place, foidraft.text.controls, with one line saying what went: from
`drafts new --from` anywhere in the file (not only its first 8 KB, which `check` sniffs
for binary files), and from a draft file the editor opens (left there by another
editor), which the editor then saves clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.text.controls import without_controls

TEXT = "Dear West Midlands Police,\n\nPlease provide the number of arrests in 2023.\n"
LONG = TEXT + ("Thank you for your help with this request.\n" * 250)  # over 8 KB


def test_controls_go_and_the_note_counts_them() -> None:
    text, note = without_controls("a\x00b\x1b[31mc\x00\td\r\ne\rf\x7f")
    assert text == "ab[31mc\td\r\ne\rf"  # tab and line ends stay
    assert note == "removed 4 control characters a letter cannot hold (2 NUL, 1 escape, 1 delete)"
    assert without_controls(TEXT) == (TEXT, "")
    assert without_controls("x\x0c") == ("x", "removed 1 control character a letter cannot "
                                         "hold (1 form feed)")  # fmt: skip


def test_a_nul_after_the_first_8_kb_is_not_saved_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(LONG.encode()) > 8192
    letter = tmp_path / "letter.txt"
    letter.write_bytes((LONG + "Yours\x00 faithfully\x08,\n").encode())
    assert main(["drafts", "new", "Arrests", "--from", str(letter)]) == 0
    err = capsys.readouterr().err
    [saved] = DraftStore().list()
    data = saved.path.read_bytes()
    assert b"\x00" not in data and b"\x08" not in data and b"Yours faithfully,\n" in data
    assert err.count("\n") == 1, err
    assert "letter.txt: removed 2 control characters a letter cannot hold" in err
    assert "(1 NUL, 1 backspace)" in err


async def test_the_editor_opens_a_draft_file_without_them_and_saves_it_clean() -> None:
    from tests.tui.editor_harness import EditorTestApp, wait_until

    store = DraftStore()
    path = store.create("Arrests", TEXT).path
    assert path is not None
    path.write_bytes(path.read_bytes() + b"Yours\x00 faithfully\n")  # another editor's
    app = EditorTestApp(store, store.load_path(path))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: bool(app._notifications), "the notice")
        [notice] = [n.message for n in app._notifications]
        assert "removed 1 control character a letter cannot hold (1 NUL)" in notice
        assert "\x00" not in app.editor_screen.editor.text
        await wait_until(pilot, lambda: b"\x00" not in path.read_bytes(), "the clean save")
    assert path.read_bytes().endswith(b"Yours faithfully\n")
