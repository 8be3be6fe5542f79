"""The offences the requester's own words suggested are ticked, and the list opens on the
first of them: "burglary" ticked eight offence codes some sixty rows down a list that
opened on "Murder", so the requester saw nothing ticked."""

from __future__ import annotations

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Profile, save_profile
from foidraft.interview import load_flows
from foidraft.tui.screens.interview import InterviewScreen
from foidraft.tui.widgets.answer_fields import AnswerTicks
from tests.tui.shell_harness import make_app, screen_text, settle, showing, type_text, wait_for


async def test_the_list_opens_on_the_first_suggested_tick() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await settle(pilot)
        flow = load_flows()["crime-statistics"]
        app.push_screen(InterviewScreen(flow, load_directory().resolve("kent_police")))
        await wait_for(pilot, lambda: showing(pilot, InterviewScreen), "the interview")
        await settle(pilot)
        await type_text(pilot, "burglary")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # recorded crimes
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.interview is not None
        assert screen.interview.current is not None
        assert screen.interview.current.id == "offences"
        ticks = screen.query_one("#answer", AnswerTicks)
        assert ticks.selected, "burglary suggests offence codes"
        highlighted = ticks.highlighted
        assert highlighted is not None
        assert ticks.get_option_at_index(highlighted).value in ticks.selected
        assert "✓" in screen_text(pilot)  # a suggested tick is on screen
