"""New request: authority search, kind of request, the requester's name (asked once), the
interview with branching and going back, and the draft it creates."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList

from foidraft.authorities.model import Authority
from foidraft.drafts import DraftStore, Profile, load_profile, save_profile
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.dialogs import ConfirmDialog, TextInputDialog
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.flow_picker import FlowPickerScreen
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.screens.interview import InterviewScreen
from foidraft.tui.widgets.letter_preview import LetterPreview
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import (
    directory_with,
    make_app,
    screen_text,
    settle,
    showing,
    type_text,
    wait_for,
)


async def pick_authority(pilot: Pilot[None], query: str) -> AuthorityPickerScreen:
    await pilot.press("n")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, AuthorityPickerScreen), "picker")
    picker = pilot.app.screen
    assert isinstance(picker, AuthorityPickerScreen)
    await settle(pilot)
    await type_text(pilot, query)
    await settle(pilot)
    return picker


async def pick_flow(pilot: Pilot[None], flow_id: str) -> None:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, FlowPickerScreen), "flows")
    await settle(pilot)
    flows = pilot.app.screen.query_one("#flows", OptionList)
    flows.highlighted = flows.get_option_index(flow_id)
    await pilot.press("enter")
    await pilot.pause()


async def start_interview(pilot: Pilot[None], query: str, flow_id: str) -> None:
    """From Home: the authority ``query`` finds, then the flow ``flow_id``, to its first
    question."""
    await pick_authority(pilot, query)
    await pilot.press("enter")
    await pick_flow(pilot, flow_id)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
    await settle(pilot)


async def knife_crime_to_gmp(pilot: Pilot[None]) -> InterviewScreen:
    """From Home: GMP's crime statistics interview, its topic answered "knife crime"."""
    await settle(pilot)
    await start_interview(pilot, "GMP", "crime-statistics")
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen) and screen.interview is not None
    await type_text(pilot, "knife crime")
    await pilot.press("enter")
    await settle(pilot)
    return screen


def current_question(pilot: Pilot[None]) -> str:
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen) and screen.interview is not None
    question = screen.interview.current
    return question.id if question else ""


async def answer_with_enter(pilot: Pilot[None], expected: str) -> None:
    """Accept what the question offers (its default) and wait for the next question."""
    assert current_question(pilot) == expected
    await pilot.press("enter")
    await settle(pilot)


async def test_new_request_interview_creates_and_opens_the_draft() -> None:
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        # The name is asked for once, first (tests/tui/test_name_before_the_request.py).
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, TextInputDialog), "name")
        await type_text(pilot, "Jo Bloggs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the picker")
        await pilot.press("escape")  # and kept: the next request starts at the search
        await wait_for(pilot, lambda: not showing(pilot, AuthorityPickerScreen), "Home")
        picker = await pick_authority(pilot, "west mids")
        highlighted = picker.highlighted()
        assert highlighted is not None and highlighted.name == "West Midlands Police"
        await pilot.press("enter")
        await pick_flow(pilot, "crime-statistics")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
        await settle(pilot)
        assert load_profile().name == "Jo Bloggs"
        screen = pilot.app.screen
        assert isinstance(screen, InterviewScreen) and screen.interview is not None

        # The requester's own words come first; they become the title.
        assert current_question(pilot) == "topic"
        await type_text(pilot, "figures for my area")
        await pilot.press("enter")
        await settle(pilot)

        # One question at a time, saying why forces need it.
        question = screen.interview.current
        assert question is not None and question.id == "unit"
        text = screen_text(pilot)
        assert question.prompt in text
        assert "Police systems count different things" in text

        # Arrests: the crime-only questions are not asked.
        await pilot.press("down", "enter")
        await settle(pilot)
        assert current_question(pilot) == "offences"
        assert "date_basis" not in [q.id for q in screen.interview.visible_questions()]

        # Back: the earlier answer is kept and offered; crimes brings the branch back.
        await pilot.press("alt+left")
        await settle(pilot)
        assert current_question(pilot) == "unit"
        assert screen.interview.initial_value() == "arrests"
        await pilot.press("up", "enter")
        await settle(pilot)
        assert "date_basis" in [q.id for q in screen.interview.visible_questions()]

        # A required list left empty is refused, with the reason beside the field.
        await pilot.press("enter")
        await settle(pilot)
        assert current_question(pilot) == "offences"
        assert "Choose at least one option." in screen_text(pilot)
        await pilot.press("space", "enter")  # tick the first offence
        await settle(pilot)

        for qid in ("area", "period", "date_basis", "flags", "outcomes"):
            await answer_with_enter(pilot, qid)
        preview = screen.query_one(LetterPreview).text
        assert "Dear West Midlands Police," in preview
        assert "financial years 2022/23 to 2024/25" in preview
        while isinstance(pilot.app.screen, InterviewScreen):
            await answer_with_enter(pilot, current_question(pilot))

        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        assert pilot.app.screen_stack[-2].__class__ is HomeScreen  # the interview is gone

    drafts = DraftStore().list()
    assert len(drafts) == 1
    draft = DraftStore().load_path(drafts[0].path)
    assert draft.authority == "wmp"
    assert draft.title.startswith("Figures for my area: crimes recorded")
    assert draft.body.startswith("Dear West Midlands Police,")
    assert "1 April 2022 to 31 March 2025" in draft.body
    assert "Yours faithfully,\n\nJo Bloggs" in draft.body
    assert editor.draft.path == drafts[0].path


async def test_the_remembered_name_signs_the_letter_without_asking() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "GMP", "policies")
        preview = pilot.app.screen.query_one(LetterPreview).text
        assert "Dear Greater Manchester Police," in preview
        assert preview.rstrip().endswith("Sam Doe")


async def test_escape_on_the_kind_of_request_goes_back_to_the_search() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pick_authority(pilot, "the Met")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FlowPickerScreen), "flows")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, AuthorityPickerScreen), "back")
        await settle(pilot)
        picker = pilot.app.screen
        assert isinstance(picker, AuthorityPickerScreen)
        assert picker.query_text == "the Met"
        found = picker.highlighted()
        assert found is not None and found.name == "Metropolitan Police Service"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HomeScreen), "home")


async def test_leaving_an_interview_with_answers_asks_first() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "GMP", "crime-statistics")
        await type_text(pilot, "knife crime")  # answer the first question
        # Typed, not yet entered: ctrl+q quit at once, the topic lost (walk23).
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: showing(pilot, ConfirmDialog), "the question")
        assert "Quit and lose this interview?" in screen_text(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: showing(pilot, InterviewScreen), "the interview")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert showing(pilot, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert showing(pilot, InterviewScreen)
        await pilot.press("ctrl+q")  # quitting asks too
        await pilot.pause()
        assert showing(pilot, ConfirmDialog)
        assert "Quit and lose this interview?" in screen_text(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert showing(pilot, InterviewScreen)
    assert DraftStore().list() == []


async def test_authority_and_flow_text_are_shown_literally() -> None:
    odd = Authority(id="odd", name="[b]Odd[/b] [link=x]Police", type="police")
    save_profile(Profile(name="Sam Doe"))
    async with make_app(directory=directory_with(odd)).run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pick_authority(pilot, "odd")
        assert "[b]Odd[/b] [link=x]Police" in screen_text(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FlowPickerScreen), "flows")
        await settle(pilot)
        assert "What do you want to ask [b]Odd[/b] [link=x]Police for?" in screen_text(pilot)
        await pick_flow(pilot, "policies")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
        await settle(pilot)
        assert "Dear [b]Odd[/b] [link=x]Police," in screen_text(pilot)


async def test_interview_at_80_by_24_shows_the_question_and_the_letter_on_ctrl_l() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "west mids", "crime-statistics")
        text = screen_text(pilot)
        # answers still to come open questions: a floor, never "1 of 12" nor "about 10"
        assert "Question 1, at least " in text and "In your own words" in text
        assert "Dear West Midlands" not in text  # the question has the width at 80 columns
        card = pilot.app.screen.query_one(QuestionCard)
        assert card.region.width >= 70
        await pilot.press("ctrl+l")  # the letter beside the question
        await pilot.pause()
        assert pilot.app.screen.query_one(LetterPreview).display
        assert "Dear West Midlands" in screen_text(pilot)
        assert pilot.app.screen.query_one(QuestionCard).region.width >= 36
        await pilot.press("ctrl+l")  # and away again
        await pilot.pause()
        assert not pilot.app.screen.query_one(LetterPreview).display


async def open_flows(pilot: Pilot[None], query: str) -> OptionList:
    """From Home, the kinds of request for the authority ``query`` finds."""
    await settle(pilot)
    await pick_authority(pilot, query)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, FlowPickerScreen), "flows")
    await settle(pilot)
    return pilot.app.screen.query_one("#flows", OptionList)


async def test_a_flow_that_does_not_apply_says_why() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        flows = await open_flows(pilot, "West Midlands Police and Crime Commissioner")
        option = flows.get_option("not-crime-statistics")
        assert option.disabled
        text = screen_text(pilot)
        assert "Recorded crime statistics (not for" in text
        assert "Crime records are held by police forces" in text


async def test_any_public_body_can_be_written_to_by_its_full_name() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        picker = await pick_authority(pilot, "Frome Town Council")
        first = picker.highlighted()  # a town council: not in the list of councils
        assert first is not None and first.name == "Frome Town Council"
        assert first.type == "council" and first.ref == "Frome Town Council"
        said = "not in foidraft's list: write to it as a council, by the name as typed"
        assert said in screen_text(pilot)  # so a short form is written out first
        await pilot.press("enter")
        await pick_flow(pilot, "spending")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
        await settle(pilot)
        assert "Frome Town Council" in screen_text(pilot)


async def test_a_body_whose_name_is_near_a_force_is_offered_first() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        picker = await pick_authority(pilot, "Essex Fire and Rescue Service")
        first = picker.highlighted()  # not Essex Police, a fair fuzzy match, but the
        # service by its own name, now listed (foidraft/data/public_bodies.csv)
        assert first is not None and first.name == "Essex County Fire and Rescue Service"


async def test_a_short_form_still_finds_the_listed_force_first() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        picker = await pick_authority(pilot, "west mids")
        first = picker.highlighted()
        assert first is not None and first.name == "West Midlands Police"


async def test_a_force_being_typed_is_offered_before_a_body_of_that_name() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        picker = await pick_authority(pilot, "west york")  # not a body called "West York"
        first = picker.highlighted()
        assert first is not None and first.name == "West Yorkshire Police"


async def to_offences(pilot: Pilot[None]) -> QuestionCard:
    """From the first question of crime statistics to the offences, for knife crime."""
    await type_text(pilot, "knife crime")  # the requester's own words
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("enter")  # recorded crimes
    await settle(pilot)
    assert current_question(pilot) == "offences"
    return pilot.app.screen.query_one(QuestionCard)


async def test_a_long_list_can_be_searched_and_keeps_its_ticks() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "west mids", "crime-statistics")
        card = await to_offences(pilot)
        assert {"10D", "8N"} <= set(card.value())  # type: ignore[arg-type]  # suggested
        card.query_one("#search").focus()
        await type_text(pilot, "shoplifting")
        await settle(pilot)
        ticks = card.query_one("#answer", OptionList)
        assert ticks.option_count == 1
        await pilot.press("enter")  # from the search box to the list
        await pilot.press("space")  # tick shoplifting
        await settle(pilot)
        picked = card.value()
        assert "46" in picked and "10D" in picked  # type: ignore[operator]  # earlier ticks kept


async def test_the_blank_letter_starts_under_the_greeting() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pick_authority(pilot, "GMP")
        await pilot.press("enter")
        await pick_flow(pilot, "blank-letter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, TextInputDialog), "title")
        await type_text(pilot, "Stop and search 2024")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, EditorScreen), "editor")
        await settle(pilot)
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.editor.cursor_location == (2, 0)
        assert editor.editor.document.get_line(0).startswith("Dear Greater Manchester Police")
