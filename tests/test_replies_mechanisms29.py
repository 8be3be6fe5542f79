"""The reply reader's mechanisms from replies it was not tuned on (issue 9, replies29).

A footer's boilerplate names provisions as possibilities ("the force may rely on section
40(2) to withhold personal information", "Some information may be exempt, for example
under section 31"): warned of, not relied on for this request. Each case is a real
training reply's words with the paragraph added after it.
"""

from __future__ import annotations

from foidraft.replies import read_reply
from foidraft.replies.clauses import clause_start, sentences
from foidraft.replies.echo import REQUEST_HEAD_RE

# West Midlands Police, officer correspondence (replies.jsonl, training part)
NOT_HELD = (
    "I am writing to inform you that we have searched our records and the information you "
    "requested is not held by West Midlands Police.  I have linked in with all staff officers "
    "and personal assistants within the Command Team and they identified no information.\n"
)
MAY_RELY = (
    "Please note that the force may rely on section 40(2) of the Freedom of Information Act "
    "to withhold personal information about third parties.\n"
)
EXAMPLES = (
    "Some information may be exempt from disclosure, for example under section 31 (law "
    "enforcement) or section 40 (personal information).\n"
)


def test_a_provision_the_force_may_rely_on_is_not_relied_on() -> None:
    reading = read_reply(NOT_HELD + "\n" + MAY_RELY, regime="FOIA")
    assert (reading.kind, reading.sections) == ("not_held", ())


def test_provisions_given_as_examples_of_a_possibility_are_not_relied_on() -> None:
    reading = read_reply(NOT_HELD + "\n" + EXAMPLES, regime="FOIA")
    assert (reading.kind, reading.sections) == ("not_held", ())


def test_the_same_provision_relied_on_is_still_read() -> None:
    relied = "We are relying on section 40(2) to withhold the names of the officers.\n"
    assert read_reply(NOT_HELD + "\n" + relied, regime="FOIA").sections == ("s40(2)",)
    # ... and an example after a clause that decides is relied on
    decided = "The names are exempt, for example under section 40(2).\n"
    assert "s40(2)" in read_reply(NOT_HELD + "\n" + decided, regime="FOIA").sections


def test_a_provisions_own_bracket_starts_no_clause() -> None:
    text = "the force may rely on section 40(2) to withhold"
    assert text[clause_start(text, 0, text.index("withhold")) :].startswith("the force may")
    # a bracket closed before the words starts none either; one still open does
    text = "exempt under section 31 (law enforcement) or section 40"
    assert clause_start(text, 0, len(text)) == 0
    text = "the figures (which we hold"
    assert text[clause_start(text, 0, len(text)) :] == "which we hold"


# Lincolnshire County Council, Channel panels (replies.jsonl, training part): the decision
CHANNEL = (
    "- Decision\n-\nAll Channel information is held by the Home Office. Freedom of "
    "Information requests can be made directly to the Home Office using the following "
    "contact details:-\nHome Office\nFreedom of Information requests\nDirect Communications "
    "Unit\n2 Marsham Street\nLondon\nSW1P 4DF\n"
)


def test_held_by_another_body_however_the_information_is_named() -> None:
    assert read_reply(CHANNEL, regime="FOIA").kind == "not_held"
    reworded = CHANNEL.replace("All Channel information", "Information about Channel referrals")
    assert read_reply(reworded, regime="FOIA").kind == "not_held"
    records = CHANNEL.replace("All Channel information", "Records of Channel cases")
    assert read_reply(records, regime="FOIA").kind == "not_held"


class _Body:
    name = "Northumbria Police"
    short_name = "Northumbria"
    aliases = ("Northumbria Constabulary",)


# Northumbria Police, Taser use (replies.jsonl, training part), its opening without "I can
# confirm that": the body asked names itself as the holder
TASER = (
    "In Response:\n\nThe information you have requested is held by Northumbria Police. "
    "Following receipt of your request, searches were conducted with the Firearms Unit.\n\n"
    "1. 312 officers carry a Taser, 96 of them firearms officers.\n\n"
    "2. Drive-stun mode: 2015 - 4, 2016 - 6, 2017 - 3, 2018 - 5, 2019 - 2.\n"
)


def test_held_by_the_body_asked_is_held() -> None:
    assert read_reply(TASER, regime="FOIA", authority=_Body()).kind == "answered"
    # by its common noun it is itself, whatever the name ("the Force's ... Department")
    own = TASER.replace("Northumbria Police", "the Force's Firearms Unit")
    assert read_reply(own, regime="FOIA").kind == "answered"
    # another body named beside the answers: a part not held here
    other = TASER.replace("The information you have requested is held by Northumbria Police",
                          "Data on convictions is held by the Ministry of Justice")  # fmt: skip
    assert read_reply(other, regime="FOIA", authority=_Body()).kind == "partly_answered"


# Metropolitan Police Service, a receipt (replies.jsonl, training part), its promise
RECEIPT = (
    "I write in connection with your request for information which was received by the "
    "Metropolitan Police Service (MPS) on 30/07/2010.\n\nYour request will now be considered "
    "in accordance with the Freedom of Information Act 2000 (the Act). You will receive a "
    "response within the statutory timescale of 20 working days as defined by the Act.\n"
)


def test_a_class_named_by_a_condition_decides_nothing() -> None:
    # "Any information that is exempt" is "if any is exempt": a rule, not this reply's refusal
    rule = "Any information that is exempt from disclosure under the Act will not be released."
    assert read_reply(RECEIPT + "\n" + rule, regime="FOIA").kind == "acknowledgement"
    # ... said as done, it is this reply's act
    done = "Any information that is exempt has been redacted from the attached report."
    assert [s.conditional for s in sentences(rule + " " + done)] == [True, False]


def test_a_practice_named_decides_nothing() -> None:
    term = (
        "Neither confirm nor deny (NCND) is used where confirming whether information is "
        "held would itself reveal exempt information."
    )
    assert read_reply(RECEIPT + "\n" + term, regime="FOIA").kind == "acknowledgement"
    assert read_reply(NOT_HELD + "\n" + term, regime="FOIA").kind == "not_held"


def test_a_line_that_says_the_answer_is_below_does_not_introduce_the_request() -> None:
    # (West Midlands Police's not-held answer under an opening that points to it)
    opening = "Your request has now been considered and the response is set out below.\n\n"
    assert read_reply(opening + NOT_HELD, regime="FOIA").kind == "not_held"
    # a line that says the request is set out below still introduces it
    assert not REQUEST_HEAD_RE.search(opening)
    assert REQUEST_HEAD_RE.search("Your request is set out below.\n")


# The Electoral Commission, a late answer put off (replies.jsonl, training part)
DELAYED = (
    "Dear Mr. Flattery,\n \nUnfortunately we will not be able to provide you with a full "
    "response\ntoday due to a delay in our internal processes. We will endeavour to\nprovide a "
    "response to you as soon as possible and by Friday the 8^th July\nat the latest.\n \n"
    "Yours sincerely,\n"
)


def test_an_answer_put_off_past_its_day_is_more_time() -> None:
    assert read_reply(DELAYED, regime="FOIA").kind == "extension"
    supplied = DELAYED.replace("provide you with", "supply you with")
    assert read_reply(supplied, regime="FOIA").kind == "extension"
    # "as soon as possible" qualifies nothing: the promise is made
    promise = "We will endeavour to provide a response to you as soon as possible."
    assert all(s.asserted(s.text.index("provide")) for s in sentences(promise))


# NHS Business Services Authority, correspondence (replies.jsonl, training part): the cost
# limit named by whose limit it is
COST = (
    "Working on an extremely optimistic timeframe of five minutes to examine each of the "
    "individual case files only, this would bring the total time taken to a minimum 225 hours "
    "(or 30 days).\n\nThe cost of complying with your request would therefore exceed the "
    "non-central government limit of £450.\n"
)


def test_the_cost_of_complying_exceeding_a_limit_is_a_cost_refusal() -> None:
    assert read_reply(COST, regime="FOIA").kind == "refused_cost"
    finding = COST.replace("complying with", "locating the information for")
    assert read_reply(finding, regime="FOIA").kind == "refused_cost"


# Food Standards Agency, investigatory powers (replies.jsonl, training part)
WITHHELD = (
    "I can confirm that the Food Standards Agency (FSA) holds information falling within\nthe "
    "terms of your request.\nThe information that you have requested is being withheld in full "
    "under section 35\n(1)(a) of the Act. Further details about our use of this exemption have "
    "been provided\nbelow.\n"
)


def test_the_reasons_given_for_a_refusal_are_not_information_given() -> None:
    assert read_reply(WITHHELD, regime="FOIA").kind == "refused_exempt"
    reasons = WITHHELD.replace("Further details about our use of this exemption have",
                               "An explanation of the public interest test has")  # fmt: skip
    assert read_reply(reasons, regime="FOIA").kind == "refused_exempt"
    supplied = WITHHELD.replace("have been provided", "have been supplied")
    assert read_reply(supplied, regime="FOIA").kind == "refused_exempt"
    # the information itself given is still given
    given = WITHHELD.replace("Further details about our use of this exemption",
                             "Copies of the published guidance")  # fmt: skip
    assert read_reply(given, regime="FOIA").kind == "partly_answered"


def test_a_letter_titled_partial_release_gives_a_part() -> None:
    # Natural England, response times (replies.jsonl, training part): its title, then a part
    # not held and a link to the rest
    text = (
        "Dear J A Giggins\nAccess to Information request – Partial Release – Request No. RFI "
        "1416\n\nFurther details of our customer service commitments can be found at the "
        "following links.\n\nI have established that the information you requested on actual "
        "response times is not held by Natural England.\n"
    )
    assert read_reply(text, regime="EIR").kind == "partly_answered"
    titled = text.replace("Partial Release", "Response")
    assert read_reply(titled, regime="EIR").kind != "partly_answered"


def test_holding_part_of_what_was_asked_is_a_partial_answer() -> None:
    # Insolvency Service, disqualifications (replies.jsonl, training part)
    text = (
        "Your request has been dealt with under the Freedom of Information Act 2000 (FOIA).\n\n"
        "I can confirm the agency holds partial information in response to your request.\n"
    )
    assert read_reply(text, regime="FOIA").kind == "partly_answered"
    has = text.replace("holds partial", "has partial")
    assert read_reply(has, regime="FOIA").kind == "partly_answered"


def test_a_line_that_says_each_item_is_answered_introduces_the_answers() -> None:
    # Crown Office and Procurator Fiscal Service, cost of a case (replies.jsonl, training part)
    text = (
        "I have addressed each individual item requested by you in the order in which you "
        "requested them as follows:\n\n\n1.   The detailed cost of the entire Police "
        "Investigation:\n\n\nThis information is not held by COPFS and is therefore exempt "
        "under Section 17(1) of FOISA. This information may be held by Police Scotland.\n"
    )
    assert "FOISA s17(1)" in read_reply(text, regime="FOISA").sections
    assert not REQUEST_HEAD_RE.search(text.split("\n")[0])


def test_the_statutory_clock_in_days_is_no_figure_given() -> None:
    # Scottish Government, FOI statistics (replies.jsonl, training part)
    text = (
        "As a preliminary matter, I should explain that we have understood your reference to "
        "“within 28 days” as being a reference to the requirement in section 10(1) of FOISA "
        "that Scottish public authorities should respond not later than 20 working days after "
        "receipt of a request – 20 working days usually equates to around 28 calendar days. "
        "The figures that you have requested can be found in our annual reports on information "
        "request handling.\n\nUnder section 25(1) of FOISA, we do not have to give you "
        "information which is already reasonably accessible to you.\n"
    )
    assert read_reply(text, regime="FOISA").kind == "already_published"
    # a sum of money equated is still a figure given
    cost = text.replace("20 working days usually equates to around 28 calendar days",
                        "the cost equates to around £2,400")  # fmt: skip
    assert read_reply(cost, regime="FOISA").kind == "partly_answered"
