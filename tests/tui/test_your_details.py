"""The requester's name and email: the email is asked once, before the first .eml (its
From line) and may be left empty; a blank letter with no name leaves a place for it;
the palette changes both; the next letter after a reply asks for a missing name."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Profile, load_profile, save_profile
from foidraft.drafts.profile import profile_path
from foidraft.tui.screens.details import start_editing
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.export_menu import ExportScreen
from tests.tui.shell_harness import (
    make_app,
    open_from_home,
    screen_text,
    settle,
    showing,
    type_text,
    wait_for,
    write_draft,
)
from tests.tui.test_type_ahead import choose_blank_letter

LETTER = (
    "Dear Greater Manchester Police,\n\nPlease provide the figures.\n\nYours faithfully,\n\nJo\n"
)


async def asked(pilot: Pilot[None], words: str) -> None:
    await wait_for(pilot, lambda: words in screen_text(pilot), words)
    await settle(pilot)


async def first_eml_asks_the_email(pilot: Pilot[None]) -> None:
    await open_from_home(pilot, ("e",), ExportScreen, "the export menu")
    await pilot.press("s")
    await asked(pilot, "Your email address (optional, asked once)")


async def save_eml(pilot: Pilot[None], email_answer: str | None) -> Path:
    """From Home, save the draft as an .eml; answer the email question when given."""
    await open_from_home(pilot, ("e",), ExportScreen, "the export menu")
    await pilot.press("s")
    if email_answer is not None:
        await asked(pilot, "Your email address (optional, asked once)")
        await type_text(pilot, email_answer)
        await pilot.press("enter")
    await asked(pilot, "Save it where?")
    path = Path(pilot.app.screen.query_one(Input).value)
    await pilot.press("enter")
    await wait_for(pilot, path.exists, "the .eml file")
    return path


def sender(path: Path) -> str | None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return message["From"]


async def test_the_first_eml_asks_for_the_email_once_and_sends_from_it() -> None:
    save_profile(Profile(name="Jo Bloggs"))
    write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        saved = await save_eml(pilot, "jo@example.org")
        assert sender(saved) == "Jo Bloggs <jo@example.org>"
        saved.unlink()
        # The menu closes once the file is written (it stayed open over Home).
        await wait_for(pilot, lambda: not showing(pilot, ExportScreen), "Home")
        assert sender(await save_eml(pilot, None)) == "Jo Bloggs <jo@example.org>"  # not asked
    assert load_profile().email == "jo@example.org"
    assert profile_path().stat().st_mode & 0o777 == 0o600


async def test_an_email_left_empty_is_not_asked_again_and_the_eml_has_no_from() -> None:
    write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        saved = await save_eml(pilot, "")
        assert sender(saved) is None
        saved.unlink()
        # The menu closes once the file is written (it stayed open over Home).
        await wait_for(pilot, lambda: not showing(pilot, ExportScreen), "Home")
        assert sender(await save_eml(pilot, None)) is None
    assert load_profile().email_asked


async def test_the_email_question_says_skip_where_escape_goes_on_without_one() -> None:
    """Its "Cancel" did not cancel: the .eml was saved all the same, with no From line."""
    write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await first_eml_asks_the_email(pilot)
        assert name_dialog_words(pilot)[1] == ["Skip", "Save"]
        assert "esc Skip" in screen_text(pilot)
        await pilot.press("escape")
        await asked(pilot, "Save it where?")
        path = Path(pilot.app.screen.query_one(Input).value)
        await pilot.press("enter")
        await wait_for(pilot, path.exists, "the .eml file")
        said = [(n.title, n.message) for n in pilot.app._notifications]
        assert ("Saved", str(path)) in said  # it said "Saved" twice: "Saved / Saved /tmp/..."


async def test_the_first_email_question_says_why_now_and_offers_the_systems_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It came up in the middle of saving with no word on why then, or on what skipping
    does, and an empty field: it now says both and offers the address $EMAIL gives (git
    and mail programs read the same), kept with one key."""
    from foidraft.tui.screens.details import EMAIL_FIRST, EMAIL_FROM_ENVIRONMENT

    monkeypatch.setenv("EMAIL", "jo@example.org")
    save_profile(Profile(name="Jo Bloggs"))
    write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await first_eml_asks_the_email(pilot)
        body, buttons = name_dialog_words(pilot)
        assert body == EMAIL_FIRST + EMAIL_FROM_ENVIRONMENT and buttons == ["Skip", "Save"]
        assert "Before your first .eml" in body and "Skip" in body
        assert pilot.app.screen.query_one(Input).value == "jo@example.org"
        await pilot.press("enter")
        await asked(pilot, "Save it where?")
        path = Path(pilot.app.screen.query_one(Input).value)
        await pilot.press("enter")
        await wait_for(pilot, path.exists, "the .eml file")
        await wait_for(pilot, lambda: not showing(pilot, ExportScreen), "the menu closed")
    assert sender(path) == "Jo Bloggs <jo@example.org>"
    assert load_profile().email_asked


def test_only_an_address_is_offered_from_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    from foidraft.drafts.profile import email_from_environment

    for given, offered in (("jo@example.org", "jo@example.org"), ("jo", ""), ("", "")):
        monkeypatch.setenv("EMAIL", given)
        assert email_from_environment() == offered
    monkeypatch.delenv("EMAIL")
    assert email_from_environment() == ""


async def test_a_mistyped_email_is_asked_again_with_why() -> None:
    write_draft("arrests-0001.md", "Arrests", authority="gmp", body=LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await first_eml_asks_the_email(pilot)
        await type_text(pilot, "jo at home")
        await pilot.press("enter")
        await asked(pilot, "does not look like an email address")
        await pilot.press("escape")  # going on without one
        await asked(pilot, "Save it where?")
    assert load_profile().email == ""


async def test_the_palette_sets_name_and_email() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        start_editing(pilot.app)
        await asked(pilot, "Your name")
        await type_text(pilot, "Jo Bloggs")
        await pilot.press("enter")
        await asked(pilot, "Your email address")
        await type_text(pilot, "jo@example.org")
        await pilot.press("enter")
        await wait_for(pilot, lambda: load_profile().email == "jo@example.org", "saved")
    assert load_profile().name == "Jo Bloggs"


async def name_asked_for_gmp(pilot: Pilot[None]) -> None:
    """A new request to GMP, to the name asked first."""
    await settle(pilot)
    pilot.app.start_request(load_directory().resolve("gmp"))  # type: ignore[attr-defined]
    await asked(pilot, "Before your first request: your name")


async def test_a_blank_letter_without_a_name_leaves_a_place_for_it() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await name_asked_for_gmp(pilot)
        await pilot.press("escape")  # would rather not say now
        await choose_blank_letter(pilot, started=True)
        await asked(pilot, "Title for the new draft")
        await type_text(pilot, "Thefts")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        assert screen.editor.text.endswith("Yours faithfully,\n\n[your name]\n")


def name_dialog_words(pilot: Pilot[None]) -> tuple[str, list[str]]:
    """The dialog's explanation and its buttons' words."""
    from textual.widgets import Button, Static

    screen = pilot.app.screen
    body = str(screen.query_one("#dialog-body", Static).render())
    return body, [str(b.label) for b in screen.query(Button)]


async def test_the_name_is_asked_in_a_requesters_words_from_one_text() -> None:
    """The new request's name dialog had its own near-copy of the explanation, and a
    "Cancel" that in fact went on with a gap for the name."""
    from foidraft.tui.screens.details import NAME_LATER, NAME_WHY

    async with make_app().run_test(size=(80, 24)) as pilot:
        await name_asked_for_gmp(pilot)
        body, buttons = name_dialog_words(pilot)
        assert body == f"{NAME_WHY} {NAME_LATER}" and buttons == ["Not now", "Save"]
        assert "esc Not now" in screen_text(pilot)  # the footer says what escape does
        await pilot.press("escape")
        await choose_blank_letter(pilot, started=True)
        await asked(pilot, "Title for the new draft")
    assert load_profile().name_asked  # "Not now" kept: a reply's next letter will not ask


async def read_and_write_next(pilot: Pilot[None]) -> None:
    """The clarification read on 28 May 2025, then ctrl+s on its first next letter."""
    from tests.tui.test_reply_after_sending import CLARIFICATION, read_pasted

    screen = await read_pasted(pilot, CLARIFICATION, "28/05/2025")
    await wait_for(pilot, lambda: bool(screen.query("#letter-clarify")), "the meaning")
    await pilot.press("ctrl+s")


def next_letter_text(pilot: Pilot[None]) -> str:
    screen = pilot.app.screen
    assert isinstance(screen, EditorScreen)
    return screen.editor.text


async def test_the_next_letter_after_a_reply_asks_for_a_missing_name() -> None:
    """Reading a reply never asked for a missing name: the next letter's sign-off stayed
    a gap, though the app asks before the first .eml for the email."""
    from tests.tui.test_reply_after_sending import sent

    sent("2025-05-20", name_asked=False)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await read_and_write_next(pilot)
        await asked(pilot, "Your name")
        assert name_dialog_words(pilot)[1] == ["Not now", "Save"]
        await type_text(pilot, "Jo Bloggs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the next letter")
        await settle(pilot)
        assert "Yours faithfully,\n\nJo Bloggs" in next_letter_text(pilot)
    profile = load_profile()
    assert profile.name == "Jo Bloggs" and not profile.name_asked  # given, not put off


async def test_not_now_leaves_a_gap_for_the_name_and_is_remembered() -> None:
    from tests.tui.test_reply_after_sending import sent

    sent("2025-05-20", name_asked=False)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await read_and_write_next(pilot)
        await asked(pilot, "Your name")
        await pilot.press("escape")  # not now
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the next letter")
        await settle(pilot)
        assert "Yours faithfully,\n\n[[your name]]" in next_letter_text(pilot)
    profile = load_profile()
    assert profile.name_asked and not profile.name


async def test_a_name_not_given_once_is_not_asked_for_again_after_a_reply() -> None:
    from tests.tui.test_reply_after_sending import sent

    sent("2025-05-20")  # "Not now" said to the name before
    async with make_app().run_test(size=(80, 24)) as pilot:
        await read_and_write_next(pilot)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the next letter")
        await settle(pilot)
        assert "Yours faithfully,\n\n[[your name]]" in next_letter_text(pilot)
