"""Sent, clarification and due dates: `foidraft drafts status`, batches, `foidraft due`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.batch import batch_drafts, plan_batch, write_batch
from foidraft.deadlines import due_dates
from foidraft.drafts import Draft, DraftStore, standings, tracking
from foidraft.errors import FoidraftError
from foidraft.templates import template_from_text
from tests.conftest import Cli

# 26 August 2024 is a bank holiday in England but not in Scotland, so a request sent on
# 1 August is due a day later under FOIA than under FOISA.
SENT = dt.date(2024, 8, 1)


def test_marking_sent_stores_the_due_date_for_the_regime() -> None:
    english, scottish = Draft.new("E", authority="gmp"), Draft.new("S", authority="police_scotland")
    tracking.mark_sent(english, SENT, regime="FOIA")
    tracking.mark_sent(scottish, SENT, regime="FOISA")
    assert english.due == due_dates(SENT, "FOIA").due
    assert scottish.due == due_dates(SENT, "FOISA").due
    assert scottish.due < english.due


def test_a_clarification_stops_the_clock_and_the_reply_restarts_it() -> None:
    d = Draft.new("Q", authority="gmp")
    tracking.mark_sent(d, SENT)
    first_due = d.due
    tracking.mark_clarification(d, dt.date(2024, 8, 8))
    assert (d.status, d.clarification, d.due, d.clarified) == (
        "clarification", dt.date(2024, 8, 8), None, None
    )  # fmt: skip
    assert tracking.deadlines_for(d) is None
    tracking.mark_clarified(d, dt.date(2024, 8, 12))
    assert (d.status, d.sent, d.clarified) == ("sent", SENT, dt.date(2024, 8, 12))
    assert d.due == due_dates(SENT, "FOIA", clarified=dt.date(2024, 8, 12)).due
    assert first_due is not None and d.due is not None and d.due > first_due
    with pytest.raises(FoidraftError, match="before"):
        tracking.mark_clarified(d, dt.date(2024, 7, 1))
    with pytest.raises(FoidraftError, match="before"):
        tracking.mark_clarification(d, dt.date(2024, 7, 1))
    with pytest.raises(FoidraftError, match="no sent date"):
        tracking.mark_clarified(Draft.new("Unsent"), dt.date(2024, 8, 12))


def test_due_items_lists_what_needs_attention_first() -> None:
    store = DraftStore()
    today = dt.date(2024, 9, 2)
    late, soon, later, asked = (
        store.create(t, authority="gmp") for t in ("Late", "Soon", "Later", "Asked")
    )
    for d, sent in ((late, dt.date(2024, 7, 1)), (soon, dt.date(2024, 8, 2)), (later, today)):
        tracking.mark_sent(d, sent)
        store.save(d)
    tracking.mark_clarification(asked, dt.date(2024, 8, 20))
    store.save(asked)
    store.create("Never sent", authority="gmp")
    items = standings.due_items(store, today, load_directory().get)
    assert [(i.summary.title, i.state) for i in items] == [
        ("Late", "overdue"), ("Asked", "clarification"), ("Soon", "due-soon")
    ]  # fmt: skip
    assert items[0].days < 0 and items[0].authority_name == "Greater Manchester Police"
    everything = standings.due_items(store, today, load_directory().get, everything=True)
    assert [i.summary.title for i in everything][-1] == "Later"
    assert (
        standings.due_items(store, today, load_directory().get, within=0)[-1].state
        == "clarification"
    )


def test_batch_drafts_are_marked_sent_together_and_listed_when_due(
    cli: Cli,
) -> None:
    template = template_from_text(
        "Dear {authority.name},\n\nUnder {authority.act}, please send the stop and search "
        "figures for the calendar year 2023.\n\nYours faithfully,\n\nJane Smith\n",
        "stop.md",
    )
    store = DraftStore()
    write_batch(plan_batch(template, load_directory().select("gmp, police scotland"), {}), store)
    code, out, err = cli("drafts", "status", "--batch", "stop", "sent", "--date", "2024-08-01")
    assert code == 0 and out.count(": sent (sent 1 August 2024)") == 2 and "due by" in err
    dues = {d.authority: d.due for d in batch_drafts(store, "stop")}
    assert dues == {
        "gmp": due_dates(SENT, "FOIA").due,
        "police_scotland": due_dates(SENT, "FOISA").due,
    }
    scotland_due = dues["police_scotland"]
    assert scotland_due is not None
    code, out, _ = cli("due", "--today", scotland_due.isoformat())
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["DUE", "STATE", "AUTHORITY"]
    assert "due today" in out and "Police Scotland" in out and "due in 1 working day" in out
    code, out, _ = cli("due", "--today", "2024-08-02", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli("due", "--today", "2024-08-02")
    assert code == 0 and out.startswith("Nothing due within 5 working days")
    code, out, _ = cli("due", "--today", "2024-08-02", "--all", "--json")
    assert {i["state"] for i in json.loads(out)} == {"waiting"}


def test_status_clarification_then_clarified_from_the_shell(
    cli: Cli,
) -> None:
    DraftStore().create("Asked", authority="gmp")
    assert cli("drafts", "status", "asked", "sent", "--date", "2024-08-01")[0] == 0
    code, out, _ = cli("drafts", "status", "asked", "clarification", "--date", "2024-08-05")
    assert code == 0 and out.endswith(": clarification (asked 5 August 2024)\n")
    assert DraftStore().load("asked").due is None
    code, out, _ = cli("due", "--today", "2024-08-06")
    assert "asked for clarification on 5 August 2024" in out
    code, out, _ = cli("drafts", "status", "asked", "sent", "--clarified", "2024-08-07")
    assert code == 0 and out.endswith(": sent (sent 1 August 2024, clarified 7 August 2024)\n")
    d = DraftStore().load("asked")
    assert d.due == due_dates(SENT, "FOIA", clarified=dt.date(2024, 8, 7)).due


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["drafts", "status", "sent"], "name one draft, or a batch"),
        (["drafts", "status", "one", "sent", "--batch", "b"], "name one draft, or a batch"),
        (["drafts", "status", "--batch", "nothing", "sent"], "no drafts belong to batch"),
        (["drafts", "status", "one", "ready", "--clarified", "2024-01-01"], "goes with status"),
        (["drafts", "status", "one", "sent", "--clarified", "2024-01-01"], "no sent date"),
        (["due", "--within", "-1"], "cannot be negative"),
        (["due", "--today", "tomorrow"], "is not a date"),
    ],
)
def test_errors(cli: Cli, argv: list[str], message: str) -> None:
    DraftStore().create("One")
    code, out, err = cli(*argv)
    assert code == 2 and out == "" and message in err.splitlines()[0]
    assert DraftStore().load("one").status == "draft"
