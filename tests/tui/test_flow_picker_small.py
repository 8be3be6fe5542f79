"""The kinds of request at 80x24: each one's description is shown whole."""

from __future__ import annotations

from foidraft.drafts import Profile, save_profile
from tests.tui.shell_harness import make_app, screen_text
from tests.tui.test_shell_interview import open_flows


async def test_at_80_by_24_a_kinds_description_is_not_cut() -> None:
    # A new user's walk: for Police Scotland the first kind's description lost its last
    # line ("records.") at 80 columns, its height counted before the list's scrollbar.
    save_profile(Profile(name="Sam Doe"))  # the name is asked before the first request
    async with make_app().run_test(size=(80, 24)) as pilot:
        flows = await open_flows(pilot, "Police Scotland")
        await pilot.pause()
        text = " ".join(screen_text(pilot).replace("▊", " ").replace("▎", " ").split())
        assert flows.highlighted == 0
        assert "and breakdowns the force records." in text, text
