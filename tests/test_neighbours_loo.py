"""The leave-one-out measurement of requests like yours (tests/neighbours_loo.py), on
made-up cases."""

from __future__ import annotations

from typing import Any

from tests.neighbours import Params
from tests.neighbours_loo import kind_signal, loo, said


def case(
    i: int, text: str, outcome: str = "answered", kinds: tuple[str, ...] = (), **more: Any
) -> dict[str, Any]:
    return {"id": f"c{i}", "url": f"https://example.org/{i}", "request": text,
            "outcome": outcome, "trigger_kinds": list(kinds), "authority_reason": "",
            "authority_type": "police", **more}  # fmt: skip


KNIFE = "knife crime figures for schools in each ward"


def test_a_request_is_never_judged_by_itself_its_url_or_its_text_sent_elsewhere() -> None:
    pool = [
        case(1, KNIFE),
        case(2, KNIFE.upper() + "!", authority_type="council"),  # the same text, elsewhere
        case(3, KNIFE + " please", url="https://example.org/1"),  # the same address
        case(4, KNIFE + " and colleges"),
        case(5, "council parking fines by street"),
    ]
    near = [c["id"] for c, _ in loo(pool, None)["c1"]]
    assert near[0] == "c4"
    assert not {"c1", "c2", "c3"} & set(near)


def test_grouped_and_same_body_leave_more_out() -> None:
    pool = [case(1, KNIFE), case(4, KNIFE + " and colleges"),
            case(6, KNIFE + " and nurseries", authority_type="council")]  # fmt: skip
    assert [c["id"] for c, _ in loo(pool, {"c1": "g", "c4": "g", "c6": "h"})["c1"]] == ["c6"]
    assert [c["id"] for c, _ in loo(pool, None, same_body=True)["c1"]] == ["c4"]


def test_the_kind_signal_needs_share_and_count() -> None:
    s12 = [(case(i, "x", "s12", ("manual_review", "other")), 0.5) for i in range(3)]
    answered = [(case(9, "x"), 0.5)]
    p = Params(k=10, floor=0.2, share=0.7, min_n=3)
    assert kind_signal(s12 + answered, p) == ["manual_review"]
    assert kind_signal(s12 + answered * 2, p) == []  # three of five: share too low
    assert kind_signal(s12[:2], p) == []  # two neighbours: too few
    assert kind_signal([(c, 0.1) for c, _ in s12], p) == []  # under the floor
    by_outcome = said({"c0": s12 + answered}, ("outcome", 10, 0.2, 0.7, 3))
    assert by_outcome == {"c0": ["manual_review"]}
