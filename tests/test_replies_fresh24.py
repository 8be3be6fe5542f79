"""Ways replies state their decision, learnt from the training part after the twenty-fourth
fresh sample joined it (tests/data/collect/replies-fresh24.jsonl), and letters that lost
every line break: each case is a short excerpt of the mechanism, not a whole reply (the
replies themselves are scored by ``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.flat import unflatten

# (text, regime, the kind it reads as, the provisions it relies on)
CASES = [
    # the receipt sent as an attachment: the email only points to it, nothing is given
    (
        "Mr Breen\nPlease see attached acknowledgement letter.\nMany thanks.\nCarol Blakley",
        "FOIA",
        "acknowledgement",
        (),
    ),
    (
        "Dear Sir\n\nThank you for your Freedom of Information request. Please find attached "
        "acknowledgement letter.\n\nYours faithfully\n\nLegal Officer",
        "FOIA",
        "acknowledgement",
        (),
    ),
    # ... beside it, an attached spreadsheet is still information given
    (
        "Dear Sir\n\nThank you for your request. Please find attached the spreadsheet of "
        "incidents for each year.\n\nYours faithfully",
        "FOIA",
        "answered",
        (),
    ),
    # the request's own reference number is no figure given
    (
        "Good morning,\n\nWe acknowledge receipt of your information request dated 06/05/19 "
        "received on 07/05/19. The Reference Number for this is 97620.\n\nWe have 20 working "
        "days to deal with your request from the date that we received it.",
        "FOISA",
        "acknowledgement",
        (),
    ),
    # a provision the review owns as cited in error is not relied on; the right one is
    (
        "I have now completed the review. My conclusion is that the original response was "
        "correct to neither confirm nor deny whether any information is held in accordance "
        "with sections 23(5) and 40(5) of the Freedom of Information Act 2000, although we were "
        "at fault in citing section 40(5)(a), when we should have cited section 40(5)(b)(i).",
        "FOIA",
        "review_outcome",
        ("s23(5)", "s40(5)(b)(i)"),
    ),
    # a review telling what the first answer relied on, its own finding not shown yet
    (
        "Re: Review of Freedom of Information Request ref GSA/4762/12\nDear Mr Bowett,\nI write "
        "in response to your email within which you requested Greater Manchester Police review "
        "its handling of and response to your request.\nOn 14th November 2012 you were sent a "
        "response letter which confirmed that the information you had requested was held by "
        "GMP but was exempt from disclosure by virtue of Section 40(2) - Personal Information of "
        "the FOIA.\nFindings of the Review\nI have now conducted a review of GMP's processing "
        "of and response to your request.",
        "FOIA",
        "review_outcome",
        (),
    ),
    (
        "Dear Mr Silverman\n\nI am writing regarding your request for an internal review of the "
        "decision to withhold information relating to litter complaints. I have carried out the "
        "independent internal review. This information was withheld in reliance on the "
        "exception in Regulation 12(4)(b) of the Environmental Information Regulations.",
        "EIR",
        "review_outcome",
        (),
    ),
    # ... and where the finding names the provision again, it is the review's own
    (
        "Outcome of Internal Review\nThank you for your Internal Review request. Your original "
        "request was refused under s21 of the FOIA because the information you requested is "
        "reasonably available to you. It is my assessment that the information you requested "
        "is reasonably accessible to you therefore exempt from disclosure under s21 of the FOIA.",
        "FOIA",
        "review_outcome",
        ("s21",),
    ),
    # a refusal notice said to cover "those aspects" of the request: the rest was answered
    (
        "Gwent Police are not currently utilising LFR\nIn accordance with the Freedom of "
        "Information Act 2000 this letter acts as a refusal notice to those aspects of your "
        "request.\nWe are not obliged to provide information if the information held is intended "
        "for future publication and exempt this information under Section 22(1)(a) of the "
        "Freedom of Information Act.",
        "FOIA",
        "partly_answered",
        ("s22(1)(a)",),
    ),
    # ... a notice for the request as a whole is no part
    (
        "This letter acts as a refusal notice for your request. We are not obliged to provide "
        "information if the information held is intended for future publication and exempt "
        "this information under Section 22(1)(a) of the Freedom of Information Act.",
        "FOIA",
        "future_publication",
        ("s22(1)(a)",),
    ),
]


@pytest.mark.parametrize(("text", "regime", "kind", "sections"), CASES)
def test_fresh24_mechanisms(text: str, regime: str, kind: str, sections: tuple[str, ...]) -> None:
    reading = read_reply(text, regime=regime)
    assert (reading.kind, set(reading.sections)) == (kind, set(sections))


# Letters on one line, as a web form or a PDF viewer's copy leaves them (the excerpts are
# written laid out, and flattened by the test).
FLAT = [
    # the request's numbered items are a list, not figures given
    (
        "Dear Dr Watt\n\nReference No: RFI2011000175\n\nI write in connection to your request "
        "for information dated 06/03/2011 which for clarity I repeat below.\n\nFor each of the "
        "listed items was the absence of fingerprints on the item concerned communicated to the "
        "Hutton Inquiry?\n\n1. The knife found at Harrowdown Hill\n\n2. The water bottle found "
        "at Harrowdown Hill\n\n3. The blister packs found at Harrowdown Hill\n\nWe regard your "
        "request for information as vexatious and by virtue of section 14(1) of the Act we are "
        "therefore not obliged to comply with it.",
        "vexatious_or_repeated",
    ),
    # a sentence that lost its full stop with its line end: "... in Annex A We recognise"
    (
        "While our aim is to provide information wherever possible, under section 14(2) of "
        "FOISA a public authority is not required to comply with a request for information if "
        "it is identical or substantially similar to a request which it has already complied "
        "with.\n\nYour request is identical to your previous request (FOI 18/03175) which was "
        "complied with on 27th November 2018. These responses are attached in Annex A\n\nWe "
        "recognise that on 17th January 2019 you received the response to the review of FOI "
        "18/02676.",
        "vexatious_or_repeated",
    ),
    # an answer after its question ("...? – 8453") is a figure given, apart from the refusal
    (
        "4. How many employees work in your NHS Trust?\n\n5. How many employed, full-time "
        "members of staff make up your NHS Trust's cyber team?\n\n  1. How many employees work "
        "in your NHS Trust? – 8453\n\nWith regards to all other questions the requested "
        "information relating to our Trust's ICT systems and the security of these systems is "
        "exempt from disclosure under Section 24 (Safeguarding National Security) and Section "
        "31 (Prevention and Detection of Crime) of the Freedom of Information Act (FOIA).",
        "partly_answered",
    ),
]


@pytest.mark.parametrize(("text", "kind"), FLAT)
def test_a_flattened_letter_finds_its_lines(text: str, kind: str) -> None:
    laid_out = read_reply(text, regime="FOISA" if "FOISA" in text else "FOIA").kind
    flat = " ".join(text.split())
    assert (laid_out, read_reply(flat, regime="FOISA" if "FOISA" in text else "FOIA").kind) == (
        kind,
        kind,
    )


def test_unflatten_keeps_a_provisions_number_and_a_titles_words() -> None:
    prose = (
        "We have considered the request under section 2. The public interest favours "
        "withholding it under the UK GDPR Article 6. " * 6
    )
    assert "\n" not in unflatten(prose)
    # "FOI Request - ..." is a title, not a log's "Request -" field
    title = "FOI Request: UC Claimants' Rent Arrears. " + "The council holds the data. " * 12
    assert unflatten(title).startswith("FOI Request: UC Claimants")
    listed = "You asked: " + "the number of officers at Harrowdown Hill 2. The number " * 6
    assert "Hill\n2. The number" in unflatten(listed)
