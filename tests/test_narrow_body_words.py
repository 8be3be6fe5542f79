"""The gap a narrowed request leaves ("say how you narrow it") speaks the body's words:
offence codes and "the force" for a police force, never for a council or an NHS trust.

The replies are real (tests/data/replies.jsonl): Devon County Council's partial answer
refusing question 1 on cost, and West Midlands Police's tasers cost refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.authorities.model import Authority
from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter
from tests.tui.test_next_letters_one_table import real_reply as _reply

DEVON = Authority(id="devon", name="Devon County Council", type="council")
TRUST = Authority(id="clch", name="Central London Community Healthcare", type="nhs")
WMP = Authority(id="wmp", name="West Midlands Police", type="police")
POTHOLES = (
    "Dear Devon County Council,\n\nFor each year June 2021 to May 2024:\n\n"
    "1. The number of motorists who have lodged a complaint about a pothole and requested "
    "compensation.\n\n2. The number of people who have received a pay-out for pothole "
    "compensation.\n\n3. The total amount paid by the council for pothole compensation.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)


def _gap(rid: str, letter: str, authority: Authority) -> str:
    draft = Draft.new("Potholes", letter, authority.id)
    draft.sent = dt.date(2024, 6, 3)
    reading = read_reply(_reply(rid), regime="FOIA", letter=letter)
    context = context_for(
        draft, reading, authority=authority, replied=dt.date(2024, 7, 1), name="Jo Bloggs"
    )
    body = next_letter("narrow", draft, context, today=dt.date(2024, 7, 2)).body
    (gap,) = [p for p in body.split("\n\n") if p.startswith("[[say how you narrow")]
    return gap


@pytest.mark.parametrize("authority", [DEVON, TRUST], ids=["council", "nhs"])
def test_a_councils_or_trusts_narrowed_request_has_no_police_words(
    authority: Authority,
) -> None:
    gap = _gap("devon-pothole-compensation-part-s12", POTHOLES, authority)
    assert "offence" not in gap and "force" not in gap, gap
    assert "the authority can count from a field" in gap


def test_a_police_forces_narrowed_request_keeps_its_words() -> None:
    gap = _gap("devon-pothole-compensation-part-s12", POTHOLES, WMP)
    assert "offence codes" in gap and "the force can count" in gap


def test_a_whole_cost_refusal_to_a_council_has_no_police_words() -> None:
    gap = _gap("devon-foi-requests-2016-section-21-count", POTHOLES, DEVON)
    assert "offence" not in gap and "force" not in gap, gap
    assert "fewer questions" in gap


EDINBURGH = Authority(
    id="edinburgh", name="City of Edinburgh Council", type="council", regime="FOISA"
)
# The correspondence interview's letter, as written on the Scottish council walk.
CRAIGHOUSE = (
    "Dear City of Edinburgh Council,\n\nPlease provide the following information under the "
    "Freedom of Information (Scotland) Act 2002.\n\n1. Copies of the emails and letters "
    "about the planning application for Craighouse, from 1 September 2026 to 30 November "
    "2026, sent in either direction between these two sides: (a) on your side, the Planning "
    "service; and (b) on the other side, the developer of the Craighouse site; identified by "
    "the keywords: Craighouse.\n\nPlease include their attachments.\n\nIf any part of these "
    "records is exempt, please release the rest with those parts redacted rather than "
    "withholding the records in full.\n\nPlease send the records as electronic copies (PDF, "
    "or the format you hold them in).\n\nYours faithfully,\n\nJo Bloggs\n"
)


def test_the_bound_goes_on_the_question_not_on_how_to_redact() -> None:
    """A whole cost refusal naming nothing to drop: the letter's last question gets the
    bound, not the paragraphs after it that say how to answer (kept, as asked)."""
    draft = Draft.new("Craighouse", CRAIGHOUSE, "edinburgh")
    draft.sent = dt.date(2026, 10, 15)
    text = _reply("edinburgh-craighouse-correspondence-cost")
    reading = read_reply(text, regime="FOISA", letter=CRAIGHOUSE)
    assert reading.kind == "refused_cost"
    context = context_for(
        draft, reading, authority=EDINBURGH, replied=dt.date(2026, 11, 10), name="Jo Bloggs"
    )
    body = next_letter("narrow", draft, context, today=dt.date(2026, 11, 11)).body
    (bounded,) = [p for p in body.split("\n\n") if "over the cost limit, please leave" in p]
    assert bounded.startswith("1. Copies of the emails and letters"), body
    assert "\n\nPlease include their attachments.\n\n" in body
    assert "withholding the records in full.\n\n" in body
