"""`foidraft drafts list` fits the terminal, as Home's table does: the title gives way
first, then the authority; the status, the dates and the name (what a user types) never."""

from __future__ import annotations

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

LONG = "Stop and search of children under ten by officers in plain clothes 2019 to 2024"


def listed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int
) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["drafts", "list"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.fixture
def names(capsys: pytest.CaptureFixture[str]) -> list[str]:
    main(["drafts", "new", LONG, "--authority", "west mids"])
    main(["drafts", "new", "Parking fines", "--authority", "Leeds City Council"])
    store = DraftStore()
    sent = store.load("stop and search")
    sent.set_status("sent")  # a due date in its column
    store.save(sent)
    capsys.readouterr()
    return [s.name for s in store.list()]


@pytest.mark.parametrize("columns", [100, 120, 160])
def test_every_line_fits_and_nothing_a_user_needs_is_cut(
    names: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    columns: int,
) -> None:
    lines = listed(capsys, monkeypatch, columns)
    assert all(len(line) < columns for line in lines), [len(line) for line in lines]
    for name in names:  # whole, at the end of its row
        assert sum(line.endswith(f"  {name}") for line in lines) == 1, (name, lines)
    assert "sent" in lines[1] + lines[2] and "draft" in lines[1] + lines[2]


def test_a_wide_terminal_shows_the_title_as_before_and_a_narrow_one_cuts_it_first(
    names: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    wide = "\n".join(listed(capsys, monkeypatch, 200))
    assert LONG[:39] + "…" in wide and "West Midlands Police" in wide
    narrow = "\n".join(listed(capsys, monkeypatch, 120))  # the title cut, the authority whole
    assert LONG[:39] not in narrow and LONG[:11] in narrow and "West Midlands Police" in narrow


def test_too_narrow_a_terminal_lets_the_name_run_rather_than_cut_it(
    names: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = listed(capsys, monkeypatch, 80)  # a 48-character name cannot fit beside the rest
    for name in names:
        assert any(line.endswith(f"  {name}") for line in lines), lines
    assert "AUTHORITY" not in lines[0]  # gone before the name would be cut
    assert lines[1].startswith(LONG[:11] + "…") or lines[2].startswith(LONG[:11] + "…"), lines
