"""The requester's name is asked once, first, when a new request starts: it used to come
after the kind of request was chosen, over Home, so the requester who had just picked
"Recorded crime statistics" found Home and a "Your name" box and lost track of where
they were; and "Not now" was asked again at every new request."""

from __future__ import annotations

from textual.pilot import Pilot

from foidraft.authorities.directory import load_directory
from foidraft.drafts import load_profile
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.details import NAME_LATER, NAME_WHY
from foidraft.tui.screens.dialogs import TextInputDialog
from foidraft.tui.screens.flow_picker import FlowPickerScreen
from foidraft.tui.screens.interview import InterviewScreen
from tests.tui.shell_harness import make_app, settle, showing, type_text, wait_for
from tests.tui.test_shell_interview import pick_flow


def dialog_text(pilot: Pilot[None]) -> tuple[str, str]:
    from textual.widgets import Static

    screen = pilot.app.screen
    assert isinstance(screen, TextInputDialog)
    return screen.dialog_title, str(screen.query_one("#dialog-body", Static).render())


async def name_asked_first(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("n")
    await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the name, first")
    await settle(pilot)
    title, body = dialog_text(pilot)
    assert title == "Before your first request: your name"
    assert body == f"{NAME_WHY} {NAME_LATER}"  # why it is asked, and that it is asked once


async def test_the_name_comes_before_the_authority_and_the_kind_then_the_interview() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await name_asked_first(pilot)
        await type_text(pilot, "Jo Bloggs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the authority")
        await settle(pilot)
        await type_text(pilot, "west mids")
        await settle(pilot)
        await pilot.press("enter")
        await pick_flow(pilot, "crime-statistics")
        # Straight from the kind of request to its first question: nothing over Home.
        await wait_for(pilot, lambda: not showing(pilot, FlowPickerScreen), "the choice made")
        assert not showing(pilot, TextInputDialog)
        await wait_for(pilot, lambda: showing(pilot, InterviewScreen), "the interview")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, InterviewScreen) and screen.interview is not None
        assert screen.interview.letter().rstrip().endswith("Jo Bloggs")
    assert load_profile().name == "Jo Bloggs"


async def test_not_now_is_asked_once_and_later_requests_go_straight_to_the_authority() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await name_asked_first(pilot)
        await pilot.press("escape")  # not now
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the authority")
        await settle(pilot)
        await pilot.press("escape")  # no request after all
        await wait_for(pilot, lambda: not showing(pilot, AuthorityPickerScreen), "Home")
        await settle(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "not asked again")
        assert not any(isinstance(s, TextInputDialog) for s in pilot.app.screen_stack)
    assert load_profile().name_asked and not load_profile().name


async def test_a_request_from_an_authoritys_page_asks_the_name_before_the_kind() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pilot.app.start_request(load_directory().resolve("gmp"))  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the name, first")
        assert not any(isinstance(s, FlowPickerScreen) for s in pilot.app.screen_stack)
        await type_text(pilot, "Jo Bloggs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, FlowPickerScreen), "the kinds of request")
