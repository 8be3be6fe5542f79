"""A kind of request foidraft does not offer for a body says why in words that are true:
a council has staff and answers about them, it just is not what the staff questions ask."""

from __future__ import annotations

from dataclasses import replace

from foidraft.authorities.model import Authority
from foidraft.interview import load_flows

COUNCIL = Authority(id="leeds", name="Leeds City Council", type="council")
PCC = Authority(id="pcc", name="Dorset Police and Crime Commissioner", type="pcc")


def test_each_unsuited_flow_says_what_to_do_instead() -> None:
    flows = load_flows()
    said = {fid: flow.why_not(COUNCIL) for fid, flow in flows.items()}
    assert "police forces" in said["incidents"]
    assert "blank letter" in said["staff"]
    assert "police officers" in said["staff"]
    for fid, why in said.items():
        assert "can answer" not in why, fid  # never claims the body cannot answer at all
    assert "police forces" in flows["incidents"].why_not(PCC)
    assert flows["staff"].why_not(PCC) == ""


def test_a_flow_without_its_own_reason_names_the_body_and_the_way_out() -> None:
    flow = load_flows()["staff"]
    why = replace(flow, not_suited="").why_not(COUNCIL)
    assert "Leeds City Council" in why and "blank letter" in why
    assert "can answer" not in why
