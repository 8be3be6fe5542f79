"""Under FOISA a requester's own requests are not added together for the cost limit:
the Scottish fees regulations add only similar requests from different people, and only
when the authority publishes the answer for everyone (SSI 2004/467, regulation 6). The
Scottish council walk read, in the correspondence interview, that the requester's own
requests "in the last 60 working days" could be added together, FOIA's s12(4) rule."""

from __future__ import annotations

from foidraft.authorities.infer import infer_authority
from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority


def _period_why(authority_name: str) -> str:
    flow = load_flows()["correspondence"]
    shown = for_authority(flow, infer_authority(authority_name))
    (period,) = [q for q in shown.questions if q.id == "period"]
    return " ".join(period.why.split())


def test_a_scottish_council_is_not_told_its_own_requests_are_added_together() -> None:
    why = _period_why("City of Edinburgh Council")
    assert "60 working days" not in why, why
    assert "does not add your own requests together" in why
    assert "regulation 6 of the Scottish fees regulations" in why


def test_an_english_council_keeps_the_60_working_days() -> None:
    why = _period_why("Devon County Council")
    assert "60 working days" in why and "section 12(4)" in why
