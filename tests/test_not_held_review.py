"""A council's "not held" answer cites no section, and the review ground on searches
asked for s17: the council walk's not-held reply (Dover District Council) offered only
"Say thank you", no review. Under FOIA s17 is the refusal notice, cited by partial
answers that withhold, not a sign that something was not found. The ground's gap asked
for "another force's answer", a police word in any body's letter. Real replies."""

from __future__ import annotations

from foidraft.replies import read_reply
from foidraft.replies.review import grounds_for
from tests.tui.test_next_letters_one_table import real_reply as _reply


def test_a_councils_not_held_answer_can_be_reviewed_on_its_searches() -> None:
    reading = read_reply(_reply("dover-fi16151-developer-forums"), regime="FOIA")
    assert reading.kind == "not_held"
    (searches,) = [g for g in grounds_for(reading) if g.id == "searches"]
    assert "force" not in searches.text


def test_a_partial_answer_that_withholds_is_not_offered_the_searches_ground() -> None:
    reading = read_reply(_reply("clch-25-154-locum-s43"), regime="FOIA")
    assert reading.kind == "partly_answered"
    assert "searches" not in {g.id for g in grounds_for(reading)}


def test_a_not_held_answer_is_tracked_as_not_held_not_as_answered() -> None:
    """Home said "answered" beside a council that held nothing; the review clock runs as
    after any decision (40 working days to ask for a review)."""
    import datetime as dt

    from foidraft.drafts.model import Draft
    from foidraft.drafts.standings import standing
    from foidraft.drafts.status import status_short
    from foidraft.replies.track import record_reply

    draft = Draft.new("Developer forums", "Dear Dover District Council,\n\nPlease...\n", "")
    draft.sent, draft.status = dt.date(2025, 1, 6), "sent"
    reading = read_reply(_reply("dover-fi16151-developer-forums"), regime="FOIA")
    record_reply(draft, reading, dt.date(2025, 1, 27), regime="FOIA")
    assert draft.status == "not-held" and status_short(draft.status) == "not held"
    row = standing(draft, "FOIA", dt.date(2025, 2, 3))
    assert row is not None and row.state == "review-by"
