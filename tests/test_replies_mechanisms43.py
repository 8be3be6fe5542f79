"""The reply reader's mechanisms from replies43's round (issue 9), each read from what a
sentence does rather than from one letter's phrasing.

Each case is a short letter written for the mechanism (not copied from a reply).
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.echo import mask
from foidraft.replies.sections import find_citations

DEAR, YOURS = "Dear Mr Smith\n\n", "\n\nYours sincerely\n\nJane Doe"


def _read(body: str, regime: str = "FOIA") -> tuple[str, list[str]]:
    reading = read_reply(DEAR + body + YOURS, regime=regime)
    return reading.kind, sorted(reading.sections)


@pytest.mark.parametrize(
    "body",
    [
        # who will review is named; nothing is decided yet
        "Thank you for your request for an internal review. The reviewer will decide whether "
        "to uphold the original decision. We will respond by 31 March 2024.",
        # the decision words follow "whether": a question still open
        "I acknowledge receipt of your request for an internal review. An independent "
        "reviewer, who was not involved in the original decision, will look at your complaint "
        "and decide whether the original decision should be upheld, overturned or varied. You "
        "will receive a response by 31 March 2024.",
    ],
)
def test_a_review_acknowledged_decides_nothing(body: str) -> None:
    assert _read(body)[0] == "acknowledgement"


def test_a_review_decided_is_its_outcome() -> None:
    body = (
        "I have now completed the internal review. The reviewer concluded that the original "
        "decision should be upheld: section 31(1)(a) was correctly applied."
    )
    assert _read(body) == ("review_outcome", ["s31(1)(a)"])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("exempt under sections 21 to 23 of the Act", ["21", "22", "23"]),
        ("sections 40-43 apply", ["40", "41", "42", "43"]),
        ("ss. 27 – 29 and 40(2)", ["27", "28", "29", "40(2)"]),
        ("sections 40 to 41", ["40", "41"]),
        ("sections 30 to 31(1)(a)", ["30", "31(1)(a)"]),
        # not a range of exemptions: the Act's duties, a count
        ("sections 1 to 4 of the Act", ["1"]),
        ("sections 31(1)(a) and (b)", ["31(1)(a)", "31(1)(b)"]),
        ("s.40(2) and (3A)", ["40(2)", "40(3A)"]),
        ("sections 35(1)(a) and 38(1)(b) of FOISA", ["35(1)(a)", "38(1)(b)"]),
        ("regulations 12(4)(b) and 12(5)(e)", ["12(4)(b)", "12(5)(e)"]),
        # a bare exception, its Regulations named after it (not another instrument's numbering)
        ("we give notice under 10(4)(a) of EI(S)R 2004", ["10(4)(a)"]),
        ("we rely on 12(5)(e) of the Environmental Information Regulations", ["12(5)(e)"]),
        ("as set out in paragraph 3(2) of the Regulations", []),
        ("2 of the EIRs", []),
    ],
)
def test_a_range_of_sections_is_each_of_them(text: str, want: list[str]) -> None:
    assert [c.section for c in find_citations(text)] == want


def test_a_range_is_relied_on_whole() -> None:
    body = "The information is held, but it is withheld under sections 27 to 29 of the Act."
    assert _read(body) == ("refused_exempt", ["s27", "s28", "s29"])


def test_a_website_named_with_its_owner_is_where_it_is_published() -> None:
    body = "Names and biographies of Board members are available on the Authority’s website."
    assert _read(body)[0] == "already_published"


def test_given_in_part_the_rest_no_longer_held() -> None:
    body = (
        "Minutes for 2020 to 2022 are provided. Minutes for earlier years are no longer held, "
        "as they were deleted under our retention schedule."
    )
    assert _read(body)[0] == "partly_answered"


def test_a_response_provided_below_gives_nothing_itself() -> None:
    body = (
        "Our response is provided below. I am not obliged to supply you with the information, "
        "which is exempt under section 40(2) of the Act."
    )
    assert _read(body) == ("refused_exempt", ["s40(2)"])


@pytest.mark.parametrize("when", ["before", "once", "when"])
def test_a_time_to_come_publishes_nothing(when: str) -> None:
    body = (
        "Your request will be processed in accordance with the Act. A response will be sent to "
        f"you by 2 March 2020. We will send a copy of the response to you {when} it is "
        "published on our website."
    )
    assert _read(body)[0] == "acknowledgement"


def test_the_timescale_for_all_requests_in_a_letter_that_decides_nothing() -> None:
    body = (
        "Thank you for your Freedom of Information request. We aim to respond to requests for "
        "information within 20 working days, in accordance with the Act."
    )
    assert _read(body)[0] == "acknowledgement"


def test_the_timescale_for_all_requests_beside_an_answer() -> None:
    body = (
        "We aim to respond to requests for information within 20 working days. Please find "
        "attached the information you requested."
    )
    assert _read(body)[0] == "answered"


def test_the_request_detailed_below_a_receipt_is_the_requesters() -> None:
    text = (
        "I hereby acknowledge receipt of the request detailed below.\n\n"
        "Please could you advise the total agency spend on nursing staff.\n\n"
        "We will send you a response no later than 28/02/2011."
    )
    masked = mask(text)
    assert "agency spend" not in masked
    assert "acknowledge receipt" in masked and "We will send you" in masked


def test_a_count_with_a_named_subject_is_given_beside_a_refusal() -> None:
    body = (
        "As of 28 April 2023, c.990 new Automatic Number Plate Recognition (ANPR) cameras have "
        "been installed. The information you have requested regarding how many of the cameras "
        "have been vandalised is exempt from disclosure under section 31(1)(a) of the Act."
    )
    assert _read(body) == ("partly_answered", ["s31(1)(a)"])


def test_a_date_before_was_received_is_no_count() -> None:
    body = (
        "Further to my letter of 9 December 2016 acknowledging your request for information "
        "which was received by us on 8 December, the information that you have requested is "
        "being withheld in full under section 35(1)(a) of the Act."
    )
    assert _read(body) == ("refused_exempt", ["s35(1)(a)"])


def test_a_partial_release_over_what_is_given_is_a_part_answered() -> None:
    text = (
        "Decision: Partial Release 10 November 2021\n\nDear Mr Smith\n\nPlease find attached "
        "the documents we took into account in deciding the application." + YOURS
    )
    assert read_reply(text, regime="FOISA").kind == "partly_answered"


def test_the_work_a_search_would_take_is_no_receipt() -> None:
    body = (
        "I write in connection with your request for information which was received on 19th "
        "March 2025. Please accept my apologies for the delay. The data is stored in a system "
        "which cannot easily be configured to find it, and a specific audit would need to be "
        "undertaken, which would take weeks to complete."
    )
    assert _read(body)[0] == "refused_cost"


def test_a_bare_exception_of_the_regulations_is_theirs() -> None:
    body = (
        "The information is not stored in a manner that would let us report it. Therefore, we "
        "give notice under 10(4)(a) of EI(S)R 2004 and declare the information is not held."
    )
    assert _read(body, "EIR") == ("not_held", ["EIR 10(4)(a)"])


def test_the_duty_named_as_yours_is_the_requesters_words() -> None:
    body = (
        "You wrote: under your section 16 duty to advise and assist I would expect you to "
        "contact me. The information is exempt under section 40(2) of the Act."
    )
    assert _read(body)[1] == ["s40(2)"]


def test_what_the_law_allows_is_not_done() -> None:
    body = (
        "In 2023 there were 45 burglaries recorded in Coventry. The Act contains a number of "
        "exemptions, such as section 40 (personal information), which allow information to be "
        "withheld."
    )
    assert _read(body) == ("answered", [])


def test_a_list_of_exemptions_that_may_apply_relies_on_none() -> None:
    body = (
        "In 2023 there were 45 burglaries recorded in Coventry.\n\nExemptions that may apply to "
        "requests include: Section 21 - information accessible by other means; Section 22 - "
        "future publication; Section 40 - personal information."
    )
    assert _read(body) == ("answered", [])


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the bracket qualifies its clause: a warning of what may be, or a refusal made
        (
            "A request may be refused if it is vexatious (section 14) or if the cost of "
            "compliance exceeds the appropriate limit (section 12).",
            ("answered", []),
        ),
        ("The officers' names are withheld (section 40(2)).", ("partly_answered", ["s40(2)"])),
    ],
)
def test_a_bracketed_provision_is_read_with_its_clause(
    sentence: str, want: tuple[str, list[str]]
) -> None:
    assert _read("In 2023 there were 45 burglaries recorded in Coventry. " + sentence) == want


def test_the_internal_reviewer_named_is_a_review() -> None:
    text = (
        "West Yorkshire Police, in this instance, are acting as the Internal Reviewer on behalf "
        "of the partnership. The information is withheld under section 31(1)(a) of the Act."
    )
    assert _read(text)[0] == "review_outcome"


def test_a_review_passed_to_a_reviewer_is_acknowledged() -> None:
    body = (
        "Your request for a review has been passed to a senior reviewer. The review will "
        "consider whether section 40(2) was correctly applied. We aim to respond within 20 "
        "working days."
    )
    assert _read(body)[0] == "acknowledgement"
