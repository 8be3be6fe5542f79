"""Keys typed in one burst across the screens of a new request land on the screen they
were typed for, never on Home underneath: each screen of a new request is pushed by a
worker after the one before has closed, and a key typed in between went to Home and was
lost ("n" then "gmp" searched for "mp" and offered the Met), or acted there (the "n" of
"knife" started another request). Seen in a real terminal at 80x24 (tmux send-keys)."""

from __future__ import annotations

import asyncio

from textual.widgets import OptionList

from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.flow_picker import FlowPickerScreen
from foidraft.tui.screens.interview import InterviewScreen
from tests.tui.shell_harness import make_app, settle, showing, wait_for
from tests.tui.test_type_ahead import type_now


async def test_a_search_typed_with_the_n_that_opens_it_keeps_its_first_letter() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        type_now(pilot.app, "n", "g", "m", "p")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the search")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, AuthorityPickerScreen)
        assert screen.current_query() == "gmp"


async def test_the_first_answer_typed_with_the_enter_that_chose_the_kind_is_kept() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        type_now(pilot.app, "n", "g", "m", "p")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the search")
        await settle(pilot)
        type_now(pilot.app, "enter")
        await wait_for(pilot, lambda: showing(pilot, FlowPickerScreen), "the kinds")
        await settle(pilot)
        flows = pilot.app.screen.query_one("#flows", OptionList)
        flows.highlighted = flows.get_option_index("crime-statistics")
        type_now(pilot.app, "enter", "k", "n", "i", "f", "e", "enter")
        for _ in range(200):
            if showing(pilot, InterviewScreen):
                break
            await asyncio.sleep(0.01)
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, InterviewScreen) and screen.interview is not None
        assert screen.interview.answers.get("topic") == "knife"
        assert screen.interview.current is not None and screen.interview.current.id == "unit"
