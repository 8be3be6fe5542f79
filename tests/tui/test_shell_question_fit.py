"""A question with a long list at 80x24: the list scrolls inside itself, so the question,
the start of its why and the highlighted row are all on screen at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from foidraft.drafts import Profile, save_profile
from foidraft.tui.screens.interview import InterviewScreen
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, screen_text, settle, type_text, wait_for
from tests.tui.test_shell_interview import (
    current_question,
    open_flows,
    start_interview,
    to_offences,
)


@asynccontextmanager
async def interview(size: tuple[int, int], query: str, flow_id: str) -> AsyncIterator[Pilot[None]]:
    """The app at ``size``, at the first question of ``flow_id`` for ``query``'s body."""
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=size) as pilot:
        await settle(pilot)
        await start_interview(pilot, query, flow_id)
        yield pilot


def visible(pilot_text: str, words: str) -> bool:
    """``words`` appear on screen, however the line was wrapped."""
    return " ".join(words.split()) in " ".join(pilot_text.split())


async def test_a_long_list_at_80_by_24_keeps_the_question_and_its_why_on_screen() -> None:
    async with interview((80, 24), "west mids", "crime-statistics") as pilot:
        card = await to_offences(pilot)
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


async def test_a_list_measured_too_tall_is_fitted_again_not_scrolled_to() -> None:
    # A fresh-clone CI run caught the offences card at 80x24 with the list at ten rows and
    # the card scrolled to show it all, the why's first lines off the top: the list had been
    # measured before the card's layout settled. The fit is checked, and made again.
    async with interview((80, 24), "PSNI", "crime-statistics") as pilot:
        card = await to_offences(pilot)
        ticks = card.query_one("#answer", OptionList)
        scroll = card.query_one("#question-scroll")
        ticks.styles.max_height = 12  # what a fit measured at a larger room leaves
        await settle(pilot)
        card._show_field(ticks)
        await settle(pilot)
        assert scroll.scroll_y == 0
        assert visible(screen_text(pilot), "Forces count crimes by Home Office offence")
        assert ticks.region.bottom <= scroll.region.bottom  # the list wholly shown, refitted


async def test_a_ticked_list_at_80_by_24_starts_at_the_why() -> None:
    # Focus scrolled the card for the list's full height before the list was fitted, so
    # the why's first words were off the top (seen in a real terminal, policies flow).
    async with interview((80, 24), "Leeds City Council", "policies") as pilot:
        await settle(pilot)
        card = pilot.app.screen.query_one(QuestionCard)
        ticks = card.query_one("#answer", OptionList)
        scroll = card.query_one("#question-scroll")
        assert card.question.why is not None
        assert visible(screen_text(pilot), " ".join(card.question.why.split()[:6]))
        assert ticks.region.bottom <= scroll.region.bottom  # the list still wholly shown


async def test_a_short_list_keeps_its_full_height() -> None:
    async with interview((100, 40), "west mids", "policies") as pilot:
        card = pilot.app.screen.query_one(QuestionCard)
        ticks = card.query_one("#answer", OptionList)
        await settle(pilot)
        assert ticks.region.height == ticks.option_count + 2  # every row, and its borders


async def test_a_council_is_asked_in_words_for_any_public_body() -> None:
    async with interview((100, 40), "Leeds City Council", "policies") as pilot:
        text = screen_text(pilot)
        assert "Guidance for staff" in text and "officers" not in text
        assert "West Midlands Police found nothing" not in text  # the police case, for police
        await pilot.press("f1")
        await settle(pilot)
        shown = screen_text(pilot)
        assert "FOI teams need" in shown and "police FOI teams" not in shown


async def test_a_card_answered_before_it_was_laid_out_fits_nothing() -> None:
    async with interview((80, 24), "PSNI", "crime-statistics") as pilot:
        card = pilot.app.screen.query_one(QuestionCard)
        await card.remove()  # what a quick enter does before the card's layout callback
        card._fit_list()  # the callback still runs: it must find nothing to do, not crash


async def test_a_kind_of_request_chosen_twice_quickly_is_taken_once() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        flows = await open_flows(pilot, "PSNI")
        flows.action_select()
        flows.action_select()  # a second enter before the first was acted on
        await settle(pilot)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
        assert [type(s).__name__ for s in pilot.app.screen_stack] == [
            "HomeScreen",
            "InterviewScreen",
        ]


async def test_a_second_enter_never_gives_the_next_question_the_last_answer() -> None:
    async with interview((100, 32), "Leeds City Council", "correspondence") as pilot:
        card = pilot.app.screen.query_one(QuestionCard)
        assert current_question(pilot) == "sender"
        card.post_message(QuestionCard.Submitted("the Chief Executive's office", "sender"))
        card.post_message(QuestionCard.Submitted("the Chief Executive's office", "sender"))
        await settle(pilot)  # the second came from the sender's card, already answered
        screen = pilot.app.screen
        assert isinstance(screen, InterviewScreen) and screen.interview is not None
        assert current_question(pilot) == "recipient"
        assert "recipient" not in screen.interview.answers


async def test_at_80_by_24_questions_2_and_3_show_their_whole_why_and_field() -> None:
    # A new user's walk at 80x24: beside the letter, the card had 44 columns and cut
    # question 2's and 3's why, which then scrolled inside itself. The letter starts
    # hidden there (ctrl+l shows it), so the card has the width.
    async with interview((80, 24), "west mids", "crime-statistics") as pilot:
        await type_text(pilot, "knife crime")
        await pilot.press("enter")
        for expected in ("unit", "offences"):
            await settle(pilot)
            assert current_question(pilot) == expected
            card = pilot.app.screen.query_one(QuestionCard)
            text = screen_text(pilot)
            assert visible(text, card.question.prompt)
            assert card.question.why is not None and visible(text, card.question.why), text
            ticks = card.query_one("#answer", OptionList)
            scroll = card.query_one("#question-scroll")
            assert scroll.region.y <= ticks.region.y
            assert ticks.region.bottom <= scroll.region.bottom  # the field wholly on screen
            assert ticks.region.height >= min(5, ticks.option_count + 2)  # rows, not a sliver
            await pilot.press("enter")
        assert "Dear West Midlands" not in screen_text(pilot)
        await pilot.press("ctrl+l")  # the letter is one key away
        await settle(pilot)
        assert "Dear West Midlands" in screen_text(pilot)


async def test_police_scotland_knife_crime_ticks_the_weapon_crimes_first_and_shows_other() -> None:
    # A new user's walk at 80x24: "knife crime" ticked serious assault and robbery at the
    # top of the list while the knife and weapon crimes, far down it, were out of sight;
    # and the box for other crimes was below the fold.
    async with interview((80, 24), "Police Scotland", "crime-statistics") as pilot:
        await type_text(pilot, "knife crime")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # recorded crimes
        await settle(pilot)
        assert current_question(pilot) == "offences"
        card = pilot.app.screen.query_one(QuestionCard)
        ticks = card.query_one("#answer", OptionList)
        first = [str(ticks.get_option_at_index(i).prompt) for i in range(2)]
        assert first == ["Handling a bladed or pointed article", "Handling an offensive weapon"]
        text = screen_text(pilot)
        assert "Handling a bladed or pointed article" in text
        other = card.query_one("#other")
        scroll = card.query_one("#question-scroll")
        assert scroll.region.y <= ticks.region.y
        assert other.region.height and other.region.bottom <= scroll.region.bottom, text
        assert "Another crime (type its name)" in text


async def test_the_box_for_a_named_area_shows_a_whole_example_at_80_by_24() -> None:
    # Its placeholder was the choice's label, cut off mid-word in the box.
    for query, example in (("west mids", "e.g. Leeds"), ("Police Scotland", "e.g. Fife")):
        async with interview((80, 24), query, "crime-statistics") as pilot:
            await to_offences(pilot)
            await pilot.press("enter")  # the offences its words suggested
            await settle(pilot)
            assert current_question(pilot) == "area"
            await pilot.press("down", "enter")  # a local authority, ward or neighbourhood
            await settle(pilot)
            box = pilot.app.screen.query_one(QuestionCard).query_one("#other", Input)
            assert box.display and box.has_focus
            assert box.placeholder.startswith(example)
            assert len(box.placeholder) <= box.content_region.width  # whole, not cut off
