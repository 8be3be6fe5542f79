"""Keys typed while a screen is loading land where the requester meant them: straight
after the interview opens, before its first question has the focus
(``foidraft.tui.type_ahead``), and in a blank letter under its greeting."""

from __future__ import annotations

import asyncio
import threading

import pytest
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.dialogs import TextInputDialog
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.flow_picker import BLANK_LETTER, FlowPickerScreen
from foidraft.tui.screens.interview import InterviewScreen
from tests.tui.shell_harness import make_app, settle, showing, wait_for


def type_now(app: App[None], *keys: str) -> None:
    """Keys as a fast typist sends them: queued at once, none waiting for the last."""
    assert app._driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)


async def open_interview_and_type(pilot: Pilot[None], *keys: str) -> InterviewScreen:
    """Choose recorded crime statistics for GMP, and type ``keys`` the moment the
    interview is pushed (before anything on it has the focus)."""
    app = pilot.app
    save_profile(Profile(name="Jo Bloggs"))
    await settle(pilot)
    app.start_request(load_directory().resolve("gmp"))  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: showing(pilot, FlowPickerScreen), "the kinds of request")
    await settle(pilot)
    flows = app.screen.query_one("#flows", OptionList)
    flows.highlighted = flows.get_option_index("crime-statistics")
    type_now(app, "enter")
    while not showing(pilot, InterviewScreen):
        await asyncio.sleep(0)
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    assert screen.focused is None  # still loading: this is the moment being tested
    type_now(app, *keys)
    await wait_for(pilot, lambda: screen.interview is not None, "the interview")
    await settle(pilot)
    return screen


async def choose_blank_letter(pilot: Pilot[None], *, started: bool = False) -> None:
    """A new request to GMP (``started``: already, with the name answered), as far as
    choosing a blank letter."""
    await settle(pilot)
    if not started:
        pilot.app.start_request(load_directory().resolve("gmp"))  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: showing(pilot, FlowPickerScreen), "the kinds of request")
    await settle(pilot)
    flows = pilot.app.screen.query_one("#flows", OptionList)
    # The kinds are read in a worker, which may not have started when settle looked.
    await wait_for(pilot, lambda: any(o.id == BLANK_LETTER for o in flows.options), "blank")
    flows.highlighted = flows.get_option_index(BLANK_LETTER)
    await pilot.press("enter")


async def test_keys_typed_as_the_interview_opens_land_in_its_first_answer() -> None:
    async with make_app().run_test(size=(100, 32)) as pilot:
        screen = await open_interview_and_type(pilot, "k", "n", "i", "f", "e")
        assert screen.interview is not None and screen.interview.current is not None
        assert screen.interview.current.id == "topic"
        assert screen.query_one("#answer", Input).value == "knife"


async def test_a_blank_letter_takes_keys_typed_as_it_opens_under_the_greeting() -> None:
    """The cursor is under "Dear ...," before the editor reads a key: typing straight
    after naming the letter no longer lands in front of the greeting."""
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        app = pilot.app
        await choose_blank_letter(pilot)
        await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the title")
        await settle(pilot)
        await pilot.press("T", "h", "e", "f", "t", "s")
        type_now(app, "enter")
        while showing(pilot, TextInputDialog):
            await asyncio.sleep(0)
        type_now(app, "H", "i")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        assert screen.editor.text.startswith("Dear Greater Manchester Police,\n\nHi\n")


async def test_an_enter_pressed_while_the_kinds_are_read_chooses_once_they_are_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a busy machine the list said "Reading the kinds of request…" for seconds, and an
    enter pressed then was lost: it now waits for the list and starts its first kind."""
    import foidraft.interview

    read = foidraft.interview.load_flows

    # The kinds stay unread until the enter is sent (the picker's worker thread waits here),
    # so a busy machine cannot list them before the key, as a fixed sleep let it.
    released = threading.Event()

    def slowly() -> object:
        released.wait(30.0)
        return read()

    monkeypatch.setattr(foidraft.interview, "load_flows", slowly)
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        app = pilot.app
        await settle(pilot)
        app.start_request(load_directory().resolve("gmp"))  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: showing(pilot, FlowPickerScreen), "the kinds of request")
        await pilot.pause(0.3)
        picker = app.screen
        assert isinstance(picker, FlowPickerScreen) and not picker.flows  # still reading
        type_now(app, "enter")
        await pilot.pause(0.3)
        released.set()
        await wait_for(pilot, lambda: showing(pilot, InterviewScreen), "the first kind's questions")
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.flow.id == "crime-statistics"
        await wait_for(pilot, lambda: screen.interview is not None, "the interview")
        await settle(pilot)
