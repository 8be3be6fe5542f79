"""The bundled authority directory: completeness, resolve, search, select, user addresses."""

from __future__ import annotations

import csv
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from foidraft.authorities import directory as directory_module
from foidraft.authorities import user, wdtk
from foidraft.authorities.councils import council_authorities
from foidraft.authorities.directory import Directory, load_directory, read_csv, resolve
from foidraft.authorities.model import Authority
from foidraft.authorities.public_bodies import public_body_authorities
from foidraft.cli import main
from foidraft.errors import FoidraftError

ROOT = Path(__file__).resolve().parent.parent
RESEARCH = Path("/work/shared/research/police_forces.csv")

# The 43 territorial forces of England and Wales, written out by hand (not taken from
# the build script), with the WhatDoTheyKnow slug each is listed under.
ENGLAND = {
    "avon_and_somerset_police": "Avon and Somerset Constabulary",
    "bedfordshire_police": "Bedfordshire Police",
    "cambridgeshire_police": "Cambridgeshire Constabulary",
    "cheshire_police": "Cheshire Constabulary",
    "city_of_london_police": "City of London Police",
    "cleveland_police": "Cleveland Police",
    "cumbria_police": "Cumbria Constabulary",
    "derbyshire_police": "Derbyshire Constabulary",
    "devon_and_cornwall_police": "Devon and Cornwall Constabulary",
    "dorset_police": "Dorset Police",
    "durham_police": "Durham Constabulary",
    "essex_police": "Essex Police",
    "gloucestershire_police": "Gloucestershire Constabulary",
    "gmp": "Greater Manchester Police",
    "hampshire_police": "Hampshire and Isle of Wight Constabulary",
    "hertfordshire_police": "Hertfordshire Constabulary",
    "humberside_police": "Humberside Police",
    "kent_police": "Kent Police",
    "lancashire_police": "Lancashire Constabulary",
    "leicestershire_police": "Leicestershire Constabulary",
    "lincolnshire_police": "Lincolnshire Police",
    "merseyside_police": "Merseyside Police",
    "the_met": "Metropolitan Police Service",
    "norfolk_police": "Norfolk Constabulary",
    "nyp": "North Yorkshire Police",
    "northamptonshire_police": "Northamptonshire Police",
    "northumbria_police": "Northumbria Police",
    "nottinghamshire_police": "Nottinghamshire Police",
    "syp": "South Yorkshire Police",
    "staffordshire_police": "Staffordshire Police",
    "suffolk_police": "Suffolk Constabulary",
    "surrey_police": "Surrey Police",
    "sussex_police": "Sussex Police",
    "thames_valley_police": "Thames Valley Police",
    "warwickshire_police": "Warwickshire Police",
    "west_mercia_police": "West Mercia Police",
    "wmp": "West Midlands Police",
    "west_yorkshire_police": "West Yorkshire Police",
    "wiltshire_police": "Wiltshire Constabulary",
}
WALES = {
    "dyfed_powys_police": "Dyfed-Powys Police",
    "gwent_police": "Gwent Police",
    "north_wales_police": "North Wales Police",
    "south_wales_police": "South Wales Police",
}
# id -> (name, nation, regime, standard, cost limit, hourly rate, cost hours)
OTHER_FORCES = {
    "police_scotland": ("Police Scotland", "scotland", "FOISA", "scrs", 600, 15, 40),
    "psni": ("Police Service of Northern Ireland", "northern_ireland", "FOIA", "hocr", 450, 25, 18),
    "btp": ("British Transport Police", "uk", "FOIA", "hocr", 450, 25, 18),
    "mdp": ("Ministry of Defence Police", "uk", "FOIA", None, 600, 25, 24),
    "cnc": ("Civil Nuclear Constabulary", "uk", "FOIA", None, 450, 25, 18),
}


def bundled() -> list[Authority]:
    return read_csv(str(ROOT / "foidraft" / "data" / "authorities.csv"))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- the bundled CSV -------------------------------------------------------------------


def test_there_are_43_territorial_forces_in_england_and_wales() -> None:
    assert len(ENGLAND) + len(WALES) == 43


@pytest.mark.parametrize("slug", sorted(ENGLAND | WALES))
def test_every_force_in_england_and_wales_is_there(slug: str) -> None:
    a = load_directory().get(slug)
    assert a is not None
    assert a.name == (ENGLAND | WALES)[slug]
    assert (a.type, a.regime, a.recording_standard) == ("police", "FOIA", "hocr")
    assert (a.cost_limit, a.hourly_rate, a.cost_hours) == (450, 25, 18)
    assert a.nation == ("wales" if slug in WALES else "england")
    assert a.wdtk_url == f"https://www.whatdotheyknow.com/body/{slug}"
    assert "territorial" in a.tags


@pytest.mark.parametrize("slug", sorted(OTHER_FORCES))
def test_the_other_uk_forces_have_their_own_law_and_limits(slug: str) -> None:
    name, nation, regime, standard, limit, rate, hours = OTHER_FORCES[slug]
    a = load_directory().get(slug)
    assert a is not None
    assert (a.name, a.nation, a.regime, a.recording_standard) == (name, nation, regime, standard)
    assert (a.cost_limit, a.hourly_rate, a.cost_hours) == (limit, rate, hours)
    assert a.type == "police" and a.foi_applies


def test_commissioners_include_mopac_and_are_foia_at_450() -> None:
    pccs = [a for a in bundled() if a.type == "pcc"]
    assert {"mopac", "kent_pcc", "essex_pfcc", "dyfed_powys_pcc"} <= {a.id for a in pccs}
    assert all((a.regime, a.cost_limit, a.hourly_rate) == ("FOIA", 450, 25) for a in pccs)
    assert {a.id for a in pccs if a.nation == "wales"} == {
        "dyfed_powys_pcc", "gwent_pcc", "north_wales_pcc", "south_wales_pcc",
    }  # fmt: skip


def test_bundled_rows_are_well_formed() -> None:
    rows = bundled()
    ids = [a.id for a in rows]
    assert len(ids) == len(set(ids))
    for a in rows:
        assert a.email == ""  # only the user supplies an authority's email
        for url in (a.home_page, a.disclosure_log):
            assert url == "" or url.startswith(("http://", "https://")), (a.id, url)
        assert "@" not in a.email_unverified or a.email_unverified.count("@") == 1
        assert a.type in {"police", "pcc", "other"}
        assert a.regime in {"FOIA", "FOISA", ""}


def test_the_nca_is_listed_as_outside_foi() -> None:
    nca = load_directory().get("nca")
    assert nca is not None and not nca.foi_applies
    assert "not-foi" in nca.tags and "Schedule 1" in nca.notes


@pytest.mark.skipif(not RESEARCH.exists(), reason="the research file is not on this machine")
def test_committed_csv_matches_a_fresh_build() -> None:
    script = ROOT / "scripts" / "build_authorities.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


# --- resolve ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("gmp", "gmp"),
        ("Greater Manchester Police", "gmp"),
        ("GMP", "gmp"),
        ("the Met", "the_met"),
        ("MET POLICE", "the_met"),
        ("Met", "the_met"),
        ("Avon & Somerset", "avon_and_somerset_police"),
        ("avon and somerset constabulary", "avon_and_somerset_police"),
        ("Dyfed Powys", "dyfed_powys_police"),
        ("  police   scotland ", "police_scotland"),
        ("Mayors Office for Policing and Crime", "mopac"),
        ("MoD Police", "mdp"),
        ("Kent", "kent_police"),
        ("Kent PCC", "kent_pcc"),
        ("Essex PCC", "essex_pfcc"),
    ],
)
def test_resolve_exact_names_ids_and_aliases(ref: str, expected: str) -> None:
    assert resolve(ref).id == expected


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("Lancashire Polce", "lancashire_police"),
        ("Greater Manchestr Police", "gmp"),
        ("manchester", "gmp"),
        ("Nottinghamshire Constabulary", "nottinghamshire_police"),
    ],
)
def test_resolve_takes_a_confident_fuzzy_match(ref: str, expected: str) -> None:
    assert resolve(ref).id == expected


def test_resolve_refuses_to_guess_between_close_candidates() -> None:
    with pytest.raises(FoidraftError) as caught:
        resolve("yorkshire")
    message = caught.value.message
    assert "did you mean" in message
    for name in ("North Yorkshire Police", "South Yorkshire Police", "West Yorkshire Police"):
        assert name in message


@pytest.mark.parametrize("ref", ["zzqx wibble", "", "   "])
def test_resolve_reports_no_match(ref: str) -> None:
    with pytest.raises(FoidraftError) as caught:
        resolve(ref)
    assert caught.value.hint


def test_resolve_explains_that_the_nca_is_not_subject_to_foi() -> None:
    with pytest.raises(FoidraftError) as caught:
        resolve("NCA")
    assert "not subject" in caught.value.message
    assert caught.value.hint and "Home Office" in caught.value.hint


def test_check_with_a_known_authority_stays_import_light(tmp_path: Path) -> None:
    # An exact name is a dictionary look-up: no fuzzy matching library, no holiday tables.
    letter = tmp_path / "r.txt"
    letter.write_text("Please provide the number of crimes recorded.\n", encoding="utf-8")
    code = (
        "import sys, contextlib, io\n"
        "from foidraft.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['check', '--authority', 'West Mids', {str(letter)!r}])\n"
        "print(status, 'rapidfuzz' in sys.modules, 'holidays' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    status, fuzzy, holidays = done.stdout.split()
    assert status in {"0", "1"} and (fuzzy, holidays) == ("False", "False")


def test_lint_api_resolves_through_the_directory() -> None:
    from foidraft.lint.api import resolve_authority

    found = resolve_authority("West Mids")
    assert found is not None and found.id == "wmp"


# --- search ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("west mids", "wmp"),
        ("GMP", "gmp"),
        ("the Met", "the_met"),
        ("met police", "the_met"),
        ("Police Scotland", "police_scotland"),
        ("psni", "psni"),
        ("avon and somerset", "avon_and_somerset_police"),
        ("Devon & Cornwall", "devon_and_cornwall_police"),
        ("Thames Valley", "thames_valley_police"),
        ("TVP", "thames_valley_police"),
        ("BTP", "btp"),
        ("MDP", "mdp"),
        ("CNC", "cnc"),
        ("scotland", "police_scotland"),
        ("manch", "gmp"),
        # Typed as people type, half-finished: the generic "police" must not decide it.
        ("police scot", "police_scotland"),
        ("scot", "police_scotland"),
        ("mod police", "mdp"),
        ("north wales", "north_wales_police"),
        ("thames valey police", "thames_valley_police"),
        ("police service of northern", "psni"),
    ],
)
def test_search_ranks_the_right_force_first(query: str, expected: str) -> None:
    hits = load_directory().search(query, limit=5)
    assert hits[0][0].id == expected
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)


def test_search_does_not_match_abbreviations_inside_words() -> None:
    # "nca" is spelt inside "lancashire", "mps" inside "hampshire".
    d = load_directory()
    assert "nca" not in [a.id for a, _ in d.search("lancashire polce")]
    assert "hampshire_police" not in [a.id for a, _ in d.search("MPS")]


def test_search_limit_and_empty_query() -> None:
    d = load_directory()
    assert len(d.search("police", limit=3)) == 3
    assert d.search("   ") == []


# --- select ----------------------------------------------------------------------------


def ids(spec: str) -> list[str]:
    return [a.id for a in load_directory().select(spec)]


def test_select_police_is_every_force_subject_to_foi() -> None:
    expected = set(ENGLAND) | set(WALES) | set(OTHER_FORCES)
    assert set(ids("police")) == expected
    assert len(ids("territorial")) == 45
    assert "nca" not in ids("police") and "nca" not in ids("type:other")


def test_select_filters_narrow_and_commas_add() -> None:
    welsh = set(ids("nation:wales")) - {a.id for a in public_body_authorities()}
    assert welsh - set(ids("type:council")) == set(WALES) | {
        "dyfed_powys_pcc", "gwent_pcc", "north_wales_pcc", "south_wales_pcc",
    }  # fmt: skip
    assert len(welsh & set(ids("type:council"))) == 22  # Wales's principal councils
    assert set(ids("pcc nation:wales")) == {
        "dyfed_powys_pcc", "gwent_pcc", "north_wales_pcc", "south_wales_pcc",
    }  # fmt: skip
    assert ids("police regime:FOISA") == ["police_scotland"]
    bodies = {a.id for a in public_body_authorities()}  # NHS, universities, departments...
    assert set(ids("regime:foisa")) - set(ids("tag:scottish_council")) - bodies == {
        "police_scotland", "scottish_police_authority",
    }  # fmt: skip
    assert ids("standard:scrs") == ["police_scotland"]
    assert set(ids("nation:ni")) - set(ids("tag:ni_district")) - bodies == {
        "psni", "northern_ireland_policing_board",
    }  # fmt: skip
    # 37 commissioners' offices, MOPAC, and the offices of the four mayors who hold a
    # commissioner's functions (Greater Manchester, West and South Yorkshire, York and
    # North Yorkshire)
    assert len(ids("type:pcc")) == 42
    assert ids("gmp, the met, West Mids, gmp") == ["gmp", "the_met", "wmp"]
    assert ids("tag:pfcc nation:england")[:1] == ["cumbria_pcc"]


@pytest.mark.parametrize(
    "spec", ["", " , ", "type:polce", "nation:mars", "tag:nonsense", "north wales nation:wales",
             "police, nca", "colour:blue"],
)  # fmt: skip
def test_select_rejects_bad_specs(spec: str) -> None:
    with pytest.raises(FoidraftError):
        load_directory().select(spec)


# --- the user's confirmed addresses ------------------------------------------------------


def test_set_email_round_trip(capsys: pytest.CaptureFixture[str], foidraft_home: Path) -> None:
    code, out, _ = run_cli(
        capsys, "authorities", "set-email", "GMP", "mailto:FOI@Example.Police.UK"
    )
    assert code == 0 and "FOI@example.police.uk" in out
    path = foidraft_home / "config" / "authorities.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["emails"]["gmp"]["email"] == "FOI@example.police.uk"
    assert load_directory().get("gmp").email == "FOI@example.police.uk"  # type: ignore[union-attr]
    code, out, _ = run_cli(capsys, "authorities", "show", "gmp", "--json")
    assert json.loads(out)["email"] == "FOI@example.police.uk"
    code, out, _ = run_cli(capsys, "authorities", "set-email", "gmp", "--clear")
    assert code == 0
    assert load_directory().get("gmp").email == ""  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "bad", ["no-at-sign", "a@b", "a b@c.uk", "a@@b.uk", "a@-bad.uk", "a.@b.uk", "@b.uk", ""]
)
def test_set_email_rejects_malformed_addresses(
    bad: str, capsys: pytest.CaptureFixture[str], foidraft_home: Path
) -> None:
    code, _, err = run_cli(capsys, "authorities", "set-email", "gmp", bad)
    assert code == 2 and err.startswith("foidraft: error:") and "Traceback" not in err
    assert not (foidraft_home / "config" / "authorities.json").exists()


def test_no_email_for_bodies_outside_foi(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "authorities", "set-email", "nca", "foi@nca.example.uk")
    assert code == 2 and "not subject" in err


def test_a_broken_user_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], foidraft_home: Path
) -> None:
    path = foidraft_home / "config" / "authorities.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(FoidraftError) as caught:
        load_directory()
    assert str(path) in caught.value.message and caught.value.hint
    code, _, err = run_cli(capsys, "authorities", "show", "gmp")
    assert code == 2 and "authorities.json" in err


def test_show_offers_whatdotheyknow_until_an_address_is_confirmed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(capsys, "authorities", "show", "West Mids")
    assert code == 0
    assert "https://www.whatdotheyknow.com/body/wmp" in out
    assert "unverified" in out and "foidraft authorities set-email wmp" in out
    assert "email:" in out and "none confirmed" in out


# --- WhatDoTheyKnow's list as a later layer, and names with markup characters -------------

MARKUP_NAME = "Police [Test] Authority [b]x[/b] & Co"


def write_wdtk_cache(rows: list[dict[str, str]]) -> Path:
    path = Path(wdtk.cache_file())
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["Name", "Short name", "URL name", "Tags"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_cached_wdtk_list_adds_bodies_without_overriding_bundled_ones() -> None:
    write_wdtk_cache([
        {"Name": "Something Else", "Short name": "", "URL name": "gmp", "Tags": "police"},
        {"Name": "Kent County Council", "Short name": "", "URL name": "kent_cc", "Tags": "x"},
        {"Name": "Kent Fire Authority", "Short name": "", "URL name": "kent_fa", "Tags": "x"},
        {"Name": "Old Force", "Short name": "", "URL name": "old_force", "Tags": "defunct"},
        {"Name": "Exempt Body", "Short name": "", "URL name": "exempt", "Tags": "foi_no"},
        {"Name": "Scottish Council", "Short name": "", "URL name": "sc", "Tags": "scotland"},
    ])  # fmt: skip
    d = load_directory()
    assert d.get("gmp").name == "Greater Manchester Police"  # type: ignore[union-attr]
    assert resolve("Kent").id == "kent_police"
    assert resolve("Kent County Council").id == "kent_county_council"  # the councils' list
    assert resolve("Kent Fire Authority").id == "kent_fa"
    assert d.get("old_force") is None
    assert d.get("exempt") is not None and not d.get("exempt").foi_applies  # type: ignore[union-attr]
    assert d.get("sc").regime == "FOISA"  # type: ignore[union-attr]
    assert "kent_fa" not in ids("police")


def test_exact_look_ups_do_not_read_the_larger_list() -> None:
    calls: list[int] = []

    def more() -> list[Authority]:
        calls.append(1)
        return [Authority(id="extra", name="Extra Body")]

    d = Directory(bundled(), more=more)
    assert d.resolve("GMP").id == "gmp" and calls == []
    assert d.resolve("Extra Body").id == "extra" and calls == [1]


def test_names_with_markup_characters_survive_round_trips(
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_wdtk_cache([{"Name": MARKUP_NAME, "Short name": "", "URL name": "mk", "Tags": ""}])
    assert load_directory().get("mk").name == MARKUP_NAME  # type: ignore[union-attr]
    assert resolve(MARKUP_NAME).name == MARKUP_NAME
    hits = load_directory().search("police test authority")
    assert MARKUP_NAME in [a.name for a, _ in hits]
    code, out, _ = run_cli(capsys, "authorities", "show", "mk", "--json")
    assert code == 0 and json.loads(out)["name"] == MARKUP_NAME
    code, out, _ = run_cli(capsys, "authorities", "show", "mk")
    assert code == 0 and out.splitlines()[0] == MARKUP_NAME
    code, _, _ = run_cli(capsys, "authorities", "set-email", "mk", "foi@mk.example.org")
    assert code == 0
    again = load_directory().get("mk")
    assert again is not None and again.name == MARKUP_NAME
    assert again.email == "foi@mk.example.org"


# --- CLI -------------------------------------------------------------------------------


def test_cli_search_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "authorities", "search", "west", "mids", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2
    assert out.splitlines()[0].split()[1] == "wmp"
    code, out, _ = run_cli(capsys, "authorities", "search", "Police Scotland", "--json")
    first = json.loads(out)[0]
    assert (first["id"], first["regime"], first["cost_limit"]) == ("police_scotland", "FOISA", 600)


def test_cli_list_with_select(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "authorities", "list", "--select", "police nation:wales")
    assert code == 0 and out.splitlines()[-1] == "4 authorities."
    code, out, _ = run_cli(capsys, "authorities", "list", "--json")
    assert len(json.loads(out)) == len(bundled()) + len(council_authorities()) + len(
        public_body_authorities()
    )
    code, _, err = run_cli(capsys, "authorities", "list", "--select", "type:polce")
    assert code == 2 and "unknown type" in err


def test_cli_show_unknown_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "authorities", "show", "zzqx wibble")
    assert code == 2 and out == "" and err.startswith("foidraft: error: no authority")


def test_cli_show_nca_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "authorities", "show", "NCA")
    assert code == 0 and "not subject to freedom of information law" in out


def test_directory_cache_follows_foidraft_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = load_directory()
    assert load_directory() is first
    monkeypatch.setenv("FOIDRAFT_HOME", str(tmp_path / "elsewhere"))
    assert load_directory() is not first
    directory_module.clear_cache()
    assert user.user_file().startswith(str(tmp_path / "elsewhere"))
