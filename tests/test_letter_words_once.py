"""A one-year letter said "The total amount paid to suppliers ... in the financial year
2023/24 (1 April 2023 to 31 March 2024), in total." (spending, and the agency spending of
the staff and workforce flows): a period's ``{period.each}`` reads "in total" for one year
or one span of dates, after a sentence that asked for a total already. Every flow's
letter, each question's answers varied one at a time, with a one-year period of each kind
it takes, asks for a total once a sentence (for several years it still says "for each
financial year")."""

from __future__ import annotations

import re

import pytest

from foidraft.errors import FoidraftError
from foidraft.interview import load_flows
from foidraft.interview.compose import render_once
from foidraft.interview.regime import for_authority
from foidraft.interview.script import answer_all
from tests.flow_variants import OTHER_BODIES, TODAY, WMP, variants

ONE_YEAR = {"financial": "2023/24", "calendar": "2023", "dates": "last 12 months"}
FLOWS = sorted(load_flows())


def sentences(letter: str) -> list[str]:
    return re.split(r"(?<=[.;])\s+", letter)


@pytest.mark.parametrize("flow_id", FLOWS)
def test_a_one_year_letter_asks_for_a_total_once_a_sentence(flow_id: str) -> None:
    flow = load_flows()[flow_id]
    authority = WMP if flow.suits(WMP) else OTHER_BODIES[0]
    periods = [q for q in for_authority(flow, authority).questions if q.type == "period"]
    letters = 0
    for question in periods:
        kind = next(k for k in ONE_YEAR if k in question.kinds)  # each kind reads "in total"
        text = ONE_YEAR[kind]
        for label, answers in variants(flow, authority):
            if label.endswith(("=words", "=unsure", "=typed")):
                continue  # words typed in change no sentence's shape
            try:
                interview, _ = answer_all(flow, {**answers, question.id: text},
                                          authority=authority, requester_name="Jo",
                                          today=TODAY, examples=True)  # fmt: skip
            except FoidraftError:
                continue  # an answer the interview refuses ("not sure"): no letter
            letters += 1
            for sentence in sentences(interview.letter()):
                said = re.findall(r"\btotal\b", sentence, re.IGNORECASE)
                assert len(said) <= 1, f"{label}, {text}: {sentence}"
    assert letters or not periods


def test_several_years_still_say_each_year_and_one_year_without_a_total_says_in_total() -> None:
    template = "The total {each} in {period}, {period.each}."
    fields = {"each": "amount paid", "period": "the financial years 2021/22 to 2023/24",
              "period.each": "for each financial year"}  # fmt: skip
    assert render_once(template, fields).endswith("2023/24, for each financial year.")
    one = {**fields, "period": "the financial year 2023/24", "period.each": "in total"}
    assert render_once(template, one) == "The total amount paid in the financial year 2023/24."
    count = "The number of {each} in {period}, {period.each}."
    assert render_once(count, one).endswith("2023/24, in total.")
