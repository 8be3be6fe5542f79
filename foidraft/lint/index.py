"""Where literals occur in a letter, found without searching it once per literal.

The knowledge base has some nine hundred distinct literals, and even ``literal in text``
for all of them costs more than the whole lint budget on a long draft. So the folded
letter is split into words once (in C: ``re.split`` and cumulative sums), and a literal
the regex analysis proved to begin a word (``Pattern.literals_ws`` / ``heads_ws``) is
answered from that index: the words starting with it are a range of the sorted
vocabulary. Other literals fall back to searching the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain
from operator import add

_SPLIT_RE = re.compile(r"(\w+)")
_NONE: list[int] = []  # shared "nowhere"; never mutated
PREFIX_MAX = 24  # word starts kept for the absence test (a megabyte-long "word" is possible)
_LEAD_RE = re.compile(r"\w+")


class LiteralIndex:
    __slots__ = (
        "_candidates",
        "_paragraph_lists",
        "_paragraph_sets",
        "_paragraphs",
        "_positions",
        "_prefixes",
        "_vocab",
        "_words",
        "low",
        "para_starts",
        "start",
    )

    def __init__(self, low: str, start: int, para_starts: list[int]) -> None:
        self.low = low  # the folded (lower-cased, same length) masked letter
        self.start = start
        self.para_starts = para_starts
        self._words: dict[str, list[int]] | None = None
        self._vocab: list[str] = []
        self._prefixes: frozenset[str] = frozenset()
        self._positions: dict[tuple[str, bool], list[int]] = {}
        self._paragraphs: dict[tuple[str, bool], list[int]] = {}
        self._candidates: dict[tuple[tuple[str, ...], bool], list[int]] = {}
        self._paragraph_sets: dict[tuple[tuple[str, ...], bool], frozenset[int]] = {}
        self._paragraph_lists: dict[tuple[tuple[str, ...], bool], list[int]] = {}

    def _build(self) -> dict[str, list[int]]:
        parts = _SPLIT_RE.split(self.low)  # the header is blanked: it holds no words
        ends = list(accumulate(map(len, parts)))
        words: dict[str, list[int]] = {}
        get = words.get
        for word, offset in zip(parts[1::2], ends[0::2], strict=False):
            found = get(word)
            if found is None:
                words[word] = [offset]
            else:
                found.append(offset)
        self._vocab = sorted(words)
        # Every start of every word: most literals are absent from a given letter, and
        # this answers that with one set lookup.
        self._prefixes = frozenset(
            w[:i] for w in words for i in range(1, min(len(w), PREFIX_MAX) + 1)
        )
        self._words = words
        return words

    def words(self) -> list[str]:
        """The distinct words of the letter (folded), sorted."""
        if self._words is None:
            self._build()
        return self._vocab

    def positions(self, literal: str, word_start: bool) -> list[int]:
        """Sorted offsets where ``literal`` occurs (at word starts only, if ``word_start``)."""
        key = (literal, word_start)
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = (
                self._word_positions(literal) if word_start else _occurrences(self.low, literal)
            )
        return found

    def starts_of(self, heads: tuple[str, ...], word_start: bool) -> list[int]:
        """Sorted offsets where any of ``heads`` occurs: where a pattern's matches can start."""
        key = (heads, word_start)
        found = self._candidates.get(key)
        if found is None:
            if len(heads) == 1:
                found = self.positions(heads[0], word_start)
            else:  # set() and sorted() iterate in C
                found = sorted(
                    set(chain.from_iterable(self.positions(h, word_start) for h in heads))
                )
            self._candidates[key] = found
        return found

    def _word_positions(self, literal: str) -> list[int]:
        words = self._words if self._words is not None else self._build()
        if self._absent_word(literal):
            return []
        lead_match = _LEAD_RE.match(literal)
        if lead_match is None:
            return _occurrences(self.low, literal)
        lead = lead_match.group()
        if lead != literal:  # "home office": the word must be exactly "home", then check
            low = self.low
            return [p for p in words.get(lead, ()) if low.startswith(literal, p)]
        vocab = self._vocab
        i = bisect_left(vocab, literal)
        lists = []
        while i < len(vocab) and vocab[i].startswith(literal):
            lists.append(words[vocab[i]])
            i += 1
        if len(lists) == 1:
            return lists[0]
        return sorted(chain.from_iterable(lists))

    def paragraphs(self, literal: str, word_start: bool) -> list[int]:
        """Sorted indexes of the paragraphs containing ``literal``."""
        key = (literal, word_start)
        found = self._paragraphs.get(key)
        if found is None:
            if word_start and self._absent_word(literal):
                return _NONE
            found = self._paragraphs[key] = (
                self._paragraphs_of(self.positions(literal, True))
                if word_start
                else self._search_paragraphs(literal)
            )
        return found

    def paragraph_set(self, literals: tuple[str, ...], word_start: bool) -> frozenset[int]:
        """The paragraphs holding at least one of ``literals`` (cached per set)."""
        key = (literals, word_start)
        found = self._paragraph_sets.get(key)
        if found is None:
            found = frozenset(
                chain.from_iterable(self.paragraphs(lit, word_start) for lit in literals)
            )
            self._paragraph_sets[key] = found
        return found

    def paragraph_list(self, literals: tuple[str, ...], word_start: bool) -> list[int]:
        """The same paragraphs, sorted."""
        if len(literals) == 1:
            return self.paragraphs(literals[0], word_start)
        key = (literals, word_start)
        found = self._paragraph_lists.get(key)
        if found is None:  # asked once per context check: sorting each time is quadratic
            found = self._paragraph_lists[key] = sorted(self.paragraph_set(literals, word_start))
        return found

    def _absent_word(self, literal: str) -> bool:
        """True when no word of the letter starts with ``literal`` (plain words only)."""
        if self._words is None:
            self._build()
        return len(literal) <= PREFIX_MAX and literal.isalnum() and literal not in self._prefixes

    def _paragraphs_of(self, positions: list[int]) -> list[int]:
        starts = self.para_starts
        out: list[int] = []
        following = -1  # where the paragraph after the last one counted begins
        for pos in positions:
            if pos < following:
                continue
            i = bisect_right(starts, pos) - 1
            out.append(i)
            if i + 1 == len(starts):
                break
            following = starts[i + 1]
        return out

    def _search_paragraphs(self, literal: str) -> list[int]:
        # One find per paragraph that holds the literal, skipping the rest of each.
        starts = self.para_starts
        low = self.low
        end = len(low)
        out: list[int] = []
        pos = low.find(literal, self.start)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            out.append(i)
            nxt = starts[i + 1] if i + 1 < len(starts) else end
            pos = low.find(literal, max(nxt, pos + 1))
        return out


def _occurrences(text: str, literal: str) -> list[int]:
    """All (possibly overlapping) offsets of ``literal`` in ``text``.

    ``str.split`` and cumulative sums run in C: a common word's thousand occurrences cost
    far less than a thousand ``find`` calls. A literal that can overlap itself ("aba")
    needs the slower scan, since split only finds non-overlapping occurrences.
    """
    n = len(literal)
    if any(literal[:k] == literal[-k:] for k in range(1, n)):
        out, find = [], text.find
        pos = find(literal)
        while pos != -1:
            out.append(pos)
            pos = find(literal, pos + 1)
        return out
    parts = text.split(literal)
    if len(parts) == 1:
        return []
    return list(map(add, accumulate(map(len, parts[:-1])), range(0, n * (len(parts) - 1), n)))
