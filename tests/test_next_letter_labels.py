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


def test_each_letter_is_written_with_the_name_home_lists_it_by() -> None:
    """The editor titled a clarification answer "Clarification: ..." where Home listed it
    as "Answer: ...": every letter foidraft writes now takes its title from the table
    Home reads (``follows.NAMES``), so the editor, Home and `drafts list` agree."""
    import json

    from foidraft.drafts import Draft, DraftStore
    from foidraft.drafts.follows import NAMES
    from foidraft.replies import read_reply
    from foidraft.replies.followup import LETTERS, context_for, next_letter, no_reply, save_letter

    data = Path(__file__).parent / "data"
    rows = {r["id"]: r["text"] for r in map(json.loads, (data / "replies.jsonl").open())}
    replies = {
        "clarify": (data / "wmp-8a-21-clarification.txt").read_text(encoding="utf-8"),
        "narrow": rows["wmp-1544a-21-tasers-cost"],
        "review": (data / "wmp-8a-21-final.txt").read_text(encoding="utf-8"),
        "thanks": (data / "wmp-8a-21-final.txt").read_text(encoding="utf-8"),
        "complaint": "I have completed the internal review. I uphold the original decision.",
    }
    store = DraftStore()
    request = Draft.new("Stop and search", "1. The number of searches in 2020.\n", "wmp")
    request.sent = dt.date(2021, 1, 4)
    store.save(request)
    for kind in LETTERS:
        text = replies.get(kind)
        reading = read_reply(text, regime="FOIA") if text else no_reply("FOIA")
        context = context_for(request, reading, authority=None, replied=dt.date(2021, 2, 1),
                              name="J")  # fmt: skip
        grounds = ["prejudice"] if kind == "review" else []
        letter = next_letter(kind, request, context, grounds=grounds, today=dt.date(2021, 3, 1))
        assert letter.title == f"{NAMES[kind][1]}: Stop and search", kind
        save_letter(store, request, letter)
    summaries = store.list()
    by_name = {s.name: s for s in summaries}
    for s in summaries:
        assert list_title(s, by_name) == s.title  # what the editor shows is what Home lists
