"""Exporting a batch says which letters are not ready to send, as exporting one draft
does: a batch from an interview letter for Police Scotland keeps gaps to fill (the
Scottish names of Home Office codes), and `export --batch` wrote them out in silence, exit
0, with WhatDoTheyKnow links carrying "[[...]]" in index.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.batch import plan_batch, write_batch
from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.export import export_batch
from foidraft.templates import template_from_text

TEMPLATE = (
    "---\ntitle: Stop and search\n---\nDear {authority.name},\n\nUnder {authority.act}, "
    "please send the number of stop and search encounters in the calendar year 2023.\n\n"
    "Yours faithfully,\n\nJane Smith\n"
)


def batch_with_one_gap() -> str:
    """A batch of three; Police Scotland's letter keeps a gap. Its draft's name."""
    forces = load_directory().select("gmp, police scotland, wmp")
    store = DraftStore()
    write_batch(plan_batch(template_from_text(TEMPLATE, "stop.md"), forces, {}), store)
    scottish = next(d for d in store.list() if d.authority == "police_scotland")
    draft = store.load(scottish.name)
    draft.body = draft.body.replace("in the calendar", "[[which encounters]] in the calendar")
    store.save(draft)
    return draft.name


def test_the_export_lists_the_letter_with_a_gap(tmp_path: Path) -> None:
    batch_with_one_gap()
    done = export_batch(DraftStore(), "stop", tmp_path, lookup=load_directory().get)
    assert len(done.files) == 3
    assert list(done.to_fix) == ["police-scotland.txt"]
    assert "placeholder" in done.to_fix["police-scotland.txt"][0]


def test_the_command_warns_of_it_and_names_the_draft_to_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = batch_with_one_gap()
    code = main(["export", "--batch", "stop", "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("3 files")
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert warnings[0].startswith("warning: police-scotland.txt: Fix before sending:")
    assert f"`foidraft check {name}`" in warnings[0]


async def test_the_app_says_which_files_to_fix(foidraft_home: Path) -> None:
    from tests.tui.shell_harness import export_batch_as_text, make_app, settle, write_draft

    letter = (
        "Dear {},\n\nPlease provide {}the policy on tasers.\n\nYours faithfully,\n\nJo Bloggs\n"
    )
    write_draft("gmp-0001.md", "Tasers (GMP)", authority="gmp", extra={"batch": "tasers"},
                body=letter.format("Greater Manchester Police", ""))  # fmt: skip
    write_draft("wmp-0001.md", "Tasers (WMP)", authority="wmp", extra={"batch": "tasers"},
                body=letter.format("West Midlands Police", "[[which version]] of "))  # fmt: skip
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await export_batch_as_text(pilot, "tasers", foidraft_home / "out")
        said = [n for n in pilot.app._notifications if n.title == "Batch exported"]
    assert len(said) == 1 and said[0].severity == "warning"
    assert "Fix before sending: foidraft flags errors in wmp.txt;" in said[0].message
