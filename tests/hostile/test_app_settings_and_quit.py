"""The app under a full disk and a hostile config.toml: quitting never loses unsaved text
(save elsewhere, keep trying, discard); [keys] values that name no key never take the
quit key away; autosave_seconds is honoured; a malformed config file is one line."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import foidraft.drafts.store as draft_store
from foidraft.config import Config, load_config, parse_config
from foidraft.drafts import DraftStore
from foidraft.errors import FoidraftError
from foidraft.tui.quitting import DISCARD, ELSEWHERE, RETRY
from foidraft.tui.screens.dialogs import ChoiceDialog, TextInputDialog
from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, settle, wait_for

LETTER = "Dear Sir or Madam,\n\nPlease provide the figures.\n\nYours faithfully,\nEve\n"


def disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


async def _editing(pilot: object, app: object, draft: object) -> EditorScreen:
    app.open_editor(draft)  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen), "the editor")  # type: ignore[arg-type, attr-defined]
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, EditorScreen)
    return screen


async def _choose(pilot: object, app: object, answer: str) -> None:
    await wait_for(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the question")  # type: ignore[arg-type, attr-defined]
    dialog = app.screen  # type: ignore[attr-defined]
    values = [value for value, _ in dialog.choices]
    dialog.query_one("OptionList").highlighted = values.index(answer)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.parametrize("finally_", [ELSEWHERE, DISCARD])
async def test_quitting_with_unsaved_text_asks(
    foidraft_home: Path, monkeypatch: pytest.MonkeyPatch, finally_: str
) -> None:
    draft = DraftStore().create("Counter closures", LETTER)
    on_disk = draft.path.read_text()  # type: ignore[union-attr]
    app = make_app()
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        screen = await _editing(pilot, app, draft)
        monkeypatch.setattr(draft_store, "atomic_write_bytes", disk_full)
        screen.editor.move_cursor((0, 0))
        await pilot.press("N", "e", "w", "ctrl+s")  # "Could not save"
        await pilot.press("ctrl+q")
        await _choose(pilot, app, RETRY)
        assert app.is_running and app.screen is screen  # keep trying: nothing lost
        assert screen.editor.text.startswith("NewDear")
        await pilot.press("ctrl+q")
        await _choose(pilot, app, finally_)
        if finally_ == ELSEWHERE:
            await wait_for(pilot, lambda: isinstance(app.screen, TextInputDialog), "the path")
            rescued = foidraft_home.parent / "rescued.md"
            app.screen.query_one("Input").value = str(rescued)
            await pilot.press("enter")
            await pilot.pause()
            assert rescued.read_text().endswith("NewDear Sir or Madam," + LETTER[18:])
            assert rescued.stat().st_mode & 0o777 == 0o600
    assert not app.is_running
    assert draft.path.read_text() == on_disk  # type: ignore[union-attr]


async def test_quitting_when_everything_is_saved_just_quits(foidraft_home: Path) -> None:
    draft = DraftStore().create("Counter closures", LETTER)
    app = make_app()
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        screen = await _editing(pilot, app, draft)
        screen.editor.move_cursor((0, 0))
        await pilot.press("N", "ctrl+q")  # typed, not yet autosaved: saved on the way out
        await pilot.pause()
    assert not app.is_running
    assert DraftStore().load_path(draft.path).body == "N" + LETTER  # type: ignore[arg-type]


@pytest.mark.parametrize("keys", ["", "ctrl+", "control q", "ctrl+q+", "nonsense"])
async def test_a_bad_quit_key_never_leaves_the_app_without_one(
    foidraft_home: Path, keys: str
) -> None:
    app = make_app(config=Config(keys={"app.quit": keys}))
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("app.quit" in m and "kept its usual key" in m for m in messages)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


async def test_autosave_seconds_is_honoured(foidraft_home: Path) -> None:
    draft = DraftStore().create("Counter closures", LETTER)
    on_disk = draft.path.read_text()  # type: ignore[union-attr]
    app = make_app(config=parse_config({"app": {"autosave_seconds": 300}}, "config.toml"))
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        screen = await _editing(pilot, app, draft)
        await pilot.press("N")
        timer = screen.keeper._timer
        assert screen.keeper.delay == 300
        assert timer is not None and timer._interval > 250  # not the usual second
        assert draft.path.read_text() == on_disk  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02\xff\xfe binary", b"[app]\ntheme = '\xe9t\xe9'\n", b"a = " + b"[" * 100_000],
    ids=["binary", "latin-1", "deep"],
)
def test_a_malformed_config_file_is_one_line(foidraft_home: Path, data: bytes) -> None:
    path = foidraft_home / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    with pytest.raises(FoidraftError, match="cannot read the config file"):
        load_config()
    from tests.hostile.proc import foidraft

    letter = foidraft_home.parent / "letter.txt"
    letter.write_text(LETTER)
    for argv in (("check", str(letter)), ("fix", str(letter)), ("explain", "FD101")):
        ran = foidraft(foidraft_home, *argv)
        assert ran.one_line_error and str(path) in ran.err, ran
    from foidraft.tui.app import FoidraftApp

    app = FoidraftApp()  # the app still opens, and says what is wrong
    assert any("cannot read the config file" in p for p in app._startup_problems)


@pytest.mark.parametrize("value", ["soon", -1, 0, 10_000, True])
def test_autosave_seconds_must_be_a_sensible_number(value: object) -> None:
    with pytest.raises(FoidraftError, match="autosave_seconds"):
        parse_config({"app": {"autosave_seconds": value}}, "config.toml")
