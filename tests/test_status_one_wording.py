"""A status reads the same wherever a requester sees it: `foidraft drafts list` said
"partly-answered" (the file's value) where Home says "partly answered", and `foidraft
drafts status` and `foidraft reply` printed the value too. Each now says Home's words
(``status_short``); the JSON for scripts keeps the value."""

from __future__ import annotations

import json

import pytest

from foidraft.cli import main
from foidraft.drafts import STATUSES, DraftStore, status_short


def test_drafts_list_and_drafts_status_say_each_status_as_home_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore()
    for number, status in enumerate(STATUSES):
        draft = store.create(f"Request {number}", "Please provide the figures.\n", "wmp")
        draft.status = status
        store.save(draft)
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["drafts", "list"]) == 0
    rows = {
        int(line.split()[1]): line.rsplit(maxsplit=1)[0]  # the file's name left out
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("Request ")
    }
    for number, status in enumerate(STATUSES):
        assert status_short(status) in rows[number], rows[number]
        if "-" in status:
            assert status not in rows[number], rows[number]
    assert main(["drafts", "list", "--json"]) == 0
    assert {d["status"] for d in json.loads(capsys.readouterr().out)} == set(STATUSES)
    name = next(s.name for s in store.list() if s.title == "Request 0")
    assert main(["drafts", "status", name, "partly-answered"]) == 0
    assert capsys.readouterr().out.strip().endswith(": partly answered")
