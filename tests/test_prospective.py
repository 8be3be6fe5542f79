"""The prospective record (tests/prospective.py): each rule on fresh requests replayed against
the rules that had not seen them, and the veto it puts on loudness (tests/rule_scores.py)."""

from __future__ import annotations

import copy
from typing import Any

from tests.corpus import OUTCOMES, part_of, read_jsonl
from tests.prospective import check_form, load
from tests.prospective_policy import records, vetoed

DATA = load()


def test_the_record_is_sound() -> None:
    assert check_form(DATA) == []


def test_the_form_check_finds_a_case_from_the_validation_part() -> None:
    """A fresh case now in the validation part may feed no decision."""
    url = next(c["url"] for c in read_jsonl(OUTCOMES) if part_of(c["url"]) == "validation")
    bad = copy.deepcopy(DATA)
    bad["cases"].append({**bad["cases"][0], "url": url})
    assert any("not in the training part" in p for p in check_form(bad))
    bad["cases"][0]["fired"] = {"FD101": ["ambiguous_period"]}
    assert any("not [kind, severity]" in p for p in check_form(bad))
    stale = copy.deepcopy(DATA)
    stale["cases"][0]["fired"] = {"FD999": ["manual_review", "warning"]}
    assert check_form(stale) == [
        "rules: not the sum of the cases (replay: python -m tests.prospective)"
    ]


def test_the_replay_gives_the_figures_each_round_reported_before_tuning() -> None:
    """The commit messages that joined these samples gave their figures before any rule
    changed (bounce5: 58% caught, 50% right kind, 3 of 3 answered warned; bounce6: 61%, 52%,
    0 of 3; ncnd5: 64%, 51%, 55% foreseen, 2 of 4; answered5: 1 of 2 caught, 2 of 7 warned;
    ncnd7: 67%, 55% foreseen)."""
    before: dict[str, dict[str, int]] = DATA["before"]

    def rates(name: str) -> tuple[int, int, int, int, int]:
        f = before[name]
        pct = [round(100 * a / b) if b else -1 for a, b in
               [(f["caught"], f["bounced"]), (f["kind_right"], f["kinded"]),
                (f["foreseen"], f["ncnd"])]]  # fmt: skip
        return pct[0], pct[1], pct[2], f["warned"], f["answered"]

    assert rates("bounce5.jsonl") == (58, 50, -1, 3, 3)
    assert rates("bounce6.jsonl") == (61, 52, -1, 0, 3)
    assert rates("ncnd5.jsonl") == (64, 51, 55, 2, 4)
    assert rates("ncnd7.jsonl")[0::2] == (67, 55, 0)
    assert (before["answered5.jsonl"]["caught"], before["answered5.jsonl"]["bounced"]) == (1, 2)
    assert rates("answered5.jsonl")[3:] == (2, 7)


def _case(outcome: str) -> dict[str, Any]:
    by_url = {c["url"]: c for c in read_jsonl(OUTCOMES)}
    return next(c for c in DATA["cases"] if by_url[c["url"]]["outcome"] == outcome)


def test_records_count_fires_kinds_and_answers() -> None:
    answered, cost = _case("answered"), _case("s12")
    cases = [
        {**answered, "fired": {"FD999": ["manual_review", "warning"]}},
        {**cost, "fired": {"FD999": ["manual_review", "info"], "FD998": ["personal_data", "info"]}},
    ]
    rec = records(cases)
    assert rec["FD999"] == {"requests": 2, "same_kind": 1, "answered": 1, "loud": 1}
    assert "FD998" not in rec  # a cost refusal cannot tell whether an exemption was right


def test_the_veto_can_tell_good_from_bad() -> None:
    assert vetoed({"requests": 17, "same_kind": 3, "answered": 2})
    assert vetoed({"requests": 10, "same_kind": 4, "answered": 6})  # mostly answered
    assert not vetoed({"requests": 12, "same_kind": 9, "answered": 1})
    assert not vetoed({"requests": 2, "same_kind": 0, "answered": 2})  # too few to judge
    assert not vetoed(None)


def test_tally_counts_catches_kinds_and_false_alarms() -> None:
    from tests.rule_scores import tally

    cost = {"outcome": "s12", "trigger_kinds": ["manual_review"]}
    judged = [
        ({"outcome": "answered", "trigger_kinds": []}, ["too_broad"]),
        ({"outcome": "answered", "trigger_kinds": []}, []),
        (cost, ["not_recorded_field"]),  # a cost reason answers for another
        (cost, ["personal_data"]),
        (cost, []),
    ]
    assert tally(judged) == (3, 2, 1, 2, 1)
