"""The crime-statistics letter and screens say what the requester chose, in the words of
the body asked: no age bands in a letter that asked for none, and Police Scotland's
"aggravations and markers" (not the Home Office's "flags") on a Scottish body's screens."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.interview import load_flows
from foidraft.interview.script import answer_all

TODAY = dt.date(2024, 11, 4)
ANSWERS = {
    "topic": "burglary",
    "unit": "crimes",
    "area": "force",
    "period": {"kind": "financial", "start": 2022, "end": 2023},
    "date_basis": "recorded",
    "only_flagged": False,
    "outcomes": "charged",
    "small_numbers": True,
    "drop_first": ["none"],
    "format": "spreadsheet",
}
FORCES = ("West Midlands Police", "Police Scotland")


def force(name: str) -> Authority:
    return load_directory().exact(name)[0]


def letter(name: str, **answers: object) -> str:
    flow = load_flows()["crime-statistics"]
    interview, _ = answer_all(
        flow, {**ANSWERS, **answers}, authority=force(name), requester_name="Jo Bloggs",
        today=TODAY, examples=True,
    )  # fmt: skip
    return " ".join(interview.letter().split())


@pytest.mark.parametrize("name", FORCES)
def test_a_letter_without_an_age_breakdown_says_nothing_of_age_bands(name: str) -> None:
    text = letter(name, breakdowns=["month", "victim_sex"])
    assert "broken down by the month" in text
    assert "bands" not in text and "different categories" not in text


@pytest.mark.parametrize("name", FORCES)
def test_an_age_breakdown_asks_for_the_bands_the_force_holds(name: str) -> None:
    text = letter(name, breakdowns=["suspect_age"])
    assert "in the bands 10 to 17" in text
    assert "records ages in bands other than these, please use the bands you hold" in text
