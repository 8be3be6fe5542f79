"""A chaser written while a request was overdue, then an extension notice read onto the
request: the unsent chaser showed as a draft to send, though the reply is not due until
the extended date. Until that day passes it shows "not due yet" (Home, `drafts list`,
and `--json` chase_after), its file untouched; after it, with no reply, it is a draft
to send again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from foidraft.cli import drafts as drafts_cli
from foidraft.drafts import DraftStore
from foidraft.drafts.follows import chase_after, list_status
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
EXTENSION = str(DATA / "wmp-8a-21-extension.txt")  # "we will reply by 19 March 2021"
EXTENDED = dt.date(2021, 3, 19)


def chaser_then_extension(cli: Cli, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear West Midlands Police,\n\n1. The number of searches.\n", "utf-8")
    cli("drafts", "new", "--authority", "wmp", "--from", str(letter), "Unanswered")
    cli("drafts", "status", "unanswered", "sent", "--date", "2021-01-04")
    assert cli("reply", "unanswered", "--next", "chaser")[0] == 0
    assert cli("reply", "unanswered", EXTENSION, "--date", "2021-02-03")[0] == 0


def status_on(day: dt.date) -> tuple[str, dt.date | None]:
    summaries = DraftStore().list()
    by_name = {s.name: s for s in summaries}
    chaser = next(s for s in summaries if s.letter == "chaser")
    return list_status(chaser, by_name, day), chase_after(chaser, by_name, day)


def test_a_chaser_waits_for_the_extended_date(cli: Cli, tmp_path: Path) -> None:
    chaser_then_extension(cli, tmp_path)
    request = next(s for s in DraftStore().list() if not s.letter)
    assert (request.status, request.due) == ("extended", EXTENDED)
    body = DraftStore().load("Chaser: Unanswered").render()
    assert status_on(dt.date(2021, 3, 1)) == ("not due yet", EXTENDED)
    assert status_on(EXTENDED) == ("not due yet", EXTENDED)  # the reply may come that day
    assert status_on(dt.date(2021, 3, 22)) == ("draft", None)  # and then it is due
    assert DraftStore().load("Chaser: Unanswered").render() == body


def test_drafts_list_says_not_due_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    chaser_then_extension(cli, tmp_path)
    now = dt.datetime(2021, 3, 1, 12, tzinfo=dt.UTC)
    monkeypatch.setattr(drafts_cli, "_now", lambda: now)
    code, out, _ = cli("drafts", "list")
    chaser_line = next(line for line in out.splitlines() if line.startswith("Chaser"))
    assert code == 0 and "not due yet" in chaser_line, out
    code, out, _ = cli("drafts", "list", "--json")
    listed = {d["letter"]: d for d in json.loads(out)}
    assert listed["chaser"]["chase_after"] == "2021-03-19"
    assert listed[None]["chase_after"] is None
    monkeypatch.setattr(drafts_cli, "_now", lambda: now + dt.timedelta(days=30))
    _, out, _ = cli("drafts", "list")
    chaser_line = next(line for line in out.splitlines() if line.startswith("Chaser"))
    assert "not due yet" not in chaser_line and "draft" in chaser_line, out
