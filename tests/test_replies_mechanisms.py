"""Ways replies are phrased, learnt from a fresh sample of real replies (read before the
reader was tuned on it): each case is the mechanism in words of its own, not a copy of a
reply (the replies themselves are scored by ``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.clauses import sentences
from foidraft.replies.echo import mask
from foidraft.replies.figures import is_figure
from foidraft.replies.provisions import role
from foidraft.replies.reliance import relied_on
from foidraft.replies.sections import find_citations


def labels(text: str) -> list[str]:
    masked = mask(text)
    found = relied_on(find_citations(masked), sentences(masked), "FOIA", masked)
    return list(dict.fromkeys(found.values()))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a condition inside the clause decides nothing
        ("We have received your request. There will be an assessment and if any exemption "
         "applies then the information will not be released.", "acknowledgement"),
        ("Your request has been logged. There are exemptions that can apply and these include "
         "where the cost of complying would go beyond the cost limit.", "acknowledgement"),
        # ... but the rule that one part over the limit refuses all is said of this request
        ("The search would exceed the appropriate limit (FOIA, s.12). This letter is a refusal "
         "notice for this part of the request and if one part of a request exceeds the fees "
         "limit then S12 of the Act applies to the whole request. As a gesture of goodwill "
         "please see the attached figures.", "refused_cost"),
        # "the information you have requested ... will not be disclosed": all of it
        ("I can confirm that the information you have requested is held, however it will not "
         "be disclosed for the following reasons. The information at point 5 alone could not "
         "be extracted within the 18 hour threshold.", "refused_cost"),
        # an answer to one question, the rest neither confirmed nor denied
        ("In relation to question 3, I can confirm that the officer has retired. In relation "
         "to questions 1 and 2, the force is not required to confirm or deny whether the "
         "information is held.", "partly_answered"),
        # the request with its answers written in, one part refused under a provision named
        ("- Total spend with framework agencies for locum doctors - All staff – 200k\n"
         "- Spend per grade – Commercially sensitive, Section 43 applied.\n"
         "- Total spend with the internal bank for locum doctors - All staff – 500k",
         "partly_answered"),
        # the authority's answer ends the request it repeats
        ("Thank you for your email requesting the following information:\nPlease provide the "
         "number of days lost to stress.\nThe statistics are published on the Cabinet Office "
         "website at:\nhttp://example.org/absence", "already_published"),
        # a review panel's meeting and its findings
        ("Following your request for a review, a review meeting was held on 7th February "
         "2023.\nThe following was found:\n1) The mailbox is held for another body.",
         "review_outcome"),
        # -- learnt from the fifth fresh sample (tests/data/collect/replies-fresh5.jsonl)
        # the year of the Act is no count of requests received
        ("I am writing about your request under the Freedom of Information Act 2000, which was "
         "received on 3 March 2022. We require further clarification as to what you are "
         "requesting before we are able to proceed.", "clarification_request"),
        # the request told back ("asking for information about ... published on the web") is
        # the requester's words: only the cost refusal is the authority's
        ("Thank you for your request received on 4 May 2019 asking for information about how "
         "soon a changed timetable is published on the web. To provide the information would "
         "exceed the appropriate limit of £450. Under section 12 of the FOI Act we are not "
         "obliged to comply.", "refused_cost"),
        # "... what you are requesting before we are able to proceed" is the authority's
        ("We have given consideration to your request and have concluded that we require "
         "further clarification as to what you are requesting before we are able to proceed.",
         "clarification_request"),
        # "we hold some of it", and nothing given: a cost refusal of the whole
        ("I can confirm we do hold some of the information you require. To provide it would "
         "exceed the appropriate limit, so under section 12 we are not obliged to comply.",
         "refused_cost"),
        # nothing given, nothing withheld: published in part, the rest not held
        ("Questions 1 and 3\nThe figures are published in the annual statistics and can be "
         "viewed at the following link.\n- Select offence code 99.1 – Misconduct\n- Select "
         "offence code 106 – Slavery\nWe are not obliged to provide information that is "
         "reasonably accessible to you (section 21 of the Act).\nQuestion 2\nThe Department "
         "does not hold the information you requested on findings of guilt.",
         "already_published"),
        # part available now, the rest to be published: the requester waits for it
        ("Some of the information you have requested is available via our website. For the "
         "rest, the information is exempt by virtue of section 22(1) as it is intended for "
         "future publication.", "future_publication"),
        # -- learnt from the sixth fresh sample (tests/data/collect/replies-fresh6.jsonl)
        # a review called a complaint
        ("Complaint in respect of ATISN 10001\nI have considered your complaint in accordance "
         "with our published procedure. The data is already published quarterly and we are not "
         "obliged to publish it sooner.", "review_outcome"),
        # published by another body on its pages, and the rest never made: nothing withheld
        ("1 Our decisions draw on the evidence, which is published by the advisory cell on "
         "their respective webpages.\n2 We did not complete an impact assessment.",
         "already_published"),
        # -- learnt from the seventh fresh sample (tests/data/collect/replies-fresh7.jsonl)
        # receipts that say only when the answer is due, or how the request was logged
        ("Your enquiry will be considered under the Act and responded to by no later than "
         "9th March 2021. Please quote reference 88/21.", "acknowledgement"),
        ("We are in the process of handling your request and a response should be provided "
         "to you by 2 June 2022.", "acknowledgement"),
        ("As you asked about three subjects, your questions have been logged under the "
         "references below:\n401 Vehicles\n402 Stations\n403 Staff", "acknowledgement"),
        ("Thank you for contacting us. Your request has been forwarded to the FOI team who "
         "will reply in line with the statutory timescales.", "acknowledgement"),
        # a letter deciding nothing, with only the clock or a reference to show it is a receipt
        ("Thank you for your email. Under the Act we are required to reply within 20 working "
         "days. Please quote reference 1234.", "acknowledgement"),
        # a new due date, the reasons attached: the attached letter is no information given
        ("The date that the response is due for your request has been changed to 3rd May. "
         "Please see the attached letter.", "extension"),
        # copies given beside a small redaction
        ("I am providing you with a copy of the minutes of each meeting. A small amount of the "
         "text has been redacted under section 30(c) of FOISA.", "partly_answered"),
        ("Please see Annexes A and B for a copy of some of the information you requested. An "
         "exception under regulation 13 applies to the names.", "partly_answered"),
        # a charge for copies is no figure given
        ("The cost of copying the plans is £18.20. Please send payment of this amount and we "
         "will post them on receipt.", "fees_notice"),
        # a reply to the review request that sets out the grounds it was given
        ("Thank you for your Freedom of Information (FoI) internal review request received on "
         "2 May. You wrote: 'I believe more is held than was provided.'", "review_outcome"),
        # the cost limit said as "the amount we are legally required to respond to"
        ("Locating each record by hand would exceed the amount to which we are legally "
         "required to respond.", "refused_cost"),
        # a refusal of part of the information (the rest follows)
        ("I can confirm that the information is held, however the following exemption has "
         "been applied to part of the information you have requested:\nSection 21 - "
         "Information reasonably accessible by other means", "partly_answered"),
        # a warning of the cost limit beside a question: a clarification
        ("Your request for all correspondence is very broad and would be likely to exceed the "
         "cost limit. Could you please narrow it to a date range?", "clarification_request"),
        ("Following an internal review, the Council has decided to release the report "
         "previously withheld, which is attached.", "review_outcome"),
    ],
)  # fmt: skip
def test_ways_replies_say_it(text: str, kind: str) -> None:
    assert read_reply(text, regime="FOIA").kind == kind


def test_the_statute_quoted_is_no_act() -> None:
    r = read_reply(
        "Unfortunately, we require further time to respond to your request.\n"
        "Section 43(2) states:\n"
        "Information is exempt information if its disclosure would prejudice the commercial "
        "interests of any person, and it should be withheld.\n"
        "We have therefore applied section 10(3) to extend the time.",
        regime="FOIA",
    )
    assert (r.kind, r.sections) == ("extension", ("s43(2)", "s10(3)"))


def test_scotlands_environmental_regulations() -> None:
    r = read_reply(
        "We are dealing with your request under the Environmental Information (Scotland) "
        "Regulations 2004. We are unable to provide some of the information you have "
        "requested because exceptions under regulation 10(5)(e) and regulation 11(2) apply.",
        regime="FOISA",
    )
    assert (r.kind, r.sections) == ("partly_answered", ("EIR 10(5)(e)", "EIR 11(2)"))
    assert role("EIR 10(4)(a)") == "not_held" and role("EIR 10(4)(b)") == "unreasonable"
    # England's regulation 11 is the review, an exception only in Scotland's
    assert (role("EIR 11(1)"), role("EIR 11(1)", scottish=True)) == ("", "exempt")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # given up at review
        ("The arguments applied under Section 31 of the Act, have been disregarded at the "
         "review stage.", []),
        # the advice a reply gives, beside the number of cases it offers
        ("Under Section 16 of the Act I can provide the number of misconduct cases in 2019.",
         ["s16"]),
        # a count of cases refused under a provision is what the information is about
        ("The number of cases refused under section 12 in 2023 was 5.", []),
        # -- learnt from the seventh fresh sample
        # the statute quoted line by line under its provisions' numbers
        ("The names are exempt under section 40(2)(b), which states:\nSection 40(2): Any "
         "information to which a request for information relates is also exempt if a "
         "condition below is satisfied.\nSection 40(7): In this section the data protection "
         "principles means the principles in Article 5(1).\nDisclosure would contravene "
         "section 40(3A)(a).", ["s40(2)(b)", "s40(3A)(a)"]),
        # ... but a heading naming the exemption is the reply's own
        ("Section 40(2): Personal information\nThe names of staff are withheld.", ["s40(2)"]),
        # provisions written every which way
        ("The report is exempt under Sec. 43(2) of the Act.", ["s43(2)"]),
        ("We rely on Section 40 (5)(B)(a)(i) of the Act.", ["s40(5B)(a)(i)"]),
        ("The footage is exempt by virtue of Section 31(a) and Section 38(a).",
         ["s31(1)(a)", "s38(1)(a)"]),
        ("Section 31(1)(A) applies.", ["s31(1)(a)"]),
    ],
)  # fmt: skip
def test_provisions_relied_on(text: str, want: list[str]) -> None:
    assert labels(text) == want


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("Total spend with framework agencies for locum doctors - All staff – 200k", True),
        ("The overall spend for 2023/24 was £7.8M", True),
        ("Spend per grade – None applicable", False),
        ("Request for the years 2019 - 2024", False),
        ("- Select offence code 99.1 – Misconduct in Public Office", False),  # a code, no count
    ],
)
def test_a_figure_written_after_its_question(line: str, figure: bool) -> None:
    assert is_figure(line) is figure


# -- learnt from the fifth fresh sample (tests/data/collect/replies-fresh5.jsonl) ----------


@pytest.mark.parametrize(
    ("text", "weighed"),
    [
        ("I can confirm that the department holds the information, and it may be exempt under "
         "section 27(1)(b) as it relates to relations with an international organisation. We "
         "have not yet reached a decision on the balance of the public interest, so we need to "
         "extend the time to respond by 20 working days.", ("s27(1)(b)",)),
        # the cost limit is never weighed in the public interest: "may encounter" stays a warning
        ("Part 3 of your request may encounter a section 12 cost refusal. The information may "
         "be exempt under section 31(1)(a), and we need more time to consider the public "
         "interest test, so we will respond by 19 March.", ("s31(1)(a)",)),
    ],
)  # fmt: skip
def test_the_exemption_an_extension_weighs(text: str, weighed: tuple[str, ...]) -> None:
    r = read_reply(text, regime="FOIA")
    assert r.kind == "extension" and r.sections == weighed


def test_the_provision_a_bracket_names_as_basis() -> None:
    text = (
        "The force can neither confirm nor deny that it holds information by virtue of the "
        "following exemptions:\nSection 30(3) Investigations (by virtue of Section 30(2))\n"
        "Section 31(3) Law Enforcement"
    )
    assert labels(text) == ["s30(3)", "s31(3)"]


def test_a_subsection_written_without_brackets() -> None:
    found = find_citations("An exemption under section 33 1(b) of FOISA applies to some of it.")
    assert [c.label("FOISA") for c in found] == ["FOISA s33(1)(b)"]


# -- learnt from the sixth fresh sample (tests/data/collect/replies-fresh6.jsonl) ----------


@pytest.mark.parametrize("gap", ["\n", " "])  # a heading on its own line, or run into the quote
def test_the_opening_words_of_section_31_quoted(gap: str) -> None:
    text = (
        f"Section 31(1)(g) Law Enforcement{gap}Information which is not exempt information by "
        "virtue of section 30 is exempt information if its disclosure would prejudice the "
        "functions of any public authority."
    )
    assert labels(text) == ["s31(1)(g)"]


def test_foisa_sub_paragraphs_written_in_figures() -> None:
    # FOISA's s30 has no subsections, so "S.30(b)(1)" is s30(b)(i)
    r = read_reply(
        "Some of the information is exempt under S.30(b)(1) of FOISA (free and frank "
        "provision of advice).",
        regime="FOISA",
    )
    assert r.sections == ("FOISA s30(b)(i)",)


@pytest.mark.parametrize(
    ("text", "regime", "kind", "sections"),
    [
        # a review's new decision on cost, said in words, names FOISA s12
        (
            "I have now completed my review of our failure to respond to your request. Part 1: "
            "the decision was taken by the Minister. Parts 2 and 3: the costs of locating and "
            "providing the information would exceed the upper cost limit of £600.",
            "FOISA",
            "review_outcome",
            ("FOISA s12",),
        ),
        # a refusal whose only ground is that the information is published is that ground
        (
            "The information sought is available on our website at www.example.org/data. In "
            "terms of Section 16 of the Freedom of Information (Scotland) Act 2002 I am refusing "
            "to provide it. Section 25(1) - Information otherwise accessible - applies.",
            "FOISA",
            "already_published",
            ("FOISA s25(1)",),
        ),
        # regulation 12(4)(b) is the EIR's cost refusal: no FOIA s12 is read into the words
        (
            "Regulation 12(4)(b) - manifestly unreasonable - applies, as compliance would exceed "
            "18 hours of staff time.",
            "EIR",
            "refused_cost",
            ("EIR 12(4)(b)",),
        ),
    ],
)
def test_cost_and_publication_grounds_by_regime(
    text: str, regime: str, kind: str, sections: tuple[str, ...]
) -> None:
    r = read_reply(text, regime=regime)
    assert (r.kind, r.sections) == (kind, sections)
