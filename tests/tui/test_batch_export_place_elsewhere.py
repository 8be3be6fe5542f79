"""Exporting a batch to a folder from the app said only how many files it wrote, while the
letter to North Yorkshire Police still asked about Leeds (West Yorkshire Police's area)."""

from __future__ import annotations

from pathlib import Path

from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import export_batch_as_text, make_app, settle, write_draft

BODY = (
    "Dear {name},\n\nPlease provide the number of crimes recorded with the hate crime flag "
    "in Leeds in the calendar year 2024.\n\nYours faithfully,\n\nJo Bloggs\n"
)


async def test_the_export_says_which_letter_names_another_forces_place(
    foidraft_home: Path,
) -> None:
    forces = {"west_yorkshire_police": "West Yorkshire Police", "nyp": "North Yorkshire Police"}
    for force, name in forces.items():
        write_draft(
            f"{force}-0001.md", f"Hate crime in Leeds ({force})", authority=force,
            body=BODY.format(name=name), extra={"batch": "hate"},
        )  # fmt: skip
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.screen.query_one(DraftsTable).focus()
        await export_batch_as_text(pilot, "hate", foidraft_home / "out")
        said = [n for n in pilot.app._notifications if n.title == "Batch exported"]
        assert said and said[0].severity == "warning", said
        words = " ".join(said[0].message.split())
        assert "nyp.txt names Leeds (West Yorkshire Police's area)" in words, words
        assert "west-yorkshire-police.txt" not in words
