"""The batch summary tells drafts with errors from drafts with warnings, and is headed by
the template's title, not the batch's id."""

from __future__ import annotations

from textual.app import App

from foidraft.authorities.directory import load_directory
from foidraft.batch import plan_batch, write_batch
from foidraft.drafts import DraftStore
from foidraft.templates import template_from_text
from foidraft.tui.screens.batch_summary import BatchSummaryScreen
from tests.tui.shell_harness import screen_text

TEMPLATE = """---
title: Knife crime in {period}
fields: period
---
Dear {authority.name},

Under {authority.act}, please provide the number of crimes recorded for Home Office
offence codes 3B (threats to kill) and 10D (possession of an article with a blade or
point) in {period}.

Yours faithfully,

Jo Bloggs
"""


async def test_errors_and_warnings_are_counted_apart() -> None:
    store = DraftStore()
    directory = load_directory()
    forces = [directory.resolve("gmp"), directory.resolve("police_scotland")]
    plan = plan_batch(
        template_from_text(TEMPLATE, "knives.md"),
        forces,
        {"period": "the financial year 2023/24"},
        store=store,
    )
    counts = {p.authority.id: p.counts() for p in plan.drafts}
    assert "error" in counts["police_scotland"] and "error" not in counts["gmp"], counts
    result = write_batch(plan, store)

    class SummaryApp(App[None]):
        def on_mount(self) -> None:
            self.push_screen(BatchSummaryScreen(plan, result))

    app = SummaryApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(pilot)
        assert "2 drafts written; 1 with errors to fix before sending" in text, text
        head = text.splitlines()[0]
        assert "Batch written" in head and result.batch_id not in head, head


COVENTRY = """---
title: Knife crime in Coventry
---
Dear {authority.name},

Under {authority.act}, please provide the number of crimes recorded for Home Office
offence code 10D (possession of an article with a blade or point) in Coventry in the
calendar year 2023.

Yours faithfully,

Jo Bloggs
"""


async def test_a_letter_naming_another_forces_place_is_not_called_clean() -> None:
    """Walking a campaigner's batch at 80x24: the letters to Kent Police asking about
    Coventry were marked ▲ in the list, but the line above said "none with warnings" and
    the row said only its notes, so nothing said what was wrong with them."""
    store = DraftStore()
    directory = load_directory()
    forces = [directory.resolve("wmp"), directory.resolve("kent_police")]
    plan = plan_batch(template_from_text(COVENTRY, "coventry.md"), forces, store=store)
    assert not any(p.has_warnings for p in plan.drafts)  # the check alone finds no warning
    result = write_batch(plan, store)

    class SummaryApp(App[None]):
        def on_mount(self) -> None:
            self.push_screen(BatchSummaryScreen(plan, result))

    app = SummaryApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(pilot)
        said = " ".join(text.split())
        assert "none with warnings" not in said, text
        assert "2 drafts written; 1 with warnings." in said, text
        assert "names Coventry (West Midlands Police's area)" in said, text
