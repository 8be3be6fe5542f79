"""The installed program in a real 80x24 terminal, after sending: a real partial answer
refusing the rest on cost is pasted (tmux's bracketed paste, as a terminal pastes), the
date it does not state typed where asked, its meaning read, every letter that may follow
on screen, the narrowed request written and shown at the terminal's width, and Home shows
the review's date."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from tests.tui.test_next_letters_one_table import real_reply
from tests.tui.test_shell_tmux import Terminal, start

pytestmark = [pytest.mark.tmux, pytest.mark.slow]
LETTER = (Path(__file__).parent.parent / "data" / "wmp-8a-21-letter.txt").read_text("utf-8")


def sent_with_a_reply(tmp_path: Path) -> tuple[Terminal, Path]:
    """The program at 80x24 with "Staff figures" sent to West Midlands Police 40 days ago,
    and a real partial answer refusing the rest on cost in a file (returned)."""
    term, home = start(tmp_path, width=80, height=24)
    drafts = home / "data" / "drafts"
    drafts.mkdir(parents=True)
    sent = (dt.date.today() - dt.timedelta(days=40)).isoformat()
    (drafts / "staff-0001.md").write_text(
        f"---\nfoidraft: 1\ntitle: Staff figures\nauthority: wmp\nstatus: sent\nsent: {sent}\n"
        f"---\n{LETTER}",
        encoding="utf-8",
    )
    # "Not now" said to the name before: the next letter is written without asking.
    (home / "data" / "profile.json").write_text('{"version": 1, "name_asked": true}\n')
    reply = tmp_path / "reply.txt"
    reply.write_text(real_reply("dyfed-powys-264-2024-staff-data-partial-s12"), "utf-8")
    return term, reply


def test_a_partial_cost_refusal_at_80_by_24(tmp_path: Path) -> None:
    today = dt.date.today()
    term, reply = sent_with_a_reply(tmp_path)
    try:
        term.wait_for_text("Staff figures")
        term.keys("p")
        term.wait_for_text("The reply from West Midlands Police")
        term.run("load-buffer", str(reply))
        term.run("paste-buffer", "-p", "-t", "app")
        term.wait_for_text("Cost of Compliance exceeds")  # the paste's end, in the box
        term.keys("C-s")
        term.wait_for_text("type the day it reached you")  # the reply states none
        day = (today - dt.timedelta(days=10)).isoformat()
        term.type(day)  # the field asked for has the focus, and is on screen
        term.wait_for_text(f"received {day}")
        term.keys("C-s")
        titles = ("Narrow the request", "Ask for an internal review", "Say thank you")
        term.wait_for(  # one a row at 80 columns: none cut off; and how to read on
            lambda screen: all(t in screen for t in titles) and "pgdn More" in screen,
            "every letter offered, and page down",
        )
        term.keys("C-s")  # the first letter offered: the narrowed request
        # Laid out for 80 columns from its first frame: it was first laid out side by side
        # and the letter stayed wrapped at half the width for seconds after.
        screen = term.wait_for(
            lambda screen: "Narrowed: " in screen and "Thank you for your response" in screen,
            "the narrowed request in the editor",
        )
        (line,) = [ln for ln in screen.splitlines() if "Thank you for your response" in ln]
        assert len(line.strip("▊▎ ")) > 60, screen  # the box's width, not half of it
        term.keys("Escape")
        screen = term.wait_for_text("review by")
        # Home names the letter by what it follows: "Narrowed: Staff figures"
        assert "partly answered" in screen and "Narrowed: Staff" in screen, screen
        assert "Traceback" not in screen
        term.keys("C-q")
        term.wait_for_text("EXIT=0")
    finally:
        subprocess.run([term.tmux, "-L", term.socket, "kill-server"], capture_output=True)
