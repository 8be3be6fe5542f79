"""Each speed-up of this round's first check gives the findings it gave without it.

Every speed-up below has its former way kept here (``BEFORE``), and the findings of the
whole lint are compared with and without it, one speed-up at a time and all at once, on
varied letters: the corpus requests, joined into long letters (the word index answers
long and short letters in different ways), and long letters hypothesis edits at random
(a piece cut out, a rule's example or an odd character put in, a paragraph repeated, line
breaks made or joined). Nothing is timed: the benchmarks measure speed.

- word numbers: a place's word number is looked up (``LiteralIndex.numbers``), where it
  was found by bisecting the letter's word starts;
- digit words: the words starting with a digit are found by bisection in the sorted
  vocabulary, where every word was looked at;
- word pair: whether a search's end cuts a word is asked of the two characters
  (``foidraft.lint.anchored.word_pair``), where a ``\\w\\w`` regex was matched there (and
  on every code point, next to a letter and to "_", compared on its own);
- paragraph numbers: a place's paragraphs are made a list in C (``map``), where a
  comprehension made it;
- many questions: FD801's numbered-line pattern takes a question's stem and the rest of
  its line possessively (``{12,}+``, ``[^\n]*+``), where it stepped back over them a
  character at a time: the former regex is matched instead (and at every line start of
  the corpus requests, every place of hypothesis' lines, compared on its own).
"""

from __future__ import annotations

import datetime as dt
import re
from _bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.lint import anchored as anchored_module
from foidraft.lint import index as index_module
from foidraft.lint.document import Document
from foidraft.lint.engine import lint
from foidraft.lint.index import LiteralIndex
from foidraft.lint.model import Finding
from foidraft.rules.registry import default_ruleset
from tests.corpus import load_cases

RULES = default_ruleset()
TODAY = dt.date(2025, 6, 1)
REQUESTS = [str(c["request"]) for c in load_cases()]
EXAMPLES = [ex for r in RULES for which in ("bad", "good") for ex in r.examples[which]]
ODD = ["٣ ٤", "१२", "İ", "ſ", "\u212a", "’", "\r\n", "\n\n", "\t", "2019/20", "_x", "Q1 ", "1. "]


class _Bisected:
    """The former word numbers: each found by bisecting the word starts."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def __getitem__(self, place: int) -> int:
        i = bisect_left(self.starts, place)
        assert self.starts[i] == place  # only ever asked about word starts
        return i


def _bisected_numbers(self: LiteralIndex) -> _Bisected:
    if not self.built():
        self._build()
    return _Bisected(self._starts)


def _every_digit_word(vocab: list[str]) -> list[str]:
    return [w for w in vocab if w[0].isdecimal()]


MANY_QUESTIONS = RULES.get("FD801").patterns[0]  # type: ignore[union-attr]
FORMER_MANY_QUESTIONS = re.compile(
    MANY_QUESTIONS.regex.replace(r"{12,}+)", r"{12,})").replace(r"[^\n]*+\n", r"[^\n]*\n")
)


class _Counted:
    """A regex that counts its matches tried (only ``match`` is asked of a line's pattern)."""

    def __init__(self, regex: re.Pattern[str], used: dict[str, int], name: str) -> None:
        self.regex, self.used, self.name = regex, used, name
        self.groupindex = regex.groupindex

    def match(self, *args: object) -> re.Match[str] | None:
        self.used[self.name] += 1
        return self.regex.match(*args)  # type: ignore[arg-type]


WORD_PAIR_RE = re.compile(r"\w\w")


def _word_pair_by_regex(pair: str) -> bool:
    return WORD_PAIR_RE.match(pair) is not None


def _paragraphs_by_comprehension(self: LiteralIndex, positions: list[int]) -> list[int]:
    after = dict.fromkeys(bisect_right(self.para_starts, p) for p in positions)
    return [k - 1 for k in after]


# name -> (object, attribute, the former way: a function, or a compiled regex)
BEFORE: dict[str, tuple[object, str, object]] = {
    "word numbers": (LiteralIndex, "numbers", _bisected_numbers),
    "digit words": (index_module, "_digit_words", _every_digit_word),
    "word pair": (anchored_module, "word_pair", _word_pair_by_regex),
    "paragraph numbers": (LiteralIndex, "_paragraphs_of", _paragraphs_by_comprehension),
    "many questions": (MANY_QUESTIONS, "_compiled", FORMER_MANY_QUESTIONS),
}


def _summary(findings: list[Finding]) -> list[tuple[object, ...]]:
    return [
        (f.rule, f.start, f.end, f.severity, f.message, [(s.title, s.edits) for s in f.suggestions])
        for f in findings
    ]


def _findings(text: str) -> list[tuple[object, ...]]:
    return _summary(lint(Document(text), RULES, today=TODAY))


def _same(text: str, names: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Assert the findings are the same with the former ways of ``names``; how often each
    former way was used."""
    now = _findings(text)
    used = dict.fromkeys(names, 0)
    with monkeypatch.context() as m:
        for name in names:
            owner, attribute, former = BEFORE[name]
            if isinstance(former, re.Pattern):
                m.setattr(owner, attribute, _Counted(former, used, name))
                continue

            def counted(*args: object, _name: str = name, _former: Any = former) -> object:
                used[_name] += 1
                return _former(*args)

            m.setattr(owner, attribute, counted)
        assert _findings(text) == now
    return used


def _long_letters(size: int = 60_000) -> Iterator[str]:
    """The corpus requests joined into letters of about ``size`` characters."""
    letter: list[str] = []
    length = 0
    for request in REQUESTS:
        letter.append(request)
        length += len(request)
        if length >= size:
            yield "\n\n".join(letter)
            letter, length = [], 0
    if letter:
        yield "\n\n".join(letter)


LONG = list(_long_letters())
CHOICES = [[name] for name in BEFORE] + [list(BEFORE)]


@pytest.mark.parametrize("names", CHOICES, ids=" + ".join)
def test_the_corpus_requests_give_the_same_findings(
    names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    used = dict.fromkeys(names, 0)
    # Every letter with all the former ways at once; each alone on a quarter of them (the
    # suite's time: each pass over every letter costs seconds).
    for text in LONG if len(names) > 1 else LONG[::4]:
        for name, n in _same(text, names, monkeypatch).items():
            used[name] += n
    assert all(used.values()), used  # each former way was run
    # ...and short letters' (a page's word index keeps every word start: other paths)
    for text in REQUESTS[::25]:
        _same(text, names, monkeypatch)


def test_the_former_ways_are_still_what_they_replace() -> None:
    """A check that the comparison compares something: the former ways give the same
    answers as the new ones, here asked directly."""
    for text in LONG[:3]:
        index = Document(text).index()
        words = index.words()
        numbers, bisected = index.numbers(), _bisected_numbers(index)
        assert len(numbers) == len(index._starts)
        assert all(numbers[p] == bisected[p] for p in index._starts)
        assert index_module._digit_words(words) == _every_digit_word(words)
    vocab = sorted({"0", "09x", "9", ":", "a1", "_1", "٣", "١٢", "१२", "x٣", "\u00b2", "ab", "z"})
    assert index_module._digit_words(vocab) == _every_digit_word(vocab)  # "²": no digit


@st.composite
def _edited(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(LONG))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["cut", "put", "repeat", "break", "join"]))
        if kind == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 400)) :]
        elif kind == "put":
            piece = draw(st.one_of(st.sampled_from(EXAMPLES + ODD), st.text(max_size=20)))
            text = text[:at] + piece + text[at:]
        elif kind == "repeat":
            end = text.find("\n\n", at)
            text = text[:end] + text[at:end] if end > at else text + text[at:]
        elif kind == "break":
            text = text[:at] + draw(st.sampled_from(["\n", "\n\n", " \n "])) + text[at:]
        else:
            text = text[:at] + text[at:].replace("\n", " ", draw(st.integers(1, 20)))
    return text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_edited(), names=st.sampled_from(CHOICES))
def test_edited_letters_give_the_same_findings(
    text: str, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(text, names, monkeypatch)


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _same_matches(text: str, places: list[int]) -> None:
    for at in places:
        now, before = MANY_QUESTIONS.compiled.match(text, at), FORMER_MANY_QUESTIONS.match(text, at)
        assert (now and (now.span(), now.groupdict())) == (
            before and (before.span(), before.groupdict())
        ), (text[at : at + 80], at)


def test_the_many_questions_pattern_matches_as_before_on_the_corpus() -> None:
    assert FORMER_MANY_QUESTIONS.pattern != MANY_QUESTIONS.regex
    for text in REQUESTS + LONG[:2]:
        _same_matches(text, _line_starts(text))


NUMBERED = [
    "1. How many crimes in 2019", "2. How many crimes in 2020", "Q3 ", "  ", "\n", "a) ",
    "1.", "How many women do you employ over the age of 40?", "12 ", "Do you have ", "?",
    ": ", "\t", "3) The number of arrests made ", "Q 4. the number of arrests made ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from(NUMBERED), st.text(max_size=8))).map("".join))
def test_the_many_questions_pattern_matches_as_before_anywhere(text: str) -> None:
    _same_matches(text, list(range(len(text) + 1)))


def test_word_pair_is_what_a_regex_reads_as_two_word_characters() -> None:
    for i in range(0x110000):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        for pair in (c + "a", "_" + c, c + "-", c + c):
            assert anchored_module.word_pair(pair) == _word_pair_by_regex(pair), hex(i)
