"""e and i on a finding that folds a second reason: the example request's 'in connection
with' is FD340 (a field the records do not hold) with FD203 (a link the authority would
have to judge) folded under it. e explained FD340 alone and i ignored FD340 alone, so
FD203 came up in its place: the requester could reach neither of its keys."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from foidraft.drafts import DraftStore
from foidraft.lint.merging import folded
from foidraft.tui.screens.dialogs import ChoiceDialog, MessageDialog
from foidraft.tui.widgets.findings import FindingsList
from tests.tui.editor_harness import EditorTestApp, make_draft, settled, wait_until

SEED = Path(__file__).parent.parent / "data" / "seed-first-request.txt"


async def _on_in_connection_with(pilot: Pilot[None], app: EditorTestApp) -> None:
    screen = app.editor_screen
    await settled(pilot, screen)
    listing = screen.query_one(FindingsList)
    listing.focus()
    listing.highlighted = next(
        i for i, f in enumerate(listing.findings) if f.match == "in connection with"
    )
    await wait_until(
        pilot,
        lambda: screen.findings.finding is not None and screen.findings.finding.rule == "FD340",
        "FD340 chosen",
    )


async def test_e_explains_each_reason_on_the_words() -> None:
    store, draft = make_draft(SEED.read_text(encoding="utf-8"), authority="wmp")
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _on_in_connection_with(pilot, app)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, MessageDialog), "the dialog")
        dialog = app.screen
        assert "2 reasons, each below" in dialog.dialog_title
        said = str(dialog.query_one("#dialog-body").content)
        first, second = said.index("── Reason 1 of 2 ──"), said.index("── Reason 2 of 2 ──")
        assert first < said.index("ignore FD340") < second < said.index("ignore FD203")


async def test_i_asks_which_and_all_ignores_both() -> None:
    store, draft = make_draft(SEED.read_text(encoding="utf-8"), authority="wmp")
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _on_in_connection_with(pilot, app)
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the question")
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert labels == [
            "All 2 reasons on these words",
            "Not recorded field (attribute not held by dataset)",
            "Undefined term (associated with offences)",
        ]
        assert options.highlighted == 0  # what makes the finding go, first
        await pilot.press("enter")
        screen = app.editor_screen
        await wait_until(pilot, lambda: app.screen is screen, "back in the editor")
        await settled(pilot, screen)
        assert DraftStore().load(draft.name).ignore == ["FD340", "FD203"]
        assert not [f for f in screen.findings_list.findings if f.match == "in connection with"]
        notes = [n.message for n in app._notifications]
        assert any("“attribute not held by dataset” and “associated with offences” are" in n
                   for n in notes), notes  # fmt: skip


async def test_i_can_ignore_the_quieter_reason_alone() -> None:
    store, draft = make_draft(SEED.read_text(encoding="utf-8"), authority="wmp")
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _on_in_connection_with(pilot, app)
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the question")
        await pilot.press("down", "down", "enter")
        screen = app.editor_screen
        await wait_until(pilot, lambda: app.screen is screen, "back in the editor")
        await settled(pilot, screen)
        assert DraftStore().load(draft.name).ignore == ["FD203"]
        still = [f for f in screen.findings_list.findings if f.match == "in connection with"]
        assert still and {f.rule for f in still} == {"FD340"} and not any(folded(f) for f in still)
