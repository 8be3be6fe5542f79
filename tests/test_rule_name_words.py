"""A rule's name in words keeps the capitals of acronyms and of places and bodies: the
batch summary read "home office codes to scotland"."""

from __future__ import annotations

import pytest

from foidraft.explain import name_words


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("home-office-codes-to-scotland", "Home Office codes to Scotland"),
        ("english-cost-limit-to-foisa", "English cost limit to FOISA"),
        ("foia-cited-to-scottish-authority", "FOIA cited to Scottish authority"),
        ("ambiguous-split-year", "ambiguous split year"),
    ],
)
def test_a_rule_name_reads_with_its_capitals(name: str, words: str) -> None:
    assert name_words(name) == words
