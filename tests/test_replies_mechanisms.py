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
