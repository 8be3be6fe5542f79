"""`foidraft batch`: one checked, personalised draft per authority; pilots and re-runs."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.batch import PlannedDraft, batch_drafts, plan_batch, write_batch
from foidraft.cli import main
from foidraft.drafts import Draft, DraftStore
from foidraft.errors import FoidraftError
from foidraft.templates import Template, TemplateStore, template_from_text
from tests.conftest import Cli

GOOD = """---
title: Online grooming offences
fields: period
---
Dear {authority.name},

Under {authority.act}, please provide the number of crimes of sexual communication with a
child recorded in {period}, broken down by month and by {authority.offence_codes}.

If answering would exceed the cost limit of {authority.cost_limit}, please answer for the
most recent six months only.

Yours faithfully,

Jane Smith
"""
PERIOD = {"period": "the financial year 1 April 2023 to 31 March 2024"}
LEFTOVER = re.compile(r"\{[^{}\n]*\}|\[\[")


def template(text: str = GOOD, name: str = "grooming.md") -> Template:
    return template_from_text(text, name)


def hard_coded(replacements: dict[str, str]) -> Template:
    text = GOOD
    for old, new in replacements.items():
        text = text.replace(old, new)
    return template(text, "hard.md")


def police() -> list[Authority]:
    return load_directory().select("police")


def by_id(plan_drafts: list[PlannedDraft], ref: str) -> PlannedDraft:
    return next(p for p in plan_drafts if p.authority.id == ref)


def test_a_batch_to_every_police_force(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    forces = police()
    plan = plan_batch(template(), forces, PERIOD, store=store)
    result = write_batch(plan, store)
    assert [p.authority.id for p, _ in result.written] == [a.id for a in forces]
    assert len(store.list()) == len(forces) and result.skipped == []
    for planned, draft in result.written:
        a = planned.authority
        assert draft.path is not None
        loaded = store.load_path(draft.path)
        assert (loaded.authority, loaded.batch, loaded.template) == (
            a.id,
            "grooming",
            "grooming.md",
        )
        assert loaded.status == "draft" and loaded.body == planned.text
        assert not LEFTOVER.search(loaded.body), a.id
        assert loaded.body.startswith(f"Dear {a.name},\n")
        assert f"cost limit of £{a.cost_limit}," in loaded.body
        assert a.name in loaded.title or (a.short_name and a.short_name in loaded.title)
        if a.regime == "FOISA":
            assert "Freedom of Information (Scotland) Act 2002" in loaded.body
            assert "Home Office" not in loaded.body
        else:
            assert "the Freedom of Information Act 2000" in loaded.body
        if a.recording_standard == "hocr":
            assert "Home Office offence codes" in loaded.body
    scotland = by_id(plan.drafts, "police_scotland")
    assert "£600" in scotland.text
    assert not {"FD904", "FD905", "FD906"} & {f.rule for f in scotland.findings}
    assert not plan.warned
    assert "nca" not in {a.id for a in forces}


def test_hard_coded_english_wording_is_flagged_for_scotland_only() -> None:
    bad = hard_coded(
        {
            "{authority.act}": "the Freedom of Information Act 2000",
            "{authority.offence_codes}": "Home Office offence codes",
            "{authority.cost_limit}": "£450",
        }
    )
    plan = plan_batch(bad, police(), PERIOD)
    scotland = by_id(plan.drafts, "police_scotland")
    rules = {f.rule for f in scotland.findings}
    assert {"FD904", "FD905", "FD906"} <= rules
    assert "FD906" in scotland.rules("warning") and scotland.has_warnings
    gmp = by_id(plan.drafts, "gmp")
    assert not {"FD904", "FD905", "FD906"} & {f.rule for f in gmp.findings}
    assert plan.warned


def test_bodies_outside_foi_are_never_written_to(tmp_path: Path) -> None:
    directory = load_directory()
    nca, gmp = directory.get("nca"), directory.get("gmp")
    assert nca is not None and gmp is not None and not nca.foi_applies
    plan = plan_batch(template(), [nca, gmp, gmp], PERIOD)
    assert [p.authority.id for p in plan.drafts] == ["gmp"]
    assert [a.id for a, _ in plan.left_out] == ["nca"]
    with pytest.raises(FoidraftError, match="no authority to write to"):
        plan_batch(template(), [nca], PERIOD)


def test_missing_values_and_a_fixed_salutation_are_refused_before_any_work() -> None:
    with pytest.raises(FoidraftError, match="needs a value for period"):
        plan_batch(template(), police(), {})
    fixed = hard_coded({"Dear {authority.name},": "Dear West Midlands Police,"})
    with pytest.raises(FoidraftError, match="addressed as West Midlands Police"):
        plan_batch(fixed, police()[:2], PERIOD)
    generic = hard_coded({"Dear {authority.name},": "Dear Sir or Madam,"})
    assert len(plan_batch(generic, police()[:2], PERIOD).drafts) == 2


def test_pilot_then_the_rest_then_nothing(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    forces = police()
    pilot = plan_batch(template(), forces, PERIOD, pilot=3, store=store)
    assert [p.authority for p in pilot.drafts] == forces[:3]
    assert pilot.held_back == forces[3:]
    assert len(write_batch(pilot, store).written) == 3
    rest = plan_batch(template(), forces, PERIOD, store=store)
    assert [p.authority for p in rest.drafts if p.existing] == forces[:3]
    result = write_batch(rest, store)
    assert len(result.written) == len(forces) - 3 and len(result.skipped) == 3
    again = write_batch(plan_batch(template(), forces, PERIOD), store)  # plan without store
    assert again.written == [] and len(again.skipped) == len(forces)
    assert len(store.list()) == len(forces)
    assert len(batch_drafts(store, "grooming")) == len(forces)
    other = write_batch(plan_batch(template(), forces[:2], PERIOD, batch_id="grooming-2025"), store)
    assert len(other.written) == 2 and len(store.list()) == len(forces) + 2


def test_a_failed_write_leaves_whole_drafts_and_a_rerun_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(tmp_path / "drafts")
    forces = police()[:5]
    real_save = DraftStore.save
    calls = {"n": 0}

    def flaky(self: DraftStore, draft: Draft, *, force: bool = False) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real_save(self, draft, force=force)

    monkeypatch.setattr(DraftStore, "save", flaky)
    with pytest.raises(FoidraftError, match="2 written so far"):
        write_batch(plan_batch(template(), forces, PERIOD), store)
    assert [s.problem for s in store.list()] == [None, None]
    monkeypatch.setattr(DraftStore, "save", real_save)
    result = write_batch(plan_batch(template(), forces, PERIOD), store)
    assert len(result.written) == 3 and len(result.skipped) == 2
    assert sorted(d.authority for d in batch_drafts(store, "grooming")) == sorted(
        a.id for a in forces
    )


# -- the command -----------------------------------------------------------------------------


@pytest.fixture
def saved_template() -> Path:
    path = TemplateStore().save(template()).path
    assert path is not None
    return path


def test_cli_dry_run_pilot_and_rerun(cli: Cli, saved_template: Path) -> None:
    period = f"--set=period={PERIOD['period']}"
    code, out, err = cli("batch", "grooming", "--to", "police", period, "--dry-run")
    assert code == 0 and DraftStore().list() == []
    assert "would write" in out and "Police Scotland" in out and "clean" in out
    assert "Pilot first" in err and "NPCC Central Referral Unit" in err
    code, out, err = cli("batch", "grooming", "--to", "police", period, "--pilot", "2")
    assert code == 0 and len(DraftStore().list()) == 2
    assert "2 drafts written, 0 skipped" in out and "without --pilot" in err
    names = {s.name for s in DraftStore().list()}
    assert all(name in out for name in names)
    code, out, _ = cli("batch", "grooming", "--to", "police", period)
    total = len(police())
    assert code == 0 and f"{total - 2} drafts written, 2 skipped" in out
    skipped_rows = [ln for ln in out.splitlines() if ln.lstrip().startswith("skipped ")]
    assert len(skipped_rows) == 2 and all("already in the batch" in ln for ln in skipped_rows)
    code, out, _ = cli("batch", "grooming", "--to", "police", period, "--json")
    data = json.loads(out)
    assert code == 0 and {d["state"] for d in data["drafts"]} == {"skipped"}
    assert len(DraftStore().list()) == total


def test_cli_reports_findings_per_draft_and_exits_1_on_warnings(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "english.md"
    bad.write_text(GOOD.replace("{authority.offence_codes}", "Home Office offence codes"), "utf-8")
    code, out, _ = cli("batch", str(bad), "--to", "Police Scotland, gmp", "--set", "period=2023")
    assert code == 1
    line = next(ln for ln in out.splitlines() if "Police Scotland" in ln)
    assert "1 warning (FD906)" in line and "written" in line
    gmp = next(ln for ln in out.splitlines() if "Greater Manchester Police" in ln)
    assert "warning" not in gmp and "error" not in gmp
    assert "1 with warnings" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["grooming", "--to", "police"], "needs a value for period"),
        (["grooming", "--to", "police", "--set", "perod=1"], "no field 'perod'"),
        (["grooming", "--to", "police", "--set", "period"], "expected FIELD=VALUE"),
        (["grooming", "--to", "nca", "--set", "period=1"], "not subject to freedom of information"),
        (["grooming", "--to", "type:nothing", "--set", "period=1"], "unknown type"),
        (["nothing", "--to", "police"], "no template matches 'nothing'"),
        (["grooming", "--to", "police", "--set", "period=1", "--pilot", "0"], "at least one"),
        (["grooming", "--to", "police", "--set", "period=1", "--batch", "Bad Id"], "batch id"),
    ],
)
def test_cli_errors_are_one_line_exit_2_and_write_nothing(
    cli: Cli, saved_template: Path, argv: list[str], message: str
) -> None:
    code, out, err = cli("batch", *argv)
    assert code == 2 and out == ""
    assert err.startswith("foidraft: error: ") and message in err.splitlines()[0]
    assert DraftStore().list() == []


def test_a_template_goes_to_bodies_the_directory_lacks_as_drafts_new_takes_them(
    cli: Cli, saved_template: Path, tmp_path: Path
) -> None:
    to = "Frome Town Council, Hampshire Hospitals NHS Foundation Trust, gmp"
    code, out, err = cli("batch", "grooming", "--to", to, "--set", "period=2023")
    assert code in (0, 1), err
    assert "'Frome Town Council' is not in foidraft's list" in err and "as a council" in err
    assert "as an NHS body" in err
    drafts = {DraftStore().load(s.name).authority for s in DraftStore().list()}
    # kept by name, as `drafts new` keeps such a body, so every command reads it back
    assert drafts == {"Frome Town Council", "Hampshire Hospitals NHS Foundation Trust", "gmp"}
    council = next(s for s in DraftStore().list() if "Frome Town Council" in s.title)
    assert "Dear Frome Town Council," in DraftStore().load(council.name).body
    code, out, _ = cli("batch", "grooming", "--to", to, "--set", "period=2023")
    assert "0 drafts written, 3 skipped" in out  # a re-run finds them by name
    assert main(["export", "--batch", "grooming", "--out", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "index.csv").open(encoding="utf-8") as f:
        rows = {r["authority_name"]: r for r in csv.DictReader(f)}
    trust = rows["Hampshire Hospitals NHS Foundation Trust"]
    assert trust["wdtk_link"] == ""  # no page known, so the index does not send you to one
    assert "WhatDoTheyKnow link" not in trust["email_status"]
    assert "its website" in trust["email_status"]
    assert rows["Greater Manchester Police"]["wdtk_link"].startswith("https://")


def test_a_one_word_name_the_directory_lacks_is_still_an_error(
    cli: Cli, saved_template: Path
) -> None:
    code, out, err = cli("batch", "grooming", "--to", "Nowhereshire", "--set", "period=1")
    assert code == 2 and out == "" and DraftStore().list() == []
    assert err.startswith("foidraft: error: ")
