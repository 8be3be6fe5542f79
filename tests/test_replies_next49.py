"""The next letter as a requester reads it (replies49's round, issue 9).

A Scottish cost refusal that names "the EIRs" only in passing (the Commissioner's leaflet
"Tips for requesting information under FOI and the EIRs", a footer's "FOISA or the EIRs")
was read as made under Scotland's EIRs: its narrowed request cited the EIRs' regulation 9
for advice and FOIA's s12(4) for aggregation, and offered no FOISA review ground. And the
narrowed request quoted, as "the advice in your response", a warning that the information
would be exempt ("you may wish to be aware that ...") while the advice on narrowing ("You
may however, wish to consider reducing the scope ...", "you could restrict your request by
...") went unquoted.

Each reply is a short letter written for the test (not copied from a reply).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from foidraft.authorities.model import Authority
from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter

BODY = Authority(id="scot-body", name="Scottish Example Agency", type="other")
REQUEST = (
    "Dear Scottish Example Agency,\n\nPlease provide all correspondence about the ferry "
    "contract since 2019.\n\nYours faithfully,\n\nJo Bloggs\n"
)
COST = (
    "Dear Jo Bloggs\n\nWhile our aim is to provide information whenever possible, in this "
    "instance the cost of locating and retrieving the correspondence would exceed the upper "
    "cost limit of £600. Under section 12 of FOISA we are not required to comply with your "
    "request.\n\nYou may however, wish to consider reducing the scope of your request so that "
    "the cost can be brought below £600. For example, you could restrict your request to a "
    "focused time period.\n\nWhile we cannot prejudge any future request, you may wish to be "
    "aware that much of this information would likely be exempt under section 36(1) of FOISA."
    "\n\nYou may find the Scottish Information Commissioner's 'Tips for requesting information "
    "under FOI and the EIRs' helpful.\n\nYours sincerely\n\nAnna Price\n"
)


def _narrowed(reply: str) -> tuple[str, list[str]]:
    draft = Draft.new("Ferry contract", REQUEST, BODY.id)
    draft.sent = dt.date(2024, 2, 1)
    reading = read_reply(reply, regime="FOISA", letter=REQUEST)
    context = context_for(
        draft, reading, authority=BODY, replied=dt.date(2024, 3, 1), name="Jo Bloggs"
    )
    letter = next_letter("narrow", draft, context, today=dt.date(2024, 3, 2))
    return letter.body, list(letter.notes)


def test_the_eirs_named_in_passing_leave_a_foisa_refusal_under_foisa() -> None:
    reading = read_reply(COST, regime="FOISA")
    assert reading.kind == "refused_cost" and reading.regime == "FOISA"
    _, notes = _narrowed(COST)
    said = " ".join(notes)
    assert "FOISA s15" in said and "regulation 9" not in said
    assert "s12(4)" not in said and "Under FOISA" in said
    # (a reply that moves the request to the EIRs, FOISA s39(2), is under them)
    moved = COST.replace(
        "Under section 12 of FOISA we are not required to comply with your request.",
        "We are applying the exemption at section 39(2) of FOISA, as the information is "
        "environmental, and have dealt with your request under the EIRs. Regulation 10(4)(b) "
        "applies: the request is manifestly unreasonable.",
    )
    assert read_reply(moved, regime="FOISA").regime == "EISR"


def test_the_narrowed_request_quotes_the_advice_on_narrowing_not_a_warning() -> None:
    body, _ = _narrowed(COST)
    (advice,) = [p for p in body.split("\n\n") if p.startswith("This follows the advice")]
    assert "consider reducing the scope" in advice
    assert "you could restrict your request" in advice
    assert "would likely be exempt" not in advice


def test_a_point_on_what_a_word_means_is_answered_by_rewording_that_word() -> None:
    from foidraft.replies.clarify import draft_clarification

    police = Authority(id="example-police", name="Example Police", type="police")
    letter = (
        "Dear Example Police,\n\nI am writing to request information regarding crimes reported "
        "to Example Police by charities and not-for-profit organisations. Specifically, I would "
        "like the number of such crimes for each year 2021 to 2023.\n\nYours faithfully,\n\n"
        "Jo Bloggs\n"
    )
    reply = (
        "Dear Jo Bloggs\n\nAre you referring to incidents or crimes? An incident is a record of "
        "a call to a police force; a crime is an offence as defined by law.\n\nYours "
        "sincerely\n\nAnna Price\n"
    )
    body = draft_clarification(
        letter, reply, authority=police, title="Crimes against charities",
        asked=dt.date(2024, 3, 1), name="Jo Bloggs",
    ).body  # fmt: skip
    (answer,) = [p for p in body.split("\n\n") if p.startswith("You wrote:")]
    assert "reported to Example Police" in answer  # the words asked about, reworded
    assert "cost limit" not in answer  # a bound added elsewhere answers nothing asked


PARTIAL_REQUEST = (
    "Dear Example Police,\n\n1. How many use of force incidents were recorded in custody in "
    "2023?\n\n2. How many were recorded in hospitals in 2023?\n\nYours faithfully,\n\nJo Bloggs\n"
)


def _partial(answer_2: str) -> tuple[str, list[str], str]:
    from foidraft.replies.explain import explain
    from foidraft.replies.review import grounds_for

    police = Authority(id="example-police", name="Example Police", type="police")
    reply = (
        "Dear Jo Bloggs\n\nYour request for information has now been considered.\n\nAnswer 1\n"
        "There were 769 use of force incidents recorded in custody in 2023.\n\nAnswer 2\n"
        f"{answer_2}\n\nYours sincerely\n\nAnna Price\n"
    )
    reading = read_reply(reply, regime="FOIA", letter=PARTIAL_REQUEST)
    assert reading.kind == "partly_answered"
    draft = Draft.new("Use of force", PARTIAL_REQUEST, police.id)
    draft.sent = dt.date(2024, 2, 1)
    context = context_for(
        draft, reading, authority=police, replied=dt.date(2024, 3, 1), name="Jo Bloggs"
    )
    grounds = [g.id for g in grounds_for(reading)]
    review = next_letter("review", draft, context, grounds=grounds[:1], today=dt.date(2024, 3, 2))
    return explain(reading, authority=police).headline, grounds, review.body


def test_a_partial_answer_whose_rest_is_not_held_is_told_and_reviewed_as_such() -> None:
    headline, grounds, review = _partial("This information is not held.")
    assert "withheld" not in headline and "do not hold the information for question 2" in headline
    assert grounds == ["searches"]  # no exemption to ask which part it applies to
    assert "you said you do not hold the information for question 2" in review
    # (the rest withheld under an exemption: the refusal notice's ground, as before)
    headline, grounds, _ = _partial(
        "This information is exempt under section 40(2) of the Act, as it is personal data."
    )
    assert "withheld" in headline and "notice-incomplete" in grounds and "searches" not in grounds


def test_a_not_held_reply_citing_nothing_is_named_in_the_review_it_draws() -> None:
    from foidraft.replies.review import challenged

    reply = (
        "Dear Jo Bloggs\n\nThe council does not hold the information you are seeking.\n\n"
        "Yours sincerely\n\nAnna Price\n"
    )
    reading = read_reply(reply, regime="FOIA")
    assert reading.kind == "not_held" and not reading.sections
    assert challenged(reading) == "In your response, you said you do not hold the information."
    assert "it said it does not hold" in challenged(reading, to_authority=False)


def test_a_request_refused_under_s14_is_said_refused_not_withheld() -> None:
    from foidraft.replies.review import challenged

    vexed = (
        "Dear Jo Bloggs\n\nYour request has been refused under section 14(1) of the Freedom of "
        "Information Act 2000, as we consider it vexatious.\n\nYours sincerely\n\nAnna Price\n"
    )
    reading = read_reply(vexed, regime="FOIA")
    assert reading.kind == "vexatious_or_repeated"
    said = challenged(reading)
    assert "refused my request as vexatious under s14(1)" in said and "withheld" not in said
    repeated = vexed.replace("14(1)", "14(2)").replace("vexatious", "a repeated request")
    assert "refused my request as repeated under s14(2)" in challenged(read_reply(repeated))


EXTENSION = (
    "Dear Jo Bloggs\n\nThank you for your request, which we received on 30 October 2023. "
    "Because we are still collating the information you have requested, we will not be able "
    "to respond within 20 working days. We intend to provide a full response by 11 December "
    "2023.\n\nYours sincerely\n\nAnna Price\n"
)


def test_an_extension_is_told_as_the_act_allows_it_and_chased_by_its_own_date() -> None:
    from foidraft.replies.explain import explain

    reading = read_reply(EXTENSION, regime="FOIA")
    assert reading.kind == "extension"
    told = explain(reading)
    assert "public interest" not in told.headline  # (collating is no public interest test)
    assert any("names none, so the 20 working days still apply" in n for n in told.notes)
    scottish = explain(read_reply(EXTENSION, regime="FOISA"))
    assert any(n.startswith("FOISA has no extension") for n in scottish.notes)
    draft = Draft.new("Buses", REQUEST, BODY.id)
    draft.sent = dt.date(2023, 10, 16)
    context = context_for(
        draft, reading, authority=BODY, replied=dt.date(2023, 10, 30), name="Jo Bloggs"
    )
    context = dataclasses.replace(context, due=dt.date(2023, 12, 11))
    body = next_letter("chaser", draft, context, today=dt.date(2024, 1, 15)).body
    assert "You wrote on 30 October 2023 that you would reply by 11 December 2023" in body
    assert "The 20 working days the Act allows ended on 11 December" not in body


def test_a_term_the_point_quotes_is_answered_by_the_requester_when_no_check_finds_it() -> None:
    from foidraft.replies.clarify import draft_clarification

    police = Authority(id="example-police", name="Example Police", type="police")
    letter = (
        "Dear Example Police,\n\n1) Please send the minutes of meetings about any 'Golden "
        "Handshake' deal for the two officers who resigned in 2011.\n\n2) How many officers "
        "above the rank of Chief Inspector are subject to 'Gagging Orders' or similar?\n\n"
        "Yours faithfully,\n\nJo Bloggs\n"
    )
    reply = (
        "Dear Jo Bloggs\n\nQ1) Could you please clarify the term 'Golden Handshake'?\n"
        "Q2) Could you please clarify the term 'Gagging Order'?\n\nYours sincerely\n\nAnna Price\n"
    )
    body = draft_clarification(
        letter, reply, authority=police, title="Resignations",
        asked=dt.date(2024, 3, 1), name="Jo Bloggs",
    ).body  # fmt: skip
    answers = [p for p in body.split("\n\n") if "You wrote:" in p]
    assert len(answers) == 2
    # ("or similar" in question 2 says nothing of what 'Golden Handshake' means)
    assert all(a.endswith("[[your answer to this point]]") for a in answers), answers
