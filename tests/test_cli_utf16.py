"""A letter saved as "Unicode" by Windows Notepad is UTF-16 with a byte order mark: its
zero bytes made `foidraft check` call it "a binary file, not text"."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main

LETTER = (
    "Dear Kent Police,\r\n\r\n"
    "Please provide the number of crimes recorded in 2019/20 at the café.\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_letter_saved_as_utf16_with_its_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = tmp_path / "request.txt"
    mark = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    path.write_bytes((mark + LETTER).encode(encoding))
    assert main(["check", str(path)]) == 0  # FD101 is advice
    out, err = capsys.readouterr()
    assert f"{path}:3:" in out and "FD101" in out, out + err


def test_utf16_that_does_not_decode_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "request.txt"
    path.write_bytes(b"\xff\xfeD\x00\x00\xd8")  # a lone surrogate after "D"
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not UTF-16 text" in err and "UTF-8" in err and "Traceback" not in err


def test_fix_writes_the_letter_back_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "request.txt"
    path.write_bytes(LETTER.encode("utf-16"))
    assert main(["fix", "--choose", "FD101=1", str(path)]) == 0
    assert "the financial year 1 April 2019 to 31 March 2020 at the café" in path.read_text(
        encoding="utf-8"
    )
