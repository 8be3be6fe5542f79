"""e and i on a finding that folds a second reason: the example request's 'in connection
with' is FD340 (a field the records do not hold) with FD203 (a link the authority would
have to judge) folded under it. e explained FD340 alone and i ignored FD340 alone, so
FD203 came up in its place: the requester could reach neither of its keys."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList

from foidraft.drafts import DraftStore
from foidraft.lint.merging import folded
from foidraft.tui.screens.dialogs import ChoiceDialog, MessageDialog
from tests.tui.editor_harness import EditorTestApp, settled, wait_until
from tests.tui.test_folded_reason_at_80 import on_in_connection_with


async def ignored_after(app: EditorTestApp, pilot: Pilot[None], *keys: str) -> list[str]:
    """Back in the editor once the keys answered 'which?', the check done: the rules the
    draft now ignores."""
    screen = app.editor_screen
    await pilot.press(*keys)
    await wait_until(pilot, lambda: app.screen is screen, "back in the editor")
    await settled(pilot, screen)
    return DraftStore().load(screen.draft.name).ignore


async def test_e_explains_each_reason_on_the_words() -> None:
    async with on_in_connection_with() as (app, pilot):
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, MessageDialog), "the dialog")
        dialog = app.screen
        assert "2 reasons, each below" in dialog.dialog_title
        said = str(dialog.query_one("#dialog-body").content)
        first, second = said.index("── Reason 1 of 2 ──"), said.index("── Reason 2 of 2 ──")
        assert first < said.index("ignore FD340") < second < said.index("ignore FD203")


async def test_i_asks_which_and_all_ignores_both() -> None:
    async with on_in_connection_with() as (app, pilot):
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
        assert await ignored_after(app, pilot, "enter") == ["FD340", "FD203"]
        findings = app.editor_screen.findings_list.findings
        assert not [f for f in findings if f.match == "in connection with"]
        notes = [n.message for n in app._notifications]
        assert any("“attribute not held by dataset” and “associated with offences” are" in n
                   for n in notes), notes  # fmt: skip


async def test_i_can_ignore_the_quieter_reason_alone() -> None:
    async with on_in_connection_with() as (app, pilot):
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the question")
        assert await ignored_after(app, pilot, "down", "down", "enter") == ["FD203"]
        findings = app.editor_screen.findings_list.findings
        still = [f for f in findings if f.match == "in connection with"]
        assert still and {f.rule for f in still} == {"FD340"} and not any(folded(f) for f in still)


async def test_the_palette_offers_what_i_offers_on_a_folded_finding() -> None:
    """The palette's "ignore advice on" named only the louder rule, and ignored it alone:
    the quieter came up in its place. It now lists i's choices, each doing what i does."""
    from tests.tui.test_shell_help_palette import palette_prompts

    async with on_in_connection_with() as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.press(*"rules: ignore")
        labels = [p.split("\n")[0] for p in await palette_prompts(pilot)]
        ignoring = sorted(label for label in labels if label.startswith("rules: ignore"))
        assert ignoring == [
            "rules: ignore advice on not recorded field (attribute not held by dataset)",
            "rules: ignore advice on undefined term (associated with offences)",
            "rules: ignore all 2 reasons on 'in connection with'",
        ], labels
        from textual.command import CommandList

        commands = app.screen.query_one(CommandList)
        commands.highlighted = labels.index("rules: ignore all 2 reasons on 'in connection with'")
        assert await ignored_after(app, pilot, "enter") == ["FD340", "FD203"]
