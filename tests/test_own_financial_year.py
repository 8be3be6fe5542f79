"""A body's own financial year: a university's runs 1 August to 31 July, an academy
trust's 1 September to 31 August, a police force's 1 April to 31 March. "Financial years"
typed for each gives the letter that body's dates (foidraft/authorities/years.py says
which bodies keep which year)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.authorities.model import Authority
from foidraft.authorities.years import SCHOOL_YEAR_NOTE, own_year_note, year_start
from foidraft.cli import main
from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority
from foidraft.interview.script import answer_all
from foidraft.interview.wording import notes

pytestmark = pytest.mark.usefixtures("warm_cache")

TODAY = dt.date(2025, 6, 15)
UNIVERSITY = infer_authority("University of Leeds")
ACADEMY_TRUST = infer_authority("Ormiston Academies Trust")
SCHOOL = infer_authority("Springfield Primary School")
WMP = Authority(id="wmp", name="West Midlands Police", type="police", regime="FOIA")


def letter(flow_id: str, authority: Authority, answers: dict[str, object]) -> str:
    interview, _ = answer_all(
        load_flows()[flow_id],
        answers,
        authority=authority,
        requester_name="Jo Bloggs",
        today=TODAY,
        examples=True,
    )
    return interview.letter()


@pytest.mark.parametrize(
    ("authority", "dates"),
    [
        (UNIVERSITY, "(1 August 2021 to 31 July 2024)"),
        (ACADEMY_TRUST, "(1 September 2021 to 31 August 2024)"),
        (SCHOOL, "(1 April 2021 to 31 March 2024)"),
    ],
    ids=["university", "academy-trust", "school"],
)
def test_financial_years_typed_for_a_body_give_its_own_years_dates(
    authority: Authority, dates: str
) -> None:
    text = letter("service-figures", authority, {"period": "2021/22 to 2023/24"})
    assert f"the financial years 2021/22 to 2023/24 {dates}" in text
    assert ("1 April 2021" in text) == (dates.startswith("(1 April"))


def test_an_academy_of_an_art_is_a_higher_education_body_not_an_academy_trust() -> None:
    assert year_start(infer_authority("Royal Academy of Music")) == 8
    assert year_start(infer_authority("Harris Academy Peckham")) == 9


def test_a_police_force_keeps_1_april_to_31_march() -> None:
    assert year_start(WMP) == 4
    text = letter("crime-statistics", WMP, {"period": "2021/22 to 2023/24"})
    assert "financial years 2021/22 to 2023/24 (1 April 2021 to 31 March 2024)" in text


def test_the_last_financial_years_are_the_bodys_last_complete_ones() -> None:
    """On 15 June 2025 a university's 2024/25 has not ended (31 July), a council's has."""
    flow = load_flows()["service-figures"]
    question = for_authority(flow, UNIVERSITY).question("period")
    from foidraft.interview.answers import normalise

    found = normalise(question, "last 2 financial years", TODAY)
    assert found.describe() == (  # type: ignore[union-attr]
        "the financial years 2022/23 to 2023/24 (1 August 2022 to 31 July 2024)"
    )
    council = for_authority(flow, infer_authority("Leeds City Council")).question("period")
    found = normalise(council, "last 2 financial years", TODAY)
    assert found.describe() == (  # type: ignore[union-attr]
        "the financial years 2023/24 to 2024/25 (1 April 2023 to 31 March 2025)"
    )


def test_the_note_says_whose_year_the_letter_gives() -> None:
    flow = load_flows()["service-figures"]
    from foidraft.interview.answers import normalise

    for body, note in ((UNIVERSITY, own_year_note(8)), (SCHOOL, SCHOOL_YEAR_NOTE)):
        question = for_authority(flow, body).question("period")
        said = notes(question, normalise(question, "2021/22 to 2023/24", TODAY), TODAY)
        assert note in said
    assert "1 August to 31 July" in own_year_note(8)
    council = for_authority(flow, infer_authority("Leeds City Council")).question("period")
    said = notes(council, normalise(council, "2021/22 to 2023/24", TODAY), TODAY)
    assert not [n for n in said if "own financial" in n or "academy" in n]


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        ("University of Leeds", "(1 August 2022 to 31 July 2023)"),
        ("Ormiston Academies Trust", "(1 September 2022 to 31 August 2023)"),
        ("Leeds City Council", "(1 April 2022 to 31 March 2023)"),
    ],
)
def test_foidraft_new_gives_the_bodys_own_year(
    body: str, dates: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("service: counselling\nperiod: FY2022/23\n", encoding="utf-8")
    argv = ["new", "--flow", "service-figures", "--authority", body, "--answers", str(answers)]
    assert main([*argv, "--name", "Jo", "--print"]) == 0
    letter = " ".join(capsys.readouterr().out.split())
    assert f"the financial year 2022/23 {dates}" in letter
