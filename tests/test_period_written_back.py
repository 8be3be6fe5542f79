"""A period answer written back into its field (going back a question) reads as a
requester would type it, and goes back in unchanged."""

from __future__ import annotations

import pytest

from foidraft.interview.period_input import parse_period
from foidraft.tui.answer_text import period_text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2019/20", "2019/20"),
        ("2019", "2019"),
        ("2021/22 to 2023/24", "2021/22 to 2023/24"),
        ("2021 to 2023", "2021 to 2023"),
        ("01/01/2024 to 31/03/2024", "01/01/2024 to 31/03/2024"),
    ],
)
def test_a_period_is_shown_as_typed_and_reads_back_the_same(typed: str, shown: str) -> None:
    period = parse_period(typed)
    assert period_text(period) == shown
    assert parse_period(period_text(period)) == period
