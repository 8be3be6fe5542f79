"""Closing the terminal window (SIGHUP) or `kill` (SIGTERM) within the autosave's two
seconds of typing lost the last words typed: the process died with them on screen only.
Walking at 80x24 in tmux, "HUP3" typed and shown as "unsaved" was not in the file."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from foidraft.config import Config
from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, open_from_home, type_text, write_draft

LETTER = "Dear Sir or Madam,\n\nPlease provide the policy.\n\nYours faithfully,\n\nJo Bloggs\n"


@pytest.fixture
def caught() -> Iterator[None]:
    """Without foidraft's own handler, the signal would end the test run: catch it here,
    so the test fails on what the file holds instead."""
    kept = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGHUP, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in kept.items():
            signal.signal(sig, handler)


@pytest.mark.usefixtures("caught")
@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM])
async def test_words_typed_just_before_the_terminal_closes_are_kept(sig: int) -> None:
    path = write_draft("policy.md", "Policy", body=LETTER)
    app = make_app(config=Config(app={"autosave_seconds": 60}))  # not saved by the timer
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_from_home(pilot, ("enter",), EditorScreen, "the editor")
        await pilot.press("ctrl+end")
        await type_text(pilot, "PS thanks")
        assert "PS thanks" in screen.editor.text and "PS thanks" not in path.read_text()
        os.kill(os.getpid(), sig)
        for _ in range(100):
            await pilot.pause(0.02)
            if "PS thanks" in path.read_text():
                break
        assert "PS thanks" in path.read_text()
