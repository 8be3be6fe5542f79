"""Ways replies are phrased, learnt from the training part after the seventeenth fresh sample
(WhatDoTheyKnow threads, tests/data/collect/replies-fresh17.jsonl) joined it: each case is a
short excerpt of the mechanism, not a whole reply (the replies themselves are scored by
``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.figures import is_figure
from foidraft.replies.sections import find_citations
from foidraft.replies.text import own_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the request waits on the requester: the clock depends on their answer ...
        (
            "Our Ref: FOI-3554-1920\n\nThank you for your request received on 18 February 2020 "
            "asking for information about Lambeth Green.\n\nTo enable us to assist with your "
            "request, please provide a timeframe as well as a more detailed description of the "
            "information you are seeking.\n\nPlease note that the 20 working day deadline for "
            "responding to your request will depend on when we receive satisfactory additional "
            "information to help clarify your request.",
            "clarification_request",
        ),
        # ... or the request is closed if they say nothing (said in a condition)
        (
            "Dear Mr Bryant\nOur Ref: FOI-2189-2021\nThank you for your request received on 29 "
            "January 2021.\nIn order for us to proceed with your request, please provide us with a "
            "timeframe for the requested information.\nIf we hear nothing further from you by 19 "
            "February 2021 your request will be closed.",
            "clarification_request",
        ),
        # the request reworded for the requester to accept; "No inferences can be made as to
        # whether information is or is not held" is a sentence, not an answer "No"
        (
            "In wishing to assist you, I have re-worded your request, and ask that you confirm "
            "that you are content with me to progress with your request.\n\nNo inferences can "
            "made as to whether information is or is not held. Your request is on hold presently, "
            "and I will assume you are happy to withdraw your FOI request if I have not received "
            "confirmation or clarification by 13/07/2018.",
            "clarification_request",
        ),
        # "unless" holds the rest of its sentence: a receipt, not a refusal
        (
            "Acknowledgement of Request\n\nThank you for your request for information received "
            "on 14/01/2019. I can confirm that your request will be processed under the Freedom "
            "of Information (Scotland) Act 2002.\n\nYou will receive the information requested "
            "within 20 working days unless the Council does not hold the information, or there "
            "is a reason for it to be withheld. We will write to you in any event.",
            "acknowledgement",
        ),
        # an update attached and a new date for the answer: more time, nothing given
        (
            "Dear Dr Briant,\nPlease see attached update on your Freedom of Information request "
            "of 21 August 2019 regarding a SCL report. I will be in touch again by 17 October\n"
            "Kind regards,",
            "extension",
        ),
        # a review still to be done acknowledges the request for it
        (
            "Dear Dr Briant,\nThank you for your email.\nWe will now conduct an internal review of "
            "your request for information",
            "acknowledgement",
        ),
        # an annex holding the request, and the cost limit's own arithmetic, give nothing:
        # unable to confirm whether it is held within the limit is s12(2), refused on cost
        (
            "Your request, which is outlined in full the enclosed annex, has been handled as a "
            "request for information under the Freedom of Information Act 2000 (FOIA).\nI am "
            "unable to confirm whether the Home Office does hold information within the scope of "
            "your request. Under section 12(2) of the FOIA, the Home Office is not obliged to "
            "comply with an information request where to do so would exceed the appropriate "
            "limit. We estimate that the cost of identifying whether any information is held "
            "would exceed the appropriate limit of £600.\nThe £600 limit is based on work being "
            "carried out at a rate of £25 per hour, which equates to 24 hours of work per request.",
            "refused_cost",
        ),
        # the answer headed with the authority's name ends the request quoted back
        (
            "Thank you for your Freedom of Information (FoI) request received on 27 January.\nYou "
            "asked:\nPlease kindly provide the titles and dates of all peer reviews carried out "
            "from 2010.\nDWP Response:\nPeer Reviews were renamed Internal Process Reviews in "
            "2015.\nRecords prior to 2015-16 have been destroyed or are incomplete in line with "
            "data retention policies.\nWe don’t hold the records in the format requested.\nEach "
            "Internal Process Review is titled with the name of the customer. This information is "
            "withheld as it falls under the exemption in Section 40(2) of the Freedom of "
            "Information Act 2000.\nJune 2015\nAugust 2015\nAugust 201",
            "partly_answered",
        ),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert read_reply(text, regime="FOIA").kind == kind


def test_another_acts_name_wrapped_onto_the_next_line() -> None:
    text = (
        "Section 40(2) and section 40(3A)(a) of the FOIA taken together mean that personal data "
        "can\nonly be released if to do so would not contravene any of the principles set out "
        "in Article 5(1)\nof the General Data Protection Regulation (GDPR) and section 34(1) of "
        "the Data Protection\nAct 2018."
    )
    assert [c.section for c in find_citations(text)] == ["40(2)", "40(3A)(a)"]


@pytest.mark.parametrize("line", ["020 7270 5000", "0300 123 1113", "+44 (0)23927 25139"])
def test_a_telephone_number_is_no_figure(line: str) -> None:
    assert not is_figure(line)


def test_a_count_is_still_a_figure() -> None:
    assert is_figure("2019/20 - 183")


def test_a_forms_blank_field_does_not_end_the_letter() -> None:
    text = "Our Ref\nFOI 1699/10\nYour Ref\n________\nDear Mr Irving\nExemption – s44(1)(a)"
    assert "Exemption" in own_text(text)
    # a mail program's rule still ends it
    assert "Quoted" not in own_text("Thanks\n" + "_" * 32 + "\nQuoted earlier message")


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        # a list after a singular head, each provision with its title in brackets
        (
            "we are unable to provide some of the information you have requested because an "
            "exemption(s) under section(s) s.38(1)(b) (personal information), Section 29(1)(a) "
            "(formulation of policy), 36(1) (confidentiality of communications), 33(1)(b) "
            "(Substantial prejudice to commercial interests) of FOISA applies to that information.",
            ["38(1)(b)", "29(1)(a)", "36(1)", "33(1)(b)"],
        ),
        # each provision with its title in words, the next after a semicolon
        (
            "we are unable to provide some of the information you have requested because "
            "exemptions under sections 38(1)(b) third party personal data; 30(b)(i) free and "
            "frank provision of advice; 32(1)(a)(ii) relations between the UK and an "
            "international organisation; 33(1)(b) substantial prejudice to commercial interests, "
            "of FOISA applies to that information.",
            ["38(1)(b)", "30(b)(i)", "32(1)(a)(ii)", "33(1)(b)"],
        ),
    ],
)
def test_lists_of_provisions_with_their_titles(text: str, sections: list[str]) -> None:
    assert [c.section for c in find_citations(text)] == sections


def test_the_exemptions_own_terms_are_not_relied_on() -> None:
    text = (
        "I enclose a copy of some of the information you requested. An exemption under section "
        "s.30(b)(i) of FOISA applies to some the information you have requested. Information is "
        "exempt under sections 30(b) if disclosure would, or would be likely to, inhibit "
        "substantially: (i) the free and frank provision of advice (section 30(b)(i)) or (ii) "
        "the free and frank exchange of views for the purposes of deliberation (section "
        "30(b)(ii))."
    )
    assert read_reply(text, regime="FOISA").sections == ("FOISA s30(b)(i)",)


def test_a_date_with_its_month_written_out_is_no_count() -> None:
    text = (
        "We note that these three requests are further to earlier requests:\n\nFOI-0950-2122, "
        "received 31st July 2021\nFOI-1087-2122, received 23rd August 2021\n\nYour three "
        "outstanding requests are being refused under section 14 of the Freedom of "
        "Information Act, which provides an exemption to the disclosure of information where "
        "answering requests will impose a disproportionate burden on the responding authority."
    )
    assert read_reply(text, regime="FOIA").kind == "vexatious_or_repeated"


def test_a_letterhead_gives_no_figures() -> None:
    # addresses and numbers before "Dear ...": the letterhead, not an answer
    text = (
        "Disclosure Team\nMinistry of Justice\n102 Petty France\nPost Point 9.02, 9th Floor\n"
        "DX 152380 Westminster 8\n77 Smith Road\n\nDear Ms Melville\n\nThank you for your "
        "request. It has been passed to the relevant team and we will respond within 20 "
        "working days."
    )
    assert read_reply(text, regime="FOIA").kind == "acknowledgement"


@pytest.mark.parametrize(
    "line", ["PO Box 313", "DX 152380 Westminster 8", "0191 3752596", "0300 3 11 22 33"]
)
def test_an_address_line_is_no_figure(line: str) -> None:
    assert not is_figure(line)
