"""At 80x24 the footers show the keys a requester looks for, whole: Home's reply, export
and batch keys (the footer ran out of room before them, so they were hidden), and the
editor's Export (ctrl+o was in F1 only)."""

from __future__ import annotations

from textual.pilot import Pilot

from foidraft.tui.keymap import KEYS
from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for, write_draft


def footer(pilot: Pilot[None]) -> str:
    return " ".join(screen_text(pilot).splitlines()[-1].split())


def shown_whole(pilot: Pilot[None]) -> list[str]:
    """Each key the footer means to show (as "key Label", one of its keys) that the footer
    line lacks, leaving aside those it may leave out when the line is full."""
    line = footer(pilot)
    forms: dict[str, list[str]] = {}
    for active in pilot.app.screen.active_bindings.values():
        binding = active.binding
        if binding.show and binding.id in KEYS and not KEYS[binding.id].drop:
            shown = f"{pilot.app.get_key_display(binding)} {binding.description}"
            forms.setdefault(binding.id, []).append(shown)
    return [f[0] for f in forms.values() if not any(form in line for form in f)]


async def test_homes_footer_at_80_columns_has_reply_export_and_batch() -> None:
    write_draft("a-0001.md", "Online grooming", authority="wmp")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = footer(pilot)
        for key in ("⏎ Open", "n New", "p Reply", "e Export", "b Batch", "del Delete"):
            assert key in line, line
        assert shown_whole(pilot) == [], line


async def test_the_editors_footer_at_80_columns_shows_export() -> None:
    path = write_draft("a-0001.md", "Online grooming", authority="wmp")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.open_draft_path(path)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await settle(pilot)
        line = footer(pilot)
        assert "^o Export" in line, line
        assert shown_whole(pilot) == [], line
        await pilot.press("ctrl+o")  # and the key it names opens the export menu
        await wait_for(pilot, lambda: "ExportScreen" in type(pilot.app.screen).__name__, "export")


async def test_the_finding_keys_leave_back_quit_and_help_in_the_footer_at_80() -> None:
    """With a finding chosen, 1-9 Apply and i Ignore pushed esc Back, ^q Quit and f1 Help
    off the end of the line: the footer leaves out the status and findings keys instead."""
    body = "Dear West Midlands Police,\n\nArrests in 2019/20 please.\n"
    path = write_draft("a-0001.md", "Arrests", authority="wmp", body=body)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.open_draft_path(path)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await wait_for(pilot, lambda: "'2019/20'" in screen_text(pilot), "the findings")
        await pilot.press("f8")
        await wait_for(pilot, lambda: "1-9 Apply" in footer(pilot), "the finding keys")
        line = footer(pilot)
        for key in ("i Ignore", "^o Export", "esc Back", "^q Quit", "f1 Help"):
            assert key in line, line
        assert shown_whole(pilot) == [], line
        await pilot.resize_terminal(120, 30)  # room again: every key comes back
        await wait_for(pilot, lambda: "^t Status" in footer(pilot), "the status key")
        assert "f9 Findings" in footer(pilot)
