"""A batch letter that names a place in another force's area is warned about when the
batch is planned: a template written for West Midlands Police ("knife crime in
Coventry") went to Kent Police asking about Coventry, and nothing said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.authorities.places import places_elsewhere
from foidraft.batch import plan_batch
from foidraft.cli import main
from foidraft.templates import TemplateStore, template_from_text

COVENTRY = """---
title: Knife crime in Coventry
---
Dear {authority.name},

Under {authority.act}, please provide the number of knife crimes recorded in Coventry in
the calendar year 2023.

Yours faithfully,

Jane Smith
"""


def force(ref: str) -> Authority:
    found = load_directory().get(ref)
    assert found is not None
    return found


def test_a_place_in_another_forces_area_is_found_and_its_own_is_not() -> None:
    text = "Knife crime in Coventry and Birmingham"
    assert places_elsewhere(text, force("kent_police")) == [
        ("Coventry", "wmp"), ("Birmingham", "wmp"),
    ]  # fmt: skip
    assert places_elsewhere(text, force("wmp")) == []
    assert places_elsewhere("crime in the City of London", force("city_of_london_police")) == []
    assert places_elsewhere("Knife crime in Coventry", force("west_midlands_pcc")) == []


def test_the_plan_warns_for_each_force_but_the_one_whose_area_it_is() -> None:
    template = template_from_text(COVENTRY, "coventry.md")
    plan = plan_batch(template, [force("wmp"), force("kent_police")])
    wmp, kent = plan.drafts
    assert wmp.elsewhere == () and wmp.elsewhere_text() == ""
    assert kent.elsewhere == (("Coventry", "West Midlands Police"),)
    assert "names Coventry (West Midlands Police's area)" in kent.elsewhere_text()


def test_the_command_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    TemplateStore().save(template_from_text(COVENTRY, "coventry.md"))
    assert main(["batch", "coventry", "--to", "wmp,kent_police", "--dry-run"]) == 1
    err = capsys.readouterr().err
    said = " ".join(err.split())
    assert "Warning: the letter to Kent Police names Coventry" in said, err
    assert "{authority.area}" in said and "letter to West Midlands Police names" not in said


def test_a_script_is_told_by_the_exit_status_and_the_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`foidraft batch` exited 0 with the letter to Kent Police asking about Coventry, its
    row saying "clean": a script sent it. Exit 1 (as for a warning found), the row says
    why, stderr says what to do, and --json carries the place."""
    import json

    TemplateStore().save(template_from_text(COVENTRY, "coventry.md"))
    assert main(["batch", "coventry", "--to", "wmp,kent_police"]) == 1
    out, err = capsys.readouterr()
    kent = next(ln for ln in out.splitlines() if "Kent Police" in ln)
    assert "a place elsewhere (Coventry)" in kent and "clean" not in kent, out
    assert "Warning:" not in out and "Kent Police names Coventry" in " ".join(err.split())
    assert main(["batch", "coventry", "--to", "wmp,kent_police", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)  # a re-run: nothing new to look at
    rows = {d["authority"]: d for d in data["drafts"]}
    assert rows["kent_police"]["elsewhere"] == [
        {"place": "Coventry", "area_of": "West Midlands Police"}
    ]
    assert rows["kent_police"]["warned"] and rows["kent_police"]["state"] == "skipped"
    assert rows["wmp"]["elsewhere"] == [] and not rows["wmp"]["warned"]


def test_the_count_of_letters_to_look_at_includes_them(capsys: pytest.CaptureFixture[str]) -> None:
    """The last line said "0 with warnings" under the letter warned about Coventry."""
    TemplateStore().save(template_from_text(COVENTRY, "coventry.md"))
    main(["batch", "coventry", "--to", "wmp,kent_police", "--dry-run"])
    said = " ".join(capsys.readouterr().out.split())
    assert "2 drafts would be written, 0 skipped (already in the batch), 1 with warnings" in said


def test_a_rerun_warns_only_of_the_letters_it_writes(capsys: pytest.CaptureFixture[str]) -> None:
    """A re-run printed the warning for the letter already in the batch while its last
    line said "0 with warnings" and it exited 0: the warning went with the letter written."""
    TemplateStore().save(template_from_text(COVENTRY, "coventry.md"))
    assert main(["batch", "coventry", "--to", "wmp,kent_police", "--batch", "b1"]) == 1
    capsys.readouterr()
    assert main(["batch", "coventry", "--to", "wmp,kent_police", "--batch", "b1"]) == 0
    out, err = capsys.readouterr()
    assert "0 drafts written, 2 skipped (already in the batch), 0 with warnings" in " ".join(
        out.split()
    )
    assert "Warning:" not in err, err


def test_exporting_the_batch_warns_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The letters went out of `foidraft export --batch` to be sent with no word that the
    one to Kent Police still asked about Coventry."""
    TemplateStore().save(template_from_text(COVENTRY, "coventry.md"))
    main(["batch", "coventry", "--to", "wmp,kent_police"])
    capsys.readouterr()
    assert main(["export", "--batch", "coventry", "--out", str(tmp_path / "out")]) == 0
    err = " ".join(capsys.readouterr().err.split())
    said = "warning: kent-police.txt: the letter names Coventry (West Midlands Police's area)"
    assert said in err
    assert "wmp.txt" not in err
