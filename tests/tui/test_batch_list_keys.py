"""The batch's list of authorities: Tab from the search then enter ticked the first force,
highlighted but never chosen. In the list, as in the interview's, space ticks the
highlighted authority and enter goes on; the footer and the hint say so. And the preview
warns of a letter naming a place in another force's area."""

from __future__ import annotations

from foidraft.tui.batch_text import planned_prompt
from foidraft.tui.screens.authority_select import AuthorityChecklist, AuthoritySelectScreen
from foidraft.tui.screens.batch_preview import BatchPreviewScreen
from foidraft.tui.screens.fields_dialog import FieldsDialog
from tests.tui.shell_harness import (
    make_app,
    open_from_home,
    screen_text,
    settle,
    showing,
    text_of,
    wait_for,
    write_template,
)
from tests.tui.test_shell_templates import BATCH, split_year_only, tick


async def test_tab_then_enter_ticks_nothing_and_says_how_space_ticks() -> None:
    write_template("stop-and-search.md", BATCH)
    async with make_app(rules=split_year_only()).run_test(size=(80, 24)) as pilot:
        select = await open_from_home(pilot, ("b", "enter"), AuthoritySelectScreen, "the list")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert isinstance(pilot.app.focused, AuthorityChecklist)
        footer = " ".join(screen_text(pilot).splitlines()[-1].split())
        assert "space Tick" in footer and "⏎ Next" in footer, footer
        assert "in the list, space ticks" in screen_text(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert select.chosen == {}
        assert showing(pilot, AuthoritySelectScreen)
        said = [n.message for n in pilot.app._notifications]
        assert any("space ticks the highlighted authority" in m for m in said), said
        await pilot.press("down", "space")  # the user's own key on the force they chose
        await settle(pilot)
        assert list(select.chosen) == [select.matches[1].id]
        await pilot.press("enter")  # as the footer says: on with the ticked one
        await wait_for(pilot, lambda: showing(pilot, FieldsDialog), "the fields")


COVENTRY = """---
foidraft: 1
title: Knife crime in Coventry
---
Dear {authority.name},

Under {authority.act}, please provide the number of knife crimes recorded in Coventry in
the calendar year 2023.

Yours faithfully,

Jo Bloggs
"""


async def test_the_preview_warns_of_a_place_in_another_forces_area() -> None:
    write_template("coventry.md", COVENTRY)
    async with make_app(rules=split_year_only()).run_test(size=(100, 32)) as pilot:
        select = await open_from_home(pilot, ("b", "enter"), AuthoritySelectScreen, "the list")
        await settle(pilot)
        for query in ("west mids", "kent"):
            await tick(pilot, query)
        assert list(select.chosen) == ["wmp", "kent_police"]
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: showing(pilot, BatchPreviewScreen), "the preview")
        preview = pilot.app.screen
        assert isinstance(preview, BatchPreviewScreen)
        await wait_for(pilot, lambda: preview.plan is not None, "the plan")
        findings = preview.query_one("#preview-findings")
        assert "Coventry" not in text_of(findings)  # West Midlands Police's own area
        await pilot.press("down")  # Kent Police's letter
        await wait_for(pilot, lambda: "names Coventry" in text_of(findings), "the warning")
        assert "West Midlands Police's area" in text_of(findings)
        marks = [planned_prompt(d).plain[0] for d in preview.plan.drafts]  # type: ignore[union-attr]
        assert marks[0] == "✓" and marks[1] != "✓", marks  # Kent's is not a clean letter
