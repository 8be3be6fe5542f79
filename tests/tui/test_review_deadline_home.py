"""An internal review has a deadline of its own: the authority owes its outcome within 20
working days of the request for it (FOIA: the s45 code, 40 at most in complex cases;
FOISA s21: 20). Home showed none on the review request once it was marked sent, and the
request marked "Internal review asked" by hand never asked when, so it counted nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList, Static

from foidraft.drafts import DraftStore
from foidraft.drafts.tracking import follow_up_sent, mark_sent
from foidraft.replies.followup import save_letter
from foidraft.replies.letter_parts import Letter
from foidraft.tui.screens.dialogs import ChoiceDialog, DateDialog
from foidraft.tui.screens.reply import ReplyScreen, ReplyText
from tests.tui.editor_harness import EditorTestApp, wait_until
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


async def test_a_review_request_sent_shows_the_reviews_own_deadline_at_80_columns() -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))  # 26 May, and 14 July in NI, holidays

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Review:")
        assert (
            "review due 17 June 2025 (11 working days left; "
            "20 working days under the s45 code, 40 at most: 16 July 2025)"
        ) in said, said
        row = next(line for line in screen_text(pilot).splitlines() if "Review: Pae" in line)
        assert row.rstrip().endswith("17 Jun"), row  # the Due column

    await home_at_80(check)


async def test_under_foisa_the_review_is_due_in_20_working_days_with_no_longer_limit() -> None:
    review_sent("police_scotland", "FOISA", dt.date(2025, 5, 19))

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Review:")
        assert (
            "review due 17 June 2025 (11 working days left; 20 working days under FOISA s21)"
        ) in said, said

    await home_at_80(check)


async def test_the_review_letter_stops_counting_once_the_outcome_is_read() -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    store = DraftStore()
    request = store.load("hunters-0001")
    request.status = "reviewed"
    store.save(request)

    async def check(pilot: Pilot[None]) -> None:
        said = await detail_of(pilot, "Review:")
        assert "review due" not in said, said

    await home_at_80(check)


async def test_internal_review_asked_by_hand_asks_when_and_counts_from_it() -> None:
    path = write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp",
                       status="refused", sent="2025-04-01", extra=REFUSED)  # fmt: skip
    store = DraftStore()
    app = EditorTestApp(store, store.load_path(path), today=dt.date(2025, 6, 2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the statuses")
        options = app.screen.query_one(OptionList)
        options.highlighted = next(
            i for i in range(options.option_count) if options.get_option_at_index(i).id == "review"
        )
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DateDialog), "when was it asked")
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
