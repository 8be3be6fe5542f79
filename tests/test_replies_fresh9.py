"""Ways replies are phrased, learnt from the training part of fresh samples 8 and 9
(tests/data/collect/replies-fresh8.jsonl, replies-fresh9.jsonl, scored before the reader
was tuned on them): each case is the mechanism in words of its own, not a copy of a reply."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.sections import find_citations


def cited(text: str, regime: str = "FOIA") -> list[str]:
    return [c.label(regime) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "regime", "expected"),
    [
        # a subsection after a dot: "S.38.1(b)" is s38(1)(b)
        ("The exemption at S.38.1(b) of FOISA applies.", "FOISA", ["FOISA s38(1)(b)"]),
        ("withheld under s.40.2(a) of the Act", "FOIA", ["s40(2)(a)"]),
        # a subsection typed as a roman numeral: the first bracket is always a subsection
        ("exempt under section 28(i) of FOISA", "FOISA", ["FOISA s28(1)"]),
        ("exempt under section 36(ii)", "FOIA", ["s36(2)"]),
        # ... but where the Act's lettered paragraphs sit in subsection 1, a letter stays one
        ("section 31(i) applies", "FOIA", ["s31(i)"]),
        # after a sub-paragraph, a single letter is the next paragraph
        ("Section 40(2)(a)(b) and (3)(a)(i)(ii)(b)", "FOIA",
         ["s40(2)(a)", "s40(2)(b)", "s40(3)(a)(i)", "s40(3)(a)(ii)", "s40(3)(b)"]),
        ("section 43(2)(a)(iii)(c)", "FOIA", ["s43(2)(a)(iii)", "s43(2)(c)"]),
        # sub-paragraphs in a row stay sub-paragraphs
        ("section 40(3A)(a)(i)(ii)", "FOIA", ["s40(3A)(a)(i)", "s40(3A)(a)(ii)"]),
    ],
)  # fmt: skip
def test_provisions_written_in_odd_ways(text: str, regime: str, expected: list[str]) -> None:
    assert cited(text, regime) == expected


@pytest.mark.parametrize(
    ("text", "regime", "kind", "sections"),
    [
        # the cost limit by another name, said only in words
        ("We cannot supply the records you asked for because the cost of finding and copying "
         "them would be more than the statutory maximum of £600.", "FOISA", "refused_cost",
         ["FOISA s12"]),
        ("Answering would take us well above the prescribed ceiling, so the request is refused.",
         "FOIA", "refused_cost", ["s12"]),
        # a refusal whose only reason is the work a search would take
        ("The figures are held but cannot be released for the reasons below. Every custody "
         "record for the period would need to be read through by an officer, and each file "
         "would require a manual search of its notes.", "FOIA", "refused_cost", ["s12"]),
        ("We are unable to provide the list. A search of the log for the words you gave "
         "returned over 4,000 incidents for one year alone.", "FOIA", "refused_cost", ["s12"]),
        # ... but work described beside an exemption is that exemption's explanation
        ("The report is withheld under section 30(1)(a). Releasing it would require the "
         "redaction of witness details, which would mean reviewing each page.", "FOIA",
         "refused_exempt", ["s30(1)(a)"]),
        # a new date, the consideration still going on: an extension, the exemption weighed
        ("We are still making progress. We continue to consider your request and whether "
         "section 36 applies. I now aim to respond by 14 June.", "FOIA", "extension", ["s36"]),
        ("I will be unable to provide a response by the date given earlier because section "
         "43 is being weighed.", "FOIA", "extension", ["s43"]),
        # a receipt with courtesy words between the verb and the request
        ("We acknowledge with thanks your request for information. It has been passed on to "
         "the department that holds the records.", "FOIA", "acknowledgement", []),
        # a bulleted list whose item opens with its figure answers a question
        ("Answers to your questions:\n• 12 agency nurses were used in March\nThe names of the "
         "agencies are withheld under section 43(2) as commercially sensitive.", "FOIA",
         "partly_answered", ["s43(2)"]),
        # what is given said to be only some of it: the rest is withheld
        ("Please find attached some of the information you requested.", "FOISA",
         "partly_answered", []),
        ("Please find attached the information you requested.", "FOISA", "answered", []),
        # an exemption relied on before and given up is no longer relied on
        ("We have reconsidered the documents previously withheld under section 36(2)(b) and "
         "are now able to release them. Staff names remain withheld under section 40(2).",
         "FOIA", "partly_answered", ["s40(2)"]),
        ("The information previously withheld under section 43(2) remains withheld.", "FOIA",
         "refused_exempt", ["s43(2)"]),
        # what is not recorded, found another way: a caveat, not a refusal
        ("The force does not record the make of bicycle on crime reports. As a result a search "
         "of the free-text notes has been carried out instead. The attached table gives the "
         "thefts found.", "FOIA", "answered", []),
        # ... but not recorded and nothing found instead is a refusal of that part
        ("The force does not record the make of bicycle on crime reports. The attached table "
         "gives the number of bicycle thefts.", "FOIA", "partly_answered", []),
    ],
)  # fmt: skip
def test_how_replies_state_their_decision(
    text: str, regime: str, kind: str, sections: list[str]
) -> None:
    reading = read_reply(text, regime=regime)
    assert (reading.kind, list(reading.sections)) == (kind, sections)
