"""The model of what is recorded, read on places and events named with words of the
requester's own before them, the cost of an activity in the body's own words, crimes named
without "crime", and anti-social behaviour powers: which attribute the records lack, and
that a question asking only for what is held draws nothing."""

from __future__ import annotations

import pytest

from foidraft.lint.document import Document
from foidraft.lint.model_hits import not_held_hits
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel
from foidraft.recorded.validate import load_model_file

MODEL = RecordedModel(load_model_file(model_file()))


def _attributes(text: str) -> list[str]:
    return [h[3]["attribute_id"] for h in not_held_hits(Document(text), MODEL, "police")]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        # A place or an event with the requester's own words before it is still one.
        (
            "How many assaults on officers were recorded at the climate protests in 2023?",
            "circumstance",
        ),
        ("How many thefts were recorded in primary schools in 2023?", "place_type"),
        ("How many arsons were recorded at local mosques last year?", "place_type"),
        # The cost of an activity, however the body is named in the middle.
        ("How much did it cost your force to police the Notting Hill Carnival?", "activity_cost"),
        ("How much does the force budget annually to tackle hate crime?", "activity_cost"),
        # Crimes named without "crime" or "offence" are recorded crimes.
        ("How many stabbings were recorded in nightclubs in 2023?", "place_type"),
        # Anti-social behaviour powers: who each was aimed at, and what followed, are not fields.
        (
            "How many section 35 dispersal orders were issued on encampments of homeless people?",
            "subject_detail",
        ),
        (
            "How many community protection notices were issued and later withdrawn?",
            "subject_detail",
        ),
        ("How many section 59 warnings were given to e-scooter riders in 2022?", "subject_detail"),
    ],
)
def test_an_attribute_the_records_lack_is_found(text: str, attribute: str) -> None:
    assert attribute in _attributes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Too many words between: not read as one place.
        "How many crimes were recorded at the big new climate protests in 2023?",
        # What the records hold: counts by power and month, offences by month.
        "How many community protection notices were issued in each month of 2023?",
        "How many section 35 dispersal directions were given in 2024, by month?",
        "How many arsons were recorded in each ward in 2023?",
        # Overtime recorded against an operation is a spending field.
        "How much overtime was paid for the operation at the Notting Hill Carnival?",
    ],
)
def test_what_the_records_hold_draws_nothing(text: str) -> None:
    assert _attributes(text) == []
