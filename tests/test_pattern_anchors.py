"""Every pattern starts on words the letter's index can find, save a few listed here.

A pattern with no head words (``Pattern.heads``), no line starts and no place rule is
tried at every place of a letter: one such pattern, added in a rule widening, cost about
7 ms of each first check of a 10,000-word draft (`benchmarks/check_speed.py`). A new one
must say here why it cannot start on words."""

from __future__ import annotations

from foidraft.rules.registry import default_ruleset

# (rule, what the pattern starts on): each has no word to start on.
SCANNED = {
    ("FD105", "a year or a date in digits"),
    ("FD608", "a redaction in brackets, or a title before a name"),
    ("FD615", "a list item's number at a line start"),
    ("FD705", "a road number, case-sensitive"),
}


def test_patterns_that_scan_every_place_are_the_listed_few() -> None:
    scanned = {
        r.id
        for r in default_ruleset()
        for p in r.patterns
        if p.heads is None and not p.lines and p.where is None
    }
    assert scanned == {rule for rule, _ in SCANNED}
