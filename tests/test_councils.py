"""The UK's councils by name (foidraft/data/councils.csv): the file is validated strictly,
councils resolve to listed bodies with their tier, nation and law, and the tier decides
who holds what (FD335), which other bodies a letter names (FD915) and Home's short forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.authorities.councils import HEADER, councils, short_form, tier, validate
from foidraft.authorities.directory import load_directory
from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from foidraft.lint.merging import unmerged
from foidraft.paths import package_data
from foidraft.tui.home_rows import short_body_name, short_forms

SOURCE = "https://github.com/mysociety/uk_local_authority_names_and_codes"


def lines(*rows: str) -> list[str]:
    return ["# attribution", ",".join(HEADER), *rows]


def test_the_bundled_file_is_valid_and_names_its_source_and_licence() -> None:
    text = Path(package_data("councils.csv")).read_text(encoding="utf-8")
    assert validate(text.splitlines()) == []
    assert "mySociety" in text and "CC BY 4.0" in text
    by_tier: dict[str, int] = {}
    for council in councils().values():
        by_tier[council.tier] = by_tier.get(council.tier, 0) + 1
    # England's two tiers since April 2023; every Welsh, Scottish and Northern Irish council.
    assert (by_tier["county"], by_tier["district"]) == (21, 164)
    assert (by_tier["welsh_principal"], by_tier["scottish_council"]) == (22, 32)
    assert by_tier["ni_district"] == 11


def test_the_2023_reorganisations_are_the_new_unitary_councils() -> None:
    names = {c.name: c for c in councils().values()}
    for name in ("Cumberland Council", "Westmorland and Furness Council",
                 "North Yorkshire Council", "Somerset Council"):  # fmt: skip
        assert names[name].tier == "unitary"
    for gone in ("Cumbria County Council", "Allerdale Borough Council",
                 "North Yorkshire County Council", "Harrogate Borough Council",
                 "Somerset County Council", "Mendip District Council"):  # fmt: skip
        assert gone not in names


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("kent,Kent County Council,Kent,county,england,,,https://x", "three capitals"),
        ("KEN,Kent County Council,Kent,shire,england,,,https://x", "unknown tier"),
        ("KEN,Kent County Council,Kent,county,wales,,,https://x", "not in 'wales'"),
        ("DOV,Dover District Council,Dover,district,england,,,https://x", "names a listed"),
        ("KEN,Kent County Council,Kent,county,england,,,http://x", "https address"),
        ("KEN,Kent County Council,Kent,county,england,,", "fields"),
    ],
)
def test_a_broken_row_is_described(row: str, problem: str) -> None:
    assert any(problem in p for p in validate(lines(row)))


def test_a_wrong_header_and_a_name_used_twice_are_described() -> None:
    assert validate(["code,name"]) == [f"the header is {','.join(HEADER)}"]
    twice = lines(
        "KEN,Kent County Council,Kent,county,england,,,https://x",
        "KNT,Kent Council,Kent,unitary,england,,,https://x",
    )
    assert any("is also KEN's" in p for p in validate(twice))


@pytest.mark.parametrize(
    ("name", "body", "nation", "regime", "council_tier"),
    [
        ("Leeds City Council", "leeds_city_council", "england", "FOIA", "metropolitan_district"),
        ("Leeds Council", "leeds_city_council", "england", "FOIA", "metropolitan_district"),
        ("Exeter City Council", "exeter_city_council", "england", "FOIA", "district"),
        ("Devon County Council", "devon_county_council", "england", "FOIA", "county"),
        ("Barnet Council", "london_borough_of_barnet", "england", "FOIA", "london_borough"),
        ("The Highland Council", "highland_council", "scotland", "FOISA", "scottish_council"),
        ("Cardiff Council", "city_of_cardiff_council", "wales", "FOIA", "welsh_principal"),
        ("Belfast City Council", "belfast_city_council", "northern_ireland", "FOIA",
         "ni_district"),
        ("Shepway District Council", "folkestone_and_hythe_district_council", "england",
         "FOIA", "district"),
    ],
)  # fmt: skip
def test_a_council_resolves_to_a_listed_body_with_its_nation_and_law(
    name: str, body: str, nation: str, regime: str, council_tier: str
) -> None:
    found, note = resolve_any(name)
    assert (found.id, found.type, found.nation, found.regime) == (body, "council", nation, regime)
    assert note is None and tier(found) == council_tier
    assert found.cost_limit == (600 if regime == "FOISA" else 450)


def test_a_bare_place_is_still_its_police_force_and_a_district_names_its_county() -> None:
    directory = load_directory()
    assert directory.resolve("manchester").id == "gmp"  # not Manchester City Council
    assert directory.resolve("Kent").id == "kent_police"
    exeter, _ = resolve_any("Exeter City Council")
    assert "Devon County Council runs schools" in exeter.notes
    unlisted, note = resolve_any("Borsetshire District Council")  # no such council: words
    assert tier(unlisted) is None and note is not None
    harrogate, note = resolve_any("Harrogate Borough Council")  # abolished: its successor
    assert tier(harrogate) == "unitary" and note is not None and "North Yorkshire" in note


def fd335(text: str, body: str) -> list[str]:
    found = unmerged(check(text, resolve_any(body)[0]))
    return [f.message for f in found if f.rule == "FD335"]


def test_who_holds_what_follows_the_listed_tier() -> None:
    exclusions = "How many pupils were permanently excluded from schools in 2023?"
    assert fd335(exclusions, "Exeter City Council")  # a district: Devon runs the schools
    assert fd335(exclusions, "Hastings Borough Council")
    assert not fd335(exclusions, "Reading Borough Council")  # unitary: both tiers
    assert not fd335(exclusions, "Leeds City Council")
    assert not fd335(exclusions, "North Yorkshire Council")  # unitary since April 2023
    assert fd335(exclusions, "Borsetshire District Council")  # unlisted, called a district
    assert not fd335(exclusions, "Harrogate Borough Council")  # its records are North Yorkshire's
    arrears = "How many council tax arrears cases were there in 2023?"
    assert fd335(arrears, "Devon County Council")
    assert not fd335(arrears, "Exeter City Council")
    assert not fd335(arrears, "London Borough of Barnet")


def test_a_district_is_told_its_county_by_name() -> None:
    """The message said "held by the county council" though the list knows which one; a
    district read from a name the list lacks keeps the general words."""
    roads = "How many potholes were reported on roads in your area in 2023?"

    def said(body: str) -> str:
        found = [f for f in unmerged(check(roads, resolve_any(body)[0])) if f.rule == "FD335"]
        assert found, body
        return found[0].message

    assert "held by Devon County Council (the highway authority), not by Exeter" in said(
        "Exeter City Council"
    )
    assert "held by the county council (the highway authority)" in said(
        "Borsetshire District Council"  # a district the list lacks (a made-up name)
    )


def fd915(text: str, body: str) -> list[str]:
    return [f.match for f in check(text, resolve_any(body)[0]) if f.rule == "FD915"]


def test_a_letter_addressed_to_another_council_is_flagged() -> None:
    letter = "Dear {},\n\nPlease send me the number of potholes repaired in 2023.\n"
    assert fd915(letter.format("Devon County Council"), "Exeter City Council") == [
        "Devon County Council"
    ]
    assert fd915(letter.format("Leeds City Council"), "West Yorkshire Police") == [
        "Leeds City Council"
    ]
    assert not fd915(letter.format("Exeter City Council"), "Exeter City Council")
    assert not fd915(letter.format("Leeds"), "West Yorkshire Police")  # a place, not a body


def test_home_shortens_a_council_to_its_place() -> None:
    barnet, _ = resolve_any("London Borough of Barnet")
    assert short_form(barnet) == "Barnet"
    assert short_body_name(barnet.name, 12, short_forms(barnet)) == "Barnet"
    leeds, _ = resolve_any("Leeds City Council")
    assert short_body_name(leeds.name, 14, short_forms(leeds)) == "Leeds Council"
    police, _ = resolve_any("Kent Police")
    assert short_form(police) == ""
