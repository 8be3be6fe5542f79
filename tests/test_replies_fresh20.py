"""Ways replies state their decision, learnt from the training part after the twentieth
fresh sample joined it (tests/data/collect/replies-fresh20.jsonl): each case is a short
excerpt of the mechanism, not a whole reply (the replies themselves are scored by
``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from tests.replies_pastes import one_line

# (text, regime, the kind it reads as, the provisions it relies on)
CASES = [
    # "For further information about why this exemption has been applied" is where to read
    # more, not a part withheld: the whole is to be published
    (
        "Outcome\n\nInformation withheld.\n\nResponse\n\nData requested from 1st May to 31st "
        "August 2024 is exempt under section 22 of the FOI Act. Information relating to all "
        "records reclosed in 2024 will be published in January 2025.\n\nFor further information "
        "about why this exemption has been applied, please see below.",
        "FOIA",
        "future_publication",
        ("s22",),
    ),
    # a disclosure log's outcome on its own line under its heading: "Partially successful"
    (
        "Outcome:\n\nPartially successful\n\nResponse:\n\n1) The introductory note submission.\n\n"
        "I can confirm that The National Archives holds the information within the scope of "
        "your request, however, this information is exempt from disclosure under Section "
        "35(1)(b) - Ministerial communications, of the Freedom of Information (FOI) Act.",
        "FOIA",
        "partly_answered",
        ("s35(1)(b)",),
    ),
    # "pleased to be able to provide this information": given, beside a link to what is
    # published
    (
        "I can confirm that The National Archives holds information relevant to your request "
        "and we are pleased to be able to provide this information to you.\n\n1. Information "
        "about FOI statistics is published quarterly by the Ministry of Justice, and can be "
        "found at the following link.",
        "FOIA",
        "answered",
        (),
    ),
    # FOIA s39 moves an environmental request to the EIRs: a step, no refusal
    (
        "The information you have requested is environmental and it is therefore exempted from "
        "the provisions of FOIA by FOIA s.39(1). We have therefore considered your request "
        "under the provisions of the Environmental Information Regulations 2004 (EIR). To "
        "assist we are able to confirm that legal advice has been sought and provided to "
        "officers on the legal effect of the Consent Order.",
        "EIR",
        "answered",
        ("s39(1)",),
    ),
    # "I have provided a response to each of your questions separately" says how the answer
    # is laid out; what follows points to what is published
    (
        "Response to your request\n\nI have provided a response to each of your questions "
        "separately.\n\nQuestion 1\n\nAll of the information you have requested is available "
        "from the Scottish Parliament website. Under regulation 6(1)(b) of the EIRs, we do not "
        "have to give you information which is already publicly available and easily "
        "accessible to you in another form or format.",
        "EIR",
        "already_published",
        ("EIR 6(1)(b)",),
    ),
    # the cost limit for "the other requested years", figures attached for the rest: a part
    (
        "2020 - interpreted as 2020-21 financial year. Please see attached workbook of costs.\n"
        "2. Regarding the other requested years, I can confirm that we have reviewed your "
        "request but consider that to comply with the request would exceed the cost/time limit "
        "specified by s12 FOIA.",
        "FOIA",
        "partly_answered",
        ("s12",),
    ),
    # the time the Act allows for the public interest test, said of this request: more time
    (
        "However, it is considered that some of the information you require may be exempt "
        "from release under section 26 (Defence) of the Act. Under section 26(1)(b) of the "
        "Act, information is exempt if its disclosure would, or would be likely to, prejudice "
        "the capability, effectiveness or security of any relevant forces. As such we are "
        "required to conduct a public interest test to weigh up the factors for and against "
        "release. A full response must be provided within such a time as is reasonable in all "
        "circumstances of the case.",
        "FOIA",
        "extension",
        ("s26(1)(b)",),
    ),
    # two regulations listed, the first followed by its title in words and "and"
    (
        "I enclose a copy of the material held by the Scottish Government. While our aim is to "
        "provide information whenever possible, in this instance we are unable to provide some "
        "of the information you have requested because an exception under regulations 11 (2) "
        "personal data relating to a third party and 10(5)(f) – substantial prejudice to "
        "interests of person who provided the information of the EIRs applies.",
        "FOISA",
        "partly_answered",
        ("EIR 11(2)", "EIR 10(5)(f)"),
    ),
]


@pytest.mark.parametrize(("text", "regime", "kind", "sections"), CASES)
def test_decision(text: str, regime: str, kind: str, sections: tuple[str, ...]) -> None:
    reading = read_reply(text, regime=regime)
    assert (reading.kind, reading.sections) == (kind, sections)


@pytest.mark.parametrize(
    "text",
    [
        # a line that is the log's outcome is only that when it stands alone
        "Information provided by the council shows that 12 fines were issued in 2023.",
        "Outcome of the internal review: the original decision is upheld.",
    ],
)
def test_an_outcome_word_inside_a_sentence_decides_nothing_alone(text: str) -> None:
    assert read_reply(text, regime="FOIA").kind != "partly_answered"


# A letter flattened onto one line by a paste: where its lines stood is found again before
# the law's set paragraph, before each year's figure, around a heading without its colon and
# before a word that opens sentences ("Please see the attached document Other emails ...").
FLATTENED = [
    (
        "Please see the attached document\n\nOther emails sent by Roddy Burns relating to the "
        "Moray Growth Deal are exempt from disclosure as follows:\n\nWhere the requested "
        "information contains the personal information of third-party individuals, this has "
        "been exempted from disclosure in accordance with Section 38(1)(b) of the Freedom of "
        "Information (Scotland) Act 2002 (third-party personal information). Where possible the "
        "Council will provide responses to Freedom of Information requests with any third "
        "party personal information redacted from the relevant documents in order to provide "
        "as much information as possible while complying with the requirements of FOISA and "
        "of data protection legislation. However, in this case the personal information was "
        "intrinsic and found throughout, meaning any such redaction would render the documents "
        "effectively meaningless.",
        "FOISA",
        "partly_answered",
    ),
    (
        "I write in connection with regards to your request received in this office on 2nd "
        "September. I note you seek the following:\nI am writing to you under the Freedom of "
        "Information Act 2000 to request the following information for each of the following "
        "years respectively: 2016 / 2017 / 2018.\na)\n2016 – no information held\n2017 – 7\n"
        "2018 – 19\nSection 1 of the Freedom of Information Act 2000 places two duties on "
        "public authorities. Unless exemptions apply, the first duty at Section 1(1) (a) is to "
        "confirm or deny whether the information specified in a request is held. The second "
        "duty at Section 1(1) (b) is to disclose information that has been confirmed as being "
        "held.",
        "FOIA",
        "partly_answered",
    ),
    (
        "18 July 2022\nYour request\nIn regards to non-domestic rates data, I have searched "
        "your website and unfortunately not all the information required has been made "
        "available. Could you please provide me with a complete and up-to-date list of all "
        "business (non-domestic) properties in your local authority area.\nOur response\n"
        "Please see attached spreadsheet and note we will not provide information relating to "
        "Empty properties therefore the following will not be included: - Occupied / Vacant\n"
        "We therefore engage Section 31: Law Enforcement to this request. The information "
        "requested is exempt from disclosure under Section 31(1) of the Freedom of Information "
        "Act (FoIA).",
        "FOIA",
        "partly_answered",
    ),
]


@pytest.mark.parametrize(("text", "regime", "kind"), FLATTENED)
def test_a_flattened_letter_reads_as_it_was_laid_out(text: str, regime: str, kind: str) -> None:
    laid_out = read_reply(text, regime=regime)
    flattened = read_reply(one_line(text), regime=regime)
    assert laid_out.kind == flattened.kind == kind
