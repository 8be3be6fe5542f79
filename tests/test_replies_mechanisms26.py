"""The reply reader's mechanisms from what it got wrong on replies it had not seen (issue 9).

Tallied on the training part of the fresh samples, each read by the reader of its day
(``python -m tests.replies_prospective``): a provision written another way (a subsection in
words or after a full stop, a regulation's paragraph so named), a subsection in words read
as a count beside the provision, a share of the information given ("most of the
information"), a delay notice that names no statutory ground, an extension that weighs the
cost limit, and provisions that are what the request counts. Each case is a real reply's
words, or a short excerpt in their shape.
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply

WITHHELD = "The information is withheld under "


@pytest.mark.parametrize(
    ("regime", "written", "normalised"),
    [
        ("FOIA", "Section 40 sub section 2 of the Act.", ["s40(2)"]),
        ("FOIA", "section 40.2 of the Act.", ["s40(2)"]),
        ("FOIA", "section 31.1.a.", ["s31(1)(a)"]),
        ("FOIA", "section 43, subsection 2.", ["s43(2)"]),
        ("FOIA", "Section 31, subsection 1, paragraph a.", ["s31(1)(a)"]),
        ("FOIA", "section 40, sub-sections 2 and 3A(a).", ["s40(2)", "s40(3A)(a)"]),
        ("EIR", "regulation 12 paragraph (4)(b).", ["EIR 12(4)(b)"]),
        ("EIR", "regulations 12(5)(e) and 13.", ["EIR 12(5)(e)", "EIR 13"]),
        # the forms already read stay read
        ("FOIA", "s.40(2) of the Act.", ["s40(2)"]),
        ("FOIA", "the exemption at section 31(1)(a) of the FOIA.", ["s31(1)(a)"]),
        ("EIR", "Regulation 12 (4) (b).", ["EIR 12(4)(b)"]),
    ],
)
def test_a_provision_is_read_however_it_is_written(
    regime: str, written: str, normalised: list[str]
) -> None:
    assert sorted(read_reply(WITHHELD + written, regime=regime).sections) == normalised


def test_a_formal_notice_names_its_act_first() -> None:
    text = "This is formal notice under FOISA section 17(1) that we do not have the information."
    assert read_reply(text, regime="FOISA").sections == ("FOISA s17(1)",)


def test_a_document_section_after_a_full_stop_is_not_the_acts() -> None:
    text = "Please see section 3.1 of our policy. " + WITHHELD + "section 43(2)."
    assert read_reply(text, regime="FOIA").sections == ("s43(2)",)


def test_a_row_of_counts_labelled_by_provisions_still_relies_on_none() -> None:
    text = (
        "Requests refused in 2023:\nSection 12(1) | 162\nS.40(2): 35\n"
        "We have answered your request in full."
    )
    assert read_reply(text, regime="FOIA").sections == ()


# gov-scot-salmon-debate-briefing-eir (replies-fresh26): the withheld part and its reasons
# fall after the excerpt
MOST_ENCLOSED = (
    "As the information you have requested is ‘environmental information’ for the purposes of "
    "the Environmental Information (Scotland) Regulations 2004 (EIRs), we are required to deal "
    "with your request under those Regulations. We are applying the exemption at section 39(2) "
    "of the Freedom of Information (Scotland) Act 2002 (FOISA), so that we do not also have to "
    "deal with your request under FOISA.\n"
    "I enclose a copy of most of the information you requested."
)
# gov-scot-foi-publishing-policy-most (replies-fresh26)
MOST_BELOW = (
    "Please find below most of the information you requested and for ease, I have answered "
    "each of your questions in turn.\n\n"
    "How many FOI responses have been issued so far in calendar year 2023?\n\n"
    "The total number of responses that have been issued, under both FOI(S)A and EIRs between "
    "1st January and 27th June 2023 is 2,777."
)


def test_most_of_the_information_given_is_a_partial_answer() -> None:
    assert read_reply(MOST_ENCLOSED, regime="EIR").kind == "partly_answered"
    assert read_reply(MOST_BELOW, regime="FOISA").kind == "partly_answered"
    assert read_reply(MOST_BELOW.replace("most of", "all of"), regime="FOISA").kind == "answered"


# dfe-weald-satellite-delay-notice and weald-of-kent-school-half-term-delay (replies-fresh26)
DELAY = (
    "Dear Joanne,\nThank you for your request for information, FOI 2019-0040324, which was\n"
    "received on 18 November 2019. The deadline for responding to your request\n"
    "is today, 16 December 2020. However, we are experiencing a delay in\n"
    "processing your request and will not be able to respond to your request by\n"
    "this deadline.\n\nI would like to offer my apologies for the delay."
)
CLOSED = (
    "Dear Ms Bartley,\n\nI refer to your freedom of information request to Weald of Kent "
    "Grammar School of 24 January.\n\nThe school was closed for half term for all of last week. "
    "I shall accordingly reply to your request on behalf of the school by the end of this week, "
    "26 February.\n\nYours sincerely,"
)


def test_a_delay_notice_without_a_statutory_ground_is_more_time() -> None:
    assert read_reply(DELAY, regime="FOIA").kind == "extension"
    assert read_reply(CLOSED, regime="FOIA").kind == "extension"


def test_a_reference_number_before_which_was_received_is_no_count() -> None:
    reading = read_reply(DELAY.split("The deadline")[0], regime="FOIA")
    assert reading.kind == "acknowledgement"


# knowsley-local-plan-costs-s12-extension (replies-fresh25)
WEIGHING_COST = (
    "Dear Mr Woods,\n\nHaving considered what information we hold in relation to your request "
    "I am advising that some/or all of your request may be subject to an exemption.\n\n"
    "S12 cost of compliance exceeds appropriate limit\n\n"
    "We are allowed additional time in which to consider these exemptions and you will "
    "receive a further response once a decision has been made. You will receive a response by "
    "22 June 2016.\n\nKind regards,"
)


def test_more_time_to_weigh_the_cost_limit_is_an_extension() -> None:
    reading = read_reply(WEIGHING_COST, regime="FOIA")
    assert (reading.kind, reading.sections) == ("extension", ("s12",))


def test_a_cost_refusal_is_still_one() -> None:
    text = WEIGHING_COST.replace(
        "We are allowed additional time in which to consider these exemptions and you will "
        "receive a further response once a decision has been made. You will receive a response "
        "by 22 June 2016.",
        "Your request is therefore refused.",
    )
    assert read_reply(text, regime="FOIA").kind == "refused_cost"


# gov-scot-law-officers-advice-count-cost (replies-fresh26)
COUNTED = (
    "The answer to your first question is once.\n\n"
    "We have interpreted the second part of your request to mean the number of times a "
    "response to a Freedom of Information request or response provided under the "
    "Environmental Information (Scotland) Regulations of 2004 in relation to legal advice was "
    "issued and refused under the exemptions of section 36 (1) (Confidentiality) and section "
    "29(1) (c) (Formulation of Scottish Administration policy) and specifically the provision "
    "of advice by any of the Law Officers."
)


def test_provisions_the_request_counts_are_not_relied_on() -> None:
    assert read_reply(COUNTED, regime="FOISA").sections == ()
    relied = COUNTED.replace("was issued and refused", "is refused today")
    assert read_reply(relied, regime="FOISA").sections != ()


LETTER = "Dear Mr Smith,\n\nFreedom of Information request FOI/2024/1234\n\n{}\n\nYours sincerely,"


@pytest.mark.parametrize(
    "words",
    [
        "Unfortunately we have been unable to complete our response within 20 working days. "
        "We apologise and hope to respond by 15 May 2024.",
        "I am sorry that we have not been able to answer your request within the statutory "
        "time limit. We are working on it and will respond as soon as possible.",
        "Section 10(3) of the Act allows us to extend the time limit to consider the public "
        "interest. We estimate that we will reach a decision by 1 June 2024.",
        "Due to staff absence your request will take longer than usual. We will send our "
        "response by 12 December 2023.",
    ],
)
def test_an_answer_put_off_is_more_time_however_it_is_said(words: str) -> None:
    assert read_reply(LETTER.format(words), regime="FOIA").kind == "extension"


def test_an_apology_for_a_late_refusal_is_no_extension() -> None:
    words = (
        "We apologise for the delay in responding to your request. The information you have "
        "requested is commercially sensitive and is exempt under section 43(2), so your request "
        "is refused."
    )
    assert read_reply(LETTER.format(words), regime="FOIA").kind == "refused_exempt"


def test_an_answer_still_to_come_is_no_answer() -> None:
    words = "Your request is in hand. We expect to respond within the next ten working days."
    assert read_reply(LETTER.format(words), regime="FOIA").kind == "acknowledgement"


def test_the_information_pointed_to_on_a_website_is_published() -> None:
    words = "You can find this information on the council's website here: www.example.gov.uk/data."
    assert read_reply(LETTER.format(words), regime="FOIA").kind == "already_published"


def test_a_review_told_in_a_participle_is_a_review() -> None:
    words = (
        "Having reviewed our original response, I find that it was right to refuse your request "
        "under section 12."
    )
    reading = read_reply(LETTER.format(words), regime="FOIA")
    assert (reading.kind, reading.sections) == ("review_outcome", ("s12",))


def test_the_requesters_own_requests_counted_leave_the_ground_relied_on() -> None:
    words = (
        "Having considered the number of requests you have made on this subject and their tone, "
        "we consider this request vexatious under section 14(1) of the Act, and we will not "
        "comply with it."
    )
    reading = read_reply(LETTER.format(words), regime="FOIA")
    assert (reading.kind, reading.sections) == ("vexatious_or_repeated", ("s14(1)",))


GIVEN = "Please find attached the figures you asked for. "


@pytest.mark.parametrize(
    "aside",
    [
        "If we had held any personal data, section 40(2) would have applied.",
        "Section 43(2) was applied to your previous request on this subject.",
        "In our original response we withheld the figures under section 31(1)(a); on review we "
        "have decided to release them.",
        "You may wish to read the ICO's guidance on section 40 of the Act.",
        "In 2023 we received 120 requests, 14 of which were refused under section 12.",
        "You asked how often section 14 was used: it was used 3 times in 2022.",
        "We would not normally rely on section 21 where the information is only partly published.",
    ],
)
def test_a_provision_named_aside_is_not_relied_on(aside: str) -> None:
    reading = read_reply(LETTER.format(GIVEN + aside), regime="FOIA")
    assert reading.sections == ()


@pytest.mark.parametrize(
    ("relied", "normalised"),
    [
        ("Some names are redacted under the exemption at section 40(2).", ("s40(2)",)),
        ("We are relying on section 43(2) to withhold the contract prices.", ("s43(2)",)),
        ("The remaining information is withheld (s.43(2) FOIA).", ("s43(2)",)),
        ("Section 40(2) would apply to any names, so they are withheld.", ("s40(2)",)),
    ],
)
def test_a_provision_relied_on_beside_them_still_is(relied: str, normalised: tuple[str]) -> None:
    reading = read_reply(LETTER.format(GIVEN + relied), regime="FOIA")
    assert reading.sections == normalised


@pytest.mark.parametrize(
    "reply_id", ["national-highways-fbc-eir-12-4-b", "dft-parking-appeals-not-held"]
)
def test_a_reply_copied_double_spaced_reads_as_written(reply_id: str) -> None:
    from tests.replies_eval import load_replies, part_of

    reply = next(r for r in load_replies() if r["id"] == reply_id)
    assert part_of(reply["url"]) == "training"
    doubled = reply["text"].replace("\n", "\n\n")
    reading = read_reply(doubled, regime=reply["regime"])
    assert (reading.kind, sorted(reading.sections)) == (reply["kind"], sorted(reply["sections"]))


def test_paragraphs_of_one_line_each_keep_their_blank_lines() -> None:
    from foidraft.replies.text import clean

    text = "Dear Sir\n\nThank you.\n\nWe hold it.\n\nIt is attached.\n\nRegards\n\nTeam\n\nX"
    assert clean(text) == text


ASKED = (
    "1. How many officers were dismissed in 2022?\n2. Please confirm or deny whether you hold "
    "any information about covert surveillance.\n3. If any information is withheld under "
    "section 40(2), please explain why."
)
NOTHING_HELD = "We do not hold this information. No records are kept of this."


def test_a_request_quoted_with_marks_and_answered_below_is_answered() -> None:
    quoted = "> " + ASKED.replace("\n", "\n> ")
    text = f"Dear Mr Smith,\n\nOn 3 May 2024 you wrote:\n{quoted}\n\n{NOTHING_HELD}\n\nYours,"
    reading = read_reply(text, regime="FOIA")
    assert (reading.kind, reading.sections) == ("not_held", ())


def test_a_request_quoted_after_the_answer_is_not_the_authoritys() -> None:
    text = (
        f"Dear Mr Smith,\n\n{NOTHING_HELD}\n\nYour original request:\n{ASKED}\n\n"
        "Yours sincerely,\n\nFOI Team"
    )
    reading = read_reply(text, regime="FOIA")
    assert (reading.kind, reading.sections) == ("not_held", ())


COST = (
    "I can confirm that the force holds information relevant to your request. However, to "
    "locate and retrieve it would mean reading around 3,000 crime reports, which at 5 minutes "
    "each would take 250 hours. This exceeds the 18 hour limit, and section 12(1) therefore "
    "applies."
)


def test_figures_given_as_advice_beside_a_cost_refusal_are_goodwill() -> None:
    advice = " To be of assistance, the total number of recorded thefts in 2023 was 4,512."
    assert read_reply(LETTER.format(COST + advice), regime="FOIA").kind == "refused_cost"
    answered = "\n\n1. The total number of recorded thefts in 2023 was 4,512.\n\n2. " + COST
    assert read_reply(LETTER.format(answered), regime="FOIA").kind == "partly_answered"
