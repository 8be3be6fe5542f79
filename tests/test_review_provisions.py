"""A review request names what the authority refused under: the duty to advise (s16) that
a cost refusal cites is not one ("you withheld the information under s12(1) and s16")."""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Draft, DraftStore
from foidraft.drafts.tracking import mark_sent
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter
from foidraft.replies.review import grounds_for

REPLY = """Dear Dee Moore,

Freedom of Information Request Reference No: 2999/26

West Midlands Police is unable to provide the information you requested, as the cost of \
locating and retrieving it would exceed the appropriate limit under section 12(1) of the \
Freedom of Information Act 2000.

Under section 16 we suggest you narrow your request to crimes recorded under named \
offence codes.

Yours sincerely,

Information Compliance Unit
"""


def test_a_review_of_a_cost_refusal_does_not_say_s16_withheld_anything() -> None:
    store = DraftStore()
    draft = Draft.new("Arrests", "Dear West Midlands Police,\n\nArrests please.\n", "wmp")
    mark_sent(draft, dt.date(2026, 11, 2))
    store.save(draft)
    reading = read_reply(REPLY, regime="FOIA", letter=draft.body)
    assert "s16" in reading.sections  # the reply cites it: the test can fail
    wmp = load_directory().get("wmp")
    context = context_for(draft, reading, authority=wmp, replied=dt.date(2026, 12, 4), name="D")
    grounds = [g.id for g in grounds_for(reading)][:1]
    letter = next_letter("review", draft, context, grounds=grounds, today=dt.date(2026, 12, 5))
    (said,) = [line for line in letter.body.splitlines() if line.startswith("In your response")]
    assert "s12(1)" in said and "s16" not in said, said
