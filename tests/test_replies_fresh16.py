"""Ways replies are phrased, learnt from the training part after the sixteenth fresh sample
joined it (tests/data/collect/replies-fresh16.jsonl) and from replies kept out of the
corpus: each case is a short excerpt of the mechanism, not a whole reply (the replies
themselves are scored by ``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.figures import is_figure
from foidraft.replies.provisions import role
from foidraft.replies.sections import find_citations


@pytest.mark.parametrize(
    ("text", "regime", "kind"),
    [
        # a council's review panel: the review "into" the request "was held"
        (
            "Response 05-07-2022\n\nFollowing your request for a review, a review into the "
            "Freedom of Information (FOI) Request - Common Good Funds - 101003053175 was held on "
            "30th June 2022. We apologise sincerely for the poor service you have received.",
            "FOISA",
            "review_outcome",
        ),
        (
            "Response 07-09-2016\n\nFollowing your request for a review of our response to the "
            "FOI you submitted, a review meeting was at the council offices on 18 August 2016.",
            "FOISA",
            "review_outcome",
        ),
        # "Response 08-12-2022" dates the reply; it gives nothing
        (
            "Response 08-12-2022\n\n1. We can confirm that a report from this consultant is held "
            "by the Council. However, this information is exempt, under Section 27(1) of the "
            "Freedom of Information (Scotland) Act 2002, as this information is expected to be "
            "published within the next 12 weeks.",
            "FOISA",
            "future_publication",
        ),
        # an automatic receipt, however it is worded
        (
            "Your email to the Merseyside Police Freedom of Information (FOI) in box is\n\nIf it "
            "contains an initial (new) request under FOI it will be dealt with in accordance "
            "with section 10 of the Act.",
            "FOIA",
            "acknowledgement",
        ),
        # a link to follow, and the appendices on that page, are no disclosure
        (
            "Response 12-12-2016\n\nThis information is available on the Moray Council website "
            "and is therefore exempt under Section 25(1) of the Freedom of Information (Scotland) "
            "Act 2002. For ease of reference please find a link to the web page here and see "
            "Item 11 (Report & Appendices).",
            "FOISA",
            "already_published",
        ),
        # figures shaped to avoid an exemption rely on none
        (
            "I am able to disclose the located information to you as follows.\n\n• Please note "
            "that some of the data has been presented in such a manner as to avoid the "
            "application of exemptions relevant under the Act (Section 40 – Personal "
            "Information) to withhold, due to low numbers.",
            "FOIA",
            "answered",
        ),
        # some elements over the cost threshold, the others answered
        (
            "The City of London Police are unable to answer your request in full, as the "
            "information requested in some elements of your request cannot be collated within "
            "the timeframe/cost threshold.\n\n1. As of the end of February 2024, the force had "
            "968 police officers.\n\n2. Section 12(1); see explanation below.",
            "FOIA",
            "partly_answered",
        ),
        # an NCND scoped to covert use, the overt question answered
        (
            "The Constabulary uses facial searching through the Police National Database. We do "
            "not use any facial recognition software.\n\nIn respect of covert use of automatic "
            "facial recognition the Constabulary can neither confirm nor deny that information "
            "is or is not held by virtue of Section 24(2) National Security and Section 31(3) "
            "Law Enforcement.",
            "FOIA",
            "partly_answered",
        ),
        # the hits of a search, then the work of reading them: a cost refusal in words
        (
            "I can confirm that the information you have requested is held, however cannot be "
            "disclosed for the following reasons.\n\nThere were 4,132 vehicles matching the "
            "offences above. All of those records would have to be reviewed to establish if the "
            "vehicle was a car.",
            "FOIA",
            "refused_cost",
        ),
        # answers headed by a lettered part and its year
        (
            "Please could you let me know how many times in (a) 2014, (b) 2015, the fire service "
            "has responded to such calls.\n\n(a) 2014 - None.\n\n(b) 2015 - None.",
            "FOIA",
            "answered",
        ),
        # the spreadsheet that accompanies the letter is the answer; one part over the limit
        (
            "The information requested accompanies this letter as a spreadsheet.\n\nWith regard "
            "to internal flights information, I estimate that it will take longer than the "
            "appropriate limit to provide information on UK domestic flights.",
            "FOIA",
            "partly_answered",
        ),
        # "as per the last point": that part refused, on the cost limit named after it
        (
            "I can confirm that the information you have requested is held.\n\nIt has not been "
            "possible to provide any further details, as per the last point in your request "
            "above. This would require in excess of 6,000 records to be manually viewed, "
            "therefore Section 12 of the Freedom of Information Act would apply.",
            "FOIA",
            "partly_answered",
        ),
        # the exemptions it must weigh, named before the time is extended: no decision yet
        (
            "The FOIA exemptions that apply to the information you have requested are:\n- FOIA "
            "Section 35(1)(a) – the formulation or development of government policy;\n- FOIA "
            "Section 22(1)(a) – Information intended for future publication.\nIn your case we "
            "need to extend our response time limit by 20 working days in order to assess "
            "whether the public interest lies in disclosure.",
            "FOIA",
            "extension",
        ),
    ],
)
def test_how_a_reply_says_its_kind(text: str, regime: str, kind: str) -> None:
    assert read_reply(text, regime=regime).kind == kind


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        ("exempt under Section 40 sub-section 5 of the Act", ["40(5)"]),
        ("Section 40 subsection (5) applies", ["40(5)"]),
        ("section 40, subsection 2 applies", ["40(2)"]),
        ("s31(1)(g) by virtue of (2)(b)(misconduct) - Investigations", ["31(1)(g)", "31(2)(b)"]),
        ("Section 31 subsection 1 paragraph a applies", ["31(1)(a)"]),
        ("FOIA 40(2) applies to the names", ["40(2)"]),
        # the Electricity Act's consent and a planning reference are not the FOI Act's
        ("Review of Dorenell S36 Wind Farm (Moray Council reference 08/01200/S36)", []),
        ("a section 36 consent was granted", []),
    ],
)
def test_provisions_written_in_words_or_belonging_elsewhere(text: str, sections: list[str]) -> None:
    assert [c.section for c in find_citations(text)] == sections


@pytest.mark.parametrize(
    ("text", "regime", "kind", "sections"),
    [
        # an exemption given up at review is not relied on
        (
            "Having reviewed the original response, I have concluded that it should be varied: "
            "the information previously withheld under section 33(1)(b) is now released and is "
            "attached.",
            "FOISA",
            "review_outcome",
            (),
        ),
        # a provision named for the practice it explains, not relied on for this request
        (
            "I have now completed my review of our failure to respond to your request. Under "
            "s.38(1)(b) of FOISA, the Scottish Government normally redacts the personal "
            "information of officials below the grade of Senior Civil Servant.",
            "FOISA",
            "review_outcome",
            (),
        ),
        # the Scottish EIRs' rule for what is already public; the move to the EIRs refuses nothing
        (
            "We are applying the exemption at section 39(2) of the Freedom of Information "
            "(Scotland) Act 2002 (FOISA), so that we do not also have to deal with your request "
            "under FOISA. Much of the information you have requested is available online at: "
            "https://example.org/case. Under regulation 6(1)(b) of the EIRs, we do not have to "
            "give you information which is already publicly available and easily accessible.",
            "EIR",
            "already_published",
            ("FOISA s39(2)", "EIR 6(1)(b)"),
        ),
    ],
)
def test_grounds_given_up_or_moved(
    text: str, regime: str, kind: str, sections: tuple[str, ...]
) -> None:
    assert role("EIR 6(1)(b)", scottish=True) == "published"
    assert role("FOISA s39(2)") == "environmental" and role("FOISA s39(1)") == "exempt"
    r = read_reply(text, regime=regime)
    assert (r.kind, r.sections) == (kind, sections)


def test_a_reference_or_an_annex_number_is_no_figure() -> None:
    assert not is_figure("ATISN 16058")
    assert not is_figure("Reasons for withholding the information are detailed at Annex 1.")
    assert is_figure("2019/20 - 183")
