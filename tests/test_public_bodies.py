"""NHS bodies, universities and national bodies are in the bundled directory, offline: a
new requester typing "DVLA", "SOAS" or "Bolton NHS" found nothing ("did you mean Police
Scotland?") or wrote "Dear bolton nhs," to a body read from the words as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.authorities.directory import clear_cache, load_directory
from foidraft.authorities.infer import any_body
from foidraft.authorities.names import normalize
from foidraft.authorities.public_bodies import PUBLIC_BODIES, public_body_authorities, validate
from foidraft.errors import FoidraftError
from foidraft.paths import package_data
from tests.conftest import Cli
from tests.test_authorities import write_wdtk_cache


def lines() -> list[str]:
    return Path(package_data(PUBLIC_BODIES)).read_text(encoding="utf-8").splitlines()


def test_the_bundled_file_is_valid() -> None:
    assert validate(lines()) == []


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ((",scotland,FOISA,600,15,", ",scotland,FOIA,600,15,"), "under FOISA"),
        ((",england,FOIA,450,25,", ",england,FOIA,500,25,"), "cost limit"),
        ((",nhs,", ",police,"), "the type is one of"),
        (("https://", "ftp://"), "source is a web address"),
    ],
)
def test_validate_refuses_a_wrong_row(change: tuple[str, str], said: str) -> None:
    bad = [line.replace(*change, 1) for line in lines()]
    assert any(said in problem for problem in validate(bad))


def test_a_name_given_twice_is_refused() -> None:
    rows = lines()
    assert any("also" in p for p in validate([*rows, rows[-1].replace(",", "x,", 1)]))


@pytest.mark.parametrize(
    ("typed", "name", "kind"),
    [
        ("DVLA", "Driver and Vehicle Licensing Agency", "central_government"),
        ("HMRC", "HM Revenue and Customs", "central_government"),
        ("Ofsted", "Ofsted", "central_government"),
        ("SOAS", "SOAS University of London", "education"),
        ("NHS England", "NHS England", "nhs"),
        ("Home Office", "Home Office", "central_government"),
        ("NHS Lothian", "NHS Lothian", "nhs"),
        # A walk typed it and it was read from its words, as a body foidraft does not list.
        ("Leeds Teaching Hospitals NHS Trust", "Leeds Teaching Hospitals NHS Trust", "nhs"),
        ("LTHT", "Leeds Teaching Hospitals NHS Trust", "nhs"),
    ],
)
def test_short_forms_and_names_find_the_listed_body(typed: str, name: str, kind: str) -> None:
    body, read_from_name = any_body(typed, load_directory())
    assert (body.name, body.type, read_from_name) == (name, kind, False)


def test_a_scottish_body_is_under_foisa_and_a_department_has_the_600_limit() -> None:
    directory = load_directory()
    lothian, dvla = directory.resolve("NHS Lothian"), directory.resolve("DVLA")
    assert (lothian.regime, lothian.cost_limit, lothian.hourly_rate) == ("FOISA", 600, 15)
    assert (dvla.regime, dvla.cost_limit, dvla.hourly_rate) == ("FOIA", 600, 25)


def test_what_a_requester_types_finds_the_body_first() -> None:
    directory = load_directory()
    for typed, name in [
        ("bolton nhs", "Bolton NHS Foundation Trust"),
        ("dvla", "Driver and Vehicle Licensing Agency"),
        ("soas", "SOAS University of London"),
        ("leeds teaching hospitals", "Leeds Teaching Hospitals NHS Trust"),
    ]:
        assert directory.search(typed, limit=3)[0][0].name == name


def test_no_public_body_takes_a_police_force_or_council_name() -> None:
    directory = load_directory()
    for body in public_body_authorities():
        for text in (body.name, *body.aliases):
            assert directory.exact(text) == [body], (text, directory.exact(text))
    # "the Met" is still the force, not the Met Office.
    assert directory.resolve("the Met").name == "Metropolitan Police Service"


def test_a_downloaded_whatdotheyknow_row_wins_and_keeps_its_page() -> None:
    write_wdtk_cache(
        [{"Name": "Home Office", "Short name": "", "URL name": "home_office", "Tags": "x"}]
    )
    clear_cache()
    directory = load_directory()
    found = directory.exact("Home Office")
    assert [(a.name, a.wdtk_slug) for a in found] == [("Home Office", "home_office")]
    assert directory.resolve("DVLA").name == "Driver and Vehicle Licensing Agency"
    clear_cache()


def test_the_cli_finds_dvla_and_says_what_to_do_when_nothing_matches(cli: Cli) -> None:
    code, out, _err = cli("authorities", "search", "dvla")
    assert code == 0
    assert "Driver and Vehicle Licensing Agency  (central_government" in out.splitlines()[0]
    code, out, _err = cli("authorities", "search", "zzzz")
    assert "give the body's full name as it signs its letters" in out
    assert "`foidraft authorities refresh` (uses the network)" in out


def test_ids_are_not_a_listed_name_of_another_body() -> None:
    names = {normalize(a.name): a.id for a in load_directory().all()}
    for body in public_body_authorities():
        assert names.get(normalize(body.name)) == body.id


def test_a_fire_service_is_not_taken_for_the_force_of_its_area() -> None:
    """A fire service's short name ("west midlands fire") was read as its area's force."""
    with pytest.raises(FoidraftError, match="West Midlands Fire Service"):
        any_body("west midlands fire", load_directory())
    assert load_directory().resolve("manchester").name == "Greater Manchester Police"


def test_a_draft_keeps_a_bundled_body_by_name_which_a_refreshed_list_still_finds() -> None:
    bolton = load_directory().resolve("Bolton NHS")
    assert bolton.ref == "Bolton NHS Foundation Trust"  # not its id: WhatDoTheyKnow's may differ
    write_wdtk_cache(
        [{"Name": "Bolton NHS Foundation Trust", "Short name": "", "URL name": "bolton_ft",
          "Tags": "nhs"}]
    )  # fmt: skip
    clear_cache()
    found = load_directory().find(bolton.ref)
    assert found is not None and (found.name, found.wdtk_slug) == (bolton.name, "bolton_ft")
    clear_cache()
