"""`foidraft check`, `explain`, `rules` and `reply` fold their prose to the terminal (at
most 100 columns): they printed lines of up to 400 characters. A quotation (the letter's
words, a rewording to put in it) and a path or link are kept whole; piped, or as JSON,
every line stays as it was, for tools."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.text.wrap import wrap_line, wrap_text

LETTER = (
    "Dear West Midlands Police,\n\nPlease provide all information about online crime "
    "associated with gangs in 2019/20, and any emails mentioning knife crime.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)
REPLY = (
    "Dear Jo Bloggs,\n\nThank you for your request dated 1 May 2025. We estimate that the "
    "cost of complying with your request would exceed the appropriate limit of £450 under "
    "section 12 of the Freedom of Information Act 2000. You may wish to narrow your "
    "request, for example by reducing the period.\n\nIf you are dissatisfied you may ask "
    "for an internal review within 40 working days.\n\nYours sincerely,\nDisclosure Unit\n"
)
# One thing that may not be broken: a quotation, a link or a path, after its indent.
WHOLE_RE = re.compile(r" *(?:\d+\. |[✗✓→] )?(?:\"[^\"]*\"|“[^”]*”|<\S+>|\S+)")


def too_wide(out: str, width: int) -> list[str]:
    return [line for line in out.splitlines() if len(line) > width and not WHOLE_RE.fullmatch(line)]


def as_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output and error are an 80-column terminal, without colour (patched in
    the test itself: in a fixture, the streams patched are not yet those captured)."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    for stream in (sys.stdout, sys.stderr):
        monkeypatch.setattr(stream, "isatty", lambda: True)


def test_a_line_folds_under_its_text_with_quotations_and_paths_whole() -> None:
    line = (
        "/home/jo/letters/a very/long-path.txt:3:16  FD401  warning  'all information' asks "
        "the authority to find everything it holds on the subject"
    )
    folded = wrap_line(line, 40, keep=len("/home/jo/letters/a very/long-path.txt"))
    assert folded[0].startswith("/home/jo/letters/a very/long-path.txt:3:16")  # not cut
    assert "'all information'" in "\n".join(folded)
    assert all(part.startswith("  ") for part in folded[1:])
    item = wrap_line(
        '    1. Name what you want: "the following recorded information: [[name]]"', 40
    )
    assert item == [
        "    1. Name what you want:",
        '       "the following recorded information: [[name]]"',
    ]
    assert wrap_text("short\n\nlines", 40) == "short\n\nlines"
    assert wrap_text("x " * 100, 0) == "x " * 100  # 0: left alone


def test_check_explain_rules_and_reply_fit_an_80_column_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_terminal(monkeypatch)
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    for argv in (
        ["check", str(letter)],
        ["explain", "FD401"],
        ["rules"],
        ["reply", str(reply), "--date", "2025-06-02"],
    ):
        main(argv)
        out, err = capsys.readouterr()
        assert out.count("\n") > 5, argv
        assert too_wide(out, 80) == [] and too_wide(err, 80) == [], argv
    main(["check", str(letter)])
    out = capsys.readouterr().out
    assert '"the following recorded information: [[name the documents' in out  # whole


def test_piped_and_json_output_keeps_each_line_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    main(["check", str(letter)])
    piped = capsys.readouterr().out
    assert any(len(line) > 200 and "FD401" in line for line in piped.splitlines())
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main(["check", str(letter), "--format", "json"])
    assert json.loads(capsys.readouterr().out)[0]["rule"]


def test_exports_notes_fit_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert main(["drafts", "new", "Gangs", "--from", str(letter), "--authority", "wmp"]) == 0
    capsys.readouterr()
    as_terminal(monkeypatch)
    assert main(["export", "gangs", "-f", "txt"]) == 0
    err = capsys.readouterr().err
    assert "disclosure log" in err and too_wide(err, 80) == [], err
