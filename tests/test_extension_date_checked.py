"""An extension notice's promised date is kept only when it comes after the notice: the
council walk pasted Knowsley's real notice ("You will receive a response by 22 June
2016") on a request sent in November 2026, and Home then showed the request "overdue by
2589 working days". A date before the notice is a slip or an old letter's; the law's 20
more working days count instead, on Home and in `foidraft due` alike."""

from __future__ import annotations

import datetime as dt

from foidraft.deadlines import add_working_days
from foidraft.drafts import Draft
from foidraft.drafts.tracking import mark_reply, reply_due
from tests.tui.test_next_letters_one_table import real_reply

SENT = dt.date(2026, 11, 9)
NOTICE = dt.date(2026, 12, 3)


def _extended(promised: dt.date | None) -> Draft:
    draft = Draft.new("Local plan costs", "Dear Knowsley,\n\nPlease provide...\n", "knowsley")
    draft.sent = SENT
    draft.status = "sent"
    mark_reply(draft, "extended", NOTICE, kind="extension", extended=promised)
    return draft


def test_a_promised_date_before_the_notice_is_not_the_new_deadline() -> None:
    draft = _extended(dt.date(2016, 6, 22))
    statutory = add_working_days(dt.date(2026, 12, 8), 20)  # the 20th working day, +20
    assert draft.extended == statutory == reply_due(draft)
    assert draft.due == statutory


def test_a_promised_date_after_the_notice_is_kept() -> None:
    draft = _extended(dt.date(2027, 1, 8))
    assert draft.extended == dt.date(2027, 1, 8) == reply_due(draft)


def test_the_explanation_says_why_the_old_date_is_not_counted_and_s12_has_no_extension() -> None:
    """Knowsley's real notice claims more time for s12, which has no public interest test
    to weigh (FOIA s10(3) extends only for that)."""
    from foidraft.replies import read_reply
    from foidraft.replies.explain import explain

    reading = read_reply(real_reply("knowsley-local-plan-costs-s12-extension"), regime="FOIA")
    assert reading.kind == "extension" and list(reading.sections) == ["s12"]
    exp = explain(reading, replied=NOTICE, today=NOTICE)
    said = " ".join(exp.notes)
    assert "22 June 2016, which is not after their letter" in said
    assert not any(label == "they say they will reply by" for label, _ in exp.dates)
    assert "the cost limit (s12) has no public interest test" in said
