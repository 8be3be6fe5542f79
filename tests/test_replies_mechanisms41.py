"""The reply reader's mechanisms from replies41's round (issue 9): what decides a letter, read
by what its words do rather than by one letter's phrasing.

Each case is a short letter written for the mechanism (not copied from a reply): a letter
flattened onto one line laid out again (a financial year's rows, a question's number, a
link at a line's end), and a part refused because it is published.
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.flat import unflatten
from foidraft.replies.procedure import PROCEDURE_WORDS
from tests.reply_letters import kind_of as _kind

PAD = " The figures are given below as held on our systems on the date of this letter."


def _lines(text: str) -> list[str]:
    return [line.strip() for line in unflatten(text + PAD * 4).split("\n") if line.strip()]


def test_a_financial_years_rows_open_again() -> None:
    lines = _lines("Year Value 2010-11 £9,041.86 2011-12 £13,148.31 2012-13 £13,110.02")
    assert "2011-12 £13,148.31" in lines
    assert "2012-13 £13,110.02" in [line[: len("2012-13 £13,110.02")] for line in lines]


def test_a_financial_year_in_a_sentence_is_no_row() -> None:
    lines = _lines("How many trees were felled in (a) 2016-17, (b) 2017-18 and (c) 2018-19?")
    assert any("(a) 2016-17, (b) 2017-18 and (c) 2018-19?" in line for line in lines)


def test_a_span_of_years_given_its_figure_is_a_row() -> None:
    lines = _lines("Q2 - 2016 - 2017 = 316 2017 - 2018 = 216 2018 - 2019 = 160")
    assert "2017 - 2018 = 216" in lines


def test_a_pair_of_questions_and_a_quarter_stay_on_their_line() -> None:
    lines = _lines("Q4 & Q5 - Information not held. The 2017/18 Q2 report gives the rest.")
    assert lines[0].startswith("Q4 & Q5 - Information not held")
    assert any("The 2017/18 Q2 report" in line for line in lines)


def test_a_link_ends_its_line() -> None:
    lines = _lines("It is at https://example.gov.uk/report.pdf In accordance with section 21")
    assert "It is at https://example.gov.uk/report.pdf" in lines


def test_a_flattened_link_then_the_published_ground_is_published() -> None:
    text = (
        "Dear Ms Jones, Thank you for your request. I can confirm we hold the information you "
        "require. The information you asked for is available on our website: "
        "https://example.gov.uk/reports/q2.pdf In accordance with section 21 of the FOI Act, we "
        "are not obliged to supply you with a copy of the requested information as it is "
        "already accessible to you elsewhere. Yours sincerely, Information Team"
    )
    assert read_reply(text).kind == "already_published"


def test_a_part_refused_as_published_leaves_the_rest_answered() -> None:
    body = (
        "I can confirm that we hold the information requested, however the following "
        "exemption has been applied to part of the information you have requested: Section 21 "
        "- Information reasonably accessible by other means."
    )
    assert _kind(body) == "partly_answered"


@pytest.mark.parametrize(
    "body",
    [
        "The Trust has not received any correspondence from the Inquiry.",
        "No such report has been produced.",
        "Having searched our records, we have been unable to find anything relevant to your "
        "request.",
        "The Department has not commissioned any such research.",
        "Following a search I can confirm there is no correspondence between the two bodies.",
    ],
)
def test_nothing_held_said_as_never_received_made_or_found(body: str) -> None:
    assert _kind(body) == "not_held"


def test_a_nought_counted_is_not_nothing_held() -> None:
    assert _kind("In 2023 there were no complaints about this service.") != "not_held"


def test_a_part_on_cost_and_a_part_not_held_by_its_notice_is_partly_answered() -> None:
    body = (
        "Following a search we can confirm there is no correspondence with Dr Smith. Therefore "
        "the Authority does not hold the information and this represents a notice in terms of "
        "section 17 of the Freedom of Information (Scotland) Act 2002. As to the second part of "
        "your request, on reports on data, we are unable to provide you with the "
        "information you have requested, as it would exceed the cost limit of £600. This "
        "represents a refusal notice in terms of section 12 of the Act."
    )
    assert _kind(body, "FOISA") == "partly_answered"


def test_a_receipt_attached_after_a_comma_is_a_receipt() -> None:
    body = "Please see attached, an acknowledgement letter in respect of your request."
    assert _kind(body) == "acknowledgement"


def test_a_response_date_stamped_at_midnight_gives_no_figure() -> None:
    body = (
        "It has been passed to the relevant service and you should receive a response by "
        "2020-10-06\n00:00:00.\n\nPlease quote the reference number above in any correspondence."
    )
    assert _kind(body) == "acknowledgement"


def test_the_request_told_back_at_the_letters_end_is_the_requesters() -> None:
    text = (
        "Dear Mr Flynn,\nThank you for your request for information received on 31 January "
        "2022.\nWe are dealing with your request under the Environmental Information "
        "Regulations 2004 and we aim to send a response by 28 February 2022.\nYour request:\n"
        "Please supply me with the closed report referred to in the minutes of the Cabinet "
        "meeting of 18 January 2021.\nThere is an overriding public interest in releasing this "
        "report, which outweighs the reasons for the exemption given.\nWithholding the report "
        "prejudices a proper consideration of the deal.\n"
    )
    assert read_reply(text).kind == "acknowledgement"


def test_a_review_asked_for_in_an_email_received_on_a_date_is_a_review() -> None:
    body = (
        "I write in response to your email, received on 11 April 2024 for a review of the "
        "Council's response to your request. The purpose of the review is to allow a fresh "
        "independent look at your request."
    )
    assert _kind(body) == "review_outcome"


def test_the_request_told_back_inline_at_a_flattened_letters_end_is_the_requesters() -> None:
    text = (
        "Dear Mr Flynn, Thank you for your request for information received on 31 January "
        "2022. We are dealing with your request under the Environmental Information "
        "Regulations 2004 and we aim to send a response by 28 February 2022. Your request: "
        "Please supply me with the closed report referred to in the minutes of the Cabinet "
        "meeting of 18 January 2021. There is an overriding public interest in releasing this "
        "report, which outweighs the reasons for the exemption given. Withholding the report "
        "prejudices a proper consideration of the deal."
    )
    assert read_reply(text).kind == "acknowledgement"


def test_the_request_told_back_asking_to_be_provided_asks_nothing_of_the_requester() -> None:
    clarify = PROCEDURE_WORDS["clarify"]
    told_back = (
        "I would be most grateful if you would provide me, under the Freedom of Information "
        "Act, details in respect to the contract below."
    )
    assert not clarify.search(told_back)
    asked = "I would be grateful if you could provide me with further details of the period."
    assert clarify.search(asked)


def test_a_sentence_that_introduces_the_answer_leaves_the_answer_read() -> None:
    text = (
        "Norfolk Constabulary holds information relevant to your request. Response to your "
        "Request Norfolk Constabulary has located the following information as relevant to "
        "your request. Q1 Gender Number of Arrests Female 4046 Male 21175 Not Recorded 210 "
        "Unspecified 1 Grand Total 25432 Q2 The detainee's religion is not recorded on the "
        "custody system."
    )
    assert read_reply(text).kind == "partly_answered"


def test_a_flattened_letters_response_heading_ends_the_request_told_back() -> None:
    lines = _lines(
        "Your request I would like to know how much the Government paid the Federation in "
        "2016. Response to your request I enclose a copy of the information we hold."
    )
    assert "Response to your request" in lines


def test_a_review_said_as_requested_by_the_requester_is_a_reviews_letter() -> None:
    body = (
        "You have requested an internal review of the handling of this request. Following "
        "enquiries, we have concluded that locating the information would be manifestly "
        "unreasonable, and therefore this request is refused under regulation 12(4)(b)."
    )
    assert _kind(body, "EIR") == "review_outcome"


def test_a_review_of_an_earlier_request_is_background() -> None:
    body = (
        "This request is substantially similar to your previous request, which we answered "
        "on 30 March. I am aware that you requested a review of that response. Under section "
        "14(2) we are not required to comply with a repeated request."
    )
    assert _kind(body, "FOISA") == "vexatious_or_repeated"


def test_clarification_wanted_and_a_term_to_define_ask_the_requester() -> None:
    body = (
        "I would just like some clarification on the points you have raised. Please can you "
        "define the type of complaints you are wanting the request to cover?"
    )
    assert _kind(body) == "clarification_request"


def test_a_reference_to_quote_asks_nothing_to_clarify() -> None:
    body = (
        "Your request is being considered and the Council will send a response to you by 14 "
        "September 2020. We would be grateful if you could quote the reference number given "
        "at the top of this email."
    )
    assert _kind(body) == "acknowledgement"


def test_a_request_not_resolved_in_time_is_an_extension() -> None:
    body = (
        "Because we are still collating the information you have requested, we will not be "
        "able to resolve your request within the statutory 20 working days. We intend to "
        "provide you with a full response by 11 December 2013."
    )
    assert _kind(body) == "extension"
