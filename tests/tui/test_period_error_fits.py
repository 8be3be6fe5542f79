"""A period foidraft cannot read, at 80x24: the error and the hint under the field (how
to type a period) are both on screen at once, with the field between them, and the why
still starts at its first words (it gives up lines, scrolling inside itself)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from foidraft.drafts import Profile, save_profile
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, screen_text, settle, type_text
from tests.tui.test_public_flows_fit import visible
from tests.tui.test_shell_interview import current_question, start_interview


async def to_the_period(pilot: Pilot[None], body: str, flow_id: str, topic: str) -> QuestionCard:
    await settle(pilot)
    await start_interview(pilot, body, flow_id)
    await type_text(pilot, topic)
    while current_question(pilot) != "period":
        await pilot.press("enter")  # what each question offers
        await settle(pilot)
    return pilot.app.screen.query_one(QuestionCard)


@pytest.mark.parametrize(
    ("body", "flow_id", "topic"),
    [
        ("GMP", "crime-statistics", "knife crime"),
        ("University of Leeds", "service-figures", "counselling"),
        ("Leeds City Council", "service-figures", "housing repairs"),
    ],
)
async def test_the_error_and_the_hint_are_both_on_screen(
    body: str, flow_id: str, topic: str
) -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        card = await to_the_period(pilot, body, flow_id, topic)
        await pilot.press("ctrl+u")  # the default period out of the field
        await type_text(pilot, "the last few years")
        await pilot.press("enter")
        await settle(pilot)
        assert current_question(pilot) == "period"
        scroll = card.query_one("#question-scroll")
        error, hint = card.query_one("#error"), card.query_one("#field-hint")
        top, bottom = scroll.region.y, scroll.region.bottom
        assert error.region.y >= top and hint.region.bottom <= bottom, screen_text(pilot)
        text = screen_text(pilot)
        assert visible(text, "'the last few years' is not a period"), text
        assert visible(text, "to ask up to the day of the request."), text
        assert card.question.why
        assert visible(text, " ".join(card.question.why.split()[:5])), text  # its start
