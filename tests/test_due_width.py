"""`foidraft due` fits the terminal as `foidraft drafts list` does: the title gives way
first, then the authority; the due date, the state and the name (what a user types) never."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.drafts.tracking import mark_reply, mark_sent

LONG = "Stop and search of children under ten by officers in plain clothes 2019 to 2024"
TODAY = "2023-03-20"


def due(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int, *more: str
) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["due", "--today", TODAY, *more]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.fixture
def names() -> list[str]:
    store = DraftStore()
    late = store.create(LONG, "Please provide the figures.\n", "wmp")
    mark_sent(late, dt.date(2023, 1, 9))  # overdue by 20 March
    store.save(late)
    answered = store.create("Knife crime", "Please provide the figures.\n", "gmp")
    mark_sent(answered, dt.date(2023, 1, 9))
    mark_reply(answered, "partly-answered", dt.date(2023, 2, 1), kind="partly_answered")
    store.save(answered)  # an internal review window still open
    return [late.name, answered.name]


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("everything", [False, True])
def test_no_line_is_wider_than_the_terminal_and_nothing_a_user_needs_is_cut(
    names: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    columns: int,
    everything: bool,
) -> None:
    lines = due(capsys, monkeypatch, columns, *(["--all"] if everything else []))
    assert all(len(line) < columns for line in lines), [len(line) for line in lines]
    text = "\n".join(lines)
    assert names[0] in text and "overdue" in text
    if everything:
        assert names[1] in text
    assert any(line.startswith("DUE") for line in lines)
    assert LONG[:11] in text and "…" in text  # cut with an ellipsis, not gone


def test_a_wide_terminal_shows_titles_as_before(
    names: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n".join(due(capsys, monkeypatch, 200, "--all"))
    assert LONG[:35] in text and "West Midlands Police" in text
    assert all(f"  {name}" in text for name in names)
