"""`foidraft template list` fits the terminal, as `drafts list` does: a long title and
file name made rows of 138 columns at 80. The title is cut first, then the fields; the
name a user types is never cut, and goes under its row when it does not fit beside it."""

from __future__ import annotations

import pytest

from foidraft.cli import main
from foidraft.templates import TemplateStore

LONG = """---
foidraft: 1
title: Stop and search encounters in the force area by ethnicity and outcome, 2019 to 2023
fields: period, ethnicity_groups, outcome_types, search_powers
---
Dear {authority.name},

Please provide {period} {ethnicity_groups} {outcome_types} {search_powers}.
"""
NAME = "stop-and-search-encounters-in-the-force-area-by-ethnicity.md"


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_the_template_list_fits_the_terminal_and_keeps_names_whole(
    columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = TemplateStore().root
    root.mkdir(parents=True, exist_ok=True)
    (root / NAME).write_text(LONG, encoding="utf-8")
    (root / "knife.md").write_text(
        "---\nfoidraft: 1\ntitle: Knife crime\nfields: period\n---\nDear {authority.name},\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["template", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if len(line) >= columns and NAME not in line] == []
    assert any(NAME in line for line in lines) and any("knife.md" in line for line in lines)
    assert any(line.startswith("Stop and search") for line in lines)
    assert any("period, ethnicity_groups" in line for line in lines)


def test_a_mistyped_command_names_the_nearest_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`foidraft templates` (the walk's guess) printed argparse's list of every command on
    one line of 250 characters."""
    assert main(["templates"]) == 2
    err = capsys.readouterr().err
    assert err == "foidraft: error: no command 'templates': did you mean `foidraft template`?\n"
    assert main(["zzz"]) == 2
    assert "`foidraft --help` lists them" in capsys.readouterr().err


def test_the_list_shows_a_titles_placeholders_as_home_does(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `template list` printed "Knife crime in {authority.area}, {period}" where Home says
    # "Knife crime in [area], [period]".
    from foidraft.tui.home_rows import template_label

    root = TemplateStore().root
    root.mkdir(parents=True, exist_ok=True)
    title = "Knife crime in {authority.area}, {period}"
    (root / "knife.md").write_text(
        f"---\nfoidraft: 1\ntitle: {title}\nfields: period\n---\nDear {{authority.name}},\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["template", "list"]) == 0
    out = capsys.readouterr().out
    shown = template_label(title, ()).split(" · ")[0]
    assert "{" not in shown and shown in out and "{" not in out, out
