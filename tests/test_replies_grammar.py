"""The procedural letters read by what their sentences do (``foidraft.replies.grammar``):
who promises an answer and by when, who asks the requester what they meant, who judged the
first answer, what charge is due (issue 9).

The first sentences of each group are real training replies' words (their ids beside
them), cut to the sentence the grammar reads; the others are the same act said in the
words of the wordings authorities copy (the Commissioners' guidance on what each notice
must say), with the subject, the modal or the verb changed.
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply

OPENING = "Dear Mr Smith,\n\nFreedom of Information request FOI-123\n\n"
CLOSING = (
    "\n\nIf you are dissatisfied with this response you may ask for an internal review within "
    "40 working days.\n\nYours sincerely,\n\nJane Doe\nInformation Officer"
)


def kind_of(body: str) -> str:
    return read_reply(OPENING + body + CLOSING, regime="FOIA").kind


@pytest.mark.parametrize(
    "body",
    [
        # kent-ack-covid-breaches
        "We will endeavour to get back to you as soon as we can and thank you for your patience.",
        "The force will provide a response by 2 April 2024.",
        "I should be able to respond no later than 2 April 2024.",
        "West Midlands Police will be in a position to respond by 2 April 2024.",
        "The Council hope to provide you with a response within 20 working days.",
        "Your request is now being processed and you will hear from us by 2 April 2024.",
    ],
)
def test_a_promise_of_an_answer_by_a_date_is_a_receipt(body: str) -> None:
    assert kind_of(body) == "acknowledgement"


@pytest.mark.parametrize(
    "body",
    [
        # cabinet-office-clearing-house-hmt-clarification
        "We have concluded that we require further clarification as to what you are requesting "
        "before we are able to proceed.",
        "Before we can proceed we need more information about which documents you would like.",
        "We will not be able to process your request until you clarify which department you mean.",
        "We need you to tell us which period you are interested in.",
        # a question put to the requester, not theirs repeated: it speaks of what they meant
        "Please confirm which force area you mean?",
        "I would be grateful if you could tell us which period you are interested in?",
        "The 20 working days will start again once we have received your clarification.",
    ],
)
def test_asking_the_requester_what_they_meant_is_a_clarification_request(body: str) -> None:
    assert kind_of(body) == "clarification_request"


def test_the_requesters_own_question_repeated_is_still_no_question_put_to_them() -> None:
    body = "How many stop and search records were made in 2023?\n\nIn 2023 there were 412."
    assert kind_of(body) == "answered"


@pytest.mark.parametrize(
    "body",
    [
        # home-office-17424-review-mcgartland-ncnd
        "I confirm that I was not involved in the initial handling of your request.",
        "I have found that the original response was correct.",
        "After reviewing the case, I am satisfied that the Council's response was correct.",
        "My review found that the information should have been released. It is attached.",
        "The Council has reviewed the original response and upheld it.",
        "Having looked at your request again, I agree with the decision not to release it.",
    ],
)
def test_a_verdict_on_the_first_answer_is_a_reviews_outcome(body: str) -> None:
    assert kind_of(body) == "review_outcome"


def test_what_a_review_is_for_is_no_verdict() -> None:
    # hmrc-review-director-tax-credits-s21 says what a review is for before its outcome;
    # a receipt for a review may say so too
    body = (
        "The purpose of an internal review is to determine whether the original decision given "
        "to you was correct. Your review will be carried out by someone not involved in the "
        "original decision, and we will respond by 2 April 2024."
    )
    assert kind_of(body) == "acknowledgement"


@pytest.mark.parametrize(
    "body",
    [
        # ips-foicr-13728-second-extension
        "We need to consider the public interest in disclosure of the information you requested, "
        "and we will respond by 10 June 2024.",
        "Your request requires us to consider the public interest in disclosing the information, "
        "which we are doing. We will let you know our decision by 10 June 2024.",
    ],
)
def test_the_public_interest_still_weighed_is_an_extension(body: str) -> None:
    assert kind_of(body) == "extension"


def test_a_charge_to_pay_is_a_fees_notice() -> None:
    body = (
        "Under section 13 of the Act we are entitled to charge for this information. The charge "
        "is £120 for disbursements. Please send a cheque within three months."
    )
    assert kind_of(body) == "fees_notice"


def test_the_cost_limit_in_pounds_is_no_charge() -> None:
    body = "The cost of complying with your request would exceed the appropriate limit of £450."
    assert kind_of(body) == "refused_cost"


@pytest.mark.parametrize(
    ("body", "given"),
    [
        # ndevon-eir-10559-contaminated-land-chivenor
        ("Applicant provided with a map and spreadsheet in relation to the property.", True),
        # moj-101004-jcio-investigation-part-not-held
        ("A copy of the statement is included as an attachment to this email.", True),
        ("You have been sent copies of the minutes.", True),
        # a reply, or its reasons, sent before: nothing given now
        ("You were provided with a response on 3 May 2024.", False),
        ("You were given an explanation of the exemption.", False),
    ],
)
def test_information_given_to_the_requester_is_given(body: str, given: bool) -> None:
    body += "\n\nWe do not hold any information about the other parts of your request."
    assert (kind_of(body) == "partly_answered") is given


def test_a_cost_refusal_of_the_request_as_a_whole_keeps_its_goodwill_figures() -> None:
    body = (
        "Section 12(1) applies to your request as a whole: finding the information would take "
        "more than 18 hours.\n\nHowever, to be of assistance, the force recorded 412 stop and "
        "searches in 2023."
    )
    assert kind_of(body) == "refused_cost"


def test_a_may_in_the_first_clause_does_not_reach_a_new_subjects_clause() -> None:
    body = (
        "We consider that section 43(2) may apply and we need further time to consider the "
        "public interest. We will respond by 10 June 2024."
    )
    assert kind_of(body) == "extension"
    # ... while in its own clause it still says only what may be
    assert kind_of("We may need further time to consider the public interest.") != "extension"


@pytest.mark.parametrize(
    ("said", "relied"),
    [
        ("We do not consider that section 40(2) applies, as the figures are aggregated.", []),
        ("No exemptions under section 40 or 43 have been applied.", []),
        ("Section 40(2) would apply to any names, but none are held.", []),
        # relied on, in the same words' neighbours
        ("We consider that section 43(2) applies to question 2, which is withheld.", ["s43(2)"]),
        ("The names in question 2 are withheld under section 40(2).", ["s40(2)"]),
    ],
)
def test_a_provision_judged_not_to_apply_is_not_relied_on(said: str, relied: list[str]) -> None:
    text = OPENING + "1. In 2023 there were 412 stop and searches.\n\n" + said + CLOSING
    assert sorted(read_reply(text, regime="FOIA").sections) == relied
