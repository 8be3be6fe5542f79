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
