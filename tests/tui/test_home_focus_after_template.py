"""Back on Home from a draft started from a template, the drafts table has the focus (on
that draft): the walk found it still on the template, where enter started another draft
from it and `r` renamed nothing."""

from __future__ import annotations

from textual.widgets import OptionList

from foidraft.rules.model import RuleSet
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import make_app, settle, wait_for, write_draft, write_template

TEMPLATE = """---
foidraft: 1
title: Arrests in 2023
---
Dear {authority.name},

Under {authority.act}, please tell me how many arrests {authority.short_name} made in the
calendar year 2023.

Yours faithfully,

Jo Bloggs
"""


async def test_back_from_a_template_draft_the_drafts_have_the_focus() -> None:
    write_template("arrests.md", TEMPLATE)
    write_draft("older-0001.md", "An older request")
    made = write_draft("arrests-0002.md", "Arrests in 2023", authority="essex_police")
    app = make_app(rules=RuleSet([]))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        templates = home.query_one("#templates", OptionList)
        templates.focus()  # where enter started the draft
        await wait_for(pilot, lambda: pilot.app.focused is templates, "the template focused")
        app.last_edited = made  # as the editor leaves it, the draft made from the template
        home.on_screen_resume()
        table = home.query_one(DraftsTable)
        await wait_for(pilot, lambda: table.selected_path() == made, "the cursor on the draft")
        await settle(pilot)
        assert pilot.app.focused is table
