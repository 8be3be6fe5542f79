"""The interview's "Which area?" offers a place the topic named, when it lies in the
authority's area ("knife crime in Coventry", to West Midlands Police: Coventry); the whole
force area stays the default otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.interview import Interview, load_flows
from foidraft.interview.answers import default_answer

TODAY = dt.date(2025, 6, 15)


def area_offered(flow_id: str, ref: str, topic: str) -> object:
    """What "Which area?" is pre-filled with after ``topic`` (the other answers defaults)."""
    authority = load_directory().find(ref)
    interview = Interview(load_flows()[flow_id], authority=authority, today=TODAY)
    for _ in range(40):
        q = interview.current
        assert q is not None, "no area question"
        if q.id == "area":
            return interview.initial_value()
        if q.id == "topic":
            interview.answer(topic)
            continue
        value = interview.initial_value()
        interview.answer(default_answer(q, TODAY, example=True) if value is None else value)
    raise AssertionError("the area question never came")


@pytest.mark.parametrize("flow_id", ["crime-statistics", "incidents"])
@pytest.mark.parametrize(
    ("ref", "topic", "offered"),
    [
        ("wmp", "knife crime in Coventry", "Coventry"),
        ("wmp", "knife crime in coventry city centre", "Coventry city centre"),
        ("wmp", "knife crime in Coventry since 2020", "Coventry"),
        ("police_scotland", "hate crime in Glasgow", "Glasgow"),
        # The kind of place goes with the town: "parks" was in no line of the letter.
        ("police_scotland", "antisocial behaviour in Glasgow parks", "Glasgow parks"),
        ("police_scotland", "antisocial behaviour in parks in Glasgow", "parks in Glasgow"),
        ("wmp", "knife crime in Leeds", "force"),  # another force's area: not offered
        ("wmp", "knife crime across the West Midlands", "force"),  # the whole area
        ("wmp", "knife crime in Coventryshire", "force"),  # a place only as a whole word
        ("thames_valley_police", "knife crime in Reading", "Reading"),
        ("thames_valley_police", "knife crime in reading", "Reading"),  # typed in lower case
        ("thames_valley_police", "reading age of young offenders", "force"),  # a word, not a place
    ],
)
def test_a_place_in_the_topic_is_offered_for_the_area(
    flow_id: str, ref: str, topic: str, offered: str
) -> None:
    assert area_offered(flow_id, ref, topic) == offered


def title_after(ref: str, topic: str) -> str:
    authority = load_directory().find(ref)
    interview = Interview(load_flows()["crime-statistics"], authority=authority, today=TODAY)
    while (q := interview.current) is not None:
        value = topic if q.id == "topic" else interview.initial_value()
        interview.answer(default_answer(q, TODAY, example=True) if value is None else value)
    return interview.title()


def test_a_title_names_the_topics_place_once() -> None:
    # "Knife crime in Coventry: crimes recorded in Coventry" said the place twice.
    title = title_after("wmp", "knife crime in Coventry")
    assert title.startswith("Knife crime in Coventry: crimes recorded, ")
    assert title.count("Coventry") == 1
    assert "recorded in your force area" in title_after("wmp", "knife crime")


@pytest.mark.parametrize("flow_id", ["crime-statistics", "incidents"])
def test_the_kind_of_place_the_topic_names_reaches_the_letter(flow_id: str) -> None:
    authority = load_directory().find("police_scotland")
    interview = Interview(load_flows()[flow_id], authority=authority, today=TODAY)
    while (q := interview.current) is not None:
        topic = "antisocial behaviour in Glasgow parks"
        value = topic if q.id == "topic" else interview.initial_value()
        interview.answer(default_answer(q, TODAY, example=True) if value is None else value)
    question_1 = next(p for p in interview.letter().split("\n\n") if p.startswith("1. "))
    assert " in Glasgow parks " in question_1, question_1
    assert interview.title().count("Glasgow") == 1, interview.title()
