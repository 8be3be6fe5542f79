"""The period question's hint says how to type academic years where the body counts by
them (a university, college or school: ``examples:`` in prompts/service-figures.yaml),
first, as its words above the field do; an NHS trust's hint does not. A period foidraft
cannot read is answered with the same forms."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from foidraft.drafts import Profile, save_profile
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, screen_text, settle, type_text
from tests.tui.test_public_flows_fit import visible
from tests.tui.test_shell_interview import current_question, start_interview

ACADEMIC = "Give academic years: 2021/22 to 2023/24 academic years; or financial years"


async def to_the_period(pilot: Pilot[None], body: str) -> QuestionCard:
    await settle(pilot)
    await start_interview(pilot, body, "service-figures")
    await type_text(pilot, "counselling")
    while current_question(pilot) != "period":
        await pilot.press("enter")  # complaints received
        await settle(pilot)
    return pilot.app.screen.query_one(QuestionCard)


async def hint_on_screen(pilot: Pilot[None], card: QuestionCard) -> str:
    card.query_one("#field-hint").scroll_visible(animate=False)  # under the fold at 80x24
    await settle(pilot)
    return screen_text(pilot)


@pytest.mark.parametrize(
    ("body", "academic"),
    [("University of Leeds", True), ("Leeds Teaching Hospitals NHS Trust", False)],
)
async def test_the_hint_gives_academic_years_where_the_body_keeps_them(
    body: str, academic: bool
) -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        card = await to_the_period(pilot, body)
        text = await hint_on_screen(pilot, card)
        assert visible(text, "Give") and visible(text, "financial years: 2021/22"), text
        assert visible(text, ACADEMIC) is academic, text


async def test_a_period_it_cannot_read_is_answered_with_academic_years_first() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        card = await to_the_period(pilot, "University of Leeds")
        await pilot.press("ctrl+u")  # the default period out of the field
        await type_text(pilot, "since the pandemic")
        await pilot.press("enter")
        await settle(pilot)
        assert current_question(pilot) == "period"
        card.query_one("#error").scroll_visible(animate=False)
        await settle(pilot)
        text = screen_text(pilot)
    said = "is not a period foidraft understands: academic years, e.g. 2021/22 to 2023/24"
    assert visible(text, said), text
