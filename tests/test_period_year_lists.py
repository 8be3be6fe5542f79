"""Two or more years named in a list ("2022/23 and 2023/24", "2021/22, 2022/23 and
2023/24") are the span they cover, and the letter asks for each year separately where the
flow does; years that skip one are told to give a span (the interview refused every list:
only "A to B" was read)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.errors import FoidraftError
from foidraft.interview import parse_period

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("typed", "kind", "span"),
    [
        ("2022/23 and 2023/24", "financial", "the financial years 2022/23 to 2023/24"),
        ("2021/22, 2022/23 and 2023/24", "financial", "the financial years 2021/22 to 2023/24"),
        ("2023/24, 2022/23", "financial", "the financial years 2022/23 to 2023/24"),
        ("2021 and 2022", "calendar", "the calendar years 2021 to 2022"),
        ("2021/22 and 2022/23 academic years", "dates", "the academic years 2021/22 to 2022/23"),
        ("the 2022-23 & 2023-24 school years", "dates", "the academic years 2022/23 to 2023/24"),
    ],
)
def test_a_list_of_years_is_the_span_they_cover(typed: str, kind: str, span: str) -> None:
    period = parse_period(typed, TODAY)
    assert (period.kind, period.span_text) == (kind, span)


@pytest.mark.parametrize("typed", ["2020/21 and 2023/24", "2019/20 and 2021/22 academic years"])
def test_years_that_skip_one_are_told_to_give_a_span(typed: str) -> None:
    with pytest.raises(FoidraftError, match="not years that follow one another"):
        parse_period(typed, TODAY)


def test_the_interview_takes_two_financial_years_and_asks_for_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "subject: agency nurses\ntopic: agency\nperiod: 2022/23 and 2023/24\n", encoding="utf-8"
    )
    argv = ["new", "--flow", "workforce", "--authority", "Leeds City Council"]
    assert main([*argv, "--answers", str(answers), "--name", "Jo", "--print"]) == 0
    letter = " ".join(capsys.readouterr().out.split())
    assert "in the financial years 2022/23 to 2023/24 (1 April 2022 to 31 March 2024)" in letter
    assert "for each financial year" in letter


def test_the_interview_takes_two_academic_years_and_asks_for_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "service: car parking\nperiod: 2022/23 and 2023/24 academic years\n", encoding="utf-8"
    )
    argv = ["new", "--flow", "service-figures", "--authority", "University of Leeds"]
    assert main([*argv, "--answers", str(answers), "--name", "Jo", "--print"]) == 0
    letter = " ".join(capsys.readouterr().out.split())
    assert "the academic years 2022/23 to 2023/24" in letter
    assert "for each academic year" in letter
