"""The editor screen, driven through a tiny app (not the shell) over a temp FOIDRAFT_HOME."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import stat
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input

from foidraft.deadlines import due_dates
from foidraft.drafts import DraftStore
from foidraft.tui.lint_scheduler import LintRequest, RuleChecker, run_check
from foidraft.tui.screens.dialogs import ChoiceDialog, DateDialog
from foidraft.tui.screens.editor import EditorScreen
from tests.tui.editor_harness import (
    FIXED_TODAY,
    EditorTestApp,
    make_draft,
    open_editor,
    settled,
    split_year_rules,
    wait_until,
)

LETTER = (
    "Dear Sir or Madam,\n\n"
    "Please provide the number of arrests you made in 2019/20.\n\n"
    "Yours faithfully,\nA Requester\n"
)
# An ignore marker on the asking line: the editor dims it and keeps it in the text
MARKER = "<!-- foidraft: ignore FD101 -->"
MARKED = LETTER.replace("in 2019/20.", f"in 2019/20. {MARKER}")
FINANCIAL = "the financial year 1 April 2019 to 31 March 2020"


def current(app: App[None]) -> object:
    """The screen on top (typed loosely: it changes as the test goes on)."""
    return app.screen


def rules_shown(screen: EditorScreen) -> list[str]:
    return [f.rule for f in screen.findings_list.findings]


async def test_split_year_is_found_and_highlighted_at_its_bytes() -> None:
    # Non-ASCII before the match on its line: TextArea wants UTF-8 bytes, not characters.
    line = "Café owners — arrests in 2019/20 please."
    store, draft = make_draft(f"Dear Chief Constable,\n{line}\n")
    async with open_editor(store, draft) as (_app, _pilot, screen):
        assert rules_shown(screen) == ["FD101"]
        start = len(line[: line.index("2019/20")].encode())
        assert start != line.index("2019/20")
        assert screen.editor._highlights[1] == [(start, start + 7, "warning-selected")]
        assert "Ambiguous period" in screen.detail.text  # the kind, in words
        assert "FD101" not in screen.detail.text  # rule ids are for the rule file, not users
        assert "West Midlands Police" in screen.detail.text  # the evidence
        assert "1. A financial year" in screen.detail.text  # numbered rewordings


async def test_applying_a_rewording_rechecks_and_ctrl_z_undoes_it() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (app, pilot, screen):
        await pilot.press("tab")  # into the findings list
        assert app.focused is screen.findings_list
        await pilot.press("1")
        assert f"made in {FINANCIAL}." in screen.editor.text
        await settled(pilot, screen)
        assert rules_shown(screen) == []
        await pilot.press("ctrl+z")
        assert screen.editor.text == LETTER
        await settled(pilot, screen)
        assert rules_shown(screen) == ["FD101"]


async def test_f8_then_a_number_applies_and_typing_goes_back_into_the_letter() -> None:
    # Found by hand in a real terminal: after f8 the number key used to type into the text.
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (app, pilot, screen):
        assert app.focused is screen.editor
        await pilot.press("f8")
        assert app.focused is screen.findings_list
        await pilot.press("1")
        assert f"made in {FINANCIAL}." in screen.editor.text
        assert app.focused is screen.editor
        before = screen.editor.text
        await pilot.press("x")
        assert len(screen.editor.text) == len(before) + 1


async def test_ignoring_a_rule_hides_it_and_is_saved_in_the_header() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (_app, pilot, screen):
        await pilot.press("tab", "i")
        await settled(pilot, screen)
        assert rules_shown(screen) == []
        notices = " ".join(str(n.message) for n in _app._notifications)
        assert "“ambiguous split year” is ignored" in notices and "FD101" not in notices
        label = str(screen.query_one("#ignored").render())
        assert "ambiguous split year" in label and "FD101" not in label
        assert screen.editor._highlights == {} or not any(screen.editor._highlights.values())
        assert store.load_path(draft.path).ignore == ["FD101"]  # type: ignore[arg-type]
        await pilot.press("u")
        await settled(pilot, screen)
        assert rules_shown(screen) == ["FD101"]
        assert store.load_path(draft.path).ignore == []  # type: ignore[arg-type]


async def test_autosave_writes_after_typing_stops_and_a_new_app_shows_it() -> None:
    store, draft = make_draft(LETTER)
    path = draft.path
    assert path is not None
    async with open_editor(store, draft) as (app, pilot, screen):
        screen.editor.move_cursor((0, 0))
        await pilot.press(*"PS ", "enter")
        await wait_until(pilot, lambda: "PS \n" in path.read_text(), "the autosave")
        assert current(app) is screen  # saved without leaving the editor
    again = EditorTestApp(DraftStore(), DraftStore().load_path(path))
    async with again.run_test(size=(120, 30)) as pilot:
        assert again.editor_screen.editor.text.startswith("PS \nDear Sir")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the store's private, atomic save


async def test_a_result_for_older_text_is_dropped() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (_app, _pilot, screen):
        shown, marks = screen.findings_list.findings, screen.editor.marks
        editor = screen.editor
        # An older generation of the same text, checked with FD101 ignored: no findings.
        ignoring = RuleChecker(split_year_rules(), ("FD101",))
        stale = run_check(LintRequest(screen.generation - 1, LETTER, "\n", None, ignoring))
        assert stale.findings == []
        assert not screen.apply_lint_result(stale)
        other = "No split years here.\n"
        # Same generation, but computed for a text the editor no longer holds.
        wrong_text = run_check(LintRequest(screen.generation, other, "\n", None, RuleChecker()))
        assert not screen.apply_lint_result(wrong_text)
        assert screen.findings_list.findings is shown
        assert editor.marks == marks
        assert screen.findings.result is not None and screen.findings.result.text == LETTER
        current = run_check(LintRequest(screen.generation, editor.text, "\n", None, ignoring))
        assert screen.apply_lint_result(current)  # the check itself can change the list
        assert rules_shown(screen) == []


async def test_a_file_changed_on_disk_is_never_overwritten_without_asking() -> None:
    store, draft = make_draft(LETTER)
    path = draft.path
    assert path is not None
    theirs = path.read_text().replace("A Requester", "Someone Else")
    async with open_editor(store, draft) as (app, pilot, screen):
        path.write_text(theirs)
        screen.editor.move_cursor((0, 0))
        await pilot.press("M", "ctrl+s")
        assert isinstance(current(app), ChoiceDialog)
        assert path.read_text() == theirs  # nothing written yet
        await pilot.press("escape")  # decide later
        assert path.read_text() == theirs
        screen.keeper.autosave()  # what the autosave timer runs: it does not ask again
        await pilot.pause()
        assert current(app) is screen
        assert path.read_text() == theirs
        await pilot.press("ctrl+s")
        assert isinstance(current(app), ChoiceDialog)
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        values = [value for value, _ in dialog.choices]
        for _ in range(values.index("both")):
            await pilot.press("down")
        await pilot.press("enter")
        assert current(app) is screen
        assert "Someone Else" in screen.editor.text  # theirs, loaded
        assert path.read_text() == theirs
        copies = [s for s in store.list() if s.path != path]
        assert len(copies) == 1
        assert store.load_path(copies[0].path).body.startswith("MDear Sir")  # mine, kept


async def test_overwrite_keeps_what_is_on_screen() -> None:
    store, draft = make_draft(LETTER)
    path = draft.path
    assert path is not None
    async with open_editor(store, draft) as (app, pilot, screen):
        path.write_text(path.read_text() + "their line\n")
        screen.editor.move_cursor((0, 0))
        await pilot.press("M", "ctrl+s")
        assert isinstance(current(app), ChoiceDialog)
        await pilot.press("enter")  # the first answer: keep mine
        assert store.load_path(path).body == "M" + LETTER


async def test_marking_sent_stores_the_date_and_the_due_date() -> None:
    store, draft = make_draft(LETTER, authority="police_scotland")
    path = draft.path
    assert path is not None
    async with open_editor(store, draft) as (app, pilot, screen):
        await pilot.press("ctrl+t")
        assert isinstance(current(app), ChoiceDialog)
        await pilot.press("down", "down", "enter")  # draft, ready, sent
        assert isinstance(current(app), DateDialog)
        await pilot.press("enter")  # the default: today (fixed in the test app)
        assert current(app) is screen
    saved = store.load_path(path)
    assert saved.status == "sent"
    assert saved.sent == FIXED_TODAY
    assert saved.due == due_dates(FIXED_TODAY, "FOISA").due == dt.date(2024, 6, 4)


@pytest.mark.parametrize(
    ("authority", "due"), [("police_scotland", "2024-07-29"), ("", "2024-07-30")]
)
async def test_the_due_date_follows_the_authoritys_regime(authority: str, due: str) -> None:
    # 12 July (Northern Ireland) stops the FOIA clock but not the FOISA one.
    store, draft = make_draft(LETTER, authority=authority)
    path = draft.path
    assert path is not None
    # Sent on 1 July, so the app's today is later (a day to come is refused).
    async with open_editor(store, draft, today=dt.date(2024, 7, 15)) as (app, pilot, _screen):
        await pilot.press("ctrl+t", "down", "down", "enter")
        app.screen.query_one(Input).value = ""
        await pilot.press(*"2024-7-1", "enter")  # not YYYY-MM-DD: asked again
        assert isinstance(current(app), DateDialog)
        app.screen.query_one(Input).value = ""
        await pilot.press(*"2024-07-01", "enter")
    saved = store.load_path(path)
    assert (saved.header["sent"], saved.header["due"]) == ("2024-07-01", due)


async def test_leaving_saves_and_closes_the_screen() -> None:
    store, draft = make_draft(LETTER)
    path = draft.path
    assert path is not None
    async with open_editor(store, draft) as (app, pilot, screen):
        screen.editor.move_cursor((0, 0))
        await pilot.press("X", "escape")
        assert current(app) is not screen
        assert store.load_path(path).body == "X" + LETTER


async def test_closing_the_app_saves_and_keeps_both_versions_on_a_conflict() -> None:
    store, draft = make_draft(LETTER)
    path = draft.path
    assert path is not None
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.editor_screen
        screen.keeper.delay = screen.keeper.max_wait = 3600.0  # only closing saves
        await settled(pilot, screen)
        screen.editor.move_cursor((0, 0))
        await pilot.press("Q")
        assert store.load_path(path).body == LETTER
    assert store.load_path(path).body == "Q" + LETTER

    app = EditorTestApp(store, store.load_path(path))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.editor_screen
        screen.keeper.delay = screen.keeper.max_wait = 3600.0
        await settled(pilot, screen)
        path.write_text(path.read_text() + "theirs\n")
        await pilot.press("R")
    assert store.load_path(path).body == "Q" + LETTER + "theirs\n"
    copies = [s for s in store.list() if s.path != path]
    assert [store.load_path(c.path).body for c in copies] == ["RQ" + LETTER]


async def test_moving_the_cursor_onto_a_highlight_selects_that_finding() -> None:
    body = "Figures for 2019/20 and for 2021-22 please.\n"
    store, draft = make_draft(body)
    async with open_editor(store, draft) as (_app, pilot, screen):
        assert screen.findings.selected == 0
        screen.editor.move_cursor((0, body.index("2021-22") + 2))
        await wait_until(pilot, lambda: screen.findings.selected == 1, "the second selected")
        assert screen.findings_list.highlighted == 1
        assert "'2021-22'" in screen.detail.text
        await pilot.press("f8")  # wraps round to the first
        await wait_until(pilot, lambda: screen.findings.selected == 0, "the first again")
        assert screen.editor.cursor_location == (0, body.index("2019/20"))


async def test_choosing_one_of_two_findings_on_the_same_words_keeps_it() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (_app, pilot, screen):
        checker = RuleChecker(split_year_rules())
        checked = run_check(LintRequest(screen.generation, LETTER, "\n", None, checker))
        first = checked.findings[0]
        twin = copy.copy(first)
        twin.rule = "FD999"
        twin.message = "The twin finding's own message"
        both = dataclasses.replace(
            checked,
            findings=[first, twin],
            marks=[checked.marks[0], checked.marks[0]._replace(finding=1)],
        )
        assert screen.apply_lint_result(both)
        await pilot.press("tab", "down")  # the second, in the list
        await pilot.pause()
        assert screen.findings.selected == 1
        assert "The twin finding's own message" in screen.detail.text


async def test_palette_commands_act_on_the_selected_finding() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (app, pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.press(*"rules: ignore advice on ambiguous split year")
        await wait_until(
            pilot, lambda: _palette_has(app, "rules: ignore advice on ambiguous"), "the command"
        )
        await pilot.press("enter")
        await settled(pilot, screen)
        assert screen.draft.ignore == ["FD101"]
        assert rules_shown(screen) == []


def _palette_has(app: App[None], label: str) -> bool:
    from textual.command import CommandList

    try:
        commands = app.screen.query_one(CommandList)
    except Exception:
        return False
    return any(label in str(option.prompt) for option in commands.options)


@pytest.mark.parametrize("letter", [LETTER, MARKED])
async def test_ctrl_e_opens_the_file_in_editor_and_reloads_it(
    letter: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside_editor(tmp_path, monkeypatch)
    store, draft = make_draft(letter)
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        screen.editor.move_cursor((0, 0))
        await pilot.press("Z", "ctrl+e")  # typed text is saved before the editor runs
        assert screen.editor.text == "Z" + letter + "Added outside.\n"
        await settled(pilot, screen)
        # a marker's ignore still holds after the round trip, and the marker is kept
        assert rules_shown(screen) == ([] if MARKER in letter else ["FD101"])
        await pilot.press("ctrl+s")
        assert draft.path is not None
        assert store.load_path(draft.path).body == "Z" + letter + "Added outside.\n"


async def test_ctrl_e_without_any_editor_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # nano and vi are nowhere
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (app, pilot, _screen):
        await pilot.press("ctrl+e")
        messages = [n.message for n in app._notifications]
        assert any("No text editor found" in m for m in messages)
        assert app.editor_screen.editor.text == LETTER


def outside_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$VISUAL: an editor that adds the line "Added outside." to the file it is given."""
    script = tmp_path / "fake-editor"
    script.write_text('#!/bin/sh\nprintf "Added outside.\\n" >> "$1"\n')
    script.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(script))
    monkeypatch.setattr(App, "suspend", _no_suspend)  # headless tests have no terminal


def _no_suspend(self: App[None]) -> _Nothing:
    return _Nothing()


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


async def test_a_check_that_fails_is_reported_and_the_letter_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("a rule went wrong")

    monkeypatch.setattr(RuleChecker, "check", broken)
    store, draft = make_draft(LETTER)
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.editor_screen
        await wait_until(pilot, lambda: bool(app._notifications), "the error notice")
        assert "a rule went wrong" in next(iter(app._notifications)).message
        screen.editor.move_cursor((0, 0))
        await pilot.press("K", "ctrl+s")
        assert store.load_path(draft.path).body == "K" + LETTER  # type: ignore[arg-type]


async def test_highlight_colours_follow_the_light_or_dark_theme() -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft) as (app, pilot, screen):
        styles = {}
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            styles[theme] = screen.editor._theme.syntax_styles["warning"]
        dark, light = styles["textual-dark"], styles["textual-light"]
        assert dark.bgcolor != light.bgcolor
        for style in (dark, light):
            assert style.color is not None and style.color != style.bgcolor
            assert style.underline  # severity shows without colour too
