"""Sending from Home: export a draft (clipboard, WhatDoTheyKnow link, .eml), export a
batch to a folder, and due dates that follow a clarification."""

from __future__ import annotations

import email
import email.policy
import urllib.parse
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from foidraft import paths
from foidraft.deadlines import due_dates
from foidraft.drafts import DraftStore
from foidraft.drafts.tracking import deadlines_for
from foidraft.export import wdtk_letter
from foidraft.tui.screens.export_menu import ExportScreen, LinkField
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import (
    TODAY,
    export_batch_as_text,
    make_app,
    open_from_home,
    screen_text,
    settle,
    showing,
    wait_for,
    write_draft,
)

LETTER = (
    "Dear Greater Manchester Police,\n\n"
    "Please provide the number of [redacted] arrests in 2023 & 2024, by month.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)


def notes(app: object) -> list[str]:
    from textual.app import App

    assert isinstance(app, App)
    return [n.message for n in app._notifications]


async def test_export_copies_the_letter_and_link_and_saves_an_eml() -> None:
    path = write_draft("arrests-0001.md", "Arrests 2023 & 2024", authority="gmp", body=LETTER)
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: showing(pilot, ExportScreen), "the export menu")
        await settle(pilot)
        await pilot.press("t")
        assert pilot.app.clipboard == LETTER
        assert any("if your terminal allows it" in n for n in notes(pilot.app))

        await pilot.press("w")
        link = pilot.app.clipboard
        shown = pilot.app.screen.query_one(LinkField)  # whole and selectable, to copy by hand
        assert shown.text == link and shown.read_only
        parts = urllib.parse.urlsplit(link)
        assert (parts.netloc, parts.path) == ("www.whatdotheyknow.com", "/new/gmp")
        query = urllib.parse.parse_qs(parts.query)
        assert query["title"] == ["Arrests 2023 & 2024"]
        assert query["default_letter"] == [wdtk_letter(LETTER)]
        assert "[redacted] arrests in 2023 & 2024" in query["default_letter"][0]

        await pilot.press("m")
        assert pilot.app.clipboard.startswith("mailto:?subject=Arrests%202023%20%26%202024")
        assert shown.text == pilot.app.clipboard  # shown too, in case the copy did not reach
        command = str(pilot.app.screen.query_one("#export-command", Static).content)
        assert command.endswith("-f mailto")

        await pilot.press("s")
        await wait_for(pilot, lambda: "Your email address" in screen_text(pilot), "the email")
        await pilot.press("enter")  # asked once for the From line; left empty
        await wait_for(pilot, lambda: "Save it where?" in screen_text(pilot), "where to save")
        field = pilot.app.screen.query_one(Input)
        expected = Path(paths.exports_dir()) / "arrests-0001.eml"
        assert field.value == str(expected)
        await pilot.press("enter")
        await wait_for(pilot, expected.exists, "the .eml file")
    message = email.message_from_bytes(expected.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Arrests 2023 & 2024"
    assert message["X-Unsent"] == "1" and message["To"] is None  # no confirmed address
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == LETTER
    assert path.exists()


async def open_export(pilot: Pilot[None]) -> ExportScreen:
    """From Home, the export menu for the highlighted draft, its authority looked up."""
    return await open_from_home(pilot, ("e",), ExportScreen, "the export menu")


async def test_a_long_link_is_shown_whole_and_a_long_title_said_to_be_shortened() -> None:
    from foidraft.export import WDTK_TITLE_LIMIT, wdtk_title

    title = "Arrests and charges for online offences against children, by force area " * 4
    body = "Dear Greater Manchester Police,\n\n" + "Please provide the figures. " * 60
    write_draft("long-0001.md", title.strip(), authority="gmp", body=body + "\n")
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        field = screen.query_one(LinkField)
        assert len(screen.link) > 1500 and field.text == screen.link  # all of it, not 310
        assert "WhatDoTheyKnow link (" in screen_text(pilot)  # on screen at 80x24, unscrolled
        field.focus()
        await pilot.press("f7")  # selects it all, for ctrl+c
        assert field.selected_text == screen.link
        short = wdtk_title(title)
        note = str(screen.query_one("#export-note", Static).content)
        assert f"over WhatDoTheyKnow's {WDTK_TITLE_LIMIT} characters" in note and short in note
        assert len(short) <= WDTK_TITLE_LIMIT
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(screen.link).query)
        assert query["title"] == [short]
        command = str(screen.query_one("#export-command", Static).content)
        assert "foidraft export long-0001" in command and command.endswith("-f wdtk")


async def test_a_batch_exports_to_a_folder_from_the_palette(foidraft_home: Path) -> None:
    for force in ("gmp", "wmp"):
        write_draft(
            f"{force}-0001.md", f"Tasers ({force})", authority=force, extra={"batch": "tasers"}
        )
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        pilot.app.screen.query_one(DraftsTable).focus()
        await export_batch_as_text(pilot, "tasers", foidraft_home / "out")
        assert any("2 files and index.csv, index.md" in n for n in notes(pilot.app))
    names = sorted(p.name for p in (foidraft_home / "out").iterdir())
    assert names == ["gmp.txt", "index.csv", "index.md", "wmp.txt"]


async def test_home_due_dates_count_from_the_clarification() -> None:
    # Sent 1 April: due by 2 May, so overdue on 2 June, unless the clock restarted.
    write_draft(
        "late-0001.md", "Sent long ago", authority="gmp", status="sent", sent="2025-04-01",
    )  # fmt: skip
    write_draft(
        "clarified-0002.md", "Clarified since", authority="gmp", status="sent",
        sent="2025-04-01", extra={"clarified": "2025-05-20"},
    )  # fmt: skip
    write_draft(
        "waiting-0003.md", "They asked", authority="gmp", status="clarification",
        sent="2025-04-01", extra={"clarification": "2025-04-10"},
    )  # fmt: skip
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        rows = {r.title: r for r in pilot.app.screen.query_one(DraftsTable).draft_rows}
        text = screen_text(pilot)
    store = DraftStore()
    clarified = store.load("clarified-0002")
    restarted = deadlines_for(clarified)
    assert restarted is not None
    assert restarted.due == due_dates(TODAY.replace(month=5, day=20)).due
    assert rows["Clarified since"].due == restarted.due
    assert rows["Clarified since"].due_state == "waiting"
    assert rows["Sent long ago"].due_state == "overdue"
    assert rows["They asked"].due is None and rows["They asked"].due_cell == "paused"
    assert f"{restarted.due.day} {restarted.due:%b}" in text and "paused" in text
    assert text.count("overdue") == 1


async def test_a_body_foidraft_does_not_list_is_offered_no_dead_link() -> None:
    body = "Dear Leeds City Council,\n\nPlease provide the pothole repair budget for 2024/25.\n"
    write_draft("potholes-0001.md", "Potholes", authority="Leeds City Council", body=body)
    async with make_app().run_test(size=(100, 32)) as pilot:
        screen = await open_export(pilot)
        choices = screen.query_one(OptionList)
        assert choices.get_option("copy-wdtk").disabled and choices.get_option("open-wdtk").disabled
        assert not choices.get_option("copy-txt").disabled
        label = str(screen.query_one("#export-link-label", Static).content)
        assert label.startswith("No WhatDoTheyKnow link") and "whatdotheyknow.com" in label
        # Their keys do nothing either: "w" gave an error that stayed over the .eml
        # dialog's buttons at 80x24.
        for key in ("w", "o"):
            await pilot.press(key)
            await settle(pilot)
        assert not pilot.app._notifications, [n.message for n in pilot.app._notifications]
        assert pilot.app.screen is screen
