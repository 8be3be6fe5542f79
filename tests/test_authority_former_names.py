"""The body a typed name means is the body advised for: former names go to the body that
holds the records now (with a note), a commissioner is never the force, a force's name
inside a letter's or log's form is that force, and a near match in another nation's law
is not taken."""

from __future__ import annotations

import csv

import pytest

from foidraft import paths
from foidraft.authorities.directory import Directory, load_directory
from foidraft.authorities.former import FORMER, former_names, replaced_line
from foidraft.authorities.forms import plain_forms
from foidraft.authorities.infer import infer_nation, infer_type, other_nation, resolve_any
from foidraft.authorities.model import Authority
from foidraft.authorities.names import normalize as normalize_name
from foidraft.authorities.select import select
from foidraft.errors import FoidraftError

LEGACY_SCOTTISH = [
    "Central Scotland Police",
    "Dumfries and Galloway Constabulary",
    "Fife Constabulary",
    "Grampian Police",
    "Lothian and Borders Police",
    "Northern Constabulary",
    "Strathclyde Police",
    "Tayside Police",
    "Scottish Crime and Drug Enforcement Agency",
]


@pytest.fixture(autouse=True)
def _bundled_only(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIDRAFT_HOME", str(tmp_path))


@pytest.mark.parametrize("name", LEGACY_SCOTTISH)
def test_a_legacy_scottish_force_is_police_scotland_under_foisa(name: str) -> None:
    body, note = resolve_any(name)
    assert (body.id, body.regime, body.recording_standard) == ("police_scotland", "FOISA", "scrs")
    assert note is not None and "1 April 2013" in note and "Police Scotland" in note


def test_a_legacy_force_named_in_a_letter_form_is_police_scotland() -> None:
    body, note = resolve_any("The Chief Constable of Northern Constabulary")
    assert body.id == "police_scotland" and note is not None


def test_a_near_match_in_another_nations_law_is_not_taken() -> None:
    psni = load_directory().get("psni")
    scotland = load_directory().get("police_scotland")
    assert psni is not None and scotland is not None
    assert other_nation("Northern Constabulary", psni)  # no Northern Irish word, and one PSNI lacks
    assert not other_nation("Police Service Northern Ireland", psni)
    assert not other_nation("Polise Scotlnd", scotland)  # misspelt, but every word is its
    only_psni = Directory([psni])
    with pytest.raises(FoidraftError):
        only_psni.resolve("Northern Constabulary")


def test_no_commissioner_name_resolves_to_a_force() -> None:
    directory = load_directory()
    forces = [
        a for a in directory.all() if "territorial" in a.tags and a.nation in ("england", "wales")
    ]
    assert len(forces) == 43
    for force in forces:
        area = force.aliases[0] if force.id == "the_met" else force.name.rsplit(" ", 1)[0]
        for typed in (f"{area} Police and Crime Commissioner", f"{area} PCC"):
            body, _note = resolve_any(typed, directory=directory)
            assert body.type == "pcc", (typed, body)


@pytest.mark.parametrize(
    ("typed", "holder"),
    [
        ("West Yorkshire Police and Crime Commissioner", "west_yorkshire_mayor"),
        ("Office of the Police and Crime Commissioner for West Yorkshire", "west_yorkshire_mayor"),
        ("Greater Manchester Police and Crime Commissioner", "greater_manchester_mayor"),
        ("South Yorkshire PCC", "south_yorkshire_pcc"),
        ("North Yorkshire Police, Fire and Crime Commissioner", "north_yorkshire_pfcc"),
        ("Metropolitan Police Authority", "mopac"),
        ("Kent Police Authority", "kent_pcc"),
    ],
)
def test_a_commissioner_a_mayor_replaced_is_the_mayors_office_with_a_note(
    typed: str, holder: str
) -> None:
    body, note = resolve_any(typed)
    assert body.id == holder and body.type == "pcc"
    assert note is not None and "no longer exists" in note


def test_a_police_authority_that_still_exists_is_itself() -> None:
    scottish, _ = resolve_any("Scottish Police Authority")
    assert scottish.id == "scottish_police_authority"
    nuclear, note = resolve_any("Civil Nuclear Police Authority")  # answers for the CNC
    assert (nuclear.id, note) == ("cnc", None)
    unknown, note = resolve_any("Atlantis Police Authority")  # no commissioner for Atlantis
    assert unknown.type == "pcc" and "inferred" in unknown.tags and note is not None


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("The Chief Constable of Essex Police", "essex_police"),
        ("Cleveland Police (FOI)", "cleveland_police"),
        ("Kent Police FOI Team", "kent_police"),
        ("Essex Police - Information Management", "essex_police"),
        ("Freedom of Information, Cheshire Constabulary", "cheshire_police"),
        ("Gwent Police / Heddlu Gwent", "gwent_police"),
        ("Heddlu Gogledd Cymru", "north_wales_police"),
        ("Office of the Police and Crime Commissioner for Cleveland", "cleveland_pcc"),
        (
            "Office of the Northamptonshire Police, Fire and Crime Commissioner",
            "northamptonshire_pcc",
        ),
        ("Cumbria Police and Crime Commissioner", "cumbria_pcc"),
    ],
)
def test_a_listed_body_inside_a_letters_form_is_that_body(typed: str, listed: str) -> None:
    body, note = resolve_any(typed)
    assert (body.id, note) == (listed, None)


def test_a_form_is_taken_off_only_when_a_known_body_remains() -> None:
    assert plain_forms("Leeds City Council") == []
    dbt, note = resolve_any("Department for Business and Trade (Export Control Joint Unit)")
    assert dbt.type == "central_government" and "inferred" in dbt.tags and note is not None
    # The Ministry of Defence is listed (foidraft/data/public_bodies.csv): its part is a form.
    mod, note = resolve_any("Ministry of Defence (Navy Command)")
    assert mod.name == "Ministry of Defence" and "inferred" not in mod.tags
    ni, _ = resolve_any("Office of the First Minister and Deputy First Minister (Northern Ireland)")
    assert ni.nation == "northern_ireland"


def test_a_listed_name_with_a_bracket_is_not_cut_down() -> None:
    navy = Authority(
        id="navy", name="Ministry of Defence (Navy Command)", type="central_government"
    )
    mod = Authority(id="mod", name="Ministry of Defence", type="central_government")
    directory = Directory([navy, mod])
    assert resolve_any("Ministry of Defence (Navy Command)", directory=directory)[0].id == "navy"
    assert resolve_any("Ministry of Defence (FOI)", directory=directory)[0].id == "mod"


def test_bodies_replaced_by_ones_outside_foi_or_unlisted() -> None:
    with pytest.raises(FoidraftError, match="National Crime Agency"):
        resolve_any("Serious Organised Crime Agency")
    iopc, note = resolve_any("IPCC")
    assert iopc.name == "Independent Office for Police Conduct" and iopc.type == "other"
    assert note is not None and "8 January 2018" in note
    assert infer_type("Police Complaints Authority") == "other"


def test_welsh_names_read_as_welsh_police() -> None:
    assert infer_type("Heddlu Trafnidiaeth") == "police"
    assert infer_nation("Heddlu Trafnidiaeth") == "wales"


def test_selections_and_drafts_read_former_names_too() -> None:
    directory = load_directory()
    assert [a.id for a in select(directory, "SCDEA, Tayside Police")] == ["police_scotland"]
    found = directory.find("Strathclyde Police")
    assert found is not None and found.id == "police_scotland"


def test_every_former_name_has_a_successor_a_date_and_a_source() -> None:
    directory = load_directory()
    with open(paths.package_data(FORMER), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert (
        len({r["name"] for r in rows}) == len(rows) == len({id(v) for v in former_names().values()})
    )
    for row in rows:
        target = row["successor"]
        assert target.startswith("name:") or directory.get(target) is not None, row["name"]
        assert row["since"] and row["why"] and row["source"].startswith("https://"), row["name"]
        # a former name that is also a listed body's name may only be its successor's
        for owner in directory.exact(row["name"]):
            assert owner.id == target, row["name"]


@pytest.mark.parametrize(
    ("typed", "now"),
    [
        ("Harrogate Borough Council", "North Yorkshire Council"),
        ("Selby District Council", "North Yorkshire Council"),
        ("Mendip District Council", "Somerset Council"),
        ("Taunton Deane Borough Council", "Somerset Council"),
        ("Carlisle City Council", "Cumberland Council"),
        ("South Lakeland District Council", "Westmorland and Furness Council"),
        ("Wycombe District Council", "Buckinghamshire Council"),
        ("Kettering Borough Council", "North Northamptonshire Council"),
        ("Northampton Borough Council", "West Northamptonshire Council"),
        ("Christchurch Borough Council", "Bournemouth, Christchurch and Poole Council"),
        ("West Dorset District Council", "Dorset Council"),
        ("Waveney District Council", "East Suffolk Council"),
    ],
)
def test_an_abolished_english_council_is_the_council_that_replaced_it(typed: str, now: str) -> None:
    body, note = resolve_any(typed)
    assert body.name == now and body.type == "council" and body.regime == "FOIA"
    assert note is not None and "no longer exists" in note and now in note


def test_a_county_split_between_two_councils_is_not_given_one_successor() -> None:
    # Cumbria's and Northamptonshire's county records went to two councils by area: naming
    # one would send a request for the other half of the county to the wrong body.
    for typed in ("Cumbria County Council", "Northamptonshire County Council"):
        assert normalize_name(typed) not in former_names()


def test_the_picker_says_why_a_former_name_is_offered_as_its_successor() -> None:
    harrogate = resolve_any("Harrogate Borough Council")[0]
    line = replaced_line("harrogate  borough council", harrogate)
    assert line == (
        "Harrogate Borough Council no longer exists: North Yorkshire Council holds its "
        "records (since 1 April 2023)"
    )
    assert replaced_line("North Yorkshire Council", harrogate) == ""  # its own name
    assert replaced_line("Harrogate Borough Council", resolve_any("Leeds City Council")[0]) == ""
    scotland = resolve_any("Strathclyde Police")[0]
    assert replaced_line("Strathclyde Police", scotland).startswith("Strathclyde Police no longer")


async def test_the_picker_shows_that_line_for_the_name_typed() -> None:
    from textual.widgets import Static

    from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
    from tests.tui.shell_harness import make_app, settle, type_text, wait_for

    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        picker = AuthorityPickerScreen()
        pilot.app.push_screen(picker)
        await wait_for(pilot, lambda: picker.directory is not None, "the directory")
        await type_text(pilot, "Harrogate Borough Council")
        await settle(pilot)
        highlighted = picker.highlighted()
        assert highlighted is not None and highlighted.name == "North Yorkshire Council"
        detail = str(picker.query_one("#authority-detail", Static).render())
        assert "Harrogate Borough Council no longer exists" in detail
