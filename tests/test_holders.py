"""Who holds what (foidraft/data/holders.yaml, FD335): a body's kind read from its name, and
requests for a function another kind of body holds."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import infer_authority, resolve_any
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


def test_each_body_said_to_hold_a_function_is_listed() -> None:
    """``held_by`` names listed authorities by id: a misspelt id would silently warn the body
    that does hold the records."""
    from foidraft.authorities.directory import load_directory

    directory = load_directory()
    named = [i for f in holders().functions for i in f.held_by]
    assert named and all(directory.get(i) is not None for i in named), named


def test_a_broken_file_is_described() -> None:
    data = {"bodies": {}, "functions": [{"id": "x", "not_held_by": ["mayor"]}]}
    problems = validate(data)
    assert any("county, district and parish" in p for p in problems)
    optional = "may have ['county_role', 'held_by', 'held_in', 'holder_in']"
    assert any("has the keys" in p and optional in p for p in problems)
    unknown = {"id": "y", "what": "w", "holder": "h", "why": "w", "not_held_by": [],
               "words": ["x"], "sources": ["https://example.org"], "tier": "county"}  # fmt: skip
    assert any("has the keys" in p for p in validate({**data, "functions": [unknown]}))
    elsewhere = {**unknown, "held_in": ["mars"], "held_by": [3]}
    del elsewhere["tier"]
    problems = validate({**data, "functions": [elsewhere]})
    assert any("held_in lists nations" in p for p in problems)
    assert any("held_by lists authority ids" in p for p in problems)


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


@pytest.mark.parametrize(
    ("text", "body", "holder"),
    [
        # County functions asked of a district (gov.uk: types of council).
        ("How many library loans were there in the district in 2023?", "Dover District Council",
         "Kent County Council (the library authority)"),
        ("How many visits did each household waste recycling centre have in 2023?",
         "Dover District Council", "the waste disposal authority"),
        ("How many blue badges were issued in 2023?", "Dover District Council",
         "the travel concession authority"),
        ("How much was the public health grant in 2023/24?", "Dover District Council",
         "the public health authority"),
        # District functions asked of a county.
        ("How many planning applications were refused in 2023?", "Devon County Council",
         "the local planning authority"),
        ("How many people were added to the electoral register in 2023?",
         "Devon County Council", "electoral registration officer"),
        # Functions no council holds, named for the nation the council is in.
        ("How much did the council spend on motorway resurfacing in 2023?", "Leeds City Council",
         "National Highways"),
        ("How much did the council spend on motorway resurfacing in 2023?", "Cardiff Council",
         "the Welsh Government"),
        ("How many A&E attendances were there at the hospital in 2023?", "Leeds City Council",
         "the NHS trust that runs the hospital"),
        ("Please give figures for A&E waiting times at the county's hospitals in 2023.",
         "East of England Ambulance Service NHS Trust", "the NHS trust that runs the hospital"),
        ("How many Universal Credit claimants did the trust treat in 2023?",
         "Leeds Teaching Hospitals NHS Trust", "Department for Work and Pensions"),
        ("How many GP appointments were missed in the county in 2023?", "Kent Police",
         "GP practice"),
        ("How many sewage spills were there in the borough in 2023?", "Leeds City Council",
         "water and sewerage company"),
        ("How many sewage spills were there in the city in 2023?", "Glasgow City Council",
         "Scottish Water"),
        ("How many trains were cancelled at the town's station in 2023?",
         "Dover District Council", "train operating company"),
        # A force asked for another body's records, in a stranger's words (round 20).
        ("How many stray dogs were reported to the force in each year from 2021 to 2023?",
         "Kent Police", "dog warden"),
        ("How many private hire driver licences were revoked in 2023?", "West Midlands Police",
         "the council that licenses taxis"),
        ("How many taxi licences were suspended in the city in 2023?",
         "Greater Manchester Police", "the council that licenses taxis"),
        ("How many driving licences were revoked on medical grounds in 2023?", "Essex Police",
         "Driver and Vehicle Licensing Agency"),
        ("How many driving licences were revoked in 2023?", "Police Service of Northern Ireland",
         "Driver and Vehicle Agency"),
        ("How many taxi licences were revoked in 2023?", "Police Service of Northern Ireland",
         "Department for Infrastructure"),
        ("How many inquest conclusions of suicide were recorded for deaths after police contact?",
         "Thames Valley Police", "senior coroner"),
        ("How many coroner's verdicts of unlawful killing were there in 2023?",
         "Leeds Teaching Hospitals NHS Trust", "senior coroner"),
        # Vehicles are registered with the DVLA, by their keeper's postcode (round 22).
        ("How many electric cars are registered in the borough?", "Leeds City Council",
         "Driver and Vehicle Licensing Agency"),
        ("How many vehicles registered in your area are untaxed?", "Kent Police",
         "Driver and Vehicle Licensing Agency"),
        # An academy trust is a public authority of its own, funded by the DfE (round 22).
        ("How much do academy staff in the county earn, by grade?", "Kent County Council",
         "academy trust"),
        ("What were the total multi-academy trust reserves in the borough in 2023?",
         "Leeds City Council", "academy trust"),
    ],
)  # fmt: skip
def test_functions_of_another_kind_of_body_name_their_holder(
    text: str, body: str, holder: str
) -> None:
    found = fd335(text, body)
    assert found and holder in found[0], found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("How many library loans were there in 2023?", "Kent County Council"),
        ("How many library loans were there in 2023?", "Leeds City Council"),  # unitary: both
        ("How many planning applications were refused in 2023?", "Dover District Council"),
        # The county decides minerals and waste applications itself.
        ("How many minerals planning applications were refused in 2023?", "Devon County Council"),
        # What a council still does for academies' pupils: exclusions, transport, admissions.
        ("How many pupils were excluded from academies in the county in 2023?",
         "Kent County Council"),
        ("How many academy pupils received home to school transport in 2023?",
         "Kent County Council"),
        # A council's own fleet, and the keepers it asks the DVLA for to send a penalty notice.
        ("How many vehicles are registered to the council, by fuel type?", "Leeds City Council"),
        ("Please give the registered keeper details asked of the DVLA for each PCN in 2023.",
         "Leeds City Council"),
        # A council holds its own benefits (housing benefit) and sees Universal Credit in them.
        ("How many Universal Credit claimants were in rent arrears in 2023?", "Leeds City Council"),
        ("How many A&E attendances were there in 2023?", "Leeds Teaching Hospitals NHS Trust"),
        ("How much did the council spend on resurfacing roads in 2023?", "Leeds City Council"),
        # A district clears litter from trunk roads; a county runs its own elections.
        ("How much did the council spend on litter picking on trunk roads in 2023?",
         "Dover District Council"),
        ("How many polling stations were used at the county council elections in 2021?",
         "Devon County Council"),
        # The council's own dog wardens and taxi licences; a force's own dangerous dogs.
        ("How many stray dogs did the council's dog wardens collect in 2023?",
         "Leeds City Council"),
        ("How many taxi driver licences were revoked in 2023?", "Dover District Council"),
        ("How many dangerous dogs did the force seize in 2023?", "Kent Police"),
        # The 2005 Act that ended the police's duty to take in strays is for England and Wales:
        # foidraft says nothing of strays to Police Scotland or the PSNI.
        ("How many stray dogs were handed in to police stations in 2023?", "Police Scotland"),
    ],
)  # fmt: skip
def test_quiet_where_the_body_holds_the_function(text: str, body: str) -> None:
    assert not fd335(text, body)


def test_a_holder_for_a_nation_must_name_a_nation() -> None:
    with open(package_data("holders.yaml"), encoding="utf-8") as fh:
        data = safe_load(fh.read())
    data["functions"][0]["holder_in"] = {"mars": "the Martian Government"}
    assert any("holder_in maps nations" in p for p in validate(data))


def test_a_force_asked_about_the_helicopter_is_pointed_to_npas() -> None:
    """Since 2012 the National Police Air Service flies for every force in England and Wales,
    run by West Yorkshire Police as lead force (Cleveland Police: "There is no 'Force
    helicopter'", FOI 245-25); Police Scotland and the PSNI fly their own aircraft."""
    text = "How many times has the force helicopter been deployed since January 2023?"
    found = fd335(text, "Cleveland Police")
    assert found and "National Police Air Service" in found[0]
    assert fd335("What was the total cost of police helicopter flights in 2024?", "Kent Police")
    for body in ("West Yorkshire Police", "Mayor of West Yorkshire", "Police Scotland", "PSNI"):
        listed, _ = resolve_any(body)
        assert not [f for f in unmerged(check(text, listed)) if f.rule == "FD335"], body
    # a force's own drones, what it pays NPAS and the calls for air support it makes are its own
    assert not fd335("How many times were police drones deployed in 2023?", "Kent Police")
    assert not fd335("How much did the force pay for police air support in 2023?", "Kent Police")
    assert not fd335("How many times did you request police air support in 2023?", "Kent Police")


def test_reports_to_action_fraud_and_crimestoppers_are_pointed_to_their_holders() -> None:
    """Action Fraud's reports are recorded by the National Fraud Intelligence Bureau, run by
    the City of London Police, which passes some on to local forces (West Midlands Police, FOI
    1020A/20: "contact them directly"); Crimestoppers is a charity outside the Act whose
    hotline reports a force does not hold (the Met, anti-corruption hotline, 2024)."""
    text = "How many frauds were reported to Action Fraud by people in the county in 2023?"
    found = fd335(text, "Kent Police")
    assert found and "City of London Police" in found[0]
    for body in ("City of London Police", "Police Scotland", "Kent County Council"):
        listed, _ = resolve_any(body)
        assert not [f for f in unmerged(check(text, listed)) if f.rule == "FD335"], body
    calls = "How many calls were made to Crimestoppers about drug dealing in 2023?"
    found = fd335(calls, "Kent Police")
    assert found and "charity Crimestoppers" in found[0]
    assert fd335(calls, "Leeds City Council")
    # what the force itself passed on or received is its own record
    assert not fd335("How many of these cases were passed onto Action Fraud?", "Kent Police")
    assert not fd335("How many reports did you receive from Crimestoppers in 2023?", "Kent Police")
    assert not fd335("How many crimes did Action Fraud disseminate to you in 2023?", "Kent Police")
