"""The reply reader's mechanisms from replies45's round (issue 9).

A provision named only in a sentence that describes a class or a practice (a template
paragraph, ``foidraft.replies.generic``) is reported as relied on only where the reply's
decision is of its kind: "information already published is exempt under section 21" in
a reply that answers in full relies on nothing, and no review ground on s21 is offered.

Each case is a short letter written for the mechanism (not copied from a reply).
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.generic import describes_class, fits
from foidraft.replies.review import grounds_for

DEAR, YOURS = "Dear Mr Smith\n\n", "\n\nYours sincerely\n\nJane Doe"
ANSWER = (
    "Thank you for your request about fly-tipping. The Council recorded 412 incidents in "
    "2022 and 388 incidents in 2023."
)


def test_what_a_kind_of_reply_can_rest_on() -> None:
    assert not fits("answered", "published")
    assert not fits("not_held", "published")
    assert fits("not_held", "not_held")
    assert fits("already_published", "published")
    assert fits("partly_answered", "exempt")  # a part withheld: any exemption may be it
    assert fits("answered", "advice")  # advice and assistance is offered in any reply


@pytest.mark.parametrize(
    "paragraph",
    [
        "Information already published is exempt under section 21 of the Act.",
        "Please note that information which is already in the public domain is exempt under "
        "section 21.",
        "Where information is already publicly available, we will refer you to it under "
        "section 21 of the Act.",
    ],
)
def test_a_template_provision_in_a_full_answer_is_not_relied_on(paragraph: str) -> None:
    assert describes_class(paragraph)
    reading = read_reply(DEAR + ANSWER + "\n\n" + paragraph + YOURS)
    assert (reading.kind, reading.sections) == ("answered", ())
    assert "not-accessible" not in {g.id for g in grounds_for(reading)}


def test_a_template_provision_of_the_replys_own_kind_is_still_reported() -> None:
    # (a Scottish not-held reply's heading names FOISA s17, which is what it decides)
    body = (
        "The Council does not hold the information you asked for.\n\nInformation not held: "
        "where we do not hold information, we must tell you so under section 17 of the Act."
    )
    reading = read_reply(DEAR + body + YOURS, regime="FOISA")
    assert (reading.kind, reading.sections) == ("not_held", ("FOISA s17",))


def test_a_template_provision_in_a_partial_answer_is_still_reported() -> None:
    body = (
        ANSWER + " The names of the officers have been withheld.\n\nPersonal data of any "
        "other person is exempt under section 40(2) if its disclosure would breach the data "
        "protection principles."
    )
    reading = read_reply(DEAR + body + YOURS)
    assert (reading.kind, reading.sections) == ("partly_answered", ("s40(2)",))


def test_a_refusal_said_of_this_request_is_relied_on() -> None:
    body = (
        "The information you requested is exempt under section 21 of the Act, as it is "
        "already published on our website at https://example.gov.uk/fly-tipping."
    )
    reading = read_reply(DEAR + body + YOURS)
    assert (reading.kind, reading.sections) == ("already_published", ("s21",))
    assert "not-accessible" in {g.id for g in grounds_for(reading)}
