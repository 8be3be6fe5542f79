"""Any public body can be checked for: a name the directory lacks is read from its words."""

from __future__ import annotations

import subprocess
import sys

import pytest

from foidraft.authorities.infer import infer_authority, resolve_any

CASES = [
    ("Leeds City Council", "council", "england", "FOIA", 450),
    ("Glasgow City Council", "council", "scotland", "FOISA", 600),
    ("Cyngor Gwynedd Council", "council", "wales", "FOIA", 450),
    ("Belfast City Council", "council", "northern_ireland", "FOIA", 450),
    ("NHS Lothian", "nhs", "scotland", "FOISA", 600),
    ("Leeds Teaching Hospitals NHS Trust", "nhs", "england", "FOIA", 450),
    ("Betsi Cadwaladr University Health Board", "nhs", "wales", "FOIA", 450),
    ("Ulster University", "education", "northern_ireland", "FOIA", 450),
    ("University of Edinburgh", "education", "scotland", "FOISA", 600),
    ("Department for Work and Pensions", "central_government", "uk", "FOIA", 600),
    ("Scottish Government", "central_government", "scotland", "FOISA", 600),
    ("Scotland Office", "central_government", "uk", "FOIA", 600),
    ("Office of the Police and Crime Commissioner for Dorset", "pcc", "england", "FOIA", 450),
    ("Transport for London", "other", "england", "FOIA", 450),
    # Bodies that oversee or inspect the police are not forces: no crime records.
    ("Independent Office for Police Conduct", "other", "england", "FOIA", 450),
    ("Police Investigations and Review Commissioner", "other", "scotland", "FOISA", 600),
    ("Police Ombudsman for Northern Ireland", "other", "northern_ireland", "FOIA", 450),
    ("HM Inspectorate of Constabulary and Fire & Rescue Services", "other", "england", "FOIA", 450),
    ("College of Policing", "other", "england", "FOIA", 450),
    # Fire services keep no crime records, whatever "County" in the name suggests.
    ("Essex County Fire & Rescue Service", "other", "england", "FOIA", 450),
    ("Scottish Fire and Rescue Service", "other", "scotland", "FOISA", 600),
    # Scottish bodies whose names name no Scottish place a list of places would hold.
    ("Crown Office and Procurator Fiscal Service", "central_government", "scotland", "FOISA", 600),
    ("University of Strathclyde", "education", "scotland", "FOISA", 600),
    ("Heriot-Watt University", "education", "scotland", "FOISA", 600),
]


@pytest.mark.parametrize(("name", "kind", "nation", "regime", "cost"), CASES)
def test_a_name_says_what_kind_of_body(
    name: str, kind: str, nation: str, regime: str, cost: int
) -> None:
    a = infer_authority(name)
    assert (a.type, a.nation, a.regime, a.cost_limit) == (kind, nation, regime, cost)
    assert a.recording_standard is None


def test_an_unlisted_force_gets_its_recording_standard() -> None:
    assert infer_authority("Isle of Man Constabulary").recording_standard == "hocr"
    # Forces that answer jointly name themselves in the plural.
    assert infer_authority("Norfolk and Suffolk Constabularies").type == "police"


def test_regime_overrides_what_the_name_says() -> None:
    a = infer_authority("Moray Council", "FOIA")
    assert (a.regime, a.cost_limit, a.hourly_rate) == ("FOIA", 450, 25)
    b = infer_authority("A Scottish body", "FOISA")
    assert (b.regime, b.cost_limit, b.hourly_rate) == ("FOISA", 600, 15)


def test_listed_bodies_come_from_the_directory() -> None:
    found, note = resolve_any("Police Scotland")
    assert found.id != "" and found.type == "police" and found.regime == "FOISA"
    assert note is None


def test_a_fuzzy_match_of_another_kind_of_body_is_not_taken() -> None:
    """'Northamptonshire County Council' (abolished in 2021, so not listed) is near
    'Northamptonshire Police' in spelling, not in kind."""
    found, note = resolve_any("Northamptonshire County Council")
    assert found.type == "council" and note is not None and "council" in note


def test_regime_overrides_a_listed_body() -> None:
    found, _ = resolve_any("Police Scotland", "FOIA")
    assert found.regime == "FOIA" and found.cost_limit == 450


def test_police_advice_stays_with_police() -> None:
    """A council asked about 'incidents' is not told about command-and-control logs."""
    from foidraft import check

    text = "Please tell me how many incidents of fly-tipping were reported in 2023.\n"
    police = {f.rule for f in check(text, "West Midlands Police")}
    council = {f.rule for f in check(text, "Birmingham City Council")}
    assert "FD201" in police and "FD201" not in council


def test_check_notes_what_it_assumed_and_never_fails_on_an_unknown_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "r.txt"
    letter.write_text("Please provide the council's policy on grass cutting.\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "foidraft", "check", "--authority", "Little Snoring Parish"
         " Council", str(letter)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert res.stderr.startswith("foidraft: note: 'Little Snoring Parish Council'")
    assert "council in England under FOIA" in res.stderr


def test_a_drafts_authority_reads_back_as_an_id_or_as_a_name() -> None:
    from foidraft.authorities.directory import load_directory

    directory = load_directory()
    listed = directory.find("wmp")
    assert listed is not None and listed.ref == "wmp"
    assert directory.find("West Midlands Police") == listed  # a listed body's own name
    leeds = directory.find("Leeds  City Council")  # a listed council: kept by its id
    assert leeds is not None and leeds.type == "council" and leeds.ref == "leeds_city_council"
    council = directory.find("Borsetshire  District Council")  # made up: not listed
    assert council is not None and council.type == "council"
    assert council.ref == "Borsetshire District Council"  # kept by name, read back the same
    assert directory.find(council.ref) is not None
    scottish = directory.find("Glasgow City Council")
    assert scottish is not None and scottish.regime == "FOISA"
    assert directory.find("wmpx") is None  # an unknown id stays unknown


def test_a_name_too_long_to_be_a_body_is_one_clear_error() -> None:
    from foidraft.errors import FoidraftError

    with pytest.raises(FoidraftError, match="1 to 200 characters"):
        infer_authority("Council " * 2000)
    assert infer_authority("x" * 200).name == "x" * 200


def test_a_body_read_from_its_name_is_described_in_words() -> None:
    from foidraft.tui.screens.authority_picker import detail_line

    assert detail_line(infer_authority("NHS Lothian")).startswith("NHS body · Scotland · FOISA")
    assert detail_line(infer_authority("Leeds City Council")).startswith("council · England")
