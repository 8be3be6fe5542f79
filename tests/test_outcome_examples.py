"""The outcome breakdown's examples in the service-figures flow follow what is counted: a
complaint is upheld or not, an application granted or refused, a referral accepted or not
(never "upheld" or "granted"). Changing what is counted after ticking the breakdown keeps
it ticked, in the new words."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.interview import Interview, load_flows

pytestmark = pytest.mark.usefixtures("warm_cache")

TODAY = dt.date(2025, 6, 15)
COUNCIL = infer_authority("Leeds City Council")
WORDS = ("upheld", "granted", "accepted", "resolved")


def outcome_line(unit: str, label: str = "By outcome or decision") -> str:
    interview = Interview(
        load_flows()["service-figures"], authority=COUNCIL, requester_name="Jo", today=TODAY
    )
    interview.answer("housing")
    interview.answer(unit)
    interview.answer("2021/22 to 2023/24")
    interview.answer([label, "month"])  # as the app hands a row's label over
    lines = [ln for ln in interview.letter().splitlines() if "broken down by the" in ln]
    return lines[0]


@pytest.mark.parametrize(
    ("unit", "fits", "never"),
    [
        ("complaints", "upheld", ("granted", "accepted")),
        ("applications", "granted or refused", ("upheld", "accepted")),
        ("referrals", "accepted", ("upheld", "granted")),
        ("cases", "resolved", ("upheld", "granted")),
        ("requests", "resolved", ("upheld", "granted")),
    ],
)
def test_the_outcome_examples_fit_what_is_counted(
    unit: str, fits: str, never: tuple[str, ...]
) -> None:
    line = outcome_line(unit)
    assert fits in line, line
    assert not [w for w in never if w in line], line


def test_changing_what_is_counted_keeps_the_outcome_in_its_new_words() -> None:
    interview = Interview(
        load_flows()["service-figures"], authority=COUNCIL, requester_name="Jo", today=TODAY
    )
    for answer in ("housing", "complaints", "2021/22 to 2023/24", ["decision", "month"]):
        interview.answer(answer)
    interview.goto("unit")
    interview.answer("referrals")
    letter = interview.letter()
    assert "accepted, passed to another service or not accepted" in letter
    assert "upheld" not in letter and "the month received" in letter


def test_an_answers_file_naming_the_complaints_row_for_referrals_gets_the_referrals_words() -> None:
    # Answers files written before each unit had its own outcome row name "decision"; it
    # stands for the row of the same label that what is counted offers, not an error.
    line = outcome_line("referrals", label="decision")
    assert "accepted" in line
    assert "upheld" not in line
