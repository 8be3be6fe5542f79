"""The reply reader's mechanisms from replies31's round (issue 9): what decides a letter, read
by what its words do rather than by one letter's phrasing.

Each case is a short letter written for the mechanism (not copied from a reply), in the
shape of the training replies the reader misread: the requester as the subject of a giving
verb, a receipt attached with its determiner, the authority's apology with an adverb after
the request quoted back, an answer said to be overdue, a review done by a named officer, a
class of information that "can be withheld", a document given with passages redacted, and
nothing held or something given in words the phrase families lacked.
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.clauses import sentences
from tests.reply_letters import FOOT, HEAD
from tests.reply_letters import kind_of as _kind


def test_the_requester_supplying_something_is_no_answer() -> None:
    body = (
        "The Service hereby acknowledges receipt of your request, and a response will be "
        "provided within 20 working days. To confirm, your request was received on 3 March "
        "and you have supplied an email address for our response."
    )
    assert _kind(body) == "acknowledgement"
    # ... while the authority supplying it is
    supplied = "We have supplied the figures you asked for in the table attached."
    assert _kind(supplied) == "answered"


def test_a_receipt_attached_with_its_determiner_is_a_receipt() -> None:
    receipt = "Please find attached our acknowledgement of your request."
    assert _kind(receipt) == "acknowledgement"
    assert _kind("Please find attached the spreadsheet you asked for.") == "answered"


def test_an_apology_with_an_adverb_is_the_authority_speaking_after_the_request_quoted() -> None:
    body = (
        "Your request\nCopies of all correspondence with the Inquiry since 1 January 2018.\n\n"
        "I am very sorry but we are unable to provide you with a final decision on your request "
        "within the 20 working day time frame. We hope to send a final response on or "
        "before 1 May 2024."
    )
    assert _kind(body) == "extension"
    # the Act named at the sentence's end states no law of its own
    (said,) = sentences("We cannot reply within the 20 working days the Act allows.")
    assert not said.general
    (law,) = sentences("The Act allows a public authority to refuse a vexatious request.")
    assert law.general


def test_an_answer_said_to_be_overdue_and_still_to_come_is_an_extension() -> None:
    body = (
        "We are aware that we have now missed the statutory deadline for your request. It has "
        "been sent to the relevant department and we will respond as soon as we are able."
    )
    assert _kind(body) == "extension"
    # an answer that says it is late is still the answer
    late_answer = (
        "We are aware that we have now missed the statutory deadline for your request. In "
        "2023 the Trust received 41 complaints."
    )
    assert _kind(late_answer) == "answered"


def test_a_review_completed_by_a_named_officer_is_its_outcome() -> None:
    body = (
        "You asked for the handling of your request to be reviewed. I asked Mr Patel to "
        "conduct an internal review. Mr Patel has completed that review and his findings are "
        "set out in the note attached."
    )
    assert _kind(body) == "review_outcome"
    # a review still to be done is not
    assert _kind("We aim to have completed the review by 20 May 2024.") != "review_outcome"


def test_a_class_of_information_that_can_be_withheld_refuses_nothing() -> None:
    body = (
        "Please note that some information you have requested may not be provided; this will "
        "only be information that can be withheld by law. Your request is being considered "
        "and you will receive a response within 20 working days."
    )
    assert _kind(body) == "acknowledgement"
    (said,) = sentences("The information that can be withheld by law is listed.")
    assert not said.asserted(said.text.index("withheld"))


def test_a_document_given_with_passages_redacted_is_a_partial_answer() -> None:
    body = (
        "We consider that it is not in the public interest for parts of the minutes to be "
        "disclosed, and therefore this information has been redacted under section 33(1)(b) of "
        "FOISA."
    )
    reading = read_reply(HEAD + body + FOOT, regime="FOISA")
    assert (reading.kind, reading.sections) == ("partly_answered", ("FOISA s33(1)(b)",))


@pytest.mark.parametrize(
    "body",
    [
        "Our searches have not identified any information falling within the scope of your "
        "request.",
        "The information you have requested does not exist.",
        "A search of the case management system returned no records of this kind.",
    ],
)
def test_nothing_held_said_by_the_search_or_by_existence(body: str) -> None:
    assert _kind(body) == "not_held"


@pytest.mark.parametrize(
    "body",
    [
        "I am pleased to enclose the information you requested.",
        "The requested information is provided below.\n\nComplaints upheld: 12",
    ],
)
def test_information_given_in_other_words(body: str) -> None:
    assert _kind(body) == "answered"


def test_the_law_applied_by_the_body_to_this_request_is_its_act() -> None:
    body = (
        "The information you have requested may be exempt under section 43. Section 10(3) "
        "allows us to extend the time limit to consider the public interest, and we will "
        "respond by 30 May."
    )
    assert _kind(body) == "extension"
