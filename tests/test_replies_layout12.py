"""A reply reads the same however it was pasted: quoted under "On ... wrote:", forwarded,
inside a WhatDoTheyKnow page copied whole, as an email with only an HTML part, as a PDF's
text with its page headers and footers, hard-wrapped by a mail program, or flattened onto
one line; and a refusal notice's set paragraph pasted into an answer decides nothing.

Each test reads a short excerpt in the shape a requester brings it (``tests.replies_pastes``
makes the shapes; ``python -m tests.replies_layout`` counts them over the training part)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.pasted import unwrapped
from foidraft.replies.source import html_text, read_source
from foidraft.replies.text import clean
from tests.replies_pastes import (
    forwarded,
    hard_wrapped,
    html_email,
    one_line,
    pdf_text,
    quoted,
    wdtk_page,
)
from tests.test_replies import _pdf
from tests.test_replies_reader import reading_growth

# Excerpts in the corpus's words (tests/data/replies.jsonl): a cost refusal, and a partial
# answer that withholds one part.
COST = (
    "Dear Ms Smith\n\n"
    "Freedom of Information Request Reference No: 2026/0123\n\n"
    "I write in connection with your request for information received on 3 November 2026.\n\n"
    "To locate the information requested, officers would have to read each crime report by "
    "hand, and we estimate that this would take well over 18 hours. I am therefore refusing "
    "your request under section 12(1) of the Act, as the cost of complying would exceed the "
    "appropriate limit.\n\n"
    "Yours sincerely\n\nFOI Officer\nWest Midshire Police"
)
PARTLY = (
    "Dear Ms Smith\n\n"
    "Please find attached the number of shoplifting offences recorded in each year.\n\n"
    "2023/24\t1,204\n2024/25\t1,311\n2025/26\t1,420\n\n"
    "The names of the officers in charge of each investigation are withheld under section "
    "40(2) of the Act, as they are the personal data of third parties.\n\n"
    "Yours sincerely\n\nFOI Officer\nWest Midshire Police"
)

# Real replies (tests/data/replies.jsonl, training part), verbatim.
# https://www.derbys-fire.gov.uk/about-us/freedom-of-information/fireworks
FIREWORKS = (
    "Please could you let me know how many times in (a) 2014, (b) 2015, (c) 2016, the fire "
    "service has responded to emergency calls made about fireworks being posted through "
    "letterboxes at (i) residential and (ii) commercial properties.\n\n\n"
    "(a) 2014 - None.\n\n(b) 2015 - None.\n\n(c) 2016 - One (residential)."
)
# https://docsbay.net/freedom-of-information-request-ref-foi-274234 (its first part)
ABSENCE = (
    "FREEDOM OF INFORMATION REQUEST Ref: FOI 274234\nSick Absence\nThank you for your Freedom "
    "of Information Act e-mail sent on 22 February 2010 to the Cabinet Office requesting the "
    "following information:\nPlease provide the number of days lost to sickness by staff at "
    "the\nPrime Ministers Office, where stress or depression was recorded as\nthe reason in "
    "2006, 2007, 2008, 2009 and 2010 (so far).\nWhere possible, it would be ideal to have the "
    "figures broken down\ninto each month, or quarter for each year.\nThe Prime Minister’s "
    "Office is part of the Cabinet Office and absence statistics are published on the Cabinet "
    "Office website at:\nhttp://www.cabinetoffice.gov.uk/reports/absence.aspx\nPlease note "
    "that the category “mental disorders” includes stress related illnesses."
)


def _reads(text: str) -> tuple[str, tuple[str, ...]]:
    reading = read_reply(text, regime="FOIA")
    return reading.kind, tuple(sorted(reading.sections))


@pytest.mark.parametrize("letter", [COST, PARTLY], ids=["cost", "partly"])
def test_a_reply_quoted_under_on_wrote_is_read_as_the_reply(letter: str) -> None:
    # every line opens with ">": read as a quotation, nothing was left (it read "answered")
    assert _reads(quoted(letter)) == _reads(letter)
    assert _reads(quoted(quoted(letter))) == _reads(letter)  # quoted twice, one level a time


@pytest.mark.parametrize("letter", [COST, PARTLY], ids=["cost", "partly"])
def test_a_forwarded_reply_is_read_past_its_header_block(letter: str) -> None:
    # the forward's "From: FOI Unit <foi@...>" was read as the end of the letter
    assert _reads(forwarded(letter)) == _reads(letter)
    outlook = "From: FOI Unit <foi@example.police.uk>\nSent: 05 December 2026 10:02\n"
    assert _reads(outlook + "Subject: FOI 2026/0123\n\n" + letter) == _reads(letter)


def test_a_reply_that_quotes_the_request_keeps_its_own_words() -> None:
    # the authority's reply above a quotation of the request: the quotation stays out
    text = COST + "\n\nOn 3 Nov 2026, Jane Smith wrote:\n> Please tell me everything.\n"
    assert unwrapped(text).startswith("Dear Ms Smith")
    assert _reads(text) == _reads(COST)


def test_a_whatdotheyknow_page_copied_whole_reads_as_the_authoritys_message() -> None:
    # menus, the request ("Dear West Midshire Police, ... Yours faithfully"), the links and
    # the footer around the reply: the partial answer read as refused (the request's
    # "Please provide the number ..." and the site's lines counted against it)
    assert _reads(wdtk_page(FIREWORKS)) == ("answered", ())  # was a clarification request
    for letter in (COST, PARTLY):
        page = wdtk_page(letter)
        assert _reads(page) == _reads(letter)
        own = unwrapped(page)
        assert own.startswith("5 December 2026") and "Yours faithfully" not in own
        assert "Things to do with this request" not in own and "Make a request" not in own


def test_a_signature_naming_the_authority_does_not_cut_the_message() -> None:
    page = wdtk_page(COST + "\n\nWest Midshire Police\n\nPolice Headquarters")
    assert "refusing your request under section 12(1)" in unwrapped(page)


def test_an_html_only_email_keeps_its_rows_and_sentences() -> None:
    # Outlook wraps its HTML source at 76 columns and puts each table cell in a paragraph:
    # the rows came out one cell a line, the sentences broken where the source was
    text = read_source(html_email(PARTLY), "reply.eml").text
    assert "2024/25 1,311" in " ".join(text.split("\t")).replace("  ", " ")
    assert "withheld under section 40(2) of the Act, as they" in " ".join(text.split())
    assert _reads(text) == _reads(PARTLY)
    row = html_text("<table><tr><td><p>2023/24</p></td><td><p>1,204</p></td></tr></table>")
    assert row.split() == ["2023/24", "1,204"] and "\n" not in row.strip()


def test_a_pdfs_page_furniture_and_broken_words_are_taken_off() -> None:
    # a page break in mid-sentence, the marking, the address and "Page 1 of 2" between
    text = (
        "OFFICIAL\nTo locate the information requested, officers would have to read each "
        "crime\nreport by hand, and we estimate that this would take well over 18 hours. "
        "I am therefore\nOFFICIAL\nPolice Headquarters, PO Box 123, Anytown AN1 2BC\n"
        "Page 1 of 2\n\nOFFICIAL\nrefusing your request under section 12(1) of the Act, as "
        "the cost of com-\nplying would exceed the appropriate limit.\nOFFICIAL\n"
        "Police Headquarters, PO Box 123, Anytown AN1 2BC\nPage 2 of 2"
    )
    own = unwrapped(text)
    assert "OFFICIAL" not in own and "Page" not in own and "AN1 2BC" not in own
    assert "the cost of complying would" in own
    assert _reads(text) == ("refused_cost", ("s12(1)",))
    for letter in (COST, PARTLY):
        assert _reads(pdf_text(letter, width=60)) == _reads(letter)
    # laid out at 88 columns, "... absence statistics are" / "published on the Cabinet
    # Office website at:" read as the request quoted, then as an answer
    assert _reads(ABSENCE) == _reads(pdf_text(ABSENCE)) == ("already_published", ())


def test_a_two_page_pdf_reads_as_its_letter() -> None:
    # the pages as pypdf gives them, each with its marking, address and number
    foot = "OFFICIAL\nPolice Headquarters, PO Box 123, Anytown AN1 2BC\nPage {} of 2"
    first = (
        "OFFICIAL\nTo locate the information requested, officers would have to read each\n"
        "crime report by hand, and we estimate that this would take well over 18 hours.\n"
        "I am therefore\n" + foot.format(1)
    )
    second = (
        "OFFICIAL\nrefusing your request under section 12(1) of the Act, as the cost of com-\n"
        "plying would exceed the appropriate limit.\n" + foot.format(2)
    )
    text = read_source(_pdf(first, second), "reply.pdf").text
    assert "Page 2 of 2" in text  # what the file holds
    own = unwrapped(clean(text))
    assert "OFFICIAL" not in own and "Page" not in own and "Headquarters" not in own
    assert "I am therefore refusing your request" in " ".join(own.split())
    assert _reads(text) == ("refused_cost", ("s12(1)",))


def test_a_hyphen_a_word_keeps_is_kept() -> None:
    text = "We hold no information on calls to the non-\nemergency number in the period asked."
    assert "non-emergency number" in unwrapped(text)


def test_hard_wrapped_lines_are_one_line_again_but_a_heading_stays_apart() -> None:
    # "... absence statistics are\npublished on the ... website": the line read alone
    # said nothing, and the request quoted above ran on over it
    wrapped = hard_wrapped(
        "Thank you for your request for information about the absence of staff in 2025.\n"
        "The statistics you asked for are published on the Cabinet Office website at the "
        "address below, which is updated every quarter."
    )
    assert unwrapped(wrapped).count("\n") == 1
    heading = (  # in a letter whose paragraphs are a line each
        "I write in connection with your request for information received on 3 November "
        "2026, in which you asked for the number of offences recorded in each year.\n"
        "Section 12(1) - Exemption where cost of compliance exceeds appropriate limit\n"
        "The information you are requesting is not held in any retrievable format."
    )
    assert unwrapped(heading).count("\n") == 2  # a long heading, not a broken line


@pytest.mark.parametrize("letter", [COST, PARTLY], ids=["cost", "partly"])
def test_every_shape_together_reads_the_same(letter: str) -> None:
    page = pdf_text(letter, width=60)
    assert _reads(quoted(forwarded(letter))) == _reads(letter)
    assert _reads(wdtk_page(hard_wrapped(letter, 60))) == _reads(letter)
    assert _reads(page.replace("\n", "\r\n")) == _reads(letter)


def test_reading_a_paste_stays_linear_in_its_length() -> None:
    # quoted, paged and flattened, a paste 400,000 characters long (a 1 MB paste is read to
    # there) costs about ten times one of 40,000
    unit = quoted(pdf_text(PARTLY, width=60)) + "\n" + one_line(COST) + "\n"
    small, big = reading_growth(unit)
    assert big < small * 30  # ten times the text: nowhere near a hundred times the work
    # one paragraph of 5,000 lines a mail program wrapped, made one line again
    small, big = reading_growth("we estimate that the work would exceed the limit of cost\n")
    assert big < small * 30


# -- a refusal notice's set paragraph ----------------------------------------------------
NOTICE_LAW = (
    "Section 17 of the Act requires a public authority which is relying on a claim that "
    "information is exempt to give the applicant a notice which states that fact."
)
# http://www.boltonft.nhs.uk/reference-2017-25/ (tests/data/replies.jsonl), whole
NONE_CANCELLED = (
    "There were no cancer operations cancelled for non-medical reasons in the time frame requested"
)


def test_the_law_on_refusal_notices_pasted_into_an_answer_refuses_nothing() -> None:
    # it read as partly answered (the figures given) or refused (a plain answer)
    answer = "Please find the figures below.\n\n2023/24\t1,204\n2024/25\t1,311\n2025/26\t1,420"
    assert _reads(answer + "\n\n" + NOTICE_LAW) == ("answered", ())
    assert _reads(NONE_CANCELLED + "\n\n" + NOTICE_LAW) == ("answered", ())


def test_a_refusal_notice_still_shows_a_refusal_where_it_is_all_there_is_or_said_of_this_letter(
) -> None:  # fmt: skip
    assert _reads(NOTICE_LAW)[0] == "refused_exempt"  # the refusal after it cut off
    declared = "2023/24\t1,204\n2024/25\t1,311\n\nThis letter represents a Refusal Notice."
    assert _reads(declared)[0] == "partly_answered"


# https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/
# disclosure-log/other/cctv-images-162521/ (its first part)
CCTV = (
    "Date Responded 17 December 2021\n\nProvision of information held by Northumbria Police "
    "made under the Freedom of Information Act 2000 (the 'Act')\n\nAs you may be aware the "
    "purpose of the Act is to allow a general right of access to information held at the time "
    "of a request, by a Public Authority (including the Police), subject to certain limitations "
    "and exemptions.\n\nYou asked:\n\nI am requesting the name, rank and number of the "
    "Northumrbia Police Police Officer, who can be clearly seen and identified via the CCTV "
    "images in the attached collage of CCTV images. There are over 45 images in the collage."
    "\n\n \n\n*Images supplied have been removed from this response*\n\nIn Response:\n\n"
    "Northumbria Police will neither confirm nor deny any information relating to this request "
    "is held and by doing so we rely on the following exemptions:\n\n \n\nSection 31(3) Law "
    "Enforcement\n\nSection 40(5) Personal Information\n\n \n\nSection 31 is a qualified "
    "exemption and as such there is a requirement to articulate the harm and conduct a test of "
    "the public interest in confirmation or denial.  Section 40 is a class based absolute "
    "exemption and there is no requirement to consider the public interest in this case."
)


def test_a_flattened_letter_finds_its_headings_again() -> None:
    # on one line, "You asked: ... In Response: Northumbria Police will neither confirm nor
    # deny" was all the request quoted back: the NCND went with it (read "refused")
    assert _reads(one_line(CCTV)) == _reads(CCTV) == ("ncnd", ("s31(3)", "s40(5)"))
    lines = unwrapped(clean(one_line(CCTV))).split("\n")
    assert "You asked:" in lines and "In Response:" in lines
    # a title that holds the word is no heading: "Freedom of Information Request: 0596 ..."
    title = "Freedom of Information Request: 0596 2019/20 The Trust does hold " + "x " * 300
    assert unwrapped(title).count("\n") == 0


def test_a_file_of_nothing_but_control_codes_is_empty() -> None:
    # it read as an answer ("[0m]0;" left of the escape sequences) and was recorded so
    from foidraft.errors import FoidraftError

    with pytest.raises(FoidraftError, match=r"reply\.txt: is empty"):
        read_source(b"\x1b[0m\x07\x1b]0;title\x07\r\n \t\n", "reply.txt")
    assert read_source(b"\x1b[1mWe hold no information.\x1b[0m", "reply.txt").text
