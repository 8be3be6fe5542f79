"""A chaser written while a request was overdue, then the authority's reply read onto the
request: the unsent chaser stayed on Home and in `foidraft drafts list` as a plain draft,
as if it still needed sending. It now shows as "not needed" (its file untouched: the text
is the user's), and `foidraft due` lists nothing for it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.drafts.follows import list_status, not_needed
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
FINAL = str(DATA / "wmp-8a-21-final.txt")
CLARIFICATION = str(DATA / "wmp-8a-21-clarification.txt")
TODAY = dt.date(2021, 3, 22)


def overdue_with_a_chaser(cli: Cli, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear West Midlands Police,\n\n1. The number of searches.\n", "utf-8")
    cli("drafts", "new", "--authority", "wmp", "--from", str(letter), "Unanswered")
    cli("drafts", "status", "unanswered", "sent", "--date", "2021-01-04")
    code, out, err = cli("reply", "unanswered", "--next", "chaser")
    assert code == 0 and "wrote chaser-unanswered" in out, err


def chaser_and_listing() -> tuple[str, bool, str]:
    summaries = DraftStore().list()
    by_name = {s.name: s for s in summaries}
    chaser = next(s for s in summaries if s.letter == "chaser")
    return chaser.name, not_needed(chaser, by_name), list_status(chaser, by_name, TODAY)


def test_a_chaser_is_needed_until_the_reply_comes(tmp_path: Path, cli: Cli) -> None:
    overdue_with_a_chaser(cli, tmp_path)
    assert chaser_and_listing()[1:] == (False, "draft")
    body = DraftStore().load("Chaser: Unanswered").render()
    assert cli("reply", "unanswered", FINAL, "--date", "2021-03-19")[0] == 0
    assert chaser_and_listing()[1:] == (True, "not needed")
    assert DraftStore().load("Chaser: Unanswered").render() == body  # kept as it was


def test_a_request_for_clarification_is_a_reply_too(tmp_path: Path, cli: Cli) -> None:
    overdue_with_a_chaser(cli, tmp_path)
    assert cli("reply", "unanswered", CLARIFICATION, "--date", "2021-03-19")[0] == 0
    assert chaser_and_listing()[1:] == (True, "not needed")


def test_a_chaser_already_sent_keeps_its_status(tmp_path: Path, cli: Cli) -> None:
    overdue_with_a_chaser(cli, tmp_path)
    name = chaser_and_listing()[0]
    cli("drafts", "status", name, "sent", "--date", "2021-02-10")
    assert cli("reply", "unanswered", FINAL, "--date", "2021-03-19")[0] == 0
    assert chaser_and_listing()[1:] == (False, "sent")


def test_drafts_list_and_due_after_the_reply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    overdue_with_a_chaser(cli, tmp_path)
    name = chaser_and_listing()[0]
    code, out, _ = cli("due", "--today", "2021-03-01")
    assert code == 0 and "Unanswered" in out and "overdue" in out  # the request, not the chaser
    assert cli("reply", "unanswered", FINAL, "--date", "2021-03-19")[0] == 0
    _, listed, _ = cli("drafts", "list")
    row = next(line for line in listed.splitlines() if line.rstrip().endswith(name))
    assert "not needed" in row and " draft " not in row
    rows = json.loads(cli("drafts", "list", "--json")[1])
    assert sorted((r["name"] == name, r["not_needed"]) for r in rows) == [
        (False, False),
        (True, True),
    ]
    today = (dt.date(2021, 3, 19) + dt.timedelta(days=3)).isoformat()
    _, due, _ = cli("due", "--all", "--today", today)
    assert name not in due and "Chaser" not in due
