"""The model of what is recorded, read on who applied under a disclosure scheme and on
what a detained person said in custody: neither is a field, so each record would have to
be read; a question asking only for what is held draws nothing."""

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
        # Who applied, and about whom: in the application form, not a field.
        (
            "How many right to ask applications were made by someone other than the victim?",
            "applicant_detail",
        ),
        (
            "How many Clare's Law applications did you receive about housemates in 2023?",
            "applicant_detail",
        ),
        (
            "How many Clare's Law applications were made by a third party in 2023?",
            "applicant_detail",
        ),
        # What a detained person claimed in custody is in the record's narrative.
        (
            "How many detained persons claimed to be a victim of modern slavery in 2022?",
            "custody_detail",
        ),
        (
            "How many people arrested in 2023 raised the statutory defence under section 45 of the"
            " Modern Slavery Act?",
            "custody_detail",
        ),
    ],
)
def test_an_attribute_the_records_lack_is_found(text: str, attribute: str) -> None:
    assert attribute in _attributes(text)


@pytest.mark.parametrize(
    "text",
    [
        # What the records hold: applications by route and result, arrests by offence group.
        "How many right to ask and right to know applications were made in 2023, and how many"
        " led to a disclosure?",
        "How many people were arrested for modern slavery offences in 2023, by age and sex?",
    ],
)
def test_what_the_records_hold_draws_nothing(text: str) -> None:
    assert _attributes(text) == []
