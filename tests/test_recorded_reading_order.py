"""How a request is read against the model of what is recorded when two readings meet at
one place: a held field's word that only begins a longer phrase the records do not hold
("sex" in "sex workers"), and the generic "incidents of" before a kind of crime
("incidents of assault" counts assaults, whose records are what is asked of)."""

from __future__ import annotations

import pytest

from foidraft.lint.document import Document
from foidraft.lint.model_hits import not_held_hits
from foidraft.lint.reading import Reading
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel
from foidraft.recorded.validate import load_model_file

MODEL = RecordedModel(load_model_file(model_file()))
POLICE = MODEL.for_authority_type("police")


def _attributes(text: str) -> list[str]:
    return [h[3]["attribute_id"] for h in not_held_hits(Document(text), MODEL, "police")]


def _counted(text: str) -> str | None:
    dataset = Reading(Document(text), POLICE).dataset_at(0)
    return dataset.id if dataset else None


CASES: list[tuple[str, str | None]] = [
        # West Yorkshire Police: the victim's occupation is not a field ("sex" is, and only
        # begins the phrase).
        ("I am looking for crime statistics toward sex workers in Holbeck from 2010 to 2020.",
         "person_detail"),
        ("How many crimes against sex workers were recorded in 2023?", "person_detail"),
        # Cleveland Police read "incidents of assaults on a HGV driver" as assault crimes, and
        # would have had to read every one to find the drivers.
        ("How many incidents of assaults on a HGV driver were recorded in the last 5 years?",
         "person_detail"),
        # What the records hold draws nothing.
        ("How many crimes were recorded in 2023, broken down by sex of the victim?", None),
        ("How many incidents of assault were recorded in 2023, by month?", None),
        ("How many incidents of anti-social behaviour were reported in 2023, by ward?", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attribute"), CASES)
def test_the_longer_or_more_specific_reading_wins(text: str, attribute: str | None) -> None:
    found = _attributes(text)
    if attribute is None:
        assert found == []
    else:
        assert attribute in found


@pytest.mark.parametrize(
    ("text", "dataset"),
    [
        ("How many incidents of assault were recorded in 2023?", "recorded_crime"),
        ("How many incidents of theft from vans were recorded in 2023?", "recorded_crime"),
        ("How many incidents of anti-social behaviour were reported in 2023?", "incidents"),
        ("How many incidents were reported to the force in 2023?", "incidents"),
    ],
)
def test_incidents_of_a_crime_count_that_crime(text: str, dataset: str) -> None:
    assert _counted(text) == dataset
