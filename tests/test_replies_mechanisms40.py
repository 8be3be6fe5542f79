"""The reply reader's mechanisms from replies40's round (issue 9): what decides a letter, read
by what its words do rather than by one letter's phrasing.

Each case is a short letter written for the mechanism (not copied from a reply): a short line
that gives its figure in the body's voice, a subject shared by two verbs ("has searched its
records and can confirm"), a review of records (a search, not an internal review), and
nothing held said in the passive or as "not something we record".
"""

from __future__ import annotations

import pytest

from tests.reply_letters import kind_of as _kind


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


def test_given_all_but_what_it_names_is_a_part_withheld() -> None:
    body = (
        "I am pleased to enclose the information you requested, with the exception of the "
        "names of junior staff, which have been withheld under section 40(2) of the Act."
    )
    assert _kind(body) == "partly_answered"


def test_held_by_another_body_said_as_expected() -> None:
    body = (
        "This information would be held by the Home Office rather than the Force. You may "
        "wish to redirect your request to them."
    )
    assert _kind(body) == "not_held"


def test_a_bare_count_after_an_answer_marker_is_the_answer() -> None:
    body = (
        "Q1. How many complaints were received? A1. 56.\nQ2. Please provide copies of the "
        "complaints. A2. Copies of the complaints contain personal information about the "
        "complainants and are therefore exempt from disclosure under section 40(2) of the Act."
    )
    assert _kind(body) == "partly_answered"


def test_a_list_number_is_no_answer() -> None:
    body = (
        "Your request has been logged and you will receive a response within 20 working "
        "days.\n\nYou asked:\n\na)\n2.\n\nThank you."
    )
    assert _kind(body) == "acknowledgement"


def test_a_response_said_to_be_delayed_is_more_time() -> None:
    body = (
        "The Council has not yet completed its response to your request. Regrettably, the "
        "response will be delayed. We will send you a full response as soon as possible."
    )
    assert _kind(body) == "extension"


def test_a_count_held_is_confirmed() -> None:
    body = (
        "I can confirm that the Scottish Government held 12 meetings with the company in "
        "2023. The dates of these meetings are listed in the annex."
    )
    assert _kind(body, "FOISA") == "answered"


def test_nothing_located_said_with_a_perfect() -> None:
    body = "We have not been able to locate any recorded information that would answer it."
    assert _kind(body) == "not_held"


@pytest.mark.parametrize(
    "body",
    [
        "I have carefully reviewed the original response, and I am satisfied that the "
        "exemption was applied appropriately. Your request for an internal review is "
        "therefore not upheld.",
        "In conclusion, I find that the Trust was wrong to rely on section 43(2) and I am now "
        "releasing the contract in full, which is attached.",
    ],
)
def test_a_review_judges_the_first_answer_however_it_is_said(body: str) -> None:
    assert _kind(body) == "review_outcome"


def test_a_question_weighed_is_not_its_answer() -> None:
    body = (
        "We have considered whether any exemptions apply to this information and have "
        "concluded that none do. The information is therefore released in full and is attached."
    )
    assert _kind(body) == "answered"


def test_some_given_below_beside_a_part_withheld() -> None:
    body = (
        "Under section 1(1)(a) of the Act I can confirm that the Force holds the information. "
        "Some of it is provided below.\n\nNumber of tasers: 245\n\nThe deployment locations are "
        "withheld under section 24(1) and 31(1)."
    )
    assert _kind(body) == "partly_answered"


@pytest.mark.parametrize(
    "body",
    [
        "I have made enquiries with the relevant departments and none of them hold any "
        "information of the type you describe.",
        "The data you have requested is not available as the Trust does not hold it in a "
        "reportable format and has never collected it.",
    ],
)
def test_nothing_held_by_anyone_or_ever(body: str) -> None:
    assert _kind(body) == "not_held"


def test_has_no_information_is_nothing_held() -> None:
    body = "Following a search of our files I can confirm that the Authority has no information."
    assert _kind(body) == "not_held"


@pytest.mark.parametrize("asked", ["request", "application", "FOI request", "email"])
def test_a_review_asked_for_in_any_words_and_judged(asked: str) -> None:
    body = (
        f"I am writing in response to your {asked} for an internal review. I remain of the view "
        "that the Commission applied the exemption in Section 22 FOIA correctly."
    )
    assert _kind(body) == "review_outcome"


def test_a_question_still_being_weighed_is_more_time() -> None:
    body = (
        "We are considering whether section 43 applies and need further time to consider the "
        "public interest. We now expect to respond by 30 April 2024."
    )
    assert _kind(body) == "extension"
