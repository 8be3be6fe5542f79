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
