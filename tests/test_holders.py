"""Who holds what (foidraft/data/holders.yaml, FD335): a body's kind read from its name, and
requests for a function another kind of body holds."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.lint.api import check
from foidraft.lint.merging import unmerged
from foidraft.paths import package_data
from foidraft.recorded.holders import holders, validate
from foidraft.text.safe_yaml import safe_load


def fd335(text: str, body: str) -> list[str]:
    found = unmerged(check(text, infer_authority(body)))
    return [f.message for f in found if f.rule == "FD335"]


def test_the_bundled_file_is_valid_and_every_function_has_a_statute_or_guidance() -> None:
    with open(package_data("holders.yaml"), encoding="utf-8") as fh:
        data = safe_load(fh.read())
    assert validate(data) == []
    assert all(len(f["sources"]) >= 1 for f in data["functions"])


def test_a_broken_file_is_described() -> None:
    data = {"bodies": {}, "functions": [{"id": "x", "not_held_by": ["mayor"]}]}
    problems = validate(data)
    assert any("county, district and parish" in p for p in problems)
    assert any("has the keys" in p and "may have ['county_role']" in p for p in problems)
    unknown = {"id": "y", "what": "w", "holder": "h", "why": "w", "not_held_by": [],
               "words": ["x"], "sources": ["https://example.org"], "tier": "county"}  # fmt: skip
    assert any("has the keys" in p for p in validate({**data, "functions": [unknown]}))


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("Dover District Council", "district"),
        ("Hastings Borough Council", "district"),  # the name does not say it: the list does
        ("North Devon Council", "district"),
        ("City of Lincoln Council", "district"),
        ("Devon County Council", "county"),
        ("Frome Town Council", "parish"),
        ("Durham County Council", None),  # a unitary council
        ("Leeds City Council", None),
        ("Reading Borough Council", None),
        ("Powys County Council", None),  # Welsh councils are unitary
    ],
)
def test_a_councils_tier_is_read_from_its_name(name: str, tier: str | None) -> None:
    kinds = holders().kinds(infer_authority(name))
    assert "council" in kinds
    assert (kinds & {"county", "district", "parish"}) == ({tier} if tier else set())


def test_a_district_asked_about_exclusions_is_pointed_to_the_county() -> None:
    text = "How many pupils were permanently excluded from schools in the district in 2023?"
    found = fd335(text, "Dover District Council")
    assert found and "local education authority" in found[0]
    assert "not by Dover District Council" in found[0]
    assert not fd335(text, "Kent County Council")
    assert not fd335(text, "Leeds City Council")


def test_a_county_asked_about_council_tax_is_pointed_to_the_district() -> None:
    text = "How many council tax arrears cases were there in 2023?"
    assert fd335(text, "Devon County Council")
    assert not fd335(text, "Exeter City Council")
    assert not fd335(text, "Plymouth City Council")


def test_penalty_charge_notices_are_the_councils_not_the_polices() -> None:
    text = "How many penalty charge notices were issued in the city in 2023?"
    assert fd335(text, "Kent Police")
    assert not fd335(text, "Canterbury City Council")


def test_arrests_are_the_polices_and_a_cardiac_arrest_is_not_one() -> None:
    assert fd335("How many people were arrested for attacking firefighters in 2023?",
                 "Essex County Fire and Rescue Service")  # fmt: skip
    quiet = "How many cardiac arrests did crews attend in 2023?"
    assert not fd335(quiet, "East of England Ambulance Service NHS Trust")


@pytest.mark.parametrize(
    "text",
    [
        # The letter already asks to be told who holds it.
        "How many potholes were repaired in 2023? If you do not hold this, please tell me "
        "which body holds it.",
        # The body's own part: what it passed on.
        "How many pothole reports did the council pass to the county council in 2023?",
        # No records asked for.
        "Please explain who repairs potholes.",
    ],
)
def test_quiet_where_the_letter_is_not_asking_the_wrong_body_for_records(text: str) -> None:
    assert not fd335(text, "Hastings Borough Council")
