"""The letter preview shows each gap once, with its own label: before the period is
answered, "in [period], ... with figures for each offence code [period]" showed the same
gap twice; a period's "for each year" part now follows the default the preview assumes."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.infer import infer_authority
from foidraft.authorities.model import Authority
from foidraft.interview import Interview, load_flows

GAP = re.compile(r"\[[^\]\n]+\]")
TODAY = dt.date(2026, 12, 5)


def bodies() -> list[Authority]:
    directory = load_directory()
    return [directory.resolve("gmp"), directory.resolve("police_scotland"),
            infer_authority("Leeds City Council")]  # fmt: skip


def repeated_gaps(letter: str) -> list[str]:
    return [
        f"{gap} in: {paragraph}"
        for paragraph in letter.split("\n\n")
        for gap, count in Counter(GAP.findall(paragraph)).items()
        if count > 1
    ]


@pytest.mark.parametrize("body", bodies(), ids=lambda a: a.id)
def test_no_gap_shows_twice_in_a_paragraph_at_any_step(body: Authority) -> None:
    for flow in load_flows().values():
        if not flow.suits(body):
            continue
        interview = Interview(flow, authority=body, requester_name="Jo Bloggs", today=TODAY)
        for _step in range(60):
            assert not repeated_gaps(interview.letter()), (
                flow.id,
                repeated_gaps(interview.letter()),
            )
            question = interview.current
            if question is None:
                break
            value = interview.initial_value()
            interview.answer(question.example if value in (None, "", ()) else value)


def test_the_period_gap_is_labelled_once_before_it_is_answered() -> None:
    flow = load_flows()["crime-statistics"]
    interview = Interview(flow, authority=load_directory().resolve("gmp"), today=TODAY)
    first = next(p for p in interview.letter().split("\n\n") if p.startswith("1. "))
    assert first.count("[period]") == 1, first
    assert first.rstrip(".").endswith("for each financial year"), first
