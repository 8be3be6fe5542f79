"""The reply reader's mechanisms from replies40's round (issue 9): what decides a letter, read
by what its words do rather than by one letter's phrasing.

Each case is a short letter written for the mechanism (not copied from a reply): a short line
that gives its figure in the body's voice, a subject shared by two verbs ("has searched its
records and can confirm"), a review of records (a search, not an internal review), and
nothing held said in the passive or as "not something we record".
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply

HEAD = (
    "Dear Ms Jones,\n\nFreedom of Information Request Ref: 2024/0456\n\n"
    "Thank you for your request for information received on 3 March 2024.\n\n"
)
FOOT = (
    "\n\nIf you are dissatisfied with the handling of your request, you have the right to ask "
    "for an internal review within 40 working days.\n\nYours sincerely,\n\nInformation Rights "
    "Team\n"
)


def _kind(body: str, regime: str = "FOIA") -> str:
    return read_reply(HEAD + body + FOOT, regime=regime).kind


@pytest.mark.parametrize(
    "body",
    [
        # a short line in the body's voice, after a receipt's words
        "We have received your request. The Trust can confirm that 14 staff left in 2022.",
        "Your request has been logged. The Council is able to confirm that 3 audits took place.",
        # the subject shared with the verb before
        "The Trust has searched its records and can confirm that 14 contracts were awarded.",
        "The answer to your question is 47.",
    ],
)
def test_a_figure_confirmed_is_an_answer(body: str) -> None:
    assert _kind(body) == "answered"


@pytest.mark.parametrize(
    "body",
    [
        "The Council has carried out a review of its records and can confirm that it does not "
        "hold the information you requested.",
        "A review of our electronic files was undertaken and no information is held.",
        "We have conducted a thorough review of all relevant documents and found no information "
        "falling within the scope of your request.",
    ],
)
def test_a_review_of_records_is_a_search_not_an_internal_review(body: str) -> None:
    assert _kind(body) == "not_held"


def test_a_review_of_the_decision_is_still_one() -> None:
    body = (
        "I have now completed the review of your request. I have decided to uphold the "
        "original decision."
    )
    assert _kind(body) == "review_outcome"


@pytest.mark.parametrize(
    "body",
    [
        "Regrettably this data is not captured on our systems.",
        "Unfortunately the Trust is unable to provide this information as it is not something "
        "we record.",
        "The reasons for each referral are not routinely logged.",
    ],
)
def test_nothing_held_said_otherwise(body: str) -> None:
    assert _kind(body) == "not_held"


def test_not_centrally_collated_with_a_manual_search_is_the_cost_limit() -> None:
    body = (
        "This information is not centrally collated. To find it we would have to manually "
        "review each of 4,000 incident records, which would exceed the appropriate limit "
        "under section 12 of the Act."
    )
    assert _kind(body) == "refused_cost"
