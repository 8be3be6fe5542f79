"""Offence and outcome names that carry their own bracket read in the letter without a
bracket inside a bracket ("92D (possession of controlled drugs (excluding cannabis))")."""

from __future__ import annotations

import re

import pytest

from foidraft.interview import load_flows
from foidraft.interview.model import Flow
from foidraft.interview.wording import unnest_brackets
from tests.test_interview_flows import CRIME_ANSWERS, run, start

NESTED = re.compile(r"\([^()]*\(")


@pytest.fixture(scope="module")
def crime() -> Flow:
    return load_flows()["crime-statistics"]


def test_an_offence_with_its_own_bracket_reads_with_a_comma(crime: Flow) -> None:
    letter = run(start(crime), {**CRIME_ANSWERS, "offences": ["92D", "72"]}).letter()
    assert "92D (possession of controlled drugs, excluding cannabis)" in letter
    assert "72 (trafficking for sexual exploitation, before modern slavery, class 106)" in letter
    assert not NESTED.search(letter), NESTED.search(letter)


def test_an_outcome_with_its_own_bracket_reads_with_a_comma(crime: Flow) -> None:
    answers = {**CRIME_ANSWERS, "outcomes": "selected", "outcome_types": ["9", "21"]}
    letter = run(start(crime), answers).letter()
    assert "9 (prosecution not in the public interest, CPS decision)" in letter
    assert not NESTED.search(letter), NESTED.search(letter)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a (b (c))", "a (b, c)"),
        ("a (b (c) d) e", "a (b, c, d) e"),
        ("a (b (c)).", "a (b, c)."),
        ("a (b) (c)", "a (b) (c)"),  # side by side, not nested: as it was
        ("a (b (c)", "a (b (c)"),  # brackets that do not pair: as they were
        ("a) (b (c)", "a) (b (c)"),
        ("((a))", "(a)"),
    ],
)
def test_unnesting(text: str, said: str) -> None:
    assert unnest_brackets(text) == said
