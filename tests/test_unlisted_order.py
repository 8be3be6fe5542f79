"""A body read from the name as typed never comes before a listed body the name is
plausibly a misspelling of ("Cty of Lndn" is the City of London Police, or the City of
London Corporation, a listed council), and still comes first for a body foidraft does not
list ("Frome Town Council")."""

from __future__ import annotations

import pytest

from foidraft.authorities.directory import Directory, load_directory
from foidraft.authorities.search import names_every_word
from foidraft.tui.screens.authority_picker import offer_unlisted


def offered(directory: Directory, query: str) -> list[str]:
    found = directory.search(query, limit=30)
    matches = [a for a, _score in found]
    offer_unlisted(query, found, matches)
    return [a.name for a in matches]


@pytest.mark.parametrize("query", ["Cty of Lndn", "City of Lndn", "Cty of London"])
def test_a_misspelt_listed_name_comes_before_the_name_as_typed(query: str) -> None:
    names = offered(load_directory(), query)
    assert names[0] == "City of London Police", names
    assert names.index(query) == names.index("City of London Corporation") + 1, names


def test_every_plausible_listed_body_comes_before_the_name_as_typed() -> None:
    names = offered(load_directory(), "Cty of Lndn")
    assert set(names[:2]) == {"City of London Police", "City of London Corporation"}, names
    assert names.index("Cty of Lndn") == 2, names


@pytest.mark.parametrize(
    "query",
    [
        "Frome Town Council",
        "Leeds Teaching Hospitals NHS Trust",
        "Greater Manchester Combined Authority",
    ],
)
def test_a_body_foidraft_does_not_list_still_comes_first(query: str) -> None:
    assert offered(load_directory(), query)[0] == query


def test_a_name_plausibly_means_a_body_only_when_it_has_every_word() -> None:
    police = load_directory().get("city_of_london_police")
    assert police is not None
    assert names_every_word("Cty of Lndn", police)
    assert names_every_word("city of london", police)
    assert not names_every_word("Leeds City Council", police)
    assert not names_every_word("City of London Council", police)


@pytest.mark.parametrize("query", ["Police Scot", "police sc", "West Midlands Pol"])
def test_a_listed_name_being_typed_comes_before_every_other(query: str) -> None:
    """Typing "Police Scot" offered the name as typed (a force in England) third, before
    the other forces: the requester is typing Police Scotland's name."""
    names = offered(load_directory(), query)
    assert names[0].casefold().startswith(query.casefold()), names
    assert names[-1] == query, names  # still offered, last
