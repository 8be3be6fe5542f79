"""The reply reader's mechanisms from its known misses in the ninth round (issue 9).

Each seen in more than one body's reply: a cost refusal in a refusal notice's words
("Compliance with this request would exceed ...") under one of the request's questions,
the others answered; a council's internal review headed "FOI APPEAL"; and a letter pasted
flattened onto one line, its list marked with hyphens and its headings unmarked. Each case
is a short excerpt in the shape of real replies.
"""

from __future__ import annotations

from foidraft.replies import read_reply
from foidraft.replies.flat import unflatten
from tests.replies_pastes import one_line

ONE_QUESTION_COST = (
    "1. The number of complaints about potholes that asked for compensation.\n"
    "Compliance with this request would exceed the appropriate cost limit under Section 12 of "
    "the Freedom of Information Act 2000, which is £450 or 18 hours of officer time. Claims "
    "are not logged as complaints, so we would need to read 1000 complaints.\n"
    "2. The number of people who received a payment for pothole damage.\n"
    "3. The total amount paid.\n"
    "For questions 2 and 3, the figures are:\n"
    "2021/22 – 765 claims, 176 accepted, £38,819 paid\n"
    "2022/23 – 1,591 claims, 238 accepted, £51,799 paid\n"
)
WHOLE_COST = (
    "Compliance with this request would exceed the appropriate cost limit under Section 12 of "
    "the Freedom of Information Act 2000, which is £450 or 18 hours of officer time.\n"
    "To be of assistance, we can give some figures for questions 2 and 3:\n"
    "1. The number of complaints about potholes that asked for compensation.\n"
    "2. The number of people who received a payment for pothole damage.\n"
    "2021/22 – 765 claims, 176 accepted\n"
    "2022/23 – 1,591 claims, 238 accepted\n"
)


def test_a_cost_refusal_under_one_question_with_the_rest_answered_is_a_part() -> None:
    reading = read_reply(ONE_QUESTION_COST, regime="FOIA")
    assert reading.kind == "partly_answered"
    assert reading.sections == ("s12",)
    assert reading.cost_questions() == ["1"]


def test_the_same_words_said_before_any_question_refuse_the_whole_request() -> None:
    assert read_reply(WHOLE_COST, regime="FOIA").kind == "refused_cost"


APPEAL = (
    "Our Ref: FOI 3243\n\n29th September 2009\n\nDear Mr Houston\n\nFOI APPEAL\n\n"
    "I write further to your email dated 28th August 2009 seeking a review of the decision "
    "of the City Council to refuse your request.\n\nFOI Request:\n\n"
    "Under the Freedom of Information Act 2000 I would like to request the number of parking "
    "tickets issued. Could you also tell me what software is used?\n\n"
    "The appeal panel convened on Monday 21st September 2009 and decided that the original "
    "decision should stand.\n"
)


def test_a_councils_foi_appeal_is_its_internal_review() -> None:
    reading = read_reply(APPEAL, regime="FOIA")
    assert reading.kind == "review_outcome"  # not a clarification: the question is the request's


def test_an_appeal_process_named_in_a_heading_is_no_review() -> None:
    receipt = (
        "Dear Sir\n\nFOI appeal process\n\nThank you for your request for information, "
        "received on 3 May 2024. We will respond by 31 May 2024.\n"
    )
    assert read_reply(receipt, regime="FOIA").kind == "acknowledgement"


def test_the_request_quoted_under_an_foi_request_heading_is_not_the_authoritys() -> None:
    reply = (
        "Dear Ms Smith\n\nFOI Request:\n\nPlease tell me how many of the requests you received "
        "in 2023 you neither confirmed nor denied holding information for.\n\n"
        "We can confirm that 4 requests were answered in that way in 2023.\n"
    )
    reading = read_reply(reply, regime="FOIA")
    assert (reading.kind, reading.ncnd) == ("answered", False)


HYPHENED = (
    "Please can I request the below information:\n"
    "- In the period 1st May 2024 to 31st July 2024 please provide a breakdown of:\n"
    "- Total trust spend with framework agencies for locum doctors\n"
    "- Overall Medical & Dental – 200k\n"
    "- Please provide a further breakdown for locum doctors by:\n"
    "- Spend per grade - Commercially Sensitive, Section 43 applied. See below.\n"
    "- Spend per agency name - Commercially Sensitive, Section 43 applied. See below.\n"
    "- Total trust spend with the trust bank for locum doctors\n"
    "- Overall Medical & Dental – 500k\n"
    "Section 43 – Commercial Interest\n"
    "Section 43(2) exempts information whose disclosure would, or would be likely to, "
    "prejudice the commercial interests of any person. Disclosure could prejudice future "
    "negotiations.\n"
)


def test_a_list_with_hyphens_for_bullets_pasted_on_one_line_keeps_its_items() -> None:
    flat = one_line(HYPHENED)
    assert "\n- Total trust spend" in unflatten(flat)
    assert read_reply(HYPHENED, regime="FOIA").kind == "partly_answered"
    assert read_reply(flat, regime="FOIA").kind == "partly_answered"


def test_a_hyphen_in_running_text_opens_no_item() -> None:
    prose = "We hold the information - It is attached. " * 10  # no hyphen after a colon or stop
    assert unflatten(prose) == prose


def test_an_exemption_heading_and_a_bare_decision_heading_are_lines_again() -> None:
    flat = one_line(
        "Dear Sir\n\nThank you for your request of 3 May 2024 about agency suppliers, which we "
        "have considered under the Act.\n\n• 0 off-framework within the last 3 months\n\n"
        "Section 43 – Commercial Interest\n\nSection 43(2) exempts information whose "
        "disclosure would prejudice commercial interests.\n\nDecision\n\nNorth Yorkshire "
        "Police have responded to a similar request, published on our website.\n"
    )
    lines = unflatten(flat).split("\n")
    assert "Section 43 – Commercial Interest" in lines
    assert "Decision" in lines
    assert "1 January 2018 – 20 March 2020" in unflatten(
        "Please state how many forms were submitted between 1 January 2018 – 20 March 2020 "
        "and by whom. " * 5
    )


# -- which questions each provision is applied to --------------------------------------
def test_an_answer_under_a_question_number_is_not_the_question_restated() -> None:
    reply = (
        "1) The number of ANPR cameras in your district\n"
        "2) The names of the roads they cover\n\nIn response:\n\n"
        "1. There are currently 92.\n"
        "2. Information at this part will not be disclosed and we rely on the following "
        "exemption: Section 31 (1) (a) Law Enforcement\n"
    )
    assert read_reply(reply, regime="FOIA").questions == {"s31(1)(a)": ["2"]}


def test_a_question_named_on_a_heading_line_of_its_own_owns_its_part() -> None:
    reply = (
        "Part 1\nThe cost of providing the information would exceed the upper cost limit. "
        "Under section 12 of FOISA we are not required to comply with the request.\n"
        "Part 2\nI attach a copy of the information you requested at Annex A.\n"
    )
    assert read_reply(reply, regime="FOISA").questions == {"FOISA s12": ["1"]}


def test_a_question_named_earlier_in_the_paragraph_is_the_one_a_provision_applies_to() -> None:
    reply = (
        "The cost of providing the information requested in your first question would exceed "
        "the upper cost limit of £600. Under section 12 of FOISA public authorities are not "
        "required to comply with a request if the cost would exceed that limit.\n\n"
        "With regards to your second question, I enclose a copy of the information.\n"
    )
    assert read_reply(reply, regime="FOISA").questions == {"FOISA s12": ["1"]}


def test_a_documents_item_or_a_heading_between_is_no_question_named() -> None:
    reply = (
        "In relation to Q2, this is not a request for recorded information.\n"
        "REASON FOR DECISION\n"
        "Researching each case would exceed the appropriate limit (FOIA, s.12).\n\n"
        "The Board received an update within Item 8, which was marked as sensitive. This "
        "information is withheld under section 36(2)(b) of the Act.\n"
    )
    assert read_reply(reply, regime="FOIA").questions == {}


def test_an_answer_that_is_a_count_or_a_yes_is_no_question_restated() -> None:
    reply = (
        "1. As of the end of February 2024, the force had 968 police officers.\n\n"
        "2. Section 12(1); see explanation below.\n\n"
        "3. Yes. The council declared a climate emergency on 27 June 2019.\n"
        "4. Not held. Information that is not held falls under Section 17 of the Freedom of "
        "Information (Scotland) Act 2002.\n"
    )
    assert read_reply(reply, regime="FOIA").questions["s12(1)"] == ["2"]
    assert read_reply(reply, regime="FOISA").questions["FOISA s17"] == ["4"]


def test_a_question_restated_that_gives_a_period_still_shares_the_next_answer() -> None:
    reply = (
        "1. How many officers were dismissed in the last 12 months.\n"
        "2. How many were reinstated between 2017 and 2021.\n"
        "We can neither confirm nor deny that we hold this information, under section 23(5).\n"
    )
    assert read_reply(reply, regime="FOIA").questions == {"s23(5)": ["1", "2"]}
