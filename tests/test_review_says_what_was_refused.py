"""A review request says what the reply did in the reply's own terms: a cost refusal
"refused" a question as costing more than the limit allows (it withheld nothing), a
"not held" answer said the information is not held, and the closing asks for what fits
(advice on narrowing after a cost refusal; "confirm or deny" only after an NCND). The
council walk read "you withheld the information for question 1 under s12 ... or to
confirm or deny whether it is held". Real replies from tests/data/replies.jsonl."""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.model import Authority
from foidraft.replies import read_reply
from foidraft.replies.review import Context, challenged, grounds_for, review_letter
from tests.tui.test_next_letters_one_table import real_reply as _reply


def test_a_partial_cost_refusal_is_not_called_withholding() -> None:
    reading = read_reply(_reply("devon-pothole-compensation-part-s12"), regime="FOIA")
    devon = Authority(id="devon", name="Devon County Council", type="council")
    context = Context("Potholes", devon, reading, replied=dt.date(2024, 7, 1))
    body = review_letter(context, ["cost-estimate-argued"], today=dt.date(2024, 7, 2)).body
    assert "withheld" not in body, body
    assert "you refused question 1 as costing more than the limit allows under s12" in body
    assert "confirm or deny" not in body
    assert "to advise me how it could be provided within the cost limit" in body


def test_a_not_held_part_under_foisa_is_said_as_not_held() -> None:
    text = _reply("moray-101000266363-foster-care-part-s17")
    reading = read_reply(text, regime="FOISA")
    assert "FOISA s17" in reading.sections
    said = challenged(reading)
    assert "withheld" not in said, said
    assert "you said you do not hold the information" in said
    assert "it said it does not hold" in challenged(reading, to_authority=False)


def test_a_scottish_review_letter_says_its_grounds_without_the_pickers_law_mark() -> None:
    """The picker tells FOISA's grounds from FOIA's with "(FOISA)"; the letter, already
    under FOISA, read "1. The cost estimate is not explained or not reasonable (FOISA).".
    The complaint after the review still cites each ground's Scottish source."""
    from foidraft.replies.complaint import _grounds_in
    from foidraft.replies.knowledge import knowledge

    reading = read_reply(_reply("edinburgh-craighouse-correspondence-cost"), regime="FOISA")
    edinburgh = Authority(id="e", name="City of Edinburgh Council", type="council")
    context = Context("Craighouse", edinburgh, reading, replied=dt.date(2026, 11, 10))
    chosen = ["cost-estimate-foisa", "no-advice-foisa"]
    body = review_letter(context, chosen, today=dt.date(2026, 12, 7)).body
    assert "(FOISA)" not in body, body
    assert "\n\n1. The cost estimate is not explained or not reasonable. The response" in body
    sources = [source.url if source else "" for _, source in _grounds_in(body, knowledge())]
    assert sources == [
        "https://www.itspublicknowledge.info/decision-0642018",
        "https://www.itspublicknowledge.info/decision-2682024",
    ]


def test_an_eir_review_letter_counts_the_40_working_days_it_says() -> None:
    """Under the EIRs a review is the requester's right (reg 11) and the authority has 40
    working days (reg 11(4)); the letter said "within 20 working days" beside a date 40
    working days away."""
    from foidraft.deadlines import review_due
    from foidraft.replies.letter_parts import when

    text = (
        "Dear Sir or Madam,\n\nYour request for information about air quality monitoring "
        "has been considered under the Environmental Information Regulations 2004. We do not "
        "hold the information you asked for, under regulation 12(4)(a).\n\nYours faithfully"
    )
    reading = read_reply(text, regime="EIR")
    council = Authority(id="leeds", name="Leeds City Council", type="council")
    context = Context("Air quality", council, reading, replied=dt.date(2025, 3, 3))
    ground = next(g.id for g in grounds_for(reading))
    today = dt.date(2025, 3, 10)
    body = " ".join(review_letter(context, [ground], today=today).body.split())
    assert "make representations, under regulation 11 of the Environmental Information" in body
    assert "as the Regulations require" in body
    assert (
        f"within the 40 working days regulation 11(4) allows, by "
        f"{when(review_due(today, 'EIR'))}." in body
    )
    assert "20 working days" not in body


def test_a_request_sent_under_foia_and_answered_under_the_eirs_is_reviewed_under_them() -> None:
    """A council found air-quality readings environmental and answered under the EIRs
    (FOIA s39 sends such requests there): the draft said FOIA, and the review letter asked
    for the s45 code's 20 working days where reg 11 gives the council 40."""
    text = (
        "Your request has been considered under the Environmental Information Regulations "
        "2004. We do not hold the information, and rely on regulation 12(4)(a)."
    )
    assert read_reply(text, regime="FOIA").regime == "EIR"
    foia = (
        "The Environmental Information Regulations do not apply, as regulation 2 defines "
        "environmental information. We refuse under section 12 of the Freedom of Information Act."
    )
    assert read_reply(foia, regime="FOIA").regime == "FOIA"
    reading = read_reply(text, regime="FOIA")
    context = Context("Air quality", None, reading, replied=dt.date(2025, 3, 3))
    ground = next(g.id for g in grounds_for(reading))
    body = " ".join(review_letter(context, [ground], today=dt.date(2025, 3, 4)).body.split())
    assert "the 40 working days regulation 11(4) allows" in body


def test_a_reply_under_the_eirs_moves_the_drafts_deadlines_to_them() -> None:
    """Home and `foidraft due` count a review by the draft's regime: after an EIR reply a
    council that answers FOIA requests owes its review in 40 working days (reg 11(4))."""
    from foidraft.drafts.model import Draft
    from foidraft.drafts.tracking import regime_for
    from foidraft.replies.track import record_reply

    council = Authority(id="leeds", name="Leeds City Council", type="council")
    draft = Draft.new("Air quality", "Dear Leeds City Council,\n\nPlease...\n", "leeds")
    draft.sent, draft.status = dt.date(2025, 2, 3), "sent"
    assert regime_for(council, draft) == "FOIA"
    reading = read_reply(
        "Considered under the Environmental Information Regulations 2004: not held, "
        "regulation 12(4)(a).",
        regime="FOIA",
    )
    record_reply(draft, reading, dt.date(2025, 3, 3), regime=regime_for(council, draft))
    assert draft.regime == "EIR" and regime_for(council, draft) == "EIR"
    scottish = Authority(id="moray", name="Moray Council", type="council", regime="FOISA")
    assert regime_for(scottish, draft) == "FOISA"  # EIR is not the counterpart of FOISA
