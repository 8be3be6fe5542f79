"""The model of what is recorded, read on calls police were called to, stolen and seized
vehicles, other bodies' staff and spending: what each sentence counts, and which of its
attributes the records hold."""

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
        # Calls police were called to are incidents; an incident log holds no type of place.
        (
            "How many times have police been called to care homes in each year since 2021?",
            "place_type",
        ),
        (
            "How many times were officers called out to schools in 2024?",
            "place_type",
        ),
        # Stolen vehicles are vehicle crimes; the security fitted to them is not a field.
        (
            "How many of the cars reported stolen in 2023 had a tracker fitted?",
            "security_feature",
        ),
        (
            "How many stolen vehicles were recovered using an insurance-backed tracking device?",
            "security_feature",
        ),
        # Staff of another body are not the force's workforce; their job is not a field.
        (
            "How many council staff have been reported to you for fraud since 2020?",
            "other_bodies_staff",
        ),
        # Officers present at each search are a detail of each search, not of personnel records.
        (
            "How many stop and searches were there in 2024? How many officers were present at "
            "each search?",
            "presence_each_time",
        ),
        # What each payment was for, below its account heading, is on the invoice.
        (
            "How much did the force spend on interpreters in 2023/24, broken down by language?",
            "spend_detail",
        ),
        # A seized vehicle's scheme, or the investigation it was seized for, is not a field.
        (
            "How many vehicles registered with the Motability scheme were impounded in 2024?",
            "scheme_or_case",
        ),
        (
            "How many mopeds were seized in relation to drugs investigations in 2023?",
            "scheme_or_case",
        ),
    ],
)
def test_an_attribute_the_records_do_not_hold_is_found(text: str, attribute: str) -> None:
    assert attribute in _attributes(text)


@pytest.mark.parametrize(
    "text",
    [
        "How many incidents were police called to in 2023, by incident category and month?",
        "How many vehicles were reported stolen in each calendar year from 2020 to 2024, and "
        "how many of them were recorded as recovered?",
        "How many vehicles were seized under section 165A in 2024, by month?",
        "How many police staff did the force employ on 31 March 2024, by grade?",
        "How much did the force spend on interpreting services in each financial year from "
        "2019/20 to 2023/24, by supplier?",
        # Burglar alarms a force answered for are its own alarm calls, not an attribute of crimes.
        "How many burglar alarm activations did the control room log in 2023?",
    ],
)
def test_what_the_records_hold_is_not_flagged(text: str) -> None:
    assert _attributes(text) == []


@pytest.mark.parametrize(
    ("text", "loud"),
    [
        # The use of force form records why force was used from a fixed list (the model's
        # use_of_force "reason" field), so the reason for each Taser use is no file to read.
        (
            "How many times was Taser discharged in 2023, and what were the reasons for each use?",
            set(),
        ),
        # A call's reason is its incident category; a complaint's, its allegation category.
        (
            "How many 999 calls were received in 2023, broken down by the reasons for the calls?",
            set(),
        ),
        # Revocation files hold their reasons in letters: still one file read per case.
        (
            "How many firearms certificates were revoked in 2023, and why was each revoked, with"
            " the reasons for the revocations?",
            {"FD319"},
        ),
    ],
)
def test_a_reason_the_records_code_is_not_read_from_each_file(text: str, loud: set[str]) -> None:
    from foidraft.lint.api import check

    found = {
        f.rule for f in check(text, "West Midlands Police") if f.severity in ("warning", "error")
    }
    assert found & {"FD319", "FD340"} == loud
    dataset = MODEL.dataset("use_of_force")
    assert dataset is not None and "reason" in [f.id for f in dataset.fields]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        # Forces return each drug seizure's drug and quantity to the Home Office; a street value
        # is an estimate in an exhibit or case file (West Midlands Police, FOI 65A/20).
        ("What was the total street value of the drugs seized in 2023?", "drug_value"),
        ("How many drug seizures were made in 2023, broken down by drug type?", None),
        # A victim's support for a prosecution is the crime's outcome (types 14 and 16).
        ("How many rape victims in 2023 withdrew their support for a prosecution?", None),
    ],
)
def test_seizures_and_outcomes_read_as_returned(text: str, attribute: str | None) -> None:
    assert _attributes(text) == ([attribute] if attribute else [])
