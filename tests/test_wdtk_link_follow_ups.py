"""A letter that follows a request already made (an answer to a clarification, a review
request, a chaser) gets no WhatDoTheyKnow link: the link opens a new request, and the
walk's answer to West Midlands Police's points came out as /new/wmp titled "Answer: ...".
A narrowed request is a new request, and keeps its link."""

from __future__ import annotations

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Draft
from foidraft.errors import FoidraftError
from foidraft.export.draft import draft_wdtk_url

BODY = "Dear West Midlands Police,\n\n1. You wrote: ...\n\nYours faithfully,\n\nJo Bloggs\n"


def _draft(letter: str) -> Draft:
    draft = Draft.new("Answer: Hunters", BODY, "wmp")
    draft.follows, draft.letter = "hunters-0001.md", letter
    return draft


@pytest.mark.parametrize("letter", ["clarify", "review", "chaser", "thanks"])
def test_a_follow_up_has_no_new_request_link(letter: str) -> None:
    wmp = load_directory().resolve("wmp")
    with pytest.raises(FoidraftError, match="follows a request already made") as raised:
        draft_wdtk_url(_draft(letter), wmp)
    assert "own page on WhatDoTheyKnow" in (raised.value.hint or "")


def test_a_narrowed_request_is_a_new_one() -> None:
    wmp = load_directory().resolve("wmp")
    assert "/new/" in draft_wdtk_url(_draft("narrow"), wmp)
