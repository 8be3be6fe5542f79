"""Agency and contracted workers are not a body's officers or staff: a police force's
workforce figures do not count them, and what it holds is what it paid for them. Typing
"agency workers" into the police staff flow used to write a letter asking for "the number
of police officers and police staff in post"; the flow now asks for the spend, and the
question of which groups of police employees is not asked."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.interview import load_flows
from foidraft.interview.script import answer_all

pytestmark = pytest.mark.usefixtures("warm_cache")

TODAY = dt.date(2025, 6, 15)
WMP = infer_authority("West Midlands Police")
COUNCIL = infer_authority("Leeds City Council")


@pytest.mark.parametrize(
    "subject", ["agency workers", "How many agency staff do you use?", "contracted staff"]
)
def test_the_police_flow_asks_what_agency_workers_cost_not_how_many_officers(
    subject: str,
) -> None:
    interview, _ = answer_all(
        load_flows()["staff"], {"subject": subject}, authority=WMP, today=TODAY, examples=True
    )
    assert interview.answers["topic"] == "agency"
    assert "groups" not in interview.answers  # officers, staff, PCSOs: not who is meant
    letter = interview.letter()
    assert "police officers" not in letter and "in post" not in letter
    assert "spent on agency and contracted staff" in letter
    assert "not your officers or staff" in letter


def test_the_police_flow_still_counts_its_own_people() -> None:
    interview, _ = answer_all(
        load_flows()["staff"], {"subject": "police officer numbers"}, authority=WMP,
        today=TODAY, examples=True,
    )  # fmt: skip
    assert interview.answers["topic"] == "numbers"
    assert "police officers and police staff in post" in interview.letter()


@pytest.mark.parametrize("subject", ["agency workers", "contracted staff", "locum doctors"])
def test_another_bodys_flow_reads_agency_and_contracted_staff_as_agency_spend(
    subject: str,
) -> None:
    interview, _ = answer_all(
        load_flows()["workforce"], {"subject": subject}, authority=COUNCIL, today=TODAY,
        examples=True,
    )  # fmt: skip
    assert interview.answers["topic"] == "agency", subject
    assert "spent on agency and interim staff" in interview.letter()
