"""A long letter's requires/unless questions are answered by searching the sentence itself
while the letter's word index is not built (a keystroke's re-check), and from the letter's
listed places once it is (``foidraft.lint.anchored``), or after a few searches of each
pattern. Every way must give the same findings."""

from __future__ import annotations

import pytest

from foidraft.lint import anchored
from foidraft.lint.api import check
from tests.corpus import load_cases


def long_letter() -> str:
    requests = [c["request"] for c in load_cases("training")[:120]]
    text = "Dear Sir or Madam,\n\n" + "\n\n".join(requests) + "\n\nYours faithfully,\nA Requester\n"
    assert len(text) > anchored.LONG_LETTER
    return text


def seen(text: str) -> list[str]:
    """The findings as a requester sees them (rewordings have no equality of their own)."""
    return [f"{f!r} {f.message} {f.suggestions!r}" for f in check(text)]


def test_sentence_searches_and_listed_places_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_letter()
    listed = seen(text)  # the default: the letter's listed places (its index is built)
    monkeypatch.setattr(anchored, "WINDOW_SEARCHES", 8)  # a few searches of each, then places
    searched = seen(text)
    monkeypatch.setattr(anchored, "WINDOW_SEARCHES", 10**9)  # always the sentence itself
    always_searched = seen(text)
    assert searched == listed == always_searched
    assert len(listed) > 50  # the letter exercises the rules' sentence conditions
