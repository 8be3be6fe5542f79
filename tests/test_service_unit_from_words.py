"""What is counted follows the service's own words: "children's social care referrals"
offers referrals first, not complaints (the first choice), which made the letter ask for
"complaints received about children's social care referrals"."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.interview import Interview, load_flows

pytestmark = pytest.mark.usefixtures("warm_cache")


@pytest.mark.parametrize(
    ("service", "unit"),
    [
        ("children's social care referrals", "referrals"),
        ("blue badge applications", "applications"),
        ("fly-tipping reports", "requests"),
        ("noise complaints", "complaints"),
        ("housing repairs", "complaints"),  # nothing said: the flow's default
    ],
)
def test_what_is_counted_follows_the_services_words(service: str, unit: str) -> None:
    interview = Interview(
        load_flows()["service-figures"],
        authority=infer_authority("Leeds City Council"),
        requester_name="Jo",
        today=dt.date(2025, 6, 15),
    )
    interview.answer(service)
    assert interview.current is not None and interview.current.id == "unit"
    assert interview.initial_value(interview.current) == unit
    interview.answer(interview.initial_value(interview.current))
    if unit != "complaints":
        assert "complaints received" not in interview.letter()
