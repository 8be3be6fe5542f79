"""Snapshots of the app shell (pytest-textual-snapshot). Fixed clock, fixed file names and
times, a saved profile, no cursor blink. Update with ``pytest --snapshot-update`` after
looking at the report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.authority_select import AuthoritySelectScreen
from foidraft.tui.screens.batch_preview import BatchPreviewScreen
from foidraft.tui.screens.fields_dialog import FieldsDialog
from foidraft.tui.screens.flow_picker import FlowPickerScreen
from foidraft.tui.screens.interview import InterviewScreen
from tests.tui.shell_harness import (
    make_app,
    settle,
    type_text,
    wait_for,
    write_draft,
    write_template,
)
from tests.tui.test_shell_templates import BATCH

SnapCompare = Callable[..., bool]


@pytest.fixture(autouse=True)
def colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)  # snapshots show the real theme


def some_drafts(home: Path) -> None:
    write_draft("stop-and-search-1a2b.md", "Stop and search by ethnicity", authority="wmp")
    write_draft(
        "tasers-3c4d.md", "Taser use 2022 to 2024", authority="gmp", status="sent",
        sent="2025-05-08", updated="2025-05-08T16:00:00Z",
    )  # fmt: skip
    write_draft(
        "hate-crime-5e6f.md", "Hate crime [online] flags", authority="the_met",
        status="sent", sent="2025-04-01", updated="2025-04-01T10:00:00Z",
    )  # fmt: skip
    write_draft("custody-7a8b.md", "Deaths in custody", updated="2025-06-02T08:30:00Z")
    templates = home / "data" / "templates"
    templates.mkdir(parents=True)
    (templates / "arrests.md").write_text("---\ntitle: Arrests by offence\n---\nDear ,\n", "utf-8")


async def no_blink(pilot: Pilot[None]) -> None:
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


async def home_ready(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await no_blink(pilot)


def test_home_with_drafts(snap_compare: SnapCompare, foidraft_home: Path) -> None:
    some_drafts(foidraft_home)
    assert snap_compare(make_app(), terminal_size=(100, 32), run_before=home_ready)


def test_home_at_80_by_24(snap_compare: SnapCompare, foidraft_home: Path) -> None:
    some_drafts(foidraft_home)
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=home_ready)


def test_interview_question(snap_compare: SnapCompare) -> None:
    save_profile(Profile(name="Jo Bloggs"))

    async def first_question(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "west mids")
        await settle(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FlowPickerScreen), "flows")
        await settle(pilot)
        flows = pilot.app.screen.query_one("#flows", OptionList)
        flows.highlighted = flows.get_option_index("crime-statistics")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
        await settle(pilot)
        await type_text(pilot, "knife crime")  # the requester's words suggest offences
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # recorded crimes: on to the offences
        await settle(pilot)
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(100, 32), run_before=first_question)


def test_batch_preview_at_80_by_24(
    snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.tui.rule_fixture import split_year_rules

    rules = split_year_rules()  # findings independent of the rule base
    write_template("stop-and-search.md", BATCH)

    async def preview(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("b", "enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, AuthoritySelectScreen), "ticks")
        await settle(pilot)
        for query in ("gmp", "police scotland", "west mids"):
            pilot.app.screen.query_one("#select-query", Input).value = query
            await settle(pilot)
            await pilot.press("enter")
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FieldsDialog), "fields")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, BatchPreviewScreen), "preview")
        await settle(pilot)
        await pilot.press("down")  # Police Scotland's letter
        await settle(pilot)

    assert snap_compare(make_app(rules=rules), terminal_size=(80, 24), run_before=preview)
