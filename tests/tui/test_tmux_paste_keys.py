"""The installed program in a real 80x24 terminal: a reply pasted, and at once tab, tab
and the day it came. The paste here is tmux's plain one (the text typed in, as a terminal
without bracketed paste sends it): the app takes about two seconds to type it into the
box, so the keys after it always arrive while it is busy. The day landed at the end of the
reply in every try before ``foidraft.tui.type_ahead`` held keys behind the tabs."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from tests.tui.test_shell_tmux import stable
from tests.tui.test_tmux_after_sending import sent_with_a_reply

pytestmark = [pytest.mark.tmux, pytest.mark.slow]


def test_a_date_typed_straight_after_a_paste_goes_in_its_field(tmp_path: Path) -> None:
    term, reply = sent_with_a_reply(tmp_path)
    day = (dt.date.today() - dt.timedelta(days=10)).isoformat()
    try:
        term.wait_for_text("Staff figures")
        term.keys("p")
        term.wait_for_text("The reply from West Midlands Police")
        term.run("load-buffer", str(reply))
        term.run("paste-buffer", "-t", "app")  # no -p: typed in, key by key
        term.type("Z")
        term.keys("Tab", "Tab")
        term.type(day)
        term.wait_for_text(day)  # wherever it went
        screen = stable(term)
        assert "exceeds thZ" in screen or "\u258a thZ " in screen, screen  # the paste's end, Z
        assert f"received {day}" in screen, screen  # in its field, under the box
        assert day not in screen.split("received")[0], screen  # not in the reply
        assert "Traceback" not in screen
        term.keys("C-q")  # over a pasted reply not yet read, quitting asks first
        term.wait_for_text("Quit without reading the reply?")
        term.keys("y")
        term.wait_for_text("EXIT=0")
    finally:
        subprocess.run([term.tmux, "-L", term.socket, "kill-server"], capture_output=True)
