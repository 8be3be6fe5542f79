"""The interview's progress line: how many questions are left, said only as far as known."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.interview import Interview, load_flows
from foidraft.interview.answers import default_answer
from foidraft.tui.answer_text import progress_words

TODAY = dt.date(2026, 12, 7)


def test_a_count_still_hanging_on_answers_is_said_as_a_floor() -> None:
    assert progress_words(2, 12, True) == "Question 2, 12 more"
    assert progress_words(2, 9, False) == "Question 2, at least 9 more"
    assert progress_words(14, 0, True) == "Question 14, the last one"
    assert progress_words(3, 0, False) == "Question 3, maybe more after it"
    assert "about" not in progress_words(1, 10, False)  # "about 10", then "about 11"


def walk(flow_id: str, ref: str, topic: str) -> tuple[list[tuple[int, bool]], list[str]]:
    """(questions surely left, whether that is all) at each question, and the questions asked."""
    interview = Interview(load_flows()[flow_id], authority=load_directory().find(ref), today=TODAY)
    seen: list[tuple[int, bool]] = []
    asked: list[str] = []
    while (q := interview.current) is not None and len(asked) < 40:
        seen.append((interview.left.surely, interview.left.known))
        asked.append(q.id)
        value = topic if q.id == "topic" else interview.initial_value()
        interview.answer(default_answer(q, TODAY, example=True) if value is None else value)
    return seen, asked


@pytest.mark.parametrize(
    ("flow_id", "ref", "topic"),
    [
        ("crime-statistics", "West Midlands Police", "knife crime in Coventry"),
        ("incidents", "wmp", "calls about noise"),
        ("service-figures", "Leeds City Council", "missed bin collections"),
        ("spending", "Leeds City Council", "hospital car parking contracts"),
        ("policies", "Leeds City Council", "pothole repairs"),
    ],
)
def test_the_words_never_promise_more_than_was_asked(flow_id: str, ref: str, topic: str) -> None:
    seen, asked = walk(flow_id, ref, topic)
    for i, (surely, known) in enumerate(seen):
        really = len(asked) - i - 1  # the questions that did come after this one
        assert surely <= really, (asked[i], surely, really)
        assert not known or surely == really, (asked[i], surely, really)
    assert seen[-1] == (0, True)  # the last one is said to be the last


def test_the_west_midlands_knife_crime_count_does_not_rise_after_the_topic() -> None:
    # The walk: "Question 1, about 10 more", then "Question 2, about 11 more"
    seen, asked = walk("crime-statistics", "West Midlands Police", "knife crime in Coventry")
    assert asked[0] == "topic"
    assert seen[1][0] <= seen[0][0] - 1  # the topic opens no question of its own
