"""Ways replies are phrased, learnt from the training part after the eighteenth fresh sample
joined it (tests/data/collect/replies-fresh18.jsonl: English, Welsh and Northern Irish
disclosure logs of police forces, councils and NHS trusts): each case is a short excerpt of
the mechanism, not a whole reply (the replies themselves are scored by
``python -m tests.replies_eval``)."""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.sections import find_citations

# (text, regime, the kind it reads as)
KINDS = [
    # the first consideration of a request is no internal review; the attachment given
    # first and a part withheld in a clause joined on is a part answered
    (
        "Our response\nPlease see attached spreadsheet and note e will not provide "
        "information relating to Empty properties therefore the following will not be "
        "included:\n- Occupied / Vacant\nI can confirm that we have reviewed your request "
        "but consider that disclosure may be prejudicial to the Council's responsibility to "
        "ensure protection against fraudulent activity.\nWe therefore engage Section 31: Law "
        "Enforcement to this request.",
        "FOIA",
        "partly_answered",
    ),
    # the request said to have been considered: the letter decides, it is no receipt
    (
        "Further to your request received on 04/11/2022, I confirm that the Council has now "
        "considered your request under the Environmental Information Regulations 2004.\n\n"
        "From our records the trees in Park Hill were last inspected in autumn of 2019 and "
        "will next be programmed for inspection in 2024.",
        "EIR",
        "answered",
    ),
    # the answer pointed to among earlier published answers: the disclosure log as the
    # source, not as where this reply will be put
    (
        "Within the time frame you have given, the information we can provide will be from "
        "our disclosure log, see below. Please search under subject Parking and that will "
        "list all previous responses to questions about parking at our Trust.",
        "FOIA",
        "already_published",
    ),
    # published "for viewing" on a website, the rest to be published: nothing withheld,
    # and the step the requester takes first is to wait for it
    (
        "Details of UFO sightings reported to the MOD for the period 1998-2008 are available "
        "for viewing on the MOD website www.mod.uk by searching under \u201cUFO Reports\u201d. "
        "Reports for 2009 will be published at the end of the year. Therefore, as provided "
        "by exemption s.22 (Information intended by future publication) of the Freedom of "
        "Information Act 2000, the MOD is not obliged to comply with the part of your "
        "request relating to records from 2009.",
        "FOIA",
        "future_publication",
    ),
    # "are applying Section 24(1) ... to questions 1 - 5" refuses those questions; the
    # others answered, one neither confirmed nor denied
    (
        "Wokingham Borough Council are applying Section 24(1) National Security to "
        "questions 1 - 5.\n\n7. Do your chair and deputy chair have UK National Vetting "
        "clearance?\nNeither confirm nor deny. Personal Details (Section 40) and Section "
        "24(2) \u2013 National Security.",
        "FOIA",
        "partly_answered",
    ),
    # held by another body, named: nothing held here
    (
        "- Decision\n-\nAll Channel information is held by the Home Office. Freedom of "
        "Information requests can be made directly to the Home Office using the following "
        "contact details.",
        "FOIA",
        "not_held",
    ),
]


@pytest.mark.parametrize(("text", "regime", "kind"), KINDS)
def test_kind(text: str, regime: str, kind: str) -> None:
    assert read_reply(text, regime=regime).kind == kind


def test_the_authority_holding_it_itself_is_no_other_body() -> None:
    reading = read_reply(
        "In Response:\nI can confirm that the information you have requested is held by "
        "Northumbria Police.\n\nI am able to disclose the located information to you as "
        "attached.",
        regime="FOIA",
    )
    assert reading.kind == "answered"


def test_the_log_this_reply_goes_into_points_to_nothing() -> None:
    reading = read_reply(
        "Please find the information you requested attached.\n\nPlease note that this "
        "response will be published on our disclosure log.",
        regime="FOIA",
    )
    assert reading.kind == "answered"


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        # the requester's instruction for a case that may arise, kept in the log's copy of the
        # request, and a provision the requester says should not be applied
        (
            "Please note that this request excludes council housing. The section 40 exemption "
            "should not be applied to the identity of corporate entities.\nIf responding to "
            "this request would exceed the section 12 cost limit, please exclude questions 5 "
            "and 6 and process the remainder of the request.\nResponse\nQ1 - 240\nQ2 - "
            "Information not held",
            (),
        ),
        (
            "If it is not possible to provide any of the information requested due to the "
            "request exceeding the cost of compliance limits identified in Section 12, please "
            "provide advice and assistance, under your Section 16 obligations, as to how I can "
            "refine my request.\n\nResponse\n1. 2016/17 \u2013 76 staff 18 patients/visitors",
            (),
        ),
        # a paragraph's letter run onto the number: the section alone
        (
            "We are unable to provide responses to questions 3,4,5, as this data is not held on "
            "relevant filing systems.\n\nThis is therefore exempt under S17b, information not "
            "held.",
            ("FOISA s17",),
        ),
    ],
)
def test_sections(text: str, sections: tuple[str, ...]) -> None:
    regime = "FOISA" if "S17b" in text else "FOIA"
    assert read_reply(text, regime=regime).sections == sections


def test_a_letter_run_on_is_not_a_word_run_on() -> None:
    # "s12ab" and "section 12th" are no citations; "s40B" keeps its capital subsection letter
    assert [c.section for c in find_citations("see s12ab and section 12th")] == []
    assert [c.section for c in find_citations("under s40B of the Act")] == ["40B"]
