"""What a requester still tripped on after sending (issue 9): each trip a walk of the
after-sending flow found, with the reply or the dates that showed it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from foidraft.replies import read_reply
from foidraft.replies.explain import explain, render
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
REVIEWED = (
    "Dear Ms Lee\n\nI have now completed the internal review of your request. {}\n\n"
    "Yours sincerely\n"
)

COST_REFUSAL = (
    "Dear Mr Woods\n\nWe estimate that answering your request would exceed the appropriate "
    "limit of £450, so we are refusing it under section 12 of the Freedom of Information "
    "Act.\n\nYours sincerely\n"
)
NOT_HELD = (
    "Dear Ms Lee\n\nI can confirm that the Council does not hold the information you have "
    "requested: no record of these figures is kept.\n\nYours sincerely\n"
)


def _said(outcome: str) -> str:
    reading = read_reply(REVIEWED.format(outcome), regime="FOIA")
    assert reading.kind == "review_outcome"
    return render(explain(reading, replied=dt.date(2025, 3, 3)), reading)


def test_the_reply_screen_says_what_the_review_decided() -> None:
    """The screen said only "This is the outcome of the internal review."; the complaint
    letter said whether it upheld the refusal, the requester reading the reply did not."""
    upheld = _said("I uphold the original decision: section 31(1)(a) was correctly applied.")
    assert "It upheld the original decision" in upheld
    overturned = _said("The original decision was incorrect and the figures are now released.")
    assert "It overturned the original decision" in overturned
    partly = _said("I have partially upheld your complaint: question 2 is now answered.")
    assert "changed the original decision only in part" in partly
    silent = _said("Please find the response below.")
    assert "does not say plainly whether" in silent


def test_an_extension_claimed_for_s12_alone_leaves_the_request_due_on_its_20th_day() -> None:
    """Knowsley's real notice claims more time for s12 (FOIA s10(3) extends only to weigh
    the public interest): Home tracked the authority's date, so a reply after the 20th
    working day was not offered the "late" review ground."""
    from foidraft.drafts import Draft
    from foidraft.drafts.tracking import reply_due
    from foidraft.replies.followup import context_for
    from foidraft.replies.review import grounds_for
    from foidraft.replies.track import record_reply
    from tests.tui.test_next_letters_one_table import real_reply

    draft = Draft.new("Local plan costs", "Dear Knowsley,\n\nPlease provide...\n", "knowsley")
    draft.sent, draft.status = dt.date(2026, 11, 9), "sent"
    statutory = reply_due(draft, "FOIA")
    notice = read_reply(real_reply("knowsley-local-plan-costs-s12-extension"), regime="FOIA")
    notice = replace(notice, roles={**notice.roles, "respond_by": dt.date(2027, 1, 29)})
    record_reply(draft, notice, dt.date(2026, 12, 3), regime="FOIA")
    assert draft.extended is None and reply_due(draft, "FOIA") == statutory
    assert draft.status == "sent"
    refusal = read_reply(COST_REFUSAL, regime="FOIA")
    on = dt.date(2027, 1, 20)  # after the 20th working day, before the date they gave
    record_reply(draft, refusal, on, regime="FOIA")
    context = context_for(draft, refusal, authority=None, replied=on, name="")
    assert context.late and context.due == statutory
    assert "late" in [g.id for g in grounds_for(refusal, late=context.late)]


def test_a_review_letter_sent_on_an_earlier_day_says_the_date_home_counts(
    cli: Cli,
) -> None:
    """The letter said 7 January (counted from the day it was written) and Home said 21
    December (from the day it was sent): both now count from the day it was sent."""
    from foidraft.deadlines import review_due
    from foidraft.drafts import DraftStore
    from foidraft.text.dates import long_date
    from tests.test_after_sending_walk import seed_thread

    seed_thread(cli, "Paedophile hunters", clarified=False)
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-final.txt"), "--date", "2021-03-19")
    code, _, err = cli("reply", "paedophile", "--next", "review", "--ground", "prejudice")
    assert code == 0, err
    store = DraftStore()
    (review,) = [s for s in store.list() if s.letter == "review"]
    written = store.load_path(review.path).body
    sent = dt.date(2021, 3, 22)
    assert long_date(review_due(sent)) not in written  # written today, counted from today
    cli("drafts", "status", review.name, "sent", "--date", sent.isoformat())
    body = " ".join(store.load_path(review.path).body.split())
    by = long_date(review_due(sent))
    assert f"I look forward to the outcome within 20 working days, by {by}." in body
    _, out, _ = cli("due", "--all")
    assert f"\n{by}  review answer" in out, out  # its name may have the line above


def test_the_complaint_describes_the_refusal_reviewed_and_what_the_review_did(
    tmp_path: Path, cli: Cli
) -> None:
    """The complaint said what the review's outcome cited (s33) as if it were the refusal
    complained about (s12): it describes the response, then what the review did with it."""
    from foidraft.drafts import DraftStore
    from tests.test_after_sending_walk import seed_thread

    seed_thread(cli, "Paedophile hunters", clarified=False)
    refusal = tmp_path / "refusal.txt"
    refusal.write_text(COST_REFUSAL, encoding="utf-8")
    cli("reply", "paedophile", str(refusal), "--date", "2021-02-01")
    code, _, err = cli("reply", "paedophile", "--next", "review", "--ground", "cost-estimate")
    assert code == 0, err
    (review,) = [s for s in DraftStore().list() if s.letter == "review"]
    cli("drafts", "status", review.name, "sent", "--date", "2021-02-03")
    outcome = tmp_path / "outcome.txt"
    outcome.write_text(
        REVIEWED.format(
            "I uphold the original decision. In addition, the information is exempt under "
            "section 33 of the Act, as disclosure would prejudice the audit functions."
        ),
        encoding="utf-8",
    )
    code, _, err = cli("reply", "paedophile", str(outcome), "--date", "2021-03-01")
    assert code == 0, err
    code, _, err = cli("reply", "paedophile", "--next", "complaint")
    assert code == 0, err
    (complaint,) = [s for s in DraftStore().list() if s.letter == "complaint"]
    body = " ".join(DraftStore().load_path(complaint.path).body.split())
    unhappy = body.split("What I am unhappy with: ", 1)[1].split(". ", 2)
    assert "costing more than the limit allows under s12" in unhappy[0], body
    assert unhappy[1].startswith("The review upheld that decision, and relied as well on s33")


def test_after_a_not_held_answer_the_review_of_the_searches_comes_before_thanks() -> None:
    """A not-held answer gives nothing asked for: like a refusal, the letter that questions
    it (a review on the searches) is offered first; "Say thank you" came first."""
    from foidraft.replies.review import grounds_for

    reading = read_reply(NOT_HELD, regime="FOIA")
    assert reading.kind == "not_held"
    steps = explain(reading, replied=dt.date(2025, 3, 3)).next_steps
    assert steps == ["review", "thanks"]
    assert grounds_for(reading)[0].id == "searches"


def test_a_cost_estimate_the_reply_explains_is_argued_not_said_to_be_missing() -> None:
    """Devon's real partial answer explains its estimate (1000 complaints at 5 minutes
    each); the ground said "The response does not show a reasonable estimate" all the same."""
    from foidraft.replies.estimate import estimate_in
    from foidraft.replies.review import Context, grounds_for, review_letter
    from tests.tui.test_next_letters_one_table import real_reply

    text = real_reply("devon-pothole-compensation-part-s12")
    reading = read_reply(text, regime="FOIA")
    offered = [g.id for g in grounds_for(reading)]
    assert "cost-estimate-argued" in offered and "cost-estimate" not in offered
    context = Context("Pothole claims", None, reading, dt.date(2024, 6, 3))
    body = " ".join(review_letter(context, ["cost-estimate-argued"], today=dt.date(2024, 6, 4))
                    .body.split())  # fmt: skip
    assert "The response estimates 1000 complaints at 5 minutes each." in body
    assert "how the time per complaint was arrived at" in body
    assert "does not show a reasonable estimate" not in body
    # a refusal that gives no estimate keeps the ground that asks for one
    assert estimate_in(COST_REFUSAL) is None
    assert "cost-estimate" in [g.id for g in grounds_for(read_reply(COST_REFUSAL))]
    # the time a reply can give without counting items is still an estimate per item
    assert estimate_in("checking would take 3-5 minutes to read each record") is not None
    # the limit's own rate is not a time per item
    assert estimate_in("18 hours at a cost of £25 per hour.") is None
