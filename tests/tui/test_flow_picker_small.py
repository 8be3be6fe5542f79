"""The kinds of request at 80x24: each one's description is shown whole."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import OptionList

from foidraft.drafts import Profile, save_profile
from foidraft.interview import Flow
from foidraft.tui.screens.flow_picker import FlowPickerScreen
from tests.tui.shell_harness import make_app, screen_text, settle, wait_for
from tests.tui.test_shell_interview import open_flows, pick_authority


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


async def test_the_list_says_it_is_reading_until_the_kinds_come(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a loaded machine the list stood empty for seconds after the authority was
    chosen; it says what it is doing until the kinds are read, then lists them."""
    import foidraft.interview

    real = foidraft.interview.load_flows
    release = threading.Event()

    def slow_flows() -> dict[str, Flow]:
        release.wait(30)
        return real()

    monkeypatch.setattr(foidraft.interview, "load_flows", slow_flows)
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_authority(pilot, "West Midlands Police")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FlowPickerScreen), "flows")
        await pilot.pause()
        assert "Reading the kinds of request…" in screen_text(pilot)
        release.set()
        flows = pilot.app.screen.query_one("#flows", OptionList)
        await wait_for(pilot, lambda: flows.option_count > 1, "the kinds of request")
        assert "Reading the kinds" not in screen_text(pilot)
        assert flows.highlighted == 0 and flows.get_option_at_index(0).id == "crime-statistics"
