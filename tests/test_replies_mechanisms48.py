"""The reply reader's mechanisms from replies48's round (issue 9).

Each mechanism is how officers write a kind of reply, not one reply's phrase: a receipt's
list of what the body will tell ("We will inform you if:" then lettered conditions), the
leaflet on rights a receipt attaches, a fee warned of with no charge named, a body's own
timescale in the third person, a question named by its subject as the part refused, a
document provided "with minor redaction", a response form's "Is the information held?"
answered "No", a provision of Scotland's EIRs written as a "section", and the EIRs'
"exceptions" refusing as the Act's "exemptions" do.

Each case is a short letter written for the mechanism (not copied from a reply).
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from foidraft.replies.clauses import sentences
from foidraft.replies.generic import describes_class
from foidraft.replies.sections import find_citations

DEAR, YOURS = "Dear Ms Khan\n\n", "\n\nYours sincerely\n\nJane Doe\nInformation Governance"
THANKS = "Thank you for your request for information about staff sickness, which we received today."


def test_a_receipts_list_of_what_the_body_will_tell_decides_nothing() -> None:
    body = (
        THANKS + "\n\nWe will respond no later than 21 June 2024.\n\nWe will inform you if:\n"
        "a) We are unable to provide you with any of the information you have requested, and "
        "explain the reason for this; and\nb) Any fee that is payable for the information we "
        "are able to provide."
    )
    items = [s for s in sentences(body) if s.text.startswith(("a)", "b)"))]
    assert len(items) == 2 and all(s.conditional for s in items)
    assert read_reply(DEAR + body + YOURS).kind == "acknowledgement"
    # (a lettered list after a sentence that promises nothing is read as usual)
    plain = "The figures are as follows:\na) 2022: 14 days lost.\nb) 2023: 9 days lost."
    assert not any(s.conditional for s in sentences(plain))


@pytest.mark.parametrize(
    "attached",
    [
        "I attach a leaflet containing further information about your rights and our "
        "obligations under this legislation.",
        "Please find enclosed a guide to your right to appeal.",
    ],
)
def test_a_leaflet_on_rights_is_no_information_given(attached: str) -> None:
    body = THANKS + " " + attached + " We will respond no later than 21 June 2024."
    assert read_reply(DEAR + body + YOURS).kind == "acknowledgement"
    # (the information asked for, attached, is still given)
    given = THANKS.replace(", which we received today", "") + " I attach the figures you asked for."
    assert read_reply(DEAR + given + YOURS).kind == "answered"


def test_what_we_hold_no_later_than_is_a_date_not_nothing_held() -> None:
    body = THANKS + " We will respond providing what we hold no later than 21/06/24."
    assert read_reply(DEAR + body + YOURS).kind == "acknowledgement"
    held_none = "Thank you for your request about staff sickness. The Trust holds no information."
    assert read_reply(DEAR + held_none + YOURS).kind == "not_held"


def test_the_acts_limit_on_creating_information_describes_the_law() -> None:
    assert describes_class(
        "You will see from this that we are not obliged to generate information we do not "
        "already hold in order to provide what we are asked for."
    )
    # said of this request, it is the reply's own
    assert not describes_class(
        "We are not required to create new information to answer your request, therefore we "
        "do not hold it."
    )


def test_a_fee_warned_of_is_no_fees_notice() -> None:
    warned = (
        THANKS + " We will respond within 20 working days. In some circumstances a fee may be "
        "payable and if that is the case, we will let you know. A fees notice will be issued "
        "to you and you will be required to pay this fee before we proceed with your request."
    )
    assert read_reply(DEAR + warned + YOURS).kind == "acknowledgement"
    charged = (
        "Thank you for your request. The cost of photocopying the 200 pages is £20. Please "
        "send payment of this amount and we will send the copies on receipt of the fee."
    )
    assert read_reply(DEAR + charged + YOURS).kind == "fees_notice"


def test_a_bodys_own_timescale_in_the_third_person_is_a_receipt() -> None:
    body = (
        "Thank you for contacting the Police and Crime Commissioner. The Commissioner aims to "
        "respond to correspondence within 10 working days."
    )
    assert read_reply(DEAR + body + YOURS).kind == "acknowledgement"


def test_a_question_named_by_its_subject_is_the_part_refused() -> None:
    body = (
        "Response\n\nFraud can be reported to Action Fraud on 0300 123 2040, which passes "
        "reports to the National Fraud Intelligence Bureau.\n\nThe question concerning how "
        "many staff have been reported to the force has engaged an exemption under section "
        "12(2) of the Act, as the cost of finding out would exceed the appropriate limit."
    )
    reading = read_reply(DEAR + body + YOURS)
    assert (reading.kind, reading.sections) == ("partly_answered", ("s12(2)",))


def test_these_questions_are_all_of_them() -> None:
    body = (
        "The force can neither confirm nor deny that it holds information in respect of "
        "these questions by virtue of section 31(3) of the Act."
    )
    assert read_reply(DEAR + body + YOURS).kind == "ncnd"


def test_a_document_provided_with_minor_redaction_is_a_part_withheld() -> None:
    body = (
        "The Authority can confirm that the information is held. The report is provided "
        "with minor redaction of information considered to be exempt for the following "
        "reasons: it is personal information."
    )
    assert read_reply(DEAR + body + YOURS, regime="FOISA").kind == "partly_answered"


@pytest.mark.parametrize(
    ("answer", "kind"),
    [("No", "not_held"), ("No.", "not_held"), ("Yes\n\nThere were 14 cases in 2023.", "answered")],
)
def test_is_the_information_held_answered_on_its_own_line(answer: str, kind: str) -> None:
    body = "Thank you for your request.\n\nIs the information held?\n" + answer
    assert read_reply(DEAR + body + YOURS).kind == kind


def test_a_section_of_scotlands_eirs_is_a_regulation() -> None:
    text = (
        "In accordance with section 6(1)(b) of the Environmental Information (Scotland) "
        "Regulations 2004 (information otherwise available) the details are on our website."
    )
    assert [c.label("FOISA") for c in find_citations(text)] == ["EIR 6(1)(b)"]
    both = (
        "We apply section 39(2) of the Freedom of Information (Scotland) Act 2002 and the "
        "Environmental Information (Scotland) Regulations 2004 apply instead."
    )
    assert [c.label("FOISA") for c in find_citations(both)] == ["FOISA s39(2)"]


def test_the_eirs_exceptions_refuse_as_the_acts_exemptions_do() -> None:
    body = (
        "We have dealt with your request under the Environmental Information Regulations. I "
        "have included copies of the information you asked for in Annex B. Exceptions have "
        "been applied in line with the EIRs, as set out in Annex A."
    )
    assert read_reply(DEAR + body + YOURS, regime="EIR").kind == "partly_answered"
    whole = body.replace("Exceptions have been applied", "No exceptions have been applied")
    assert read_reply(DEAR + whole + YOURS, regime="EIR").kind == "answered"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "exemptions under section 33(1)b and 38(1)b of FOISA apply",
            ["FOISA s33(1)(b)", "FOISA s38(1)(b)"],
        ),
        ("under section 38(1)b) of FOISA", ["FOISA s38(1)(b)"]),
        ("section 40(2)and 43 of FOISA", ["FOISA s40(2)", "FOISA s43"]),  # a word, no letter
    ],
)
def test_a_paragraph_letter_written_without_brackets(text: str, want: list[str]) -> None:
    assert [c.label("FOISA") for c in find_citations(text)] == want


def test_the_act_applied_by_the_body_to_itself_extends_the_time() -> None:
    body = (
        "We hold information within the scope of your request. However, we believe that the "
        "exemption at section 31 (law enforcement) may apply. Section 10(3) of the Act allows "
        "us to extend the time limit to consider the public interest, and we will write to you "
        "by 1 July 2024."
    )
    assert read_reply(DEAR + body + YOURS).kind == "extension"
    # (the law said of any authority still decides nothing: "The Act allows a public
    # authority to extend the time limit")
    law = "The Act allows a public authority to extend the time limit where it needs to."
    assert [s.general for s in sentences(law)] == [True]


def test_a_reply_that_says_it_is_overdue_holds_the_answer_back() -> None:
    body = (
        "I am writing to apologise that we have not yet responded to your request, which was "
        "due on 3 June 2024. We are working on it and will respond as soon as we can."
    )
    assert read_reply(DEAR + body + YOURS, regime="FOISA").kind == "extension"
    # (an apology for a delay alone may come with a receipt sent late: the corpus's labels)
    late_receipt = (
        "Thank you for your request, which we received on 20 November. We apologise for the "
        "delay in responding. We are working on your request and aim to provide a response in "
        "due course."
    )
    assert read_reply(DEAR + late_receipt + YOURS).kind == "acknowledgement"
