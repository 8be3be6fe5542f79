"""The reply reader's mechanisms from replies42's round (issue 9): how a list of provisions
goes on, read by the grammar of citing rather than by one letter's phrasing.

Each case is a short phrase or letter written for the mechanism (not copied from a reply):
a list whose provisions each carry a long title, a bare number with its title after a
semicolon, a paragraph's letter run onto its number, a bracket left out, and another
subsection of the same section named as "subsection 2(b)".
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.points import clarification_points
from foidraft.replies.sections import find_citations


def _cited(text: str) -> list[str]:
    return [c.section for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "an exemption under sections 30(b)(ii) (Free and frank exchange of views for the "
            "purposes of deliberation), 30(c) (Prejudice to effective conduct of public affairs) "
            "and 38(1)(b) (Personal information) of FOISA applies",
            ["30(b)(ii)", "30(c)", "38(1)(b)"],
        ),
        (
            "exemptions under sections: 29 (Formulation of Scottish Administration Policy); "
            "30(b)(i) (Free and Frank provision of advice); 38 (Personal Information) of FOISA",
            ["29", "30(b)(i)", "38"],
        ),
        (
            "exemptions under sections 25, 29(1)(a), 30b(i), 30b(ii) 30c, 33(1)(b) and 38(1)(b)",
            ["25", "29(1)(a)", "30(b)(i)", "30(b)(ii)", "30(c)", "33(1)(b)", "38(1)(b)"],
        ),
        (
            "exemptions under sections 38(1)b) personal information), 30(b)(i) (free and frank "
            "advice) and 30(c) of FOISA",
            ["38(1)(b)", "30(b)(i)", "30(c)"],
        ),
        (
            "Section 31(1)(g) subsection 2(b) - Law Enforcement exemption.",
            ["31(1)(g)", "31(2)(b)"],
        ),
    ],
)
def test_a_list_of_provisions_goes_on(text: str, want: list[str]) -> None:
    assert _cited(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Section 12 (cost of compliance) applies. 30 days later we wrote again.", ["12"]),
        ("under section 17b of the Act we hold nothing", ["17"]),  # its letter: unread
        ("section 40(2) a) the names of officers", ["40(2)"]),  # a list item, spaced
    ],
)
def test_what_is_not_a_further_provision(text: str, want: list[str]) -> None:
    assert _cited(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "we are not obliged to supply the drafts as they are subject to a statutory exception "
            "to the right of access to information under 12(4)(d) draft or incomplete data",
            ["12(4)(d)"],
        ),
        ("it is subject to an exception under regulations R12(5)(a) (public safety)", ["12(5)(a)"]),
        (
            "because exemption 30(b)(ii) (free and frank exchange of views) of FOISA applies",
            ["30(b)(ii)"],
        ),
        # said of other requests, no exception named before it: a figure's subject
        ("The number of requests withheld entirely under 29(1)(a) of FOISA was 3.", []),
    ],
)
def test_a_provision_written_bare(text: str, want: list[str]) -> None:
    assert _cited(text) == want


SCOTTISH_EIR = (
    "Dear Ms Jones, Thank you for your request under the Environmental Information Regulations. "
    "I enclose a copy of most of the information you requested. While our aim is to provide "
    "information whenever possible, in this instance we are unable to provide some of the "
    "information you have requested because an exception under regulation 11(2) (personal "
    "information of a third party) of the EIRs applies to that information. Yours sincerely"
)


def test_regulation_11_on_personal_data_is_scotlands_exception() -> None:
    reading = read_reply(SCOTTISH_EIR, regime="EIR")
    assert reading.sections == ("EIR 11(2)",)
    assert reading.kind == "partly_answered"


def test_englands_regulation_11_is_the_review() -> None:
    text = SCOTTISH_EIR.replace(
        "because an exception under regulation 11(2) (personal information of a third party) of "
        "the EIRs applies to that information",
        "because regulation 12(5)(a) applies. Under regulation 11(2) you may make "
        "representations within 40 working days",
    )
    assert read_reply(text, regime="EIR").sections == ("EIR 12(5)(a)",)


CLARIFY = (
    "Dear Mr Smith, Thank you for your request for information received on 3 March 2025 about "
    "crime in the county. Before we can respond we need you to clarify the following points: "
    "{points} Once we receive your clarification the 20 working days will start again. If you "
    "need any further help please contact us. Yours sincerely, Information Rights Team"
)
ASKED = (
    "Do you mean the financial year or the calendar year for 2019/20?",
    "What do you mean by online crime, as we hold no such category?",
    "Which groups do you mean by community organisations?",
)


@pytest.mark.parametrize(
    ("marks", "want"),
    [
        (("1.", "2.", "3."), ["1", "2", "3"]),
        (("1)", "2)", "3)"), ["1", "2", "3"]),
        (("(1)", "(2)", "(3)"), ["1", "2", "3"]),
        (("Point 1:", "Point 2:", "Point 3:"), ["1", "2", "3"]),
        (("a)", "b)", "c)"), ["a", "b", "c"]),
        (("(a)", "(b)", "(c)"), ["a", "b", "c"]),
    ],
)
def test_flattened_points_keep_the_authoritys_numbers(
    marks: tuple[str, ...], want: list[str]
) -> None:
    points_text = " ".join(f"{mark} {asked}" for mark, asked in zip(marks, ASKED, strict=True))
    reading = read_reply(CLARIFY.format(points=points_text))
    assert reading.kind == "clarification_request"
    points = clarification_points(reading.text)
    assert [p.number for p in points] == want
    assert [p.text for p in points] == list(ASKED)  # each whole, the closing words left out


def test_letters_within_a_numbered_point_are_its_own() -> None:
    text = (
        "We need you to clarify the following:\n1. Which of these do you mean:\na) arrests\n"
        "b) charges\n2. Which years do you mean?\nYours sincerely"
    )
    points = clarification_points(text)
    assert [p.number for p in points] == ["1", "2"]
    assert "b) charges" in points[0].text


HEAD = "Dear Mr Smith, Thank you for your request of 3 March 2025 about police vehicles. "
SIGNED = " Yours sincerely, Information Team"


def test_a_lists_later_provisions_are_warned_of_as_its_first() -> None:
    text = (
        HEAD + "The exemptions that may apply to requests include sections 23, 24, 31 and 40. "
        "The number of vehicles is 214." + SIGNED
    )
    reading = read_reply(text)
    assert (reading.kind, reading.sections) == ("answered", ())


def test_a_lists_provisions_relied_on_are_each_kept() -> None:
    text = (
        HEAD + "The names are withheld under sections 40(2) and 38(1)(a). The number of officers "
        "is 12." + SIGNED
    )
    assert read_reply(text).sections == ("s40(2)", "s38(1)(a)")


def test_examples_are_not_the_exemption_an_extension_weighs() -> None:
    text = (
        HEAD + "We need more time to consider the public interest in relation to section 43(2), "
        "and will respond by 30 May 2025. Some information may be exempt from disclosure, for "
        "example under section 31 (law enforcement) or section 40 (personal information)." + SIGNED
    )
    reading = read_reply(text)
    assert (reading.kind, reading.sections) == ("extension", ("s43(2)",))


def test_rows_led_by_their_year_answer_beside_not_held() -> None:
    text = (
        "Dear Mr Smith,\n\nThank you for your request of 3 March 2025.\n\nHow many cases were "
        "dismissed because a file was late?\n\nNo information held.\n\nHow many drivers failed "
        "a roadside breath test?\n\nI have taken your question to mean tests at the roadside."
        "\n\n2023: 2825 fails\n\n2024: 1226 fails (with the data our statistics department "
        "has collected so far, which is from January to August).\n\nYours sincerely,"
        "\nInformation Team"
    )
    assert read_reply(text).kind == "partly_answered"


ANSWERED = (
    "Dear Mr Smith,\n\nThank you for your request of 3 March 2025 about police vehicles.\n\n"
    "The force had 214 vehicles on 1 April 2024, and 198 on 1 April 2023.\n\n{footer}\n\n"
    "Yours sincerely,\nInformation Team"
)


@pytest.mark.parametrize(
    "footer",
    [
        # what a review would do, told before any is asked: no review's outcome
        "If you are unhappy with our decision you may ask for an internal review. The review "
        "will consider whether the exemptions were correctly applied and whether the "
        "information should be released.",
        "An internal review will examine whether the exemptions were appropriately applied.",
        # what would follow a case that may come: no publication intended
        "Some of the information may be published in the future, in which case section 22 "
        "would apply.",
        # what would have been: no exemption relied on
        "If the information had been held, it would have been exempt under section 31.",
        # the rule noted, its condition after "Please note that": no refusal on cost
        "Please note that where the cost of complying with a request would exceed £450 the "
        "force is not obliged to comply with it.",
    ],
)
def test_a_footer_of_procedure_decides_nothing(footer: str) -> None:
    reading = read_reply(ANSWERED.format(footer=footer))
    assert (reading.kind, reading.sections) == ("answered", ())


def test_a_review_that_has_considered_is_one() -> None:
    text = ANSWERED.format(
        footer="I have now completed the internal review. I have considered whether the "
        "exemption at section 31(1)(a) was correctly applied and I uphold the original decision."
    )
    assert read_reply(text).kind == "review_outcome"


def test_a_figure_given_as_advice_beside_not_held_answers_nothing() -> None:
    text = (
        HEAD + "The force does not hold this information. To be of assistance, the number of "
        "vehicles in the fleet on 1 April 2024 was 214." + SIGNED
    )
    assert read_reply(text).kind == "not_held"
