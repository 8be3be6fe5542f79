"""At 80x24, "Which area?" after "knife crime in Coventry" to West Midlands Police has
Coventry typed in its box, ready to keep with enter (it offered the whole force area)."""

from __future__ import annotations

from textual.widgets import Input

from foidraft.drafts import Profile, save_profile
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, settle, type_text
from tests.tui.test_shell_interview import current_question, start_interview


async def test_the_place_the_topic_named_is_the_areas_answer() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "west mids", "crime-statistics")
        await type_text(pilot, "knife crime in Coventry")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # recorded crimes
        await settle(pilot)
        assert current_question(pilot) == "offences"
        await pilot.press("enter")  # the offences its words suggested
        await settle(pilot)
        assert current_question(pilot) == "area"
        card = pilot.app.screen.query_one(QuestionCard)
        box = card.query_one("#other", Input)
        assert box.display and box.value == "Coventry"
        assert card.value() == "Coventry"
