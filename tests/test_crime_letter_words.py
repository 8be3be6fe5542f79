"""The crime-statistics letter and screens say what the requester chose, in the words of
the body asked: no age bands in a letter that asked for none, and Police Scotland's
"aggravations and markers" (not the Home Office's "flags") on a Scottish body's screens."""

from __future__ import annotations

import re

import pytest

from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority
from tests.test_recording_terms import force, interview_letter

FORCES = ("West Midlands Police", "Police Scotland")


def letter(name: str, **answers: object) -> str:
    return " ".join(interview_letter(force(name), **answers).split())


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


def screen_words(name: str) -> dict[str, str]:
    """Every word a requester reads on the flow's screens for ``name``, by where it is
    (what is not offered, and why, is left out: it names the other nation's flags)."""
    flow = for_authority(load_flows()["crime-statistics"], force(name))
    out: dict[str, str] = {}
    for q in flow.questions:
        out[q.id] = " ".join((q.prompt, q.why, q.placeholder, q.other or ""))
        for c in q.choices:
            out[f"{q.id}.{c.value}"] = f"{c.label} {c.hint}"
    return out


def test_a_scottish_body_is_asked_about_aggravations_and_markers_not_flags() -> None:
    words = screen_words("Police Scotland")
    flagged = [where for where, text in words.items() if re.search(r"\bflag", text, re.I)]
    assert flagged == []
    assert "aggravation or marker" in words["flags"]
    labels = {where: text for where, text in words.items() if where.startswith("flags.")}
    assert set(labels) == {"flags.domestic_abuse", "flags.hate_crime", "flags.online"}
    assert labels["flags.online"].startswith("Cyber marker")  # since April 2016 (walk23)
    assert labels["flags.domestic_abuse"].startswith("Domestic abuse marker")
    assert labels["flags.hate_crime"].startswith("Statutory hate crime aggravation")


def test_a_force_in_england_is_asked_about_the_home_office_flags() -> None:
    words = screen_words("West Midlands Police")
    assert "carry a flag" in words["flags"]
    assert words["flags.hate_crime"].startswith("Hate crime flag")
    assert "aggravation" not in " ".join(words.values())
