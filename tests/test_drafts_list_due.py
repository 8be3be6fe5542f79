"""`foidraft drafts list` says a running request's due date as Home and `foidraft due
--all` do (one wording, one deadline logic): a partly answered request shows the review
to ask for ("review by D"), a request waiting on the requester's clarification "paused"."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from foidraft.deadlines import review_request_by
from foidraft.drafts import DraftStore
from foidraft.drafts.tracking import mark_clarification, mark_reply, mark_sent
from foidraft.text.dates import long_date


def _row(out: str, title: str) -> str:
    [row] = [line for line in out.splitlines() if line.startswith(title)]
    return row


def test_a_partly_answered_request_shows_the_review_to_ask_for(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    store = DraftStore()
    partly = store.create("Arrests 2023", "Please provide the figures.\n", "wmp")
    mark_sent(partly, today - dt.timedelta(days=30))
    mark_reply(partly, "partly-answered", today - dt.timedelta(days=3), kind="partly_answered")
    store.save(partly)
    asked = store.create("Stop and search", "Please provide the figures.\n", "wmp")
    mark_sent(asked, today - dt.timedelta(days=10))
    mark_clarification(asked, today - dt.timedelta(days=2))
    store.save(asked)
    assert partly.due is None  # nothing kept in the file: the date is counted
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["drafts", "list"]) == 0
    out = capsys.readouterr().out
    by = review_request_by(today - dt.timedelta(days=3), "FOIA")
    assert f"review by {long_date(by, short=True, this_year=today.year)}" in _row(out, "Arrests")
    assert "paused" in _row(out, "Stop and search")
    assert main(["due", "--all"]) == 0  # `due` says the same date, in full
    assert _row(capsys.readouterr().out, long_date(by)).split()[3:5] == ["ask", "for"]
