"""``python -m tests.replies_sources``: the reader by source (each fresh sample before tuning
and now, each step of the kinds' precedence). Checked on a made-up result, never by reading."""

from __future__ import annotations

from collections import Counter

from foidraft.replies.kinds import PRECEDENCE
from tests.replies_prospective import README_BEFORE, sample_files
from tests.replies_sources import LATER_BEFORE, report


def test_each_samples_first_reading_is_at_most_its_size() -> None:
    for name, (kinds, provisions, n) in {**README_BEFORE, **LATER_BEFORE}.items():
        assert 0 <= kinds <= n and 0 <= provisions <= n, name
    names = {p.stem.removeprefix("replies-") for p in sample_files()}
    assert set(LATER_BEFORE) <= names  # every figure is a sample's


def test_the_report_shows_then_and_now_and_every_step() -> None:
    result = {
        "samples": [("fresh27", 37, 30, 33, 26, 24), ("fresh22", 20, 16, 17, 11, 11)],
        "steps": {"review": Counter({"n": 4, "right": 3, "missed then": 2})},
        "then": {"fresh22": Counter({"n": 13, "kind": 9, "sections": 12})},
    }
    text = report(result)
    assert "fresh27      27/ 33 of  37" in text  # the README's first reading
    assert "9/ 12 of  13 (training part)" in text  # from the replayed readings
    assert "kinds 46/57, provisions 50/57; training part kinds 35/37" in text
    assert all(rule.name in text for rule in PRECEDENCE)
    assert "review                   3/4      0/2" in text
