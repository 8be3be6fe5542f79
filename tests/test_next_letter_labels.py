"""What a next letter follows, in plain words, for Home's row and detail line and for
`foidraft drafts list` (``foidraft.drafts.follows``, ``foidraft.tui.home_detail``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.drafts import DraftSummary
from foidraft.drafts.follows import follows_label, follows_text, list_title
from foidraft.tui.home_detail import detail_text
from foidraft.tui.home_rows import DraftRow

WHEN = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.UTC)


def summary(name: str, title: str, *, follows: str = "", letter: str = "") -> DraftSummary:
    return DraftSummary(name, Path(name), title, "wmp", "draft", WHEN, WHEN, None,
                        follows=follows, letter=letter)  # fmt: skip


REQUEST = summary("hunters-0001.md", "Paedophile hunters")
REVIEW = summary("review-0002.md", "Internal review: Paedophile hunters",
                 follows="hunters-0001.md", letter="review")  # fmt: skip
BY_NAME = {s.name: s for s in (REQUEST, REVIEW)}


def test_each_kind_of_next_letter_says_what_it_is_to_its_request() -> None:
    assert follows_text("review", "Knife crime") == "Review request for: Knife crime"
    assert follows_text("clarify", "Knife crime") == "Answer to their question on: Knife crime"
    assert follows_text("chaser", "Knife crime", short=True) == "Chaser: Knife crime"
    assert follows_text("handwritten", "Knife crime") == "Follows: Knife crime"


def test_a_request_follows_nothing_and_keeps_its_title() -> None:
    assert follows_label(REQUEST, BY_NAME) == ""
    assert list_title(REQUEST, BY_NAME) == "Paedophile hunters"


def test_a_next_letter_is_listed_by_what_it_follows_unless_renamed() -> None:
    assert follows_label(REVIEW, BY_NAME) == "Review request for: Paedophile hunters"
    assert list_title(REVIEW, BY_NAME) == "Review: Paedophile hunters"
    renamed = summary("review-0002.md", "My appeal", follows="hunters-0001.md", letter="review")
    assert list_title(renamed, BY_NAME) == "My appeal"  # the name the requester gave it


def test_a_deleted_request_is_named_by_its_file() -> None:
    assert follows_label(REVIEW, {}) == "Review request for: hunters-0001"


def test_the_detail_line_starts_with_what_it_follows_and_whose_request_it_was() -> None:
    row = DraftRow(REVIEW, "West Midlands Police", "09:00",
                   follows=follows_label(REVIEW, BY_NAME))  # fmt: skip
    assert detail_text(row, "p") == (
        "Review request for: Paedophile hunters (West Midlands Police) · review-0002.md"
    )
    plain = DraftRow(REQUEST, "West Midlands Police", "09:00")
    assert detail_text(plain, "p") == "hunters-0001.md"
