"""Leave-one-authority-out (tests/authority_policy.py): a request is judged by rule records
earned on requests to other authorities, and the alternative loudness tests weighed there
count what they say they count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from foidraft.rules.registry import ruleset_from_file
from tests.authority_policy import (
    FIRST,
    HOLD_OUTS,
    Policy,
    Request,
    authority_key,
    capped,
    distinct,
    figures,
    in_force,
    judge,
    records,
    wilson,
)
from tests.test_body_severity import RULE  # a rule of kind too_broad, loud when earned


def _counts(requests: int, same_kind: int, answered: int = 0) -> dict[str, int]:
    return {"requests": requests, "same_kind": same_kind, "answered": answered}


def _request(n: int, authority: str, outcome: str = "s12") -> Request:
    case: dict[str, Any] = {
        "id": f"r{n}",
        "outcome": outcome,
        "trigger_kinds": [] if outcome == "answered" else ["too_broad"],
        "authority_reason": "",
    }
    same = int(outcome != "answered")
    add = {"requests": 1, "same_kind": same, "answered": 1 - same}
    return Request(case, authority, True, "dev", {"FD990": "too_broad"}, {}, {"FD990": add})


def test_one_body_one_name() -> None:
    assert authority_key({"authority": "Avon and Somerset Constabulary"}) == authority_key(
        {"authority": "Avon  and Somerset Police"}
    )
    assert authority_key({"authority": "Essex County Fire & Rescue Service"}) == authority_key(
        {"authority": "Essex County Fire and Rescue Service"}
    )
    # A commissioner's office is a public authority of its own.
    assert authority_key({"authority": "West Yorkshire Police and Crime Commissioner"}) != (
        authority_key({"authority": "West Yorkshire Police"})
    )


def test_support_counted_in_authorities() -> None:
    one = {("a", True): _counts(3, 3)}
    two = {("a", True): _counts(2, 2), ("b", True): _counts(1, 1)}
    assert in_force(one, "too_broad") and not distinct(2)(one, "too_broad")
    assert distinct(2)(two, "too_broad") and not distinct(3)(two, "too_broad")


def test_a_cap_keeps_one_authority_from_outvoting_the_rest() -> None:
    record = {("a", True): _counts(20, 2), ("b", True): _counts(2, 2)}
    assert not in_force(record, "too_broad")
    assert capped(2)(record, "too_broad") and not capped(100)(record, "too_broad")


def test_wilson_wants_more_than_one_of_two() -> None:
    half = {("a", True): _counts(2, 1)}
    assert in_force(half, "too_broad") and not wilson(1.0, 0.3)(half, "too_broad")
    assert wilson(1.0, 0.3)({("a", True): _counts(3, 3)}, "too_broad")
    assert not wilson(1.0, 0.3)({("a", True): _counts(9, 9, 1)}, "too_broad")  # answered


def test_a_record_from_one_authority_only_earns_nothing_for_it(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(RULE, encoding="utf-8")
    rules = {r.id: r for r in ruleset_from_file(str(path))}
    reqs = [_request(1, "a"), _request(2, "a"), _request(3, "b", "answered")]
    policies = {"in force": Policy(in_force)}
    loo = judge(reqs, policies, HOLD_OUTS["leave-one-out"], rules)["in force"]
    loao = judge(reqs, policies, HOLD_OUTS["leave-one-authority-out"], rules)["in force"]
    # By request, each of a's bounces is judged by the other and by b's answered request
    # (1 of 2 answered: quiet), and b's request by a's two bounces (loud: a false alarm).
    assert [bool(k) for _, k in loo] == [False, False, True]
    assert figures(loo)["caught"] == (0, 2) and figures(loo)["warned"] == (1, 1)
    # Without b, a's bounces earn each other loudness by request, none by authority.
    alone = reqs[:2]
    loo = judge(alone, policies, HOLD_OUTS["leave-one-out"], rules)["in force"]
    loao = judge(alone, policies, HOLD_OUTS["leave-one-authority-out"], rules)["in force"]
    assert [bool(k) for _, k in loo] == [True, True]
    assert [bool(k) for _, k in loao] == [False, False]
    # Records are kept per authority: the hold-out takes out a whole one.
    assert records(reqs)[0]["FD990"][("a", True)] == _counts(2, 2)


def test_other_firings_judged_by_the_records_less_their_authority(tmp_path: Path) -> None:
    """The fresh samples' firings (rules of their day) are judged by today's records less
    every request to the same authority; a rule since removed is never loud."""
    path = tmp_path / "rules.yaml"
    path.write_text(RULE, encoding="utf-8")
    rules = {r.id: r for r in ruleset_from_file(str(path))}
    reqs = [_request(1, "a"), _request(2, "a"), _request(3, "b", "answered")]
    fresh = [_request(1, "a"), _request(3, "b", "answered")]
    fresh[0].fired["FD000"] = "too_broad"  # a rule of its day, gone since
    judged = judge(reqs, {"in force": Policy(in_force)}, HOLD_OUTS[FIRST], rules, fresh)
    # a's request has only b's answered one behind it; b's has a's two bounces.
    assert [k for _, k in judged["in force"]] == [[], ["too_broad"]]
