"""The `within_a_month` condition: a window of a month or less between two dates, as FD402
reads a correspondence request already narrowed to one team, one subject and a short time."""

from __future__ import annotations

import pytest

from foidraft.rules.predicates import holds

WHERE = ("within_a_month", ("m1", "d1", "m2", "d2"))


@pytest.mark.parametrize(
    ("m1", "d1", "m2", "d2", "within"),
    [
        ("March", "1", "March", "31", True),
        ("March", "1", "April", "1", True),
        ("Dec", "15", "January", "10", True),  # across the new year
        ("March", "1", "April", "30", False),
        ("March", "1", "May", "31", False),
        ("March", "20", "March", "2", False),  # backwards
        ("Marchly", "1", "nonsense", "2", False),
        ("March", "", "April", "1", False),
    ],
)
def test_a_window_of_a_month_or_less(m1: str, d1: str, m2: str, d2: str, within: bool) -> None:
    assert holds(WHERE, {"m1": m1, "d1": d1, "m2": m2, "d2": d2}, 2026) is within
