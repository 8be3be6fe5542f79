"""A not-held answer whose reason says the information was never recorded, the document
does not exist, or the period is outside what is kept: how the corpus scores a not-recorded
finding on it (a scoring convention in tests/rule_scores.py, NOT_RECORDED_RE)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rule_scores import right_kind

NR = "not_recorded_field"


def case(outcome: str, reason: str, kinds: tuple[str, ...] = ("other",)) -> dict[str, Any]:
    return {"outcome": outcome, "authority_reason": reason, "trigger_kinds": list(kinds)}


@pytest.mark.parametrize(
    "reason",
    [
        "The force said no protocol for dealing with officers charged exists.",
        "The council holds no standalone policy or guidance on what records are created.",
        "No minutes were held for the 2007 meeting; upheld on review.",
        "Command team staff found no such correspondence: not held.",
        "Figures given from April 2015 only: earlier years are beyond the retention period.",
        "Records are kept only for the current academic year.",
        "The archive cannot export historical data of this kind.",
        "The reason for each stop is not recorded in a retrievable form.",
    ],
)
def test_a_reason_that_says_it_was_never_recorded_makes_a_not_recorded_finding_right(
    reason: str,
) -> None:
    assert right_kind("not_recorded_field", case("not_held", reason))


@pytest.mark.parametrize(
    ("kind", "outcome", "reason"),
    [
        (NR, "not_held", "Police Scotland held none of the information requested."),
        (NR, "not_held", "The office had not written to the minister, so nothing was held."),
        (NR, "not_held", "Searches returned zero results for failed checks."),
        (NR, "answered", "No such policy exists; the guidance was sent instead."),
        (NR, "s12", "No such report exists, and reading each file would exceed the limit."),
        ("manual_review", "not_held", "No such correspondence exists."),  # not the cost kin
        ("held_elsewhere", "not_held", "No such correspondence exists."),
    ],
)
def test_other_reasons_outcomes_and_kinds_are_not(kind: str, outcome: str, reason: str) -> None:
    assert not right_kind(kind, case(outcome, reason))


def test_the_labels_still_count_as_before() -> None:
    labelled = case("not_held", "Not held.", ("not_recorded_field",))
    assert right_kind("not_recorded_field", labelled) and right_kind("manual_review", labelled)
