"""`foidraft drafts list` fits the terminal, as Home's table does: the title gives way
first, then the authority; the status, the dates and the name (what a user types) never."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.drafts.tracking import mark_reply, mark_sent

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


@pytest.mark.parametrize("columns", [80, 60])
def test_a_long_name_gets_a_line_of_its_own_and_no_row_wraps(
    names: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    columns: int,
) -> None:
    """A 48-character name cannot end a row at 80 columns: it goes under its row, whole,
    and the title and the authority give way to the widest due cell there is; at 60
    columns when each changed goes too, never the status or the due date."""
    store = DraftStore()  # the longest status and due cell there are
    late = store.create("Knife crime", "Please provide the figures.\n", "wmp")
    mark_sent(late, dt.date(2023, 1, 9))
    mark_reply(late, "partly-answered", dt.date(2023, 2, 1), kind="partly_answered")
    store.save(late)
    lines = listed(capsys, monkeypatch, columns)
    assert all(len(line) < columns for line in lines), [len(line) for line in lines]
    for name in [*names, late.name]:
        assert lines.count(f"    {name}") == 1, lines
    assert lines[1] == "    NAME"
    row = lines[lines.index(f"    {late.name}") - 1]
    assert "partly answered" in row and row.endswith("review window closed 30 Mar 2023"), row
    assert ("CHANGED" in lines[0]) == (columns == 80)
    assert any(line.startswith(LONG[:7]) for line in lines), lines  # cut, not gone
