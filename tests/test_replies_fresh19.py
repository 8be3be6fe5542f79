"""Ways replies state their decision, learnt from the training part after the nineteenth
fresh sample joined it (tests/data/collect/replies-fresh19.jsonl) and from replies that
come with requests in tests/data/outcomes.jsonl: each case is a short excerpt of the
mechanism, not a whole reply (the replies themselves are scored by
``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply

# (text, the kind it reads as, the provisions it relies on)
CASES = [
    # held, but in no form a search can use, and the hours it would take: the cost limit
    # said in words, though no refusing word is said (not "nothing is held")
    (
        "Please be advised that the information that you have requested is not available in "
        "a readily retrievable format. Each dog record would need to be located, retrieved and "
        "manually read to see what role they performed. Therefore, this would take in excess "
        "of 36 hours to complete question 1.",
        "refused_cost",
        ("s12",),
    ),
    (
        "The information requested is not held in a format that allows its extraction within "
        "the 18 hour time constraint. Any records prior to this date would require manual "
        "review to establish a response to your request.",
        "refused_cost",
        ("s12",),
    ),
    # figures for one period, the earlier ones held in no form to search: a part answered
    (
        "Response: There were 3 dispersal orders issued in 2022 and 14 issued between 1st "
        "January and 31st August 2023.\nRegarding the period prior to 2022, information "
        "relating to dispersal orders was not centrally recorded and is therefore not held in "
        "a readily retrievable format.",
        "partly_answered",
        (),
    ),
    # not possible "within the appropriate (cost) limit": the cost limit, said of this request
    (
        "Our data are not organised in such a way as to allow us to provide all of this "
        "information within the appropriate (cost) limit of the Freedom of Information (FOI) "
        "Act (see 'Reason for Decision' below).",
        "refused_cost",
        ("s12",),
    ),
    # the records a search would have to read, counted: the work, not an answer
    (
        "Please be advised that the requested information is not held in a readily "
        "retrievable format. I can advise that during the period 1st January 2021 to 31st "
        "December 2022 there are 2546 records which would need to be reviewed, which, at an "
        "estimate of 4 minutes per record, equates to 170 hours.",
        "refused_cost",
        ("s12",),
    ),
    # the request "is being refused": the whole of it, whatever figures are said beside
    (
        "This request is being refused under Section 12(1) of the FOIA.\nThe requested "
        "information is not held in an easily retrievable format. For the year 2018/19 there "
        "were 187 crimes and 44 non crime occurrences recorded as a religious hate crime. To "
        "review each report individually would exceed the appropriate 18 hour time and £450 "
        "cost limit.",
        "refused_cost",
        ("s12(1)",),
    ),
    # "held, in part": what is held, not a part refused
    (
        "I can confirm that the information you have requested is held, in part, by "
        "Northumbria Police, however cannot be disclosed for the following reasons. The data "
        "requested is not held in a format that would allow its extraction within the "
        "permitted 18 hour time constraints.",
        "refused_cost",
        ("s12",),
    ),
    # withheld under exemptions, with advice where related figures are published (and the
    # link to them in the next sentence): the advice is no part answered
    (
        "I can confirm that the Home Office holds the information that you have requested. "
        "However, after careful consideration, we have decided that it is exempt from "
        "disclosure under section 31(1) (a) & (e) of the Freedom of Information Act.\nYou may "
        "be interested to note that the Home Office publishes data on overall refusals at "
        "juxtaposed controls, on the GOV.UK website. A link to the relevant data can be found "
        "here: https://www.gov.uk/government/publications/immigration-statistics",
        "refused_exempt",
        ("s31(1)(a)", "s31(1)(e)"),
    ),
    # "We do not however hold": not held, whatever word comes between
    (
        "In respect of Section 1(1)(a) of the Act we can confirm that the Police Service of "
        "Northern Ireland does hold some information to which your request relates and this "
        "is being provided to you.\nWe do not however hold information in relation to "
        "request number 3 below.\n1. 2019 - 14",
        "partly_answered",
        (),
    ),
    # a force's set words for what it withholds beside what it gives
    (
        "1. Yes - 4\nHaving made enquiries within the Force above is all the answers we have "
        "been able to retrieve for anything else we would rely on the following:",
        "partly_answered",
        (),
    ),
    # held in no searchable form: what the old database "did not record" explains the work
    (
        "The information requested is not held in a format that allows its extraction within "
        "the 18 hour time constraint. Prior to 2018 the recording database used did not "
        "record mental health trust. Any records prior to this date would require manual "
        "review to establish a response to your request.",
        "refused_cost",
        ("s12",),
    ),
    (
        "Essex Police does hold information relating to your request, however, the obligation "
        "of Section 1(1)(b) cannot be met as Essex Police does not hold all the information "
        "requested in a format that allows it to be retrieved within the time limit.",
        "refused_cost",
        ("s12",),
    ),
    # "unable to identify any ... without a manual read of all crimes": not found without the
    # work, the cost limit's ground, not nothing held
    (
        "Unfortunately, we are unable to provide you with the information requested.\nThere is "
        "no requirement for a victim to self-identify as a sex worker when reporting a crime, "
        "therefore we would be unable to identify any crime statistics toward sex workers in "
        "Holbeck without a manual read of all crimes in the ward.",
        "refused_cost",
        ("s12",),
    ),
    # "the decision has been made to invoke Section 21": the decision, its ground published
    (
        "There are numerous reports relating to the demolition of the site available in the "
        "public domain. This being the case, the decision has been made to invoke Section 21 "
        "Information accessible to applicant by other means.",
        "already_published",
        ("s21",),
    ),
    # asking for clarification in so many words
    (
        "We would like to request some clarification regarding your above referenced FOI "
        "request.\nIt looks as though question one might go over the cost limit as it would "
        "require a search of all departments.",
        "clarification_request",
        (),
    ),
    # "unable to confirm whether or not any information is held": neither confirmed nor denied
    (
        "Warwickshire Police are unable to confirm whether or not any information is held "
        "regarding how many notices have been withdrawn.",
        "ncnd",
        (),
    ),
    # not all of it in a retrievable form: the cost limit for that part
    (
        "Please be advised that not all of the requested information is available in a readily "
        "retrievable format. In order to determine whether information is held, each record "
        "would have to be manually reviewed.",
        "refused_cost",
        ("s12",),
    ),
    # "held in part" and what is held disclosed: the rest is not held
    (
        "I can confirm that the information you have requested is held in part by Northumbria "
        "Police.\nI have today decided to disclose the located information to you as follows.\n"
        "1-6 See attached",
        "partly_answered",
        (),
    ),
    # section 17(1) quoted after the request: a refusal notice, not a receipt
    (
        "Thank you for your request for information received by the OPCC on 21 September "
        "2016.\n\nYou requested the following information:\n\n1. A copy of the Operation "
        "Barium investigation report.\n\nSection 17 of the Freedom of Information Act "
        "provides:\n\n(1) A "
        "public authority which, in relation to any request for information, is to any extent "
        "relying on a claim that information is exempt information must, within the time for "
        "complying with Section 1(1), give the applicant a notice",
        "refused_exempt",
        (),
    ),
    # "Section 44 authorisations" are the Terrorism Act's, the request's subject; the authority
    # named as giving ("The MPS is able to provide") gives
    (
        "The MPS is able to provide a partial answer for question 1 and 3 in relation to MPS "
        "Section 44 authorisations only. The MPS is not required to provide the information "
        "for this part of your request by virtue of Sections 24(1) and 31(1)(a)(b).",
        "partly_answered",
        ("s24(1)", "s31(1)(a)", "s31(1)(b)"),
    ),
    # the Act's section quoted under its heading ("44 Prohibitions on disclosure") is the law
    # explained, not a figure given
    (
        "I am therefore providing clarification as to why HMRC used the s44 exemption "
        "(prohibitions on disclosure) under the FOIA.\nExemption \u2013 s44(1)(a)\nS44(1)(a) is "
        "an absolute exemption and it is a class exemption.\n44 Prohibitions on disclosure\n"
        "(1) Information is exempt information if its disclosure (otherwise than under this "
        "Act) by the public authority holding it is prohibited by or under any enactment.",
        "refused_exempt",
        ("s44(1)(a)",),
    ),
    # "shall not be disclosing" refuses the part it names; the rest is given
    (
        "1. As of 10th April 2013 we have had a total of 10 requests from registered sex "
        "offenders to be removed from the register.\n2. Of those 10 requests, 7 have been "
        "approved.\n3. We shall not be disclosing the information requested at this part of "
        "your request.",
        "partly_answered",
        (),
    ),
    # "three qualified exemptions apply": the decision, its provisions named further on
    (
        "In the case of your request three qualified exemptions apply and therefore a public "
        "interest test has been completed.",
        "refused_exempt",
        (),
    ),
]


@pytest.mark.parametrize(("text", "kind", "sections"), CASES)
def test_decision(text: str, kind: str, sections: tuple[str, ...]) -> None:
    reading = read_reply(text, regime="FOIA")
    assert (reading.kind, reading.sections) == (kind, sections)


@pytest.mark.parametrize(
    ("text", "regime", "sections"),
    [
        # nothing held at all, said plainly: not the cost limit
        (
            "Following a search of our records, the information you have requested is not held "
            "by the Council.",
            "FOIA",
            (),
        ),
        # FOISA s17 relied on: "not recorded in a searchable format" explains why nothing is held
        (
            "We have applied section 17 of the Freedom of Information Act 2002 to your request, "
            "as information not held. To help explain the application of this exemption, "
            "information on miscommunication regarding locations of emergencies is not recorded "
            "in a searchable format.",
            "FOISA",
            ("FOISA s17",),
        ),
    ],
)
def test_nothing_held_stays_so(text: str, regime: str, sections: tuple[str, ...]) -> None:
    reading = read_reply(text, regime=regime)
    assert (reading.kind, reading.sections) == ("not_held", sections)


@pytest.mark.parametrize(
    "text",
    [
        # no exemption applied: nothing refused
        "Please find attached the figures you requested. We have not applied any exemptions; "
        "none of the exemptions apply.",
        "Please find attached the figures you requested. No exemptions apply to this information.",
        # the limit met, though the work was hard
        "Although this was not straightforward, we have been able to provide the information "
        "within the cost limit. Please find attached the spreadsheet.",
        # held in no searchable form, and found another way: answered
        "We hold 12 records. These are not available in a readily retrievable format.\n"
        "Instead, a search of the narrative logs has been carried out and the answers are "
        "below.\n1. 4\n2. 8",
    ],
)
def test_answered_whatever_it_says_of_exemptions_or_retrieval(text: str) -> None:
    assert read_reply(text, regime="FOIA").kind == "answered"
