"""A flow's explanations cite cases of the body's own kind, or none: an NHS trust asked
what it spent was told that "Northumbria Police pointed a requester to a contract"."""

from __future__ import annotations

import re

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority

NOT_FORCES = ("British Transport", "Ministry of Defence", "Civil Nuclear")


def police_case() -> re.Pattern[str]:
    """A force named: "West Midlands Police", "(Northumbria)", not "Essex County Council"."""
    forces = [a.name for a in load_directory().all() if a.type == "police"]
    places = {re.sub(r"\s*\b(?:Police|Constabulary)\b.*", "", name) for name in forces}
    places = {p for p in places if p and p not in NOT_FORCES}
    named = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"\b(?:Police|Constabulary)\b|\b(?:{named})\b(?! County| City)")


@pytest.mark.parametrize("kind", ["council", "nhs", "education", "central_government"])
def test_a_body_that_is_not_the_police_is_not_told_of_police_cases(kind: str) -> None:
    body = next(a for a in load_directory().all() if a.type == kind)
    case = police_case()
    found = []
    for flow in load_flows().values():
        if not flow.suits(body):
            continue
        for q in for_authority(flow, body).questions:
            texts = [q.why, *(w.text for w in q.whys), *(n.why for n in q.not_offered)]
            texts += [c.hint or "" for c in q.choices]
            found += [(flow.id, q.id, m.group(0)) for t in texts for m in case.finditer(t)]
    assert found == [], found


def test_the_spending_question_cites_no_force_to_an_nhs_trust() -> None:
    trust = next(a for a in load_directory().all() if a.type == "nhs")
    flow = for_authority(load_flows()["spending"], trust)
    why = next(q.why for q in flow.questions if q.id == "detail")
    assert "Northumbria" not in why and "refused under" in why
    police = for_authority(load_flows()["spending"], load_directory().find("Northumbria Police"))
    assert "Northumbria Police" in next(q.why for q in police.questions if q.id == "detail")
