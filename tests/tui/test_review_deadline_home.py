"""An internal review has a deadline of its own: the authority owes its outcome within 20
working days of the request for it (FOIA: the s45 code, 40 at most in complex cases;
FOISA s21: 20). One review is one matter: its request's row says what is awaited and by
when; the request marked "Internal review asked" by hand asks when, and counts from it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from foidraft.drafts import DraftStore
from foidraft.drafts.tracking import follow_up_sent, mark_sent
from foidraft.replies.followup import save_letter
from foidraft.replies.letter_parts import Letter
from foidraft.tui.screens.dialogs import DateDialog
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from tests.tui.editor_harness import EditorTestApp, choose_status, wait_until
from tests.tui.shell_harness import (
    home_listing,
    make_app,
    screen_text,
    showing,
    wait_for,
    write_draft,
)
from tests.tui.test_folded_reason_at_80 import shown_in

REFUSED = {"replied": "2025-05-01", "reply": "refused_cost"}


def review_sent(authority: str, regime: str, on: dt.date) -> None:
    """A refused request and its review request, marked sent on ``on`` as the app does."""
    write_draft("hunters-0001.md", "Paedophile hunters", authority=authority,
                status="refused", sent="2025-04-01", extra=REFUSED)  # fmt: skip
    store = DraftStore()
    body = "Dear Sir or Madam,\n\nPlease review.\n"
    letter = save_letter(store, store.load("hunters-0001"),
                         Letter("review", "Internal review: Paedophile hunters", body))  # fmt: skip
    mark_sent(letter, on, regime=regime)
    store.save(letter)
    assert follow_up_sent(store, letter, on, regime=regime) is not None


async def detail_of(pilot: Pilot[None], title: str) -> str:
    table = await home_listing(pilot, 2)
    row = next(i for i, r in enumerate(table.draft_rows) if r.list_title.startswith(title))
    table.move_cursor(row=row)
    detail = pilot.app.screen.query_one("#draft-detail", Static)
    name = table.draft_rows[row].summary.name
    await wait_for(pilot, lambda: name in str(detail.render()), "its detail line")
    return " ".join(str(detail.render()).split())


async def home_at_80(check: Callable[[Pilot[None]], Awaitable[None]]) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:  # today: Monday 2 June 2025
        await check(pilot)


async def test_one_review_is_one_row_on_the_request_saying_what_is_awaited_and_by_when() -> None:
    """The request (its review deadline) and the review request letter (the review's own)
    both had a date in the Due column, read as two things to do: the request's row now
    says the review's answer is due, and the letter's row counts nothing."""
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))  # 26 May, and 14 July in NI, holidays

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Paedophile hunters")
        assert (
            "review answer due 17 June 2025 (11 working days left); "
            "20 working days under the s45 code, 40 at most: 16 July 2025"
        ) in said, said
        assert "p: paste it" in said  # the review's outcome is pasted here
        lines = screen_text(pilot).splitlines()
        request = next(line for line in lines if "Paedophile hunt" in line)
        assert "review asked" in request and request.rstrip().endswith("answer 17 Jun"), request
        letter = next(line for line in lines if "Review: Pae" in line)
        assert "Jun" not in letter, letter  # the Due column: empty
        assert "due" not in await detail_of(pilot, "Review:")

    await home_at_80(check)


async def test_a_review_answer_due_today_says_so_in_a_cell_no_wider_than_a_replys() -> None:
    """ "answer 26 Apr overdue" took five columns from the titles at 80: beside "review
    asked", the date and its mark (soon, today, overdue) say it, as for a reply."""
    review_sent("wmp", "FOIA", dt.date(2025, 5, 1))  # 5 and 26 May are bank holidays

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Paedophile hunters")
        assert "review answer due 2 June 2025 (today)" in said, said
        row = next(line for line in screen_text(pilot).splitlines() if "review asked" in line)
        assert row.rstrip().endswith("2 Jun today") and "answer" not in row, row

    await home_at_80(check)


async def test_before_the_review_is_sent_the_request_says_ask_for_a_review_by() -> None:
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp",
                status="refused", sent="2025-04-01", extra=REFUSED)  # fmt: skip
    store = DraftStore()
    save_letter(store, store.load("hunters-0001"),
                Letter("review", "Internal review: Paedophile hunters", "Dear Sir,\n"))  # fmt: skip

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Paedophile hunters")
        assert "ask for a review by 30 June 2025 (20 working days left)" in said, said
        lines = screen_text(pilot).splitlines()
        assert (
            next(line for line in lines if "Paedophile hunt" in line)
            .rstrip()
            .endswith("review by 30 Jun")
        )
        letter = next(line for line in lines if "Review: Pae" in line)
        assert "Jun" not in letter, letter

    await home_at_80(check)


async def test_under_foisa_the_review_answer_is_due_in_20_working_days_no_longer() -> None:
    review_sent("police_scotland", "FOISA", dt.date(2025, 5, 19))

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Paedophile hunters")
        assert (
            "review answer due 17 June 2025 (11 working days left); 20 working days under FOISA s21"
        ) in said, said

    await home_at_80(check)


async def test_once_the_outcome_is_read_the_request_says_when_to_complain() -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    store = DraftStore()
    request = store.load("hunters-0001")
    request.status, request.replied = "reviewed", dt.date(2025, 5, 30)
    store.save(request)

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Paedophile hunters")
        assert "complain to the ICO by 11 July 2025" in said and "review answer" not in said
        assert "due" not in await detail_of(pilot, "Review:")

    await home_at_80(check)


async def test_internal_review_asked_by_hand_asks_when_and_counts_from_it() -> None:
    path = write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp",
                       status="refused", sent="2025-04-01", extra=REFUSED)  # fmt: skip
    store = DraftStore()
    app = EditorTestApp(store, store.load_path(path), today=dt.date(2025, 6, 2))
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_status(pilot, "review", DateDialog, "when was it asked")
        dialog = app.screen
        assert isinstance(dialog, DateDialog)
        assert "20 working days under the s45 code, 40 at most" in str(dialog.dialog_body)
        dialog.query_one("#date", Input).value = "19/05/2025"
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, DateDialog), "the date taken")
        draft = DraftStore().load("hunters-0001")
        assert (draft.status, draft.review, draft.due) == (
            "review",
            dt.date(2025, 5, 19),
            dt.date(2025, 6, 17),
        )


OUTCOME = (
    "Dear Requester,\n\nI have now completed the internal review of the handling of your "
    "request. I have decided to uphold the original decision under section 12.\n\n"
    "If you remain dissatisfied you may complain to the Information Commissioner.\n"
)


async def reply_on_review(pilot: Pilot[None]) -> ReplyScreen:
    """Home at 80x24, the review request chosen, p: the reply screen."""
    await detail_of(pilot, "Review:")
    await pilot.press("p")
    await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
    screen = pilot.app.screen
    assert isinstance(screen, ReplyScreen)
    return screen


async def test_the_reviews_outcome_read_from_the_review_request_goes_on_the_request() -> None:
    """With its deadline on the review request's row, p there is where the outcome gets
    pasted: read on the letter, it left the request under review, its deadline running."""
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))

    async def check(pilot: Pilot[None]) -> None:
        screen = await reply_on_review(pilot)
        assert screen.draft.name == "hunters-0001.md"
        screen.query_one(ReplyText).load_text(OUTCOME)
        screen.query_one("#reply-date", Input).value = "30/05/2025"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.step == "meaning", "the outcome read")

    await home_at_80(check)
    store = DraftStore()
    assert store.load("hunters-0001").status == "reviewed"
    (letter,) = [s for s in store.list() if s.letter == "review"]
    assert letter.status == "sent"


async def test_the_request_the_outcome_goes_on_is_named_on_screen_not_over_its_buttons() -> None:
    """ "Recorded on ..., the request it follows." came as a toast that sat over the reply
    screen's buttons at 80x24 for its whole time: the paste step's words now say it."""
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))

    async def check(pilot: Pilot[None]) -> None:
        screen = await reply_on_review(pilot)
        await pilot.pause()
        said = shown_in(screen_text(pilot), screen.query_one("#paste-help").region)
        assert "records it on “Paedophile hunters” (the request this letter follows)" in said
        assert not list(pilot.app._notifications), [n.message for n in pilot.app._notifications]
        for button in screen.query(Button):
            assert button.region.height >= 1 and button.label.plain in screen_text(pilot)
        paste = screen.query_one(ReplyText)
        assert paste.content_region.height >= 3  # the longer words leave room to paste

    await home_at_80(check)
