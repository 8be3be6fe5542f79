"""The reply reader's mechanisms from its errors on replies it had not seen (issue 9).

``tests/replies_prospective.py`` replays each fresh sample against the reader that had not
seen it; its confusion table (training part only) showed receipts read as answers, review
letters read as answers, and cost refusals or published notices read as partly answered.
The mechanisms here read a reply's structure (its heading, where a mail program wrapped its
lines, the marks of its lists and quotations), so that a letter laid out differently from
the ones the reader was tuned on is read the same. Each case is a short excerpt in the
shape of real replies in those samples.
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.clauses import sentences
from foidraft.replies.figures import is_figure
from tests.replies_prospective import check, confusion, load, provision_errors

ACK_HEADED = (
    "Dear Ms George\n\nAcknowledgement of Request\n\nSubject: Meadowbank Stadium\n\n"
    "Thank you for your request for information received on 14/01/2019.\n\n"
    "Please note that information identifying individuals is exempt under section 40(2) of "
    "the Act. This means we have until 11/02/2019 to respond to your request.\n"
)
REVIEW_HEADED = (
    "FOI Review 101003097591\n\nFollowing your email, the Council's response to your original "
    "request was looked at again by the Senior Solicitor and the Information Co-ordinator. "
    "The information you asked for is not held by the Council, as the Council does not record "
    "the funds in that way.\n"
)
WRAPPED_SUMMARY = (  # as a mail program wraps it, at 72 characters
    "Thank you for your request received by Transport for London (TfL) on 23\n"
    "February 2017 asking for information about the number of changes your\n"
    "web team made to TfL timetables for 2016, and how long after a timetable\n"
    "is changed before it is published on the web.\n"
    "Your request has been considered in accordance with the requirements of\n"
    "the Freedom of Information (FOI) Act and our information access policy.\n"
    "I can confirm we do hold some of the information you require.\n"
    "To provide the information you have requested would exceed the\n"
    "‘appropriate limit’ of £450 set by the Freedom of Information\n"
    "(Appropriate Limit and Fees) Regulations 2004.\n"
)
STAMPED = (
    "Thank you for your email in which you made the following request for information:\n\n"
    '"Please disclose your submissions to the Committee of Ministers this week." -\n'
    "4:20 PM - 26 Sep 2014\n\n"
    "I can confirm that the department holds the information, and it may be subject to a "
    "qualified exemption under section 27(1)(b). We have not yet reached a decision on the "
    "balance of the public interest. Under section 10(3) of the Act we need to extend the "
    "time to respond, and we aim to let you have a response by 29 October 2014.\n"
)
DASHED = (
    "Please find our response below.\n\nAgency use:\n"
    "- 0 off-framework within the last 3 months\n\n"
    "The list of agency suppliers is withheld under section 43(2), as disclosure would be "
    "likely to prejudice the commercial interests of the Trust.\n"
)
FLATTENED = (
    "Thank you for your request for Information, received at this office on 23 November, "
    "2009, in which you requested details of the following: Racially aggravated offences "
    "and the resultant arrests Your request will now be considered and you will receive "
    "a response within the statutory timescale of 20 working days."
)

RIGHTS_AFTER = (
    "We can confirm that we hold the information. The number of officers was 42 in 2020.\n\n"
    "Internal review requests should be submitted within 40 working days of the date of this "
    "response.\n"
)
ADVICE_IN_RECEIPT = (
    "Thank you for your information request received today.\n"
    "The Council will reply to your request promptly and in any event not later than the\n"
    "twentieth working day following the date of receipt.\n\n"
    "Under section 16 of the Act we have a duty to provide advice and assistance to those who "
    "make requests for information.\n"
)
ECHO_THEN_VOICE = (
    "For ease of reference, your request is replicated below together with the response. "
    "Could you please provide the average time taken to examine a phone for each year since "
    "2013. Therefore in response, I can inform you that Police Scotland do not hold the "
    "information requested and Section 17(1) of the Freedom of Information (Scotland) Act "
    "2002 applies.\n\nPlease note that this response will be published in our disclosure log.\n"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a heading that names a receipt outweighs the boilerplate on what may be withheld
        (ACK_HEADED, "acknowledgement"),
        # a heading that names a review makes a letter that decides something its outcome
        (REVIEW_HEADED, "review_outcome"),
        # a summary of the request wrapped over lines is still the requester's words
        (WRAPPED_SUMMARY, "refused_cost"),
        # a message's time stamp quoted with the request is no figure given
        (STAMPED, "extension"),
        # a list item opening with its figure, marked by a dash and a space as by a bullet
        (DASHED, "partly_answered"),
        # the request's summary ends at its colon, where the request itself follows
        (FLATTENED, "acknowledgement"),
        # "Internal review ..." opening a sentence of the rights paragraph is no review letter
        (RIGHTS_AFTER, "answered"),
        # the duty of advice and assistance cited in a receipt decides nothing
        (ADVICE_IN_RECEIPT, "acknowledgement"),
        # the request quoted back ends where the authority speaks after a connective
        (ECHO_THEN_VOICE, "not_held"),
    ],
    ids=[
        "ack-heading",
        "review-heading",
        "wrapped-summary",
        "time-stamp",
        "dash-item",
        "summary-to-colon",
        "rights-sentence",
        "advice-in-receipt",
        "connective-voice",
    ],
)
def test_kind_from_structure(text: str, kind: str) -> None:
    regime = "FOISA" if "(Scotland)" in text else "FOIA"
    assert read_reply(text, regime=regime).kind == kind


def test_heading_is_read_by_its_place_not_anywhere() -> None:
    # "Acknowledgement" in a sentence far into the letter is no heading: the figures decide
    body = "Dear Mr Smith\n\n" + "We hold the figures you asked for. " * 20
    text = body + "\n\nAcknowledgement of receipt\n\n2019 - 12\n2020 - 15\n"
    assert read_reply(text, regime="FOIA").kind == "answered"


def test_a_review_named_in_a_title_of_a_subject_is_no_review() -> None:
    text = (
        "Review of speed limits\n\nDear Ms Jones\n\nIn response to your request, the number "
        "of speed limit changes made was:\n\n2021 - 14\n2022 - 9\n"
    )
    assert read_reply(text, regime="FOIA").kind == "answered"


def test_time_of_day_is_no_figure_but_hours_are() -> None:
    assert not is_figure("4:20 PM - 26 Sep 2014")
    assert not is_figure("2 pm")
    assert is_figure("12 hrs")
    assert is_figure("Average 12:30")  # a response time in minutes and seconds


def test_a_sentence_may_open_with_a_straight_quote() -> None:
    parts = sentences("We give the outcomes below. 'NCND' indicates a reply in which we did so.")
    assert [s.text[:6] for s in parts] == ["We giv", "'NCND'"]
    assert parts[1].general  # a term defined, not this reply's act


def test_prospective_data_has_its_form() -> None:
    rows = load()
    assert rows and check(rows) == []
    broken = [{**rows[0], "kind_then": "thanks"}, rows[0]]
    assert any("no reply kind" in p for p in check(broken))
    assert any("twice" in p for p in check([rows[0], rows[0]]))


def test_confusion_and_provision_errors_count_what_differs() -> None:
    row = {"kind": "acknowledgement", "kind_then": "answered", "sections": ["s12"]}
    rows = [{**row, "sections_then": ["s40"]}, {**row, "kind_then": "acknowledgement",
            "sections_then": ["s12"]}]  # fmt: skip
    assert confusion(rows) == {("acknowledgement", "answered"): 1}
    assert provision_errors(rows) == {"missed s12": 1, "extra s40": 1}
