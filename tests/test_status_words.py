"""A draft's status as the requester reads it: every status has words, and the short
form for Home's table never shows the file's hyphenated value."""

from __future__ import annotations

from foidraft.drafts import STATUS_LABELS, STATUSES, status_label, status_short


def test_every_status_has_words() -> None:
    assert set(STATUS_LABELS) == set(STATUSES)
    assert status_label("partly-answered") == "Partly answered"
    assert status_label("draft") == "Draft"  # the hint after the colon is for the picker


def test_the_table_cell_is_short_and_has_no_hyphen() -> None:
    for status in STATUSES:
        cell = status_short(status)
        assert "-" not in cell and len(cell) <= 16, status
    assert status_short("ncnd") == "NCND"
