"""Review grounds cite the law the reply was made under: under FOISA, the Scottish
Information Commissioner's guidance and decisions and FOISA's sections (s16, s18, s20,
s21, s47), never the ICO's guidance or FOIA's sections; and the data file refuses a
ground whose source is another law's."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from foidraft.drafts import Draft
from foidraft.errors import RuleFileError
from foidraft.paths import package_data
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter
from foidraft.replies.knowledge import SCOTTISH_SOURCE_RE, knowledge, validate_knowledge
from foidraft.replies.review import grounds_for

DATA = Path(__file__).parent / "data"


def _row(row_id: str) -> dict[str, Any]:
    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == row_id]
    return row


def _scottish(url: str) -> bool:
    return bool(SCOTTISH_SOURCE_RE.match(url))


def test_every_grounds_source_is_its_regimes_law() -> None:
    for g in knowledge().grounds:
        regimes = g.when["regimes"]
        scottish = regimes in (["FOISA"], ["EISR"])  # Scotland's Act, Scotland's EIRs
        assert _scottish(g.source.url) == scottish, g.id
        if scottish:
            assert "ICO" not in g.source.title and "FOIA" not in g.text, g.id
        else:
            assert "FOISA" not in g.text and "Scottish" not in g.source.title, g.id


def test_a_scottish_partial_refusal_gets_scottish_grounds_and_words() -> None:
    # The Scottish Government's real partial answer withholding under s35, s38 and s36
    # (gov.scot, URL in replies.jsonl).
    row = _row("scotgov-202200327187-minister-complaints")
    reading = read_reply(row["text"], regime="FOISA")
    assert reading.kind == "partly_answered"
    fitting = {g.id: g for g in grounds_for(reading, late=True)}
    assert {"public-interest-foisa", "notice-incomplete-foisa", "late-foisa"} <= set(fitting)
    assert {"public-interest", "notice-incomplete", "late"}.isdisjoint(fitting)
    assert all(_scottish(g.source.url) for g in fitting.values())
    draft = Draft.new("Complaints", "1. Complaints about ministers.\n", "scottish-government")
    context = context_for(draft, reading, authority=None, replied=dt.date(2026, 10, 1), name="J")
    letter = next_letter(
        "review", draft, context,
        grounds=["public-interest-foisa", "notice-incomplete-foisa"], today=dt.date(2026, 10, 2),
    )  # fmt: skip
    assert "require a review, under section 20 of the Freedom of Information (Scotland)" in (
        letter.body
    )
    assert "section 16(2)" in letter.body and "section 16(1)(c) and (d)" in letter.body
    assert "section 17(1)" not in letter.body  # FOIA's refusal notice section
    assert "the 20 working days section 21(1) allows" in letter.body
    notes = " ".join(letter.notes)
    assert "ico.org.uk" not in notes and "itspublicknowledge.info" in notes
    assert "Scottish Information Commissioner" in notes and "section 47" in notes


def test_the_seed_reply_under_foia_keeps_the_icos_grounds() -> None:
    reading = read_reply((DATA / "wmp-8a-21-final.txt").read_text("utf-8"), regime="FOIA")
    fitting = grounds_for(reading, late=True)
    assert fitting and not any(_scottish(g.source.url) for g in fitting)
    assert not any(g.id.endswith("-foisa") for g in fitting)


def _data() -> Any:
    return yaml.safe_load(Path(package_data("exemptions.yaml")).read_text("utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda g: g["when"].pop("regimes"), "name the regimes it is for"),
        (lambda g: g["when"].update(regimes=["FOISA"]), "a FOISA ground cites the Scottish"),
        (lambda g: g["when"].update(regimes=["FOIA", "FOISA"]), "a ground of its own"),
    ],
)
def test_a_ground_citing_another_laws_source_is_refused(change: Any, message: str) -> None:
    data = copy.deepcopy(_data())
    (ground,) = [g for g in data["grounds"] if g["id"] == "public-interest"]
    change(ground)
    with pytest.raises(RuleFileError, match=message):
        validate_knowledge(data, {}, "exemptions.yaml")


def test_a_foia_ground_citing_the_scottish_commissioner_is_refused() -> None:
    data = copy.deepcopy(_data())
    (ground,) = [g for g in data["grounds"] if g["id"] == "public-interest"]
    ground["source"]["url"] = "https://www.foi.scot/decision-1252022"
    with pytest.raises(RuleFileError, match="a Scottish source for a ground under FOIA"):
        validate_knowledge(data, {}, "exemptions.yaml")
