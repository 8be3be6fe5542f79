"""Ways replies state their decision, learnt from the training part after the twenty-first
fresh sample joined it (tests/data/collect/replies-fresh21.jsonl): each case is a short
excerpt of the mechanism, not a whole reply (the replies themselves are scored by
``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.explain import explain

# (text, regime, the kind it reads as, the provisions it relies on)
CASES = [
    # EIR's "manifestly unreasonable" weighed against the burden on the authority's
    # departments: the cost limit's ground, not a vexatious request
    (
        "The exemption 'Manifestly unreasonable' as detailed in Section 12 (4) (b) of the "
        "Environmental Information Regulations is a qualified exemption. Public interest "
        "factors in favour of maintaining the exemption\nWhile Council recognises there is "
        "always going to be a public interest in the disclosure of information, it must also "
        "consider the burden placed on departments in having to deal with such requests.",
        "EIR",
        "refused_cost",
        ("EIR 12(4)(b)",),
    ),
    # ... and an unreasonable diversion of resources, for the same exception
    (
        "We are refusing your request under regulation 12(4)(b) of the EIR as it is manifestly "
        "unreasonable: dealing with it would involve an unreasonable diversion of resources "
        "away from our usual business.",
        "EIR",
        "refused_cost",
        ("EIR 12(4)(b)",),
    ),
    # the requester's conduct, not the work: still a vexatious request
    (
        "We consider your request manifestly unreasonable under regulation 12(4)(b) of the "
        "EIR. It is the latest in a long series of requests on the same matter, and its "
        "purpose appears to be to harass our staff.",
        "EIR",
        "vexatious_or_repeated",
        ("EIR 12(4)(b)",),
    ),
    # a list whose items carry "s." until the last: "s.38(1)(a) (...), s.38(1)(b) (...) and
    # 41(a) (...)"
    (
        "I have enclosed most of the information you have requested. However, we are unable "
        "to provide some of it because exemptions under sections s.38(1)(a) (personal "
        "information), s.38(1)(b) (personal information) and 41(a) (communications with Her "
        "Majesty, etc.) of FOISA apply to that information.",
        "FOISA",
        "partly_answered",
        ("FOISA s38(1)(a)", "FOISA s38(1)(b)", "FOISA s41(a)"),
    ),
    # regulation 10(4)/10(5) exceptions exist only in Scotland's EIRs: its regulation 11(2)
    # is the personal data exception there (England's is the review)
    (
        "I enclose a copy of the communications. While our aim is to provide information "
        "whenever possible, we are unable to provide some of the information you have "
        "requested because of exceptions under regulations:\n- 11(2) (personal data of third "
        "party)\n- 10(4)(e) (internal communications)",
        "EIR",
        "partly_answered",
        ("EIR 11(2)", "EIR 10(4)(e)"),
    ),
    # "to provide the information you have requested would exceed the appropriate limit",
    # the figures to hand given beside it: the whole request refused on cost
    (
        "Unfortunately, to provide the information you have requested would exceed the "
        "'appropriate limit' of £450. Under section 12 of the FOI Act, we are not obliged to "
        "comply with a request if we estimate that the cost would exceed the appropriate limit. "
        "Please find below figures for taxi driver complaints we have available:\n"
        "2016/17: 2,845\n2017/18: 5,351",
        "FOIA",
        "refused_cost",
        ("s12",),
    ),
]


@pytest.mark.parametrize(("text", "regime", "kind", "sections"), CASES)
def test_decision(text: str, regime: str, kind: str, sections: tuple[str, ...]) -> None:
    reading = read_reply(text, regime=regime)
    assert (reading.kind, reading.sections) == (kind, sections)


NCND_AND_COST = (
    "In relation to questions 1 to 3, the force will neither confirm nor deny that any "
    "information is held, relying on Section 31(3) Law Enforcement and Section 40(5) Personal "
    "Information.\n\nIn relation to question 4, the cost of locating and retrieving the "
    "information would exceed the appropriate limit, and Section 12(1) applies to this part "
    "of your request."
)


def test_nothing_answered_some_parts_on_cost_the_rest_neither_confirmed_nor_denied() -> None:
    # No part is answered, so the reply is no partial answer: the requester is told that the
    # cost part can be narrowed, and that the rest is neither confirmed nor denied
    reading = read_reply(NCND_AND_COST, regime="FOIA")
    assert (reading.kind, reading.ncnd) == ("refused_cost", True)
    assert reading.questions == {"s31(3)": ["1", "2", "3"], "s40(5)": ["1", "2", "3"],
                                 "s12(1)": ["4"]}  # fmt: skip
    headline = explain(reading).headline
    assert headline.startswith("Nothing is answered")
    assert "neither confirm nor deny" in headline


def test_a_part_answered_beside_ncnd_and_cost_stays_a_partial_answer() -> None:
    text = "Q1: The number of officers dismissed in 2023 was 14.\n\n" + NCND_AND_COST
    reading = read_reply(text, regime="FOIA")
    assert (reading.kind, reading.ncnd) == ("partly_answered", True)
    assert explain(reading).headline.startswith("Part of your request is answered")


def test_cost_of_confirming_alone_keeps_the_cost_headline() -> None:
    # s12(2) is the cost limit's own "neither confirm nor deny": no other part is refused
    reading = read_reply(
        "The cost of determining whether we hold the information would exceed the appropriate "
        "limit. Section 12(2) applies and your request is refused.",
        regime="FOIA",
    )
    assert reading.kind == "refused_cost"
    assert explain(reading).headline.startswith("Refused on cost")


# Letters flattened onto one line (a web form's or a PDF viewer's copy): the salutation,
# the thanks, the sign-off and "In relation to question 2" open paragraphs again, so the
# heading before them and the figures before them keep their meaning.
FLATTENED = [
    (
        "Date / 12 July 2017 Our ref / FOI2017/00266 Dear Mr Boyce Freedom of Information Act "
        "2000 (FOIA) Outcome of Internal Review Thank you for your Internal Review request "
        "regarding FOI request FOI 2016 - 00140 in which you asked for the following "
        "information from HMRC: Could HMRC please let me know how much the Director of Tax "
        "Credits Policy currently gets paid annually? The purpose of an Internal Review is to "
        "assess how your FOI request was handled in the first instance. Your original request was "
        "refused under s21 of the FOIA because the information you requested is reasonably "
        "available to you. I have concluded that the original decision was correct. Yours "
        "sincerely FOI Team",
        "review_outcome",
    ),
    (
        "Please find below table in relation to question 1 for the time frame 01/01/2024 until "
        "31/12/2024, which provides data of the number of people who had at least one absence. "
        "Police Officer Police Staff PCSO Total 496 347 44 887 In relation to question 2 to 4, "
        "we are not able to confirm whether the force holds the information you have "
        "requested. On this occasion the cost of determining whether we hold the information "
        "would exceed the limit set by the Freedom of Information Act. As a result, your "
        "request is refused under Section 12 of the Act.",
        "partly_answered",
    ),
    # a table's rows of years and figures, flattened: still figures given
    (
        "The information that you have requested is held in part by the force. We can however "
        "provide figures relating to costs associated with obtaining mobile phone records, which "
        "are as follows: 2008/09 - £215,929 2009/10 - £201,399 2010/11 - £233,788 The "
        "information pursuant to calculating the number of units analysed is not held in an "
        "easily retrievable format. I am not obliged to release this information, as the cost "
        "of locating and retrieving the information exceeds the appropriate limit.",
        "partly_answered",
    ),
]


@pytest.mark.parametrize(("text", "kind"), FLATTENED)
def test_a_letter_on_one_line_reads_as_laid_out(text: str, kind: str) -> None:
    assert "\n" not in text
    assert read_reply(text, regime="FOIA").kind == kind


def test_a_short_line_or_a_laid_out_letter_is_left_as_it_is() -> None:
    from foidraft.replies.text import unflatten

    short = "Dear Sir, Thank you for your request. Yours sincerely, FOI Team"
    assert unflatten(short) == short
    laid_out = "Dear Sir\n" + "Thank you for your request. " * 20
    assert unflatten(laid_out) == laid_out
    # a year in a sentence is no table's row
    prose = "In 2012 we received 7122 requests. " * 12
    assert unflatten(prose) == prose
