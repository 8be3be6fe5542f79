"""The authority picker's order for places a requester types: the body named for the
place first, then bodies whose names hold the word, and no look-alike name above them."""

from __future__ import annotations

import pytest

from foidraft.authorities.directory import load_directory


def ids(query: str) -> list[str]:
    return [a.id for a, _score in load_directory().search(query, limit=5)]


@pytest.mark.parametrize(
    ("query", "first", "unrelated"),
    [
        ("Manchester", "gmp", {"mopac", "leicestershire_police", "cheshire_police"}),
        ("Scotland", "police_scotland", {"psni", "cleveland_police", "wmp"}),
        ("met", "the_met", {"kent_police"}),
        ("west mids", "wmp", {"gwent_police"}),
        (
            "Devon",
            "devon_and_cornwall_police",
            {"city_of_london_police", "avon_and_somerset_police"},
        ),
    ],
)
def test_a_place_lists_its_own_body_first_and_nothing_unrelated(
    query: str, first: str, unrelated: set[str]
) -> None:
    found = ids(query)
    assert found[0] == first
    assert not unrelated & set(found)


def test_every_body_listed_for_a_place_holds_its_name() -> None:
    for a, _score in load_directory().search("Devon", limit=10):
        assert "devon" in a.name.lower()


@pytest.mark.parametrize(
    ("query", "top_two"),
    [
        ("west mids", ["wmp", "west_midlands_pcc"]),
        ("north yorks", ["nyp", "north_yorkshire_pfcc"]),
    ],
)
def test_a_word_cut_short_counts_as_the_place(query: str, top_two: list[str]) -> None:
    assert ids(query)[:2] == top_two


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Glasgow", "police_scotland"),
        ("Edinburgh", "police_scotland"),
        ("Aberdeen", "police_scotland"),
        ("Belfast", "psni"),
        ("Cardiff", "south_wales_police"),
        ("Devn", "devon_and_cornwall_police"),
        ("Manchestr", "gmp"),
        ("met", "the_met"),
        ("west mids", "wmp"),
        ("Glasgw", "police_scotland"),
        ("Leeds", "west_yorkshire_police"),
    ],
)
def test_a_city_or_a_slip_for_a_county_lists_its_force_first(query: str, first: str) -> None:
    assert ids(query)[0] == first


def test_a_force_named_for_its_county_is_no_slip_for_another() -> None:
    assert ids("Sussex")[0] == "sussex_police" and "essex_police" not in ids("Sussex")
    assert ids("Essex")[0] == "essex_police" and "sussex_police" not in ids("Essex")


def test_a_city_lists_its_council_too_when_the_full_list_is_there() -> None:
    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority

    council = Authority(
        id="glasgow_city_council", name="Glasgow City Council", type="council",
        nation="scotland", regime="FOISA",
    )  # fmt: skip
    directory = Directory(load_directory().all(), more=lambda: [council])
    found = [a.id for a, _score in directory.search("Glasgow", limit=5)]
    assert found[:2] == ["police_scotland", "glasgow_city_council"]


def test_a_place_alone_is_never_taken_for_a_force_where_a_name_is_needed() -> None:
    from foidraft.authorities.infer import resolve_any
    from foidraft.errors import FoidraftError

    with pytest.raises(FoidraftError, match="Police Scotland"):
        load_directory().resolve("Glasgow")
    assert resolve_any("Glasgow")[0].id != "police_scotland"


def test_every_place_names_a_listed_force_with_its_source() -> None:
    import csv

    from foidraft import paths
    from foidraft.authorities.places import PLACES_FILE

    listed = {a.id: a for a in load_directory().all()}
    with open(paths.package_data(PLACES_FILE), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 100
    for row in rows:
        assert listed[row["authority"]].type == "police", row
        assert row["source"].startswith("https://www.legislation.gov.uk/"), row
