"""tests/false_alarms.py counts a rule right as the corpus does: of its kind, or of a kind it
also names (FD401 and FD402 name personal data and the other exemptions)."""

from __future__ import annotations

from typing import Any

from tests.false_alarms import ANY, tally


def _case(outcome: str, kinds: list[str]) -> dict[str, Any]:
    return {"outcome": outcome, "trigger_kinds": kinds, "authority_reason": ""}


def test_a_kind_the_rule_also_names_counts_as_right() -> None:
    withheld = _case("ncnd_or_exempt", ["personal_data"])
    _, kinded, answered = tally([(withheld, {"FD401": "too_broad"})])
    assert kinded["FD401"] == 1 and answered == 0


def test_a_kind_the_rule_does_not_name_is_not_right() -> None:
    withheld = _case("ncnd_or_exempt", ["law_enforcement_sensitive"])
    _, kinded, _ = tally([(withheld, {"FD401": "too_broad"})])
    assert kinded["FD401"] == 0


def test_answered_requests_are_counted_once_however_many_rules_warn() -> None:
    answered = _case("answered", [])
    quiet = _case("answered", [])
    warned, kinded, n = tally(
        [(answered, {"FD401": "too_broad", "FD402": "too_broad"}), (quiet, {})]
    )
    assert (warned[ANY], warned["FD401"], warned["FD402"], n) == (1, 1, 1, 2)
    assert not kinded
