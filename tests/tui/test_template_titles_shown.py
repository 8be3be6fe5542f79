"""A template's title reads "[area]" wherever the app shows it, never the raw placeholder:
walk23 saw 'Saved the template “Knife crime in {authority.area}: …”' and, in the command
palette, 'template: new draft from Knife crime in {authority.area}: …', while Home, the
batch picker and its screens said "[area]"."""

from __future__ import annotations

from foidraft.tui.commands import app_commands
from tests.tui.shell_harness import make_app, settle, write_template


async def test_the_palette_offers_a_template_by_its_shown_title() -> None:
    write_template("knives.md", "---\ntitle: Knife crime in {authority.area}\n---\nDear x\n")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        labels = [c.label for c in await app_commands(app)]
    assert "template: new draft from Knife crime in [area]" in labels, labels
