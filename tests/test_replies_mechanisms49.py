"""The reply reader's mechanisms from replies49's round (issue 9).

Each mechanism is how officers write a kind of reply, or how a reply's text reaches the
reader, not one reply's phrase: an ordinal's raised letters as a web page gives them
("21^st October"), and a receipt's promise said in the active voice ("We will consider your
request", "I have allocated your request to ...") as well as the passive.

Each case is a short letter written for the mechanism (not copied from a reply).
"""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.replies import read_reply
from foidraft.replies.echo import mask

DEAR, YOURS = "Dear Mr Okafor\n\n", "\n\nYours sincerely\n\nAnna Price\nInformation Rights Team"


def test_an_ordinals_raised_letters_make_a_date_not_a_count() -> None:
    body = (
        "Thank you for your request received 21^st October 2020, our ref: 4471. We will be "
        "in touch within 20 working days of receipt of your request to provide our response."
    )
    reading = read_reply(DEAR + body + YOURS)
    assert reading.kind == "acknowledgement"
    assert dt.date(2020, 10, 21) in reading.dates
    # (a clarification request dated so asks, and gives nothing)
    asks = (
        "Thank you for your email received 3^rd May 2024. Can you please confirm what you "
        "mean by 'briefing papers'?"
    )
    assert read_reply(DEAR + asks + YOURS).kind == "clarification_request"
    # (a count written with a caret that is no ordinal is left as it is)
    assert read_reply(DEAR + "The total was 2^10 records, all attached." + YOURS).kind == "answered"


@pytest.mark.parametrize(
    "promise",
    [
        "We will consider your request and give you the information as soon as we can.",
        "I have allocated your request to Sam Bell in our records team.",
        "We have now logged your enquiry and passed it to the service concerned.",
    ],
)
def test_a_receipts_promise_in_the_active_voice_decides_nothing(promise: str) -> None:
    body = "Your information request IR/2231\n\nThank you for your email of 19 April 2024. "
    body += promise
    assert read_reply(DEAR + body + YOURS).kind == "acknowledgement"
    # (the same letter with the answer given is an answer)
    given = body + " The council received 41 complaints about noise in 2023."
    assert read_reply(DEAR + given + YOURS).kind == "answered"


def test_an_enclosure_said_under_a_questions_heading_is_the_body_speaking() -> None:
    body = (
        "Response to your request:\n\nRequest 1\n\nI enclose a copy of some of the emails you "
        "asked for as Annex A. We are unable to provide the rest because the exemption under "
        "section 38(1)(b) of FOISA (personal information) applies to the names of junior staff."
    )
    reading = read_reply(DEAR + body + YOURS, regime="FOISA")
    assert reading.kind == "partly_answered"
    assert reading.sections == ("FOISA s38(1)(b)",)
    # (the request quoted under the heading is still the requester's, up to the answer)
    quoted = "Request 1\n\nPlease send me the emails about the depot.\n\nWe enclose them."
    masked = mask(quoted)
    assert "emails about the depot" not in masked and "We enclose them" in masked


@pytest.mark.parametrize(
    "footer",
    [
        "Please note that the response and data released to you as part of this request will "
        "be published on our website.",
        "Your request together with our response may be published on the council's website.",
    ],
)
def test_the_reply_itself_to_be_published_withholds_nothing(footer: str) -> None:
    body = "Please find attached a spreadsheet of the vehicle fires you asked about. " + footer
    assert read_reply(DEAR + body + YOURS).kind == "answered"
    # (what was asked for, to be published, is still held back until then)
    later = "The inspection report you asked for will be published on our website in March."
    assert read_reply(DEAR + later + YOURS).kind == "future_publication"


def test_a_message_treated_as_a_request_for_review_makes_a_review_letter() -> None:
    body = (
        "I refer to your email of 3 October 2024, which is being treated as a request for an "
        "internal review of our response to your request about water testing. We sent you the "
        "figures held on 9 August 2024 and I have attached a copy of that response."
    )
    assert read_reply(DEAR + body + YOURS).kind == "review_outcome"
    # (handled as one and nothing decided yet: a receipt for the review)
    receipt = (
        "Your email has been logged as a request for internal review. We will respond by "
        "3 November 2024."
    )
    assert read_reply(DEAR + receipt + YOURS).kind == "acknowledgement"


def test_a_review_telling_the_first_answer_again_by_any_subject() -> None:
    body = (
        "Internal Review: Ref 20417\n\nDear Ms Lee\n\nThe council responded to the request on "
        "2 March 2024, but you consider that one of your questions was not answered."
    )
    assert read_reply(body + YOURS).kind == "review_outcome"
    # (a request answered, recounting nothing, under no review's heading, is an answer)
    plain = "Dear Ms Lee\n\nThe council paid 14 grants to sports clubs in 2023."
    assert read_reply(plain + YOURS).kind == "answered"


def test_a_refusal_after_the_request_repeated_back_is_of_the_whole_request() -> None:
    body = (
        "You requested details of:\n1. A copy of your records retention schedule\n2. How many "
        "years you keep transcripts\n3. What is the oldest transcript you can produce?\n"
        "Your request is refused under section 21 of the Act, as the information is reasonably "
        "accessible to you on our website."
    )
    reading = read_reply(DEAR + body + YOURS)
    assert reading.sections == ("s21",) and reading.questions == {}  # (not question 3's)
    # (an answer under each question restated still applies to that question)
    answered = (
        "1. How many years do you keep transcripts?\nWe keep them for 80 years.\n\n2. Please "
        "send the names of the staff who approve them.\nThis information is exempt under "
        "section 40(2) of the Act, as it is personal data."
    )
    assert read_reply(DEAR + answered + YOURS).questions == {"s40(2)": ["2"]}
    # (a question named earlier in the paragraph as a "point")
    pointed = (
        "You asked for:\n1. Instructions to caseworkers.\n2. Statistics on refusals.\n\nI can "
        "confirm that we hold the information you asked for at point 2. It is exempt under "
        "section 21 of the Act because it is published in our quarterly tables."
    )
    assert read_reply(DEAR + pointed + YOURS).questions == {"s21": ["2"]}


def test_a_count_the_cost_estimate_times_is_its_basis_not_an_answer() -> None:
    body = (
        "The council holds no central list of parking restrictions, so each road's records "
        "would need to be searched by hand. There are 1,799 public roads in the county. At 5 "
        "minutes per road, checking each would take around 150 hours (1799 x 5 = 8,995 "
        "minutes). The cost would exceed £600, so the information is exempt under section 12 "
        "of the Freedom of Information (Scotland) Act 2002."
    )
    assert read_reply(DEAR + body + YOURS, regime="FOISA").kind == "refused_cost"
    # (a count given as an answer, timed by nothing, is still an answer beside the refusal)
    answer = body.replace("At 5 minutes per road, checking each would take around 150 hours "
                          "(1799 x 5 = 8,995 minutes). ", "")  # fmt: skip
    answer = answer.replace("There are 1,799", "In answer to question 1, there are 1,799")
    answer = answer.replace("The cost would exceed", "For question 2, the cost would exceed")
    assert read_reply(DEAR + answer + YOURS, regime="FOISA").kind == "partly_answered"
