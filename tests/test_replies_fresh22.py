"""Ways replies state their decision, learnt from the training part after the twenty-second
fresh sample joined it (tests/data/collect/replies-fresh22.jsonl): each case is a short
excerpt of the mechanism, not a whole reply (the replies themselves are scored by
``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply

# (text, regime, the kind it reads as, the provisions it relies on)
CASES = [
    # FOISA s39(2) only moves an environmental request to the EIRs: nothing is withheld by
    # it, so everything given is an answer
    (
        "As the information you have requested is 'environmental information' for the "
        "purposes of the Environmental Information (Scotland) Regulations 2004 (EIRs), we are "
        "required to deal with your request under those Regulations. We are applying the "
        "exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002 (FOISA), "
        "so that we do not also have to deal with your request under FOISA.\n\n"
        "I enclose a copy of all of the information you requested at Annex A.",
        "EIR",
        "answered",
        ("FOISA s39(2)",),
    ),
    # ... and beside it, a refusal under the EIRs is still a refusal
    (
        "We are applying the exemption at section 39(2) of FOISA, so that we do not also have "
        "to deal with your request under FOISA. I enclose some of the information you "
        "requested. The rest is withheld under regulation 10(5)(f) of the EIRs.",
        "EIR",
        "partly_answered",
        ("FOISA s39(2)", "EIR 10(5)(f)"),
    ),
    # the retention schedule attached says why nothing is held: it is not the answer
    (
        "This permit was revoked on 1 October 1996. Our retention of records schedule for "
        "revoked permits is 7 years from the date of revocation. As a result, we no longer "
        "hold a copy of the permit. Please find attached the retention schedule and refer to "
        "line 195 with more information on this. In this case, the information you have "
        "requested is not held by us, and we are therefore refusing your request under EIR "
        "Regulation 12(4)(a).",
        "EIR",
        "not_held",
        ("EIR 12(4)(a)",),
    ),
    # EIR's "manifestly unreasonable" with no word of the requester's conduct: the burden,
    # so the cost refusal, even where the burden is told only in quoted guidance
    (
        "Under the exception at regulation 12(4)(b) of the EIRs we are refusing your request "
        "as manifestly unreasonable. The list of documents you ask for extends to 26 pages.",
        "EIR",
        "refused_cost",
        ("EIR 12(4)(b)",),
    ),
    # ... the requester's conduct weighed instead: a vexatious request
    (
        "We are refusing your request as manifestly unreasonable under regulation 12(4)(b) of "
        "the EIRs: it is one of a series of requests on the same matter intended to harass "
        "our staff.",
        "EIR",
        "vexatious_or_repeated",
        ("EIR 12(4)(b)",),
    ),
    # a review's letter telling the first answer again before judging it: about the review,
    # though the page stops before its outcome
    (
        "Thank you for your request for an Internal Review of your Freedom of Information "
        "request which we received on 31 May 2014. The CPS replied to your request by email "
        "on 30 May 2014 but you remain dissatisfied with the response to questions 2 and 3. I "
        "will look into the response to these questions in turn.",
        "FOIA",
        "review_outcome",
        (),
    ),
    (
        "I am writing in response to your review request of 1 July 2019. In our response to "
        "you of the 28 June 2019 we stated that in 2007 we were consulted on two planning "
        "applications.",
        "EIR",
        "review_outcome",
        (),
    ),
    # ... while a receipt for a review request says only when the review will be done
    (
        "Thank you for your request for an internal review, which we received on 3 May 2021. "
        "We aim to send you the outcome within 20 working days.",
        "FOIA",
        "acknowledgement",
        (),
    ),
    # a public interest test said to be still to do, nothing decided: the time is extended
    # to weigh the exemption the reply says may apply
    (
        "We can confirm that we hold information within the scope of your request. However, "
        "we have determined that some of this information may be exempt from release under "
        "section 35 (Formulation of government policy) of the Act. This is a qualified "
        "exemption and, as such, it is necessary to carry out a public interest test to "
        "consider whether the public interest favours disclosure.",
        "FOIA",
        "extension",
        ("s35",),
    ),
    # ... but a refusal that says so has weighed it
    (
        "The information is exempt under section 31(1)(a). This is a qualified exemption for "
        "which I am required to conduct a public interest test. Having done so, the balance "
        "lies in favour of withholding the information.",
        "FOIA",
        "refused_exempt",
        ("s31(1)(a)",),
    ),
]


@pytest.mark.parametrize(("text", "regime", "kind", "sections"), CASES)
def test_fresh22_mechanisms(text: str, regime: str, kind: str, sections: tuple[str, ...]) -> None:
    reading = read_reply(text, regime=regime)
    assert reading.kind == kind
    assert set(reading.sections) == set(sections)
