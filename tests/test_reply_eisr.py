"""Scotland's Environmental Information Regulations (EI(S)R, "the EIRs" in Scottish
replies) are not England's: a review is asked under regulation 16 and answered within 20
working days (reg 16(4)), and the appeal goes to the Scottish Information Commissioner
within six months (reg 17 applying FOISA s47), never to the ICO. Facts from the
Commissioner's decisions, e.g. https://www.foi.scot/decision-1322025 (regs 10, 16(4), 17)
and https://www.itspublicknowledge.info/decision-0792016 (reg 10(4)(b), a council)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.deadlines import complaint_by, review_due
from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter
from foidraft.replies.regime_guess import regime_of_reply
from foidraft.replies.review import grounds_for
from tests.conftest import Cli
from tests.test_reply_regime import reply_on_a_draft_naming_no_body

# Written for this test in the words Scottish councils use (the Commissioner's decisions
# quote them): no body foidraft lists, only the Regulations and their exception.
EISR_REFUSAL = (
    "14 October 2026\n\nDear Mr Smith\n\nYour request has been dealt with under the "
    "Environmental Information (Scotland) Regulations 2004 (the EIRs). The information "
    "you asked for is withheld under regulation 10(5)(f) of the EIRs, as disclosure would "
    "prejudice substantially the interests of the person who provided it.\n\nIf you are "
    "unhappy with this response you may ask us to review it under regulation 16 within "
    "40 working days.\n\nYours sincerely\n"
)
# "The EIRs" beside FOISA (s39(2) sends environmental requests to them): Scottish too.
EIRS_BESIDE_FOISA = (
    "Dear Ms Bloggs\n\nThe information is environmental, so it is exempt under section "
    "39(2) of FOISA and we have dealt with your request under the EIRs. Regulation "
    "10(4)(a) of the EIRs applies: the information is not held.\n\nYours sincerely\n"
)


def test_the_scottish_regulations_are_told_from_englands() -> None:
    guess = regime_of_reply(EISR_REFUSAL)
    assert (guess.regime, guess.assumed) == ("EISR", False)
    assert "Environmental Information (Scotland) Regulations" in guess.note()
    assert regime_of_reply(EIRS_BESIDE_FOISA).regime == "EISR"
    english = "Your request was handled under the Environmental Information Regulations 2004."
    assert regime_of_reply(english).regime == "EIR"


def test_the_reader_reads_the_scottish_regulations() -> None:
    reading = read_reply(EISR_REFUSAL)
    assert (reading.regime, reading.kind, reading.sections) == (
        "EISR", "refused_exempt", ("EIR 10(5)(f)",)
    )  # fmt: skip
    # A Scottish body (FOISA from its listing) answering under its EIRs is read so.
    assert read_reply(EIRS_BESIDE_FOISA, regime="FOISA").regime == "EISR"
    assert read_reply(EIRS_BESIDE_FOISA).sections == ("FOISA s39(2)", "EIR 10(4)(a)")


def test_scottish_timings_and_commissioner() -> None:
    asked = dt.date(2026, 11, 2)
    assert review_due(asked, "EISR") == review_due(asked, "FOISA")  # 20, not EIR's 40
    assert complaint_by(asked, "EISR") == complaint_by(asked, "FOISA")  # six months


def test_the_review_and_complaint_follow_the_scottish_regulations() -> None:
    reading = read_reply(EISR_REFUSAL)
    fitting = {g.id for g in grounds_for(reading)}
    assert fitting == {"presumption-eisr"}
    draft = Draft.new("Wind farm", "1. The noise survey for the wind farm.\n", "")
    context = context_for(draft, reading, authority=None, replied=dt.date(2026, 10, 14), name="J")
    review = next_letter(
        "review", draft, context, grounds=sorted(fitting), today=dt.date(2026, 10, 15)
    )
    assert "require a review, under regulation 16 of the Environmental Information (Scotland)" in (
        review.body
    )
    assert "the 20 working days regulation 16(4) allows" in review.body
    notes = " ".join(review.notes)
    assert "Scottish Information Commissioner" in notes and "ico.org.uk" not in notes
    complaint = next_letter("complaint", draft, context, today=dt.date(2026, 11, 20))
    assert "regulation 17 of the Environmental Information (Scotland) Regulations" in (
        complaint.body
    )
    text = complaint.body + " ".join(complaint.notes)
    assert "Scottish Information Commissioner" in text and "ICO" not in text


def test_a_draft_with_no_body_keeps_the_scottish_regulations(cli: Cli, tmp_path: Path) -> None:
    code, out, err = reply_on_a_draft_naming_no_body(cli, tmp_path, EISR_REFUSAL)
    assert code == 0, err
    assert "read under the Environmental Information (Scotland) Regulations 2004" in err
    assert "ICO" not in out and "Information Commissioner's Office" not in out
    from foidraft.drafts import DraftStore

    assert DraftStore().load("arrests").regime == "EISR"
    code, out, _ = cli("reply", "arrests", "--next", "review", "--ground", "presumption-eisr")
    assert code == 0, out
    assert "regulation 16 of the Environmental Information (Scotland)" in out
    assert "Scottish Information Commissioner" in out and "ICO" not in out
    store = DraftStore()
    (review,) = [s for s in store.list() if "regulation 16" in store.load_path(s.path).body]
    # Checked as a Scottish body's letter: never told to cite the Act of 2000 (FD907).
    code, out, _ = cli("check", str(review.path))
    assert "FD907" not in out, out


def test_a_letter_on_a_draft_read_under_the_scottish_regulations_is_checked_as_scottish() -> None:
    """A draft naming no body whose reply was made under EI(S)R is a Scottish body's: its
    letters get FOISA's advice (FD904 on the English Act), not none at all."""
    from foidraft.authorities.infer import regime_only
    from foidraft.lint.api import check

    body = regime_only("EISR")
    assert body is not None
    assert (body.regime, body.nation) == ("FOISA", "scotland")
    letter = "Under the Freedom of Information Act 2000 I ask for a review of your decision."
    assert "FD904" in {f.rule for f in check(letter, body)}


def test_home_says_where_to_complain_under_the_scottish_regulations() -> None:
    """After a review under EI(S)R, Home and `foidraft due` name the Scottish Information
    Commissioner (reg 17), as the reply's explanation does, not the ICO."""
    from foidraft.drafts import Draft
    from foidraft.drafts.standings import standing
    from foidraft.drafts.tracking import regime_for

    draft = Draft(header={"title": "Wind farm", "status": "reviewed", "replied": "2026-03-02",
                          "regime": "EISR"})  # fmt: skip
    found = standing(draft, regime_for(None, draft), dt.date(2026, 4, 1))
    assert found is not None
    assert found.text == "complain to the Scottish Information Commissioner by 2 September 2026"
