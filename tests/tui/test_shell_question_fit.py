"""A question with a long list at 80x24: the list scrolls inside itself, so the question,
the start of its why and the highlighted row are all on screen at once."""

from __future__ import annotations

from textual.widgets import OptionList

from foidraft.drafts import Profile, save_profile
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, screen_text, settle, type_text
from tests.tui.test_shell_interview import current_question, start_interview


def visible(pilot_text: str, words: str) -> bool:
    """``words`` appear on screen, however the line was wrapped."""
    return " ".join(words.split()) in " ".join(pilot_text.split())


async def test_a_long_list_at_80_by_24_keeps_the_question_and_its_why_on_screen() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "west mids", "crime-statistics")
        await type_text(pilot, "knife crime")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # recorded crimes
        await settle(pilot)
        assert current_question(pilot) == "offences"
        card = pilot.app.screen.query_one(QuestionCard)
        ticks = card.query_one("#answer", OptionList)
        assert ticks.option_count > 20  # a long list: it cannot all show at 24 rows
        text = screen_text(pilot)
        assert "Which offences?" in text
        assert visible(text, "Forces count crimes by Home Office offence")  # the why's start
        scroll = card.query_one("#question-scroll")
        assert ticks.region.y >= scroll.region.y  # the list is below the why, not over it
        assert ticks.region.bottom <= scroll.region.bottom  # and wholly on screen
        for _ in range(30):  # moving far down the list scrolls the list, not the why
            await pilot.press("down")
        await settle(pilot)
        text = screen_text(pilot)
        assert visible(text, "Forces count crimes by Home Office offence")
        row = ticks.get_option_at_index(ticks.highlighted or 0)
        label = str(row.prompt).split("  ")[-1][:12]
        assert label in text  # the highlighted row is shown


async def test_a_short_list_keeps_its_full_height() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "west mids", "policies")
        card = pilot.app.screen.query_one(QuestionCard)
        ticks = card.query_one("#answer", OptionList)
        await settle(pilot)
        assert ticks.region.height == ticks.option_count + 2  # every row, and its borders


async def test_a_council_is_asked_in_words_for_any_public_body() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "Leeds City Council", "policies")
        text = screen_text(pilot)
        assert "Guidance for staff" in text and "officers" not in text
        assert "West Midlands Police found nothing" not in text  # the police case, for police
        await pilot.press("f1")
        await settle(pilot)
        shown = screen_text(pilot)
        assert "FOI teams need" in shown and "police FOI teams" not in shown


async def test_a_card_answered_before_it_was_laid_out_fits_nothing() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "PSNI", "crime-statistics")
        card = pilot.app.screen.query_one(QuestionCard)
        await card.remove()  # what a quick enter does before the card's layout callback
        card._fit_list()  # the callback still runs: it must find nothing to do, not crash
