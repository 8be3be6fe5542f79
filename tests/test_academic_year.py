"""An academic year typed where a period is asked ("2022/23 academic year", "the 2023-24
school year") is whole academic years, 1 September to 31 August, and the letter names it
with its dates; "2022/23" alone is still a financial year."""

from __future__ import annotations

import datetime as dt

import pytest

import foidraft
from foidraft.authorities.model import Authority
from foidraft.errors import FoidraftError
from foidraft.interview import load_flows
from foidraft.interview.period_input import parse_period
from foidraft.interview.script import answer_all
from foidraft.lint.model import SEVERITY_RANK
from foidraft.tui.answer_text import period_text

TODAY = dt.date(2025, 6, 2)
UNIVERSITY = Authority(
    id="univ-leeds", name="University of Leeds", type="education", nation="england",
    regime="FOIA",
)  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2022/23 academic year", dt.date(2022, 9, 1), dt.date(2023, 8, 31)),
        ("the 2023-24 school year", dt.date(2023, 9, 1), dt.date(2024, 8, 31)),
        ("academic year 2022-2023", dt.date(2022, 9, 1), dt.date(2023, 8, 31)),
        ("Academic years 2021/22 to 2023/24", dt.date(2021, 9, 1), dt.date(2024, 8, 31)),
        ("2021-22 - 2023-24 school years", dt.date(2021, 9, 1), dt.date(2024, 8, 31)),
    ],
)
def test_an_academic_year_runs_from_september_to_august(
    typed: str, first: dt.date, last: dt.date
) -> None:
    period = parse_period(typed, TODAY)
    assert (period.first_day, period.last_day, period.academic) == (first, last, True)
    assert period_text(period).endswith(("academic year", "academic years"))
    assert parse_period(period_text(period)) == period  # going back keeps its name


def test_a_split_year_alone_is_still_a_financial_year() -> None:
    assert parse_period("2022/23", TODAY).kind == "financial"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2023 academic year", "Which academic year: 2022/23 or 2023/24?"),
        ("2022/24 academic year", "'2022/24' is not one academic year"),
        ("the school year", "is not an academic year foidraft reads"),
    ],
)
def test_an_academic_year_that_cannot_be_read_says_how_to_write_it(typed: str, said: str) -> None:
    with pytest.raises(FoidraftError) as caught:
        parse_period(typed, TODAY)
    assert said in caught.value.message
    assert "2022/23 academic year" in caught.value.message
    assert "\n" not in caught.value.message


def test_the_letter_names_the_academic_year_with_its_dates() -> None:
    flow = load_flows()["service-figures"]
    interview, _ = answer_all(
        flow,
        {"service": "student complaints", "period": "the 2023-24 academic year"},
        authority=UNIVERSITY,
        requester_name="Jo Bloggs",
        today=TODAY,
        examples=True,
    )
    letter = interview.letter()
    assert "the academic year 2023/24 (1 September 2023 to 31 August 2024)" in letter
    assert "academic year 2023/24" in interview.title()
    assert "1 April" not in letter
    warned = [
        f.rule for f in foidraft.check(letter, UNIVERSITY) if f.rank >= SEVERITY_RANK["warning"]
    ]
    assert warned == []


@pytest.mark.parametrize(
    ("typed", "each"),
    [("2023/24 academic year", "in total"),
     ("2021/22 to 2023/24 academic years", "for each academic year")],
)  # fmt: skip
def test_one_academic_year_is_not_asked_for_by_academic_year(typed: str, each: str) -> None:
    """The letter asked for "a separate figure for each academic year" of one year."""
    flow = load_flows()["service-figures"]
    interview, _ = answer_all(
        flow, {"service": "student complaints", "period": typed}, authority=UNIVERSITY,
        requester_name="Jo Bloggs", today=TODAY, examples=True,
    )  # fmt: skip
    letter = " ".join(interview.letter().split())
    assert f"31 August 2024), {each}." in letter
    assert letter.count("academic year") == (1 if "total" in each else 2), letter
