"""Financial years as requesters shorten them ("FY2022/23", "financial year 22-23",
"2022-23") are read as the year they name; "FY22" alone, which may be the year ending in
2022 or the one starting in it, is asked about with both readings written out, not
refused as no period at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.errors import FoidraftError
from foidraft.interview import parse_period
from foidraft.interview.period_input import UnknownPeriod

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("typed", "span"),
    [
        ("FY2022/23", "the financial year 2022/23"),
        ("FY 2022-23", "the financial year 2022/23"),
        ("fy22/23", "the financial year 2022/23"),
        ("FY2022-2023", "the financial year 2022/23"),
        ("financial year 22-23", "the financial year 2022/23"),
        ("financial year 2022-23", "the financial year 2022/23"),
        ("2022-23", "the financial year 2022/23"),
        ("FY2021/22 to FY2023/24", "the financial years 2021/22 to 2023/24"),
        ("financial years 22/23 to 23/24", "the financial years 2022/23 to 2023/24"),
        ("2022/23 and FY2023/24", "the financial years 2022/23 to 2023/24"),
    ],
)
def test_a_shortened_financial_year_is_read(typed: str, span: str) -> None:
    period = parse_period(typed, TODAY)
    assert (period.kind, period.span_text) == ("financial", span)


@pytest.mark.parametrize(
    ("typed", "both"),
    [
        ("FY22 and FY23", "2021/22 and 2022/23, or 2022/23 and 2023/24?"),
        ("FY23", "2022/23, or 2023/24?"),
        ("FY2022 to FY2024", "2021/22 to 2023/24, or 2022/23 to 2024/25?"),
    ],
)
def test_a_year_named_by_one_number_is_asked_about(typed: str, both: str) -> None:
    with pytest.raises(FoidraftError) as caught:
        parse_period(typed, TODAY)
    assert not isinstance(caught.value, UnknownPeriod)  # asked which, not refused
    assert both in caught.value.message


@pytest.mark.parametrize(
    ("typed", "kind"),
    [("01/04/2024 to 31/03/2025", "dates"), ("2024-03-01 to 2024-05-31", "dates")],
)
def test_dates_are_not_taken_for_split_years(typed: str, kind: str) -> None:
    assert parse_period(typed, TODAY).kind == kind


def test_a_refused_period_is_quoted_as_typed() -> None:
    with pytest.raises(UnknownPeriod) as caught:
        parse_period("financial year about 22", TODAY)
    assert caught.value.text == "financial year about 22"


def test_the_interview_takes_fy2022_23(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("service: maternity care\nperiod: FY2022/23\n", encoding="utf-8")
    argv = ["new", "--flow", "service-figures", "--authority", "Leeds Teaching Hospitals NHS Trust"]
    assert main([*argv, "--answers", str(answers), "--name", "Jo", "--print"]) == 0
    letter = " ".join(capsys.readouterr().out.split())
    assert "the financial year 2022/23 (1 April 2022 to 31 March 2023)" in letter
