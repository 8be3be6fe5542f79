"""Each speed-up of the reply reader gives the readings it gave without it.

A long reply (100-500 KB from a PDF) was read in time that grew with the square of its
length where a sentence looked through every citation of the reply for its own, and a
question's block, or an offset, through every block (``foidraft.replies.offsets`` finds
them by bisection now); and every phrase pattern was searched in every sentence, where a
sentence holding none of the words a pattern's matches need is now passed over
(``foidraft.replies.gate``). Here the reader is made to do it all as it did before, and
every reading (kind, provisions, questions, dates, roles, the words read, the rule that
decided) must be the same as the fast one's: on the training part's replies (with and
without the request they answer), long replies made of them, the same replies laid out
otherwise (flattened onto one line, quoted, double-spaced, with Windows line ends), and
replies hypothesis puts together from pieces that cite, number questions and refuse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.replies import acts, gate, questions, read_reply, said, scope
from foidraft.replies.clauses import sentences
from foidraft.replies.echo import mask
from foidraft.replies.figures import EFFORT_RE, EFFORT_REASON_RE, FIGURES_RE, UNRETRIEVABLE_RE
from foidraft.replies.grammar import as_we
from foidraft.replies.phrases import NEITHER_RE
from foidraft.replies.questions import Block, blocks
from foidraft.replies.refusing import REFUSING_RE
from foidraft.replies.review_words import REVIEW_ASKED_RE, REVIEW_RE
from foidraft.replies.text import own_text
from tests.replies_eval import load_replies, part_of
from tests.reply_lengths import long_reply, training_texts


def _roles_within(spans: Sequence[tuple[int, str]], lo: int, hi: int) -> set[str]:
    return {r for start, r in spans if lo <= start < hi}  # as acts.read_acts did


def _any_within(starts: Sequence[int], lo: int, hi: int) -> bool:
    return any(lo <= c < hi for c in starts)  # as questions_for did


def _span_at(starts: Sequence[int], ends: Sequence[int], at: int) -> int:
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):  # the first holding it
        if start <= at < end:
            return i
    return -1


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    return True  # every phrase pattern searched in every sentence


NAIVE: list[tuple[Any, str, Callable[..., Any]]] = [
    (said, "may_match", _may_match),  # (the phrase gate, asked where a sentence says it)
    (acts, "roles_within", _roles_within),
    (questions, "any_within", _any_within),
    (questions, "span_at", _span_at),
    (scope, "span_at", _span_at),
]


@contextmanager
def as_before(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """The reader looking up one by one, as before; yields how often each lookup ran."""
    calls = {f"{module.__name__}.{name}": 0 for module, name, _ in NAIVE}

    def counted(key: str, naive: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            calls[key] += 1
            return naive(*args)

        return run

    with monkeypatch.context() as m:
        for module, name, naive in NAIVE:
            m.setattr(module, name, counted(f"{module.__name__}.{name}", naive))
        yield calls


TRAINING = [r for r in load_replies() if part_of(r["url"]) == "training"]


def _readings(
    replies: list[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> dict[str, int]:
    """Read each (text, regime, letter) fast and as before; the readings must be equal.
    Returns how often the lookups ran before."""
    fast = [read_reply(text, regime=regime, letter=letter) for text, regime, letter in replies]
    with as_before(monkeypatch) as calls:
        slow = [read_reply(text, regime=regime, letter=letter) for text, regime, letter in replies]
    for (text, _, _), now, before in zip(replies, fast, slow, strict=True):
        assert now == before, text[:200]
    return calls


# Replies that refuse "this request" under one question and answer another: the lookup of
# the question an offset stands under runs only for such a reply.
UNDER_ONE_QUESTION = (
    "northumbria-228-22-vehicle-theft-cost", "lambeth-data-hub-community-centres-s12-partial",
    "devon-pothole-compensation-part-s12", "scotgov-202200327187-minister-complaints",
)  # fmt: skip


def test_training_replies_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    picked = [r for i, r in enumerate(TRAINING) if i % 5 == 0 or r["id"] in UNDER_ONE_QUESTION]
    replies = [(r["text"], r["regime"], "") for r in picked]
    replies += [(r["text"], r["regime"], r.get("request") or "") for r in TRAINING[2::10]]
    calls = _readings(replies, monkeypatch)
    assert all(calls.values()), calls  # every lookup was made, and made the same


@settings(max_examples=200)
@given(
    st.lists(st.integers(0, 40), min_size=1, max_size=12, unique=True),
    st.lists(st.integers(0, 500), max_size=6),
    st.lists(st.integers(0, 500), max_size=6),
)
def test_the_question_an_offset_stands_under(
    cuts: list[int], whole_at: list[int], gave_at: list[int]
) -> None:
    """``scope.under_one_question`` as before, on blocks laid out as ``questions.blocks``
    lays them (in order, each ending at or before the next one's start; gaps between)."""
    edges = sorted(10 * c for c in cuts)
    parts = [
        Block(str(i % 3), a, b - (i % 2) * 5) for i, (a, b) in enumerate(pairwise([*edges, 420]))
    ]
    parts = [b for b in parts if b.start < b.end]

    def naive(at: int) -> str | None:
        return next((b.question for b in parts if b.start <= at < b.end), None)

    refused = {naive(at) for at in whole_at}
    given_ = {naive(at) for at in gave_at} - {None}
    before = bool(whole_at and gave_at and parts) and None not in refused and bool(given_ - refused)
    assert scope.under_one_question(tuple(whole_at), tuple(gave_at), parts) == before


def test_long_replies_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    replies = [(long_reply(size, first), "FOIA", "") for size, first in ((20_000, 0),
               (60_000, 250), (150_000, 500))]  # fmt: skip
    _readings(replies, monkeypatch)


def _layouts(text: str) -> list[str]:
    lines = text.split("\n")
    return [
        " ".join(text.split()),  # a PDF flattened onto one line
        "\n".join(f"> {line}" for line in lines),  # quoted in a forward
        "\n\n".join(lines),  # copied double-spaced
        text.replace("\n", "\r\n"),  # Windows line ends
    ]


def test_replies_laid_out_otherwise_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = training_texts()
    replies = [(laid, "FOIA", "") for text in texts[3::40] for laid in _layouts(text)]
    _readings(replies, monkeypatch)


PIECES = [
    "Dear Mr Smith,\n\n", "1. How many officers were disciplined?\n", "Q2: ", "3) ",
    "Question 4 - ", "Response 2:\n", "We can neither confirm nor deny that we hold it. ",
    "The information is exempt under section 31(1)(a) and (b). ", "Section 40(2) applies. ",
    "Compliance would exceed the appropriate limit under s12(1). ", "There were 14. ",
    "We do not hold this information (section 1(1)(a)). ", "In relation to questions 3 and 4, ",
    "Your request is refused under section 14(1). ", "2019/20 - 183\n", "Please see attached. ",
    "This applies to the whole request. ", "We have provided part of the information. ",
    "Regulation 12(4)(b) applies. ", "\n", "\n\n", "OUTCOME\n", "Yours sincerely,\n\nFOI Team\n",
]  # fmt: skip


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_replies_put_together_read_the_same(
    monkeypatch: pytest.MonkeyPatch, pieces: list[str]
) -> None:
    _readings([("".join(pieces), "FOIA", "")], monkeypatch)


@settings(max_examples=100)
@given(st.lists(st.sampled_from([*PIECES, "4.", "5a. ", "----------\n", "Part 6\n"]), max_size=60))
def test_question_blocks_never_overlap(pieces: list[str]) -> None:
    """What the bisection over blocks rests on: sorted, each ending before the next starts."""
    found = blocks("".join(pieces))
    assert all(b.start < b.end for b in found)
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_training_question_blocks_never_overlap() -> None:
    for text in training_texts():
        found = blocks(text)
        assert all(a.start < a.end <= b.start for a, b in pairwise(found))


PHRASES = [*acts.WORDS.values(), FIGURES_RE, REFUSING_RE, REVIEW_RE, REVIEW_ASKED_RE,
           EFFORT_REASON_RE, UNRETRIEVABLE_RE, EFFORT_RE]  # fmt: skip


NEEDS = {p: gate._needs(p) for p in PHRASES}  # the words each one's matches need


def test_no_sentence_with_a_match_is_skipped() -> None:
    """The gate never turns away a sentence a phrase pattern matches: a third of the training
    replies' sentences, as the reader words them."""
    checked = 0
    for text in training_texts()[::3]:
        for s in sentences(mask(own_text(text))):
            said = NEITHER_RE.sub(" ", as_we(s.text))
            for pattern in PHRASES:
                if pattern.search(said):
                    checked += 1
                    assert gate.admits(NEEDS[pattern], said), (pattern.pattern[:80], said)
    assert checked > 1000


# The words the patterns' matches need, in odd cases and letters that fold to them
# ("ſ" is an "s", "K" the Kelvin sign a "k", to a regex that ignores case).
NEEDED = sorted({w for needs in NEEDS.values() for words in needs for w in words})
ODD_CASE = st.sampled_from(NEEDED).flatmap(
    lambda w: st.sampled_from(
        [w, w.upper(), w.title(), w.replace("s", "ſ"), w.replace("k", "\u212a")]
    )
)


@settings(max_examples=300)
@given(st.lists(st.one_of(ODD_CASE, st.sampled_from(["we", "the", "information", ",", ".", "12"])),
                min_size=1, max_size=12))  # fmt: skip
def test_words_in_any_case_are_let_through(words: list[str]) -> None:
    said = " ".join(words)
    for pattern in PHRASES:
        if pattern.search(said):
            assert gate.admits(NEEDS[pattern], said), (pattern.pattern[:80], said)
