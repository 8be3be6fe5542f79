"""The reply reader's mechanisms from replies44's round (issue 9), each read from what a
sentence does rather than from one letter's phrasing: a sentence that describes a class of
information or the body's practice decides nothing for this request
(``foidraft.replies.generic``); a part left out for an exemption's reason is withheld; a
mail program's "No attachments" gives nothing.

Each case is a short letter written for the mechanism (not copied from a reply).
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.generic import describes_class

DEAR, YOURS = "Dear Mr Smith\n\n", "\n\nYours sincerely\n\nJane Doe"
ANSWER = (
    "Thank you for your request about fly-tipping. The Council recorded 412 incidents in "
    "2022 and 388 incidents in 2023."
)


def _read(body: str, regime: str = "FOIA") -> tuple[str, list[str]]:
    reading = read_reply(DEAR + body + YOURS, regime=regime)
    return reading.kind, sorted(reading.sections)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the law's class, in a standard paragraph
        "Information which is already published is exempt under section 21 of the Act.",
        "Information which is reasonably accessible to the applicant is exempt information.",
        "Personal data of any other person is exempt under section 40(2) if its disclosure "
        "would breach the data protection principles.",
        # what a provision says
        "This section states that information is exempt if its disclosure is prohibited.",
        # the body's practice for any request
        "We will not disclose personal data of third parties.",
        "As a matter of policy, we do not release the names of junior staff.",
        # a template's heading and the condition it is used in
        "Information not held: where we do not hold information, we will say so.",
        # what happens at times, to any request; a kind named by a quantifier
        "Sometimes passages are redacted from documents, for example personal information.",
        "Some types of information cannot be disclosed under the Act.",
        # the process's documents in the plural
        "Refusal notices explain which exemption applies and why.",
        "Any personal information the council holds about you cannot be disclosed under the Act.",
    ],
)
def test_a_class_or_practice_described_decides_no_kind(paragraph: str) -> None:
    assert describes_class(paragraph)
    assert _read(ANSWER + "\n\n" + paragraph)[0] == "answered"


def test_a_provision_named_in_a_class_is_not_relied_on_in_a_full_answer() -> None:
    # (replies45: reported only where the reply's decision is of its kind; the corpus labels
    # such a provision in refusals, tests/test_replies_mechanisms45.py)
    body = ANSWER + "\n\nInformation which is already published is exempt under section 21."
    assert _read(body) == ("answered", [])


@pytest.mark.parametrize(
    "paragraph",
    [
        # said of this request: a refusal of a part
        "Therefore we will not disclose personal data of third parties named in the reports.",
        "The information you requested about the officers is exempt under section 40(2).",
        "Personal data of third parties has been redacted from the figures under section 40(2).",
    ],
)
def test_the_same_words_said_of_this_request_refuse_a_part(paragraph: str) -> None:
    assert not describes_class(paragraph)
    assert _read(ANSWER + "\n\n" + paragraph)[0] == "partly_answered"


def test_a_part_left_out_for_an_exemptions_reason_is_withheld() -> None:
    body = (
        ANSWER + "\n\nWe have not provided the street of each incident because this could "
        "identify the people involved and would be personal information."
    )
    assert _read(body)[0] == "partly_answered"


def test_a_part_left_out_for_another_reason_is_no_refusal() -> None:
    body = ANSWER + "\n\nFigures before 2022 have not been included as they are not accurate."
    assert _read(body)[0] == "answered"


def test_no_attachments_gives_nothing() -> None:
    body = (
        "Under section 21 of the Act, we are not required to provide information that is "
        "already reasonably accessible to you. The information you requested is published on "
        "our website.\n\nNo attachments"
    )
    assert _read(body) == ("already_published", ["s21"])


def test_a_refusal_the_body_promises_to_tell_is_not_made() -> None:
    body = ANSWER + "\n\nWe will tell you if any of the information is exempt under the Act."
    assert _read(body)[0] == "answered"
