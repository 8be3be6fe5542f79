"""Ways replies are phrased, learnt from the training part of fresh sample 14
(tests/data/collect/replies-fresh14.jsonl, scored before the reader was tuned on it): which
sentence of a reply is the decision and which is background, and what decides the kind when
a reply does several things. Each case is the mechanism in words of its own, not a copy of
a reply."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.sections import find_citations

READINGS = [
    # -- background: provisions named where the reply is not acting on them
    # what would have been: "Had any been held, it would have attracted section 40"
    ("We hold no records of any officer disciplined for this. Had any records been held, they "
     "would have been exempt under Section 40(2) of the Act.", "FOIA", "not_held", []),
    ("No information is held. Were it held, it would be withheld under section 31(1)(a).",
     "FOIA", "not_held", []),
    # "Even if we were required to ..., the cost would attract section 12": a hypothesis
    ("The number of items lost is not recorded. Even if an audit were carried out, the cost of "
     "doing so would be prohibitive and would engage section 12 of the Act. This letter is a "
     "refusal notice.", "FOIA", "not_held", []),
    # the duty to advise and assist stated as the law ...
    ("Our reply of 3 May explained that the minutes are published. Under Section 15(1) of the "
     "Act a public authority is under a duty to advise and assist an applicant. We have "
     "therefore sent you the link again; the information is available on our website.",
     "FOISA", "already_published", []),
    # ... but cited as this reply's own advice, it is relied on
    ("Extracting this would exceed the appropriate limit under section 12(1). Under Section 16 "
     "of the Act, to aid and assist, I can advise that a shorter period may be answerable.",
     "FOIA", "refused_cost", ["s12(1)", "s16"]),
    # a heading with its paragraphs and the same subsection explained: one provision
    ("This information will not be disclosed.\nSection 30(1)(a)(b) - Investigations\nSection "
     "30(1) states that information is exempt if it has been held for the purposes of an "
     "investigation.", "FOIA", "refused_exempt", ["s30(1)(a)", "s30(1)(b)"]),
    # what the requester may do next, and the provision that would meet it
    ("Please find the figures below.\n2021: 45\n2022: 51\nIf you wish to ask for further years, "
     "please be aware that section 12 of the Act allows us to refuse requests that would exceed "
     "the appropriate limit.", "FOIA", "answered", []),
    # exemptions weighed and set aside
    ("The information is provided below.\nQ1 - 12 officers\nQ2 - 3 vehicles\nWe have considered "
     "whether the exemptions at section 31 and section 40 apply, and have decided that they do "
     "not.", "FOIA", "answered", []),
    # an exemption overturned at review
    ("Internal Review Outcome\nHaving reviewed your request, I have decided to overturn the "
     "original decision to apply section 40(2). The names are attached.", "FOIA",
     "review_outcome", []),
    # the law's own list in s18 ("any of sections 28 to 35") is not the reply's
    ("We can neither confirm nor deny whether the information is held. Section 18(1) allows "
     "this where, if it existed, it would be exempt under any of sections 28 to 35. Here "
     "sections 34(1)(b) and 38(1)(b) would apply.", "FOISA", "ncnd",
     ["FOISA s18(1)", "FOISA s34(1)(b)", "FOISA s38(1)(b)"]),
    # the request set out below is the requester's words
    ("Enquiry Reference: 990-24\nBelow is your request and our response.\nList of all police "
     "vehicles retired between 2014 and 2024.\nIf it is not possible due to the cost limits "
     "identified in Section 12, please provide advice and assistance under Section 16 as to how "
     "I can refine my request.\nPlease see the attached spreadsheet which lists the vehicles "
     "retired in that period.", "FOIA", "answered", []),
    # advice beside a refusal is not a second refusal
    ("I am refusing to provide the information in terms of section 16(1) of the Act, as section "
     "35(1)(a) applies. To be of assistance, I can advise that general figures are published in "
     "our annual report.", "FOISA", "refused_exempt", ["FOISA s35(1)(a)"]),
    # NCND's disclaimer is no answer line
    ("The force neither confirms nor denies that it holds any information by virtue of the "
     "following exemption:\nSection 31(3) - Law Enforcement\nNone of the above can be viewed as "
     "an inference that the information you seek does or does not exist.", "FOIA", "ncnd",
     ["s31(3)"]),
    # -- the kind, when a reply does several things or says it in other words
    # confirming or denying would itself exceed the cost limit: a cost refusal (s12(2))
    ("The force can neither confirm nor deny whether it holds the information, as to establish "
     "whether it is held would exceed the appropriate limit. Section 12(2) therefore applies.",
     "FOIA", "refused_cost", ["s12(2)"]),
    # the fee asked for in the requester's choice to go on, under the fees provision cited
    ("The cost of complying with your request is estimated at £520. Under section 13 of the Act "
     "we may charge for this. If you wish us to proceed, please send a cheque for £520 made "
     "payable to the Council.", "FOIA", "fees_notice", ["s13"]),
    # a charge for the search, paid before the answer
    ("The Council may charge for making environmental information available. The charge for "
     "this search is £75 per property. Please confirm you wish to proceed and make payment by "
     "card.", "EIR", "fees_notice", []),
    # a clarification asked as a question to advise
    ("In order for us to respond to your request, we require further information. Could you "
     "please advise which department you believe holds it? Your request is on hold until we "
     "hear from you.", "FOISA", "clarification_request", []),
]  # fmt: skip

KINDS = [
    # an explanation or a link provided is no information given
    ("The information to March 2020 is published, so we rely on Section 21. I have provided an "
     "explanation of this exemption below. Section 21(1) - Information accessible by other "
     "means. I have provided the relevant link below.", "already_published"),
    # ... while figures provided are
    ("Some of the figures are withheld under section 40(2). We have provided the figures for "
     "2019 in the table below.", "partly_answered"),
    # what the public supplied to the police is not what the police gave the requester
    ("We will neither confirm nor deny whether any information is held, relying on Section "
     "40(5). The force would never confirm whether information has been supplied by members of "
     "the public about a named person.", "ncnd"),
    # "above is all the information we hold and for anything else we rely on": a part
    ("1. 14 vehicles.\nAbove is all the information we hold and for anything else we rely on the "
     "following exemption:\nSection 31(1) - Law Enforcement", "partly_answered"),
    # nothing given: what was asked for is not held, and "any other" information about a
    # security body is neither confirmed nor denied
    ("I can confirm that the information you have requested is not held. The force can neither "
     "confirm nor deny that it holds any other information by virtue of Section 23(5).",
     "not_held"),
    # a receipt said in the passive
    ("Your email to the Freedom of Information inbox is acknowledged. You are entitled to a "
     "response within 20 working days.", "acknowledgement"),
    # a review's letter: headed as one, recounting the decision it reviews
    ("REVIEW OF A REQUEST UNDER THE ACT\nI refer to your email asking for a review.\nThe "
     "Decision\nA decision letter was sent to you on 16 April, in which the officer noted what "
     "you had asked for.", "review_outcome"),
    # a count said actively is an answer, beside a part not held ...
    ("1. The council received 412 complaints in 2023.\n2. This information is not recorded "
     "centrally and so is not held.", "partly_answered"),
    # ... but not the date a request came in, nor the requester's own requests
    ("Your request received 12 May 2023 has been considered. The information is not held.",
     "not_held"),
    ("You have made 12 requests in 60 working days and they are aggregated. The cost of "
     "complying would exceed the appropriate limit under section 12.", "refused_cost"),
    # nothing found after a search; no policy held; no correspondence found
    ("We have carried out a search and no information relevant to your request has been found. "
     "The Trust does not hold a policy on this subject.", "not_held"),
    ("Searches have been made of the relevant departments and no correspondence of this kind "
     "was found.", "not_held"),
    # "No X is in existence" says nothing is held; it is not the answer "No" ...
    ("Following searches, no documentation is in existence regarding that decision.", "not_held"),
    ("No documentation is in existence regarding that decision.", "not_held"),
    # ... while "No officers were dismissed" answers the question
    ("1. How many officers were dismissed in 2022?\nNo officers were dismissed.", "answered"),
    # no charge is no fees notice
    ("Please find the information attached. There is no charge.", "answered"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "regime", "kind", "sections"), READINGS)
def test_the_decision_and_its_background(
    text: str, regime: str, kind: str, sections: list[str]
) -> None:
    r = read_reply(text, regime=regime)
    assert (r.kind, list(r.sections)) == (kind, sections)


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_what_decides_the_kind(text: str, kind: str) -> None:
    assert read_reply(text, regime="FOIA").kind == kind


@pytest.mark.parametrize(
    ("text", "regime", "expected"),
    [
        # sections joined by a slash
        ("exempt under s.30/31 of the Act", "FOIA", ["s30", "s31"]),
        (
            "section 30(b)(i)/(ii) of FOISA applies",
            "FOISA",
            ["FOISA s30(b)(i)", "FOISA s30(b)(ii)"],
        ),
        # the Regulations named by their initials
        ("EIR 12(5)(a) applies to the locations", "EIR", ["EIR 12(5)(a)"]),
        # the provision a subsection applies by virtue of, written bare
        ("Section 40(2) by virtue of 40(3A)(a)", "FOIA", ["s40(2)", "s40(3A)(a)"]),
        # ... never a count or a year
        ("dated 30/06/2021 under s.12", "FOIA", ["s12"]),
    ],
)
def test_sections_written_in_other_forms(text: str, regime: str, expected: list[str]) -> None:
    assert [c.label(regime) for c in find_citations(text)] == expected
