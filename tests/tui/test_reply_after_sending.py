"""After sending, in the app: the reply's date is read from the reply or asked for (never
silently today), and an overdue request with no reply gets its chaser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.css.query import NoMatches
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from foidraft.tui.widgets.finding_detail import FindingDetail
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for, write_draft
from tests.tui.test_reply_screen import LETTER, open_reply_screen

DATA = Path(__file__).parent.parent / "data"
CLARIFICATION = (DATA / "wmp-8a-21-clarification.txt").read_text(encoding="utf-8")


def sent(on: str, status: str = "sent", *, name_asked: bool = True) -> None:
    """The request, sent ``on``; with ``name_asked``, the requester already said "Not now"
    to their name (so a next letter is written without asking: test_your_details asks)."""
    if name_asked:
        save_profile(Profile(name_asked=True))
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status=status,
                sent=on, body=LETTER)  # fmt: skip


async def read_pasted(pilot: Pilot[None], reply: str, day: str = "") -> ReplyScreen:
    """The reply screen on the sent draft, ``reply`` pasted (and ``day`` typed), read."""
    screen = await open_reply_screen(pilot)
    screen.query_one(ReplyText).load_text(reply)
    screen.query_one("#reply-date", Input).value = day
    await pilot.press("ctrl+s")
    return screen


async def test_a_reply_with_no_date_asks_for_it_and_records_nothing_until_then() -> None:
    sent("2025-05-20")  # not yet due on 2 June 2025
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_reply_screen(pilot)
        assert screen.query_one("#reply-date", Input).value == ""  # not today, unasked
        assert not screen.query("#chase-now")  # not overdue: no chaser
        screen.query_one(ReplyText).load_text(CLARIFICATION)  # states no date of its own
        await pilot.press("ctrl+s")
        date = screen.query_one("#reply-date", Input)
        await wait_for(pilot, lambda: pilot.app.focused is date, "the date asked for")
        assert "The reply gives no date" in screen_text(pilot)
        assert DraftStore().load("hunters-0001").replied is None  # nothing recorded
        date.value = "2025-05-28"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(screen.query("#letter-clarify")), "the meaning")
        assert "received 28 May 2025." in screen_text(pilot)
    draft = DraftStore().load("hunters-0001")
    assert (draft.status, draft.clarification) == ("clarification", dt.date(2025, 5, 28))


async def test_the_received_date_is_taken_as_a_uk_requester_writes_it() -> None:
    """Only YYYY-MM-DD was taken, though the date-sent dialog and the interview take
    28/05/2025 and 28 May 2025; something else gets one line saying what it takes."""
    sent("2025-05-20")
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await read_pasted(pilot, CLARIFICATION, "28 May 2O25")  # a letter O
        refused = "is not a date foidraft understands"
        await wait_for(pilot, lambda: refused in screen_text(pilot), "the date refused")
        assert DraftStore().load("hunters-0001").replied is None  # nothing recorded
        screen.query_one("#reply-date", Input).value = "28/05/2025"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(screen.query("#letter-clarify")), "the meaning")
        assert "received 28 May 2025." in screen_text(pilot)
    assert DraftStore().load("hunters-0001").clarification == dt.date(2025, 5, 28)


async def test_a_reply_that_states_its_date_is_recorded_on_that_date() -> None:
    sent("2025-05-20")
    reply = "Date: 29th May 2025\n\nDear Requester\n\n" + CLARIFICATION.split("\n", 2)[2]
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await read_pasted(pilot, reply)
        await wait_for(pilot, lambda: bool(screen.query("#letter-clarify")), "the meaning")
        text = screen_text(pilot)
        assert "received 29 May 2025 (the" in text and "date it gives)" in text
    assert DraftStore().load("hunters-0001").clarification == dt.date(2025, 5, 29)


async def test_an_overdue_request_with_no_reply_gets_its_chaser_from_home() -> None:
    sent("2025-04-01")  # due 1 May 2025 (Easter); today is 2 June 2025
    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)

        def hint() -> bool:  # the rows are read in a worker: wait for them
            detail = pilot.app.screen.query("#draft-detail").first(Static)
            return "no reply? p: write a chaser" in str(detail.render())

        await wait_for(pilot, hint, "the chaser offered on Home")
        screen = await open_reply_screen(pilot)
        assert "It was due by 1 May 2025" in screen_text(pilot)
        chase = screen.query_one("#chase-now", Button)
        chase.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the chaser in the editor")
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.draft.letter == "chaser" and editor.draft.follows == "hunters-0001.md"
    assert DraftStore().load("hunters-0001").status == "sent"  # no reply was recorded


async def test_a_date_the_reply_gives_before_sending_asks_for_the_real_one() -> None:
    sent("2025-05-20")
    reply = "Date: 2nd May 2017\n\nDear Requester\n\n" + CLARIFICATION.split("\n", 2)[2]
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await read_pasted(pilot, reply)
        date = screen.query_one("#reply-date", Input)
        await wait_for(pilot, lambda: pilot.app.focused is date, "the date asked for")
        text = screen_text(pilot)
        assert "2 May 2017 (the reply gives) is before you sent the request" in text
    assert DraftStore().load("hunters-0001").replied is None


def test_a_narrowed_requests_title_stays_told_apart_when_cut() -> None:
    from foidraft.tui.text import shorten_title

    # Home's title column at 80 columns: the narrowed request and its original differed
    # only in the part cut off ("Stop and search Scot…" twice).
    assert shorten_title("Stop and search Scotland (narrowed)", 21) == "Stop and… (narrowed)"
    assert shorten_title("Stop and search Scotland (narrowed)", 24) == "Stop and sea… (narrowed)"
    assert shorten_title("Stop and search Scotland", 21) == "Stop and search Scot…"
    assert shorten_title("Short (narrowed)", 21) == "Short (narrowed)"
    # With a long status ("partly answered") the column is 16 wide: still told apart.
    assert shorten_title("Immigration detainees in cells (narrowed)", 16) == "Immi… (narrowed)"
    assert shorten_title("Immigration detainees in cells", 16) == "Immigration det…"


async def test_after_a_full_answer_the_app_offers_a_thank_you() -> None:
    import json

    rows = [
        json.loads(x) for x in (DATA / "replies.jsonl").read_text(encoding="utf-8").split("\n") if x
    ]
    (row,) = [r for r in rows if r["id"] == "wmp-532a-22-999-101-calls"]
    sent("2025-05-20")
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await read_pasted(pilot, row["text"], "2025-05-30")

        def offered() -> bool:  # the first letter offered has the focus, once all are shown
            found = screen.query("#letter-thanks")
            return bool(found) and pilot.app.focused is found.first(Button)

        await wait_for(pilot, offered, "the thank-you offered first")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the thank-you")
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen) and editor.draft.letter == "thanks"
        assert "Thank you for your response of 30 May 2025" in editor.draft.body


async def test_marking_the_clarification_sent_in_the_app_restarts_the_requests_clock() -> None:
    """ctrl+t, Sent on the clarification answer: in the shell (`drafts status`) the
    request moved on; in the app it stayed 'clarification, paused' for ever."""
    from foidraft.tui.screens.dialogs import ChoiceDialog, DateDialog

    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp",
                status="clarification", sent="2025-05-01", body=LETTER,
                extra={"clarification": "2025-05-09"}, updated="2025-05-09T09:00:00Z")  # fmt: skip
    write_draft("clarification-0001.md", "Clarification: Paedophile hunters", authority="wmp",
                body="Dear West Midlands Police,\n\nI mean the financial year.\n\nD Moore\n",
                extra={"follows": "hunters-0001.md", "letter": "clarify"},
                updated="2025-06-01T09:00:00Z")  # fmt: skip
    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the clarification, changed last, comes first
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChoiceDialog), "statuses")
        await pilot.press("down", "down", "enter")  # draft, ready, sent
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DateDialog), "the date")
        assert "start again" in screen_text(pilot)
        await pilot.press("enter")  # today: 2 June 2025
        await settle(pilot)
    request = DraftStore().load("hunters-0001")
    assert (request.status, request.clarified) == ("sent", dt.date(2025, 6, 2))
    assert request.due is not None and request.due > dt.date(2025, 6, 2)


def test_the_meaning_wraps_each_line_under_its_own_indent() -> None:
    from foidraft.tui.reply_reading import indented_blocks

    text = (
        "Refused.\n\nWhat they rely on:\n  FOISA s12(1): Excessive cost\n    The authority...\n\n"
    )
    assert indented_blocks(text) == [
        (0, "Refused."), (0, ""), (0, "What they rely on:"),
        (2, "FOISA s12(1): Excessive cost"), (4, "The authority..."),
    ]  # fmt: skip


async def test_at_80x24_a_provisions_meaning_wraps_under_its_indent() -> None:
    sent("2025-05-20")
    final = (DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8")
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await read_pasted(pilot, final, "2025-05-30")
        await wait_for(pilot, lambda: bool(screen.query("#letter-review")), "the meaning")
        deep = [s for s in screen.query(".meaning-line") if s.styles.padding.left == 4]
        assert deep and all(s.size.height >= 1 for s in deep)
        assert any(s.size.height > 1 for s in deep)  # wrapped, and under its indent


async def test_the_chaser_hint_on_home_names_the_key_the_user_bound() -> None:
    """Rebinding ``home.read-reply`` in config.toml changes the key Home's hint names: the
    hint reads it from the bindings in force, not the default."""
    from foidraft.config import Config

    sent("2025-04-01")  # overdue on 2 June 2025
    config = Config(keys={"home.read-reply": "ctrl+y"})
    async with make_app(config=config).run_test(size=(100, 30)) as pilot:
        await settle(pilot)

        def hint() -> str:
            return str(pilot.app.screen.query("#draft-detail").first(Static).render())

        await wait_for(pilot, lambda: "write a chaser" in hint(), "the chaser offered on Home")
        assert "no reply? ^y: write a chaser" in hint(), hint()
        await pilot.press("ctrl+y")  # the key named does open the reply screen
        await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")


def test_marking_a_follow_up_sent_says_what_happened_to_its_request() -> None:
    """Not "is now sent (i'll give the date)": the status list's label is a choice, not
    news."""
    from foidraft.tui.screens.editor_status import moved_on

    day, due = dt.date(2021, 1, 6), dt.date(2021, 2, 3)
    text = moved_on(day, "Paedophile hunters", "sent", due)
    assert text == (
        "Sent 6 January 2021: “Paedophile hunters” is waiting for its reply again: its 20 "
        "working days start again; the reply is due by 3 February 2021."
    )
    assert "i'll give" not in text.lower()
    review = moved_on(day, "Hunters", "review", due)
    assert "is under internal review; the review is due by 3 February 2021" in review


def test_a_late_review_outcome_names_the_reviews_deadline_and_the_act_it_took() -> None:
    """A review outcome that came late is late against the review's 20 working days (not
    the request's), in the recorded line and in the explanation alike; a draft naming no
    body takes FOISA from the reply's "requirement for review", and says so."""
    from foidraft.drafts import Draft
    from foidraft.drafts.tracking import mark_review_asked, mark_sent
    from foidraft.tui.reply_reading import read_and_record

    store = DraftStore()
    draft = Draft.new("No body named", "Dear Sir or Madam,\n\n1. Arrests in 2025.\n", "")
    mark_sent(draft, dt.date(2026, 10, 1))
    draft.status, draft.replied = "refused", dt.date(2026, 10, 20)
    mark_review_asked(draft, dt.date(2026, 10, 21))
    store.save(draft)
    reply = (
        "Dear Ms Bloggs\n\nI refer to your requirement for review received on 21 October "
        "2026. I have now completed the review and I uphold the original decision.\n"
    )
    outcome = read_and_record(
        draft, store, None, dt.date(2026, 12, 5), "J", text=reply, file="",
        typed=dt.date(2026, 12, 1),
    )  # fmt: skip
    assert "It came late: it was due by 18 November 2026." in outcome.recorded
    assert "The reply was late: it was due by 18 November 2026." in outcome.meaning
    assert "2026-10-29" not in outcome.meaning  # the request's own deadline, long met
    assert "read under the Freedom of Information (Scotland) Act (FOISA)" in outcome.recorded
    assert "complain by 1 June 2027" in outcome.meaning  # six months (FOISA s47)
    # Kept on the draft: Home counts the complaint's six months as the reply did.
    from foidraft.drafts.standings import standing
    from foidraft.drafts.tracking import regime_for

    kept = store.load_path(draft.path) if draft.path else draft
    assert kept.regime == "FOISA"
    found = standing(kept, regime_for(None, kept), dt.date(2026, 12, 5))
    assert found is not None and found.due == dt.date(2027, 6, 1)


async def test_the_letters_notes_stay_with_it_until_it_is_sent() -> None:
    """A complaint's notes say where to send it and by when, as `foidraft reply --next`
    prints them (they are not part of the letter). The editor shows them beside the letter,
    and again when the requester comes back to it: a notice would be gone by then."""
    save_profile(Profile(name="Jo Bloggs"))  # signed: not asked for a name
    write_draft("hunters-0001.md", "Paedophile hunters", authority="police-scotland",
                status="review", sent="2025-03-03", body=LETTER,
                extra={"replied": "2025-04-01", "review": "2025-04-02"})  # fmt: skip
    outcome = (
        "Dear Requester\n\nI refer to your requirement for review. I have now completed the "
        "review and I uphold the original decision without modification.\n"
    )
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await read_pasted(pilot, outcome, "2025-04-25")
        await wait_for(pilot, lambda: bool(screen.query("#letter-complaint")), "the meaning")
        screen.query_one("#letter-complaint", Button).press()
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the complaint")

        def beside() -> str:  # "" while the editor is still being put together
            found = pilot.app.screen.query(FindingDetail)
            try:
                return found.first().text if found else ""
            except NoMatches:  # the pane is there, its text not yet
                return ""

        await wait_for(pilot, lambda: "Before you send" in beside(), "the letter's notes")
        assert "Complain to the Scottish Information Commissioner" in beside()
        assert "https://www.itspublicknowledge.info/appeal" in beside()
        # The notice goes with the letter: back on Home it would hide its columns.
        await pilot.press("escape")
        await wait_for(pilot, lambda: not showing(pilot, EditorScreen), "Home")
        assert not list(pilot.app._notifications)
        await pilot.press("enter")  # Home's cursor is on the letter just left
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the complaint again")
        await wait_for(pilot, lambda: "Before you send" in beside(), "the notes again")
        assert "Complain to the Scottish Information Commissioner" in beside()
