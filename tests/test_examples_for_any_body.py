"""An example a question shows a body that is not the police is one any such body could
hold: an NHS trust's requester was shown "complaints about missed bin collections" (a
council's service) as the subject of a policy to ask it for."""

from __future__ import annotations

import re

import pytest

from foidraft.authorities.model import Authority
from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority

BODIES = [
    Authority(id="leeds_cc", name="Leeds City Council", type="council"),
    Authority(id="lth", name="Leeds Teaching Hospitals NHS Trust", type="nhs"),
    Authority(id="uol", name="University of Leeds", type="education"),
]
# Services only one kind of body runs: councils (bins, libraries, council tax, potholes),
# the NHS (wards, patients, waiting lists), universities (students, lectures).
ONE_KIND = re.compile(
    r"\b(?:bins?|library|libraries|council tax|potholes?|patients?|wards?|waiting lists?|"
    r"students?|lectures?)\b",
    re.IGNORECASE,
)


def _examples(body: Authority) -> list[tuple[str, str]]:
    return [
        (f"{flow.id}.{q.id}", str(q.example))
        for flow in load_flows().values()
        for q in for_authority(flow, body).questions
        if isinstance(q.example, str)
    ]


@pytest.mark.parametrize("body", BODIES, ids=[b.type for b in BODIES])
def test_no_example_names_a_service_of_one_kind_of_body(body: Authority) -> None:
    named = [(where, text) for where, text in _examples(body) if ONE_KIND.search(text)]
    assert named == []


def test_an_nhs_trust_is_asked_for_a_policy_it_could_hold() -> None:
    trust = BODIES[1]
    examples = dict(_examples(trust))
    assert examples["policies.subject"] == "the handling of complaints from the public"
