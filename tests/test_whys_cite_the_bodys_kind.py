"""A flow's explanations cite cases of the body's own kind, or none: an NHS trust asked
what it spent was told that "Northumbria Police pointed a requester to a contract"."""

from __future__ import annotations

import re

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.interview import load_flows
from foidraft.interview.conditions import authority_value, holds, referenced_keys
from foidraft.interview.regime import for_authority

NOT_FORCES = ("British Transport", "Ministry of Defence", "Civil Nuclear")
# A case of a body that is not the police: "Moray Council", "Transport for London".
OTHER_CASE = re.compile(
    r"\b(?:[A-Z][\w'-]*\s)+(?:Council|NHS|University|College)\b|Transport for London"
    r"|Greater London Authority"
)


def explanations(body: Authority) -> list[tuple[str, str, str]]:
    """(flow, question, text) of every explanation the flows suited to ``body`` may show
    it: each question's why, its variants (those for another kind of body left out), the
    reasons beside what is not offered and the choices' hints."""
    out = []
    for flow in load_flows().values():
        if not flow.suits(body):
            continue
        for q in for_authority(flow, body).questions:
            texts = [q.why, *(n.why for n in q.not_offered), *(c.hint or "" for c in q.choices)]
            for w in q.whys:
                on_body = all(k.startswith("authority.") for k in referenced_keys(w.when))
                if not on_body or holds(w.when, lambda k: authority_value(body, k)):
                    texts.append(w.text)
            out += [(flow.id, q.id, t) for t in texts]
    return out


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
    found = [(f, q, m.group(0)) for f, q, t in explanations(body) for m in case.finditer(t)]
    assert found == [], found


def test_the_spending_question_cites_no_force_to_an_nhs_trust() -> None:
    trust = next(a for a in load_directory().all() if a.type == "nhs")
    flow = for_authority(load_flows()["spending"], trust)
    why = next(q.why for q in flow.questions if q.id == "detail")
    assert "Northumbria" not in why and "refused under" in why
    police = for_authority(load_flows()["spending"], load_directory().find("Northumbria Police"))
    assert "Northumbria Police" in next(q.why for q in police.questions if q.id == "detail")


@pytest.mark.parametrize("ref", ["West Midlands Police", "Police Scotland"])
def test_a_police_force_is_not_told_of_other_bodies_cases(ref: str) -> None:
    force = load_directory().find(ref)
    assert force is not None
    found = [(f, q, m.group(0)) for f, q, t in explanations(force) for m in OTHER_CASE.finditer(t)]
    assert found == [], found


def test_a_council_is_still_told_of_a_councils_case() -> None:
    council = load_directory().find("Moray Council")
    assert council is not None
    texts = [t for f, q, t in explanations(council) if (f, q) == ("spending", "subject")]
    assert any("Moray Council" in t for t in texts)
