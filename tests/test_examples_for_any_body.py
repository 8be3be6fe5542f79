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
# Services only one kind of body runs: councils (bins, libraries, council tax, potholes,
# housing), the NHS (wards, patients, waiting lists, maternity), universities (students,
# lectures). An example may name one only for that kind of body (``examples:``).
ONE_KIND = {
    "council": re.compile(
        r"\b(?:bins?|library|libraries|council tax|potholes?|housing)\b", re.IGNORECASE
    ),
    "nhs": re.compile(r"\b(?:patients?|wards?|waiting lists?|maternity)\b", re.IGNORECASE),
    "education": re.compile(r"\b(?:students?|lectures?)\b", re.IGNORECASE),
}


def _examples(body: Authority) -> list[tuple[str, str]]:
    return [
        (f"{flow.id}.{q.id}", str(q.example))
        for flow in load_flows().values()
        for q in for_authority(flow, body).questions
        if isinstance(q.example, str)
    ]


OTHERS = [
    Authority(id="tfl", name="Transport for London", type="other"),
    Authority(id="co", name="Cabinet Office", type="central_government"),
]


@pytest.mark.parametrize("body", [*BODIES, *OTHERS], ids=[b.type for b in [*BODIES, *OTHERS]])
def test_no_example_names_a_service_of_another_kind_of_body(body: Authority) -> None:
    named = [
        (where, text)
        for where, text in _examples(body)
        for kind, words in ONE_KIND.items()
        if kind != body.type and words.search(text)
    ]
    assert named == []


def test_the_service_asked_about_is_one_that_kind_of_body_runs() -> None:
    """The NHS trust was shown "housing repairs" as the service to count for."""
    shown = {b.type: dict(_examples(b))["service-figures.service"] for b in [*BODIES, *OTHERS]}
    assert shown["council"] == "housing repairs"
    for kind, example in shown.items():
        assert kind == "council" or "housing" not in example, (kind, example)
    assert ONE_KIND["nhs"].search(shown["nhs"]), shown


def test_an_nhs_trust_is_asked_for_a_policy_it_could_hold() -> None:
    trust = BODIES[1]
    examples = dict(_examples(trust))
    assert examples["policies.subject"] == "the handling of complaints from the public"
