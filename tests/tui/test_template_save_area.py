"""The app's "save as a template" dialog offers a place in the draft's own area, in its name
or its letter, as each authority's area, unticked and said why; ticked, a batch gives each
authority its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from foidraft.authorities.directory import load_directory
from foidraft.templates import TemplateStore
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.template_save import ReplacementList
from tests.tui.shell_harness import make_app, screen_text, showing, wait_for, write_draft
from tests.tui.test_shell_templates import to_save_template

LETTER = (
    "Dear Greater Manchester Police,\n\nPlease tell me how many knife crimes were recorded "
    "in Salford in 2024.\n\nYours faithfully,\nJo Bloggs\n"
)


async def test_a_place_in_the_name_and_the_letter_is_offered_as_each_ones_area(
    foidraft_home: Path,
) -> None:
    title = "Knife crime in Manchester: crimes recorded in Manchester"  # one line for both
    write_draft("gmp-0001.md", title, authority="gmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await to_save_template(pilot)
        text = screen_text(pilot)
        assert "places go to every authority as written" in text  # said why
        save = pilot.app.screen.query_one("#save")
        assert save.region.bottom <= 24 and save.region.height  # the button is on screen
        assert "each authority's area" in text and "in the name" in text
        replacements = pilot.app.screen.query_one(ReplacementList)
        assert len(replacements.selected) == 1  # the force's name; the places are offered
        assert pilot.app.screen.query_one("#template-name", Input).has_focus
        await pilot.press("tab")
        await pilot.press("down", "space", "down", "space")  # Salford, then the name's place
        assert len(replacements.selected) == 3
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the dialog to close")
        # Named as Home names it: it said “Knife crime in {authority.area}: …” (walk23).
        (note,) = [str(n.message) for n in pilot.app._notifications if n.title == "Template saved"]
        assert "“Knife crime in [area]: crimes recorded in [area]”" in note, note
    saved = TemplateStore().get("knife-crime-in-manchester")
    assert saved.title == "Knife crime in {authority.area}: crimes recorded in {authority.area}"
    wmp = load_directory().find("wmp")
    out = saved.render(wmp, today=dt.date(2026, 12, 7))
    assert out.title == "Knife crime in West Midlands: crimes recorded in West Midlands"
    assert (
        "recorded in West Midlands in 2024" in out.body and "Dear West Midlands Police" in out.body
    )
