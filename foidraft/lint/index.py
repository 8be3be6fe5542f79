"""Where literals occur in a letter, found without searching it once per literal.

The knowledge base has some nine hundred distinct literals, and even ``literal in text``
for all of them costs more than the whole lint budget on a long draft. So the folded
letter is split into words once (in C: ``re.split`` and cumulative sums), and a literal
the regex analysis proved to begin a word (``Pattern.literals_ws`` / ``heads_ws``) is
answered from that index: the words starting with it are a range of the sorted
vocabulary. Other literals fall back to searching the text.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import
from itertools import accumulate, chain, count

from foidraft.lint.places import (
    FEW_PLACES,
    MANY_PLACES,
    followed,
    followed_places,
    merged_places,
    paragraph_map,
    paragraphs_of,
    search_paragraphs,
)
from foidraft.rules.model import DIGIT_HEAD
from foidraft.text.find import occurrences
from foidraft.text.lazyre import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

_SPLIT_RE = LazyRegex(r"(\w+)")
_NONE: list[int] = []  # shared "nowhere"; never mutated
_LEAD_RE = LazyRegex(r"\w+")
_LAST = chr(0x10FFFF)  # sorts after every other character
FEW_WORDS = 400  # distinct words of a letter whose word starts are kept as a set (a page)
PREFIX_LENGTH = 20  # ...up to this long (a megabyte of digits is one word: not its every start)


class LiteralIndex:
    __slots__ = (
        "_after", "_asked", "_between", "_blob", "_blob_starts", "_by_pattern", "_candidates",
        "_followed", "_has_any", "_numbers", "_para_of", "_paragraph_lists", "_paragraph_sets",
        "_paragraphs", "_parts", "_positions", "_prefixes", "_starts", "_tokens", "_vocab",
        "_words", "end", "low", "para_starts", "start", "whole_text",
    )  # fmt: skip

    def __init__(
        self, low: str, start: int, para_starts: list[int], end: int | None = None
    ) -> None:
        self.low = low  # the folded (lower-cased, same length) masked letter
        self.start = start
        # An index of [start, end) only, for checking those paragraphs on their own
        # (``foidraft.lint.window``); positions stay offsets into the whole letter.
        self.end = len(low) if end is None else end
        self.whole_text = end is None
        self.para_starts = para_starts
        self._words: dict[str, list[int]] | None = None
        self._vocab: list[str] = []
        self._parts: list[str] = []  # the text split into words and what lies between
        self._blob: str | None = None  # the distinct words, one a line, and where each starts
        self._blob_starts: list[int] = []
        self._starts: list[int] = []  # where each word starts, in order
        self._numbers: dict[int, int] | None = None  # see numbers
        # Every start of a word of a short letter: "does a word start with this?" is then
        # one look-up (a short letter asks it for most of the knowledge base's literals).
        self._prefixes: set[str] | None = None
        self._after: dict[str, tuple[list[str], dict[str, list[int]]]] = {}
        self._asked: set[str] = set()  # the words ``followed_places`` was asked about
        self._between: list[str] | None = None  # see _neighbours
        self._tokens: list[str] = []
        self._followed: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        self._positions: dict[tuple[str, bool], list[int]] = {}
        self._paragraphs: dict[tuple[str, bool], list[int]] = {}
        self._candidates: dict[tuple[object, ...], list[int]] = {}
        self._paragraph_sets: dict[tuple[tuple[str, ...], bool], frozenset[int]] = {}
        self._paragraph_lists: dict[tuple[tuple[str, ...], bool], list[int]] = {}
        self._has_any: dict[tuple[tuple[str, ...], bool], bool] = {}
        self._by_pattern: dict[int, tuple[object, list[int]]] = {}  # see places.pattern_places
        self._para_of: list[int] | None = None  # see paragraph_of

    def _text(self) -> tuple[int, str]:
        """The folded text the index covers, and where it starts in the letter."""
        if self.whole_text:
            return 0, self.low  # the header is blanked: it holds no words
        return self.start, self.low[self.start : self.end]

    def _build(self) -> dict[str, list[int]]:
        offset, text = self._text()
        parts = _SPLIT_RE.split(text)
        ends = list(accumulate(map(len, parts), initial=offset))[1:]
        words: dict[str, list[int]] = {}
        get = words.get
        for word, offset in zip(parts[1::2], ends[0::2], strict=False):
            found = get(word)
            if found is None:
                words[word] = [offset]
            else:
                found.append(offset)
        self._vocab = sorted(words)
        if len(words) <= FEW_WORDS:  # at most FEW_WORDS * PREFIX_LENGTH of them
            longest = PREFIX_LENGTH + 1
            self._prefixes = {w[:k] for w in words for k in range(1, min(len(w) + 1, longest))}
        self._words = words
        self._parts = parts
        self._starts = ends[0 : len(parts) - 1 : 2]
        return words

    def numbers(self) -> dict[int, int]:
        """Each word start's word number (its index in ``_starts``): a look-up, where a
        bisection of the letter's ten thousand word starts costs some fourteen comparisons
        of Python ints (``foidraft.lint.places`` asks it for thousands of places a check)."""
        if self._numbers is None:
            if self._words is None:
                self._build()
            self._numbers = dict(zip(self._starts, count()))
        return self._numbers

    def paragraph_of(self) -> list[int] | None:
        """Each offset's paragraph (``places.paragraph_map``); None in a window's index."""
        if self._para_of is None and self.whole_text:
            self._para_of = paragraph_map(self.para_starts, len(self.low))
        return self._para_of

    def built(self) -> bool:
        """Whether the letter has been split into words yet."""
        return self._words is not None

    def word_starts(self) -> set[str] | None:
        """Every start of a word, up to PREFIX_LENGTH long, of a short letter; else None."""
        if self._words is None:
            self._build()
        return self._prefixes

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
                self._word_positions(literal) if word_start else self._occurrences(literal)
            )
        return found

    def starts_of(
        self,
        heads: tuple[str, ...],
        word_start: bool,
        whole: frozenset[str] = frozenset(),
        after: tuple[tuple[str, tuple[str, ...]], ...] = (),
    ) -> list[int]:
        """Sorted offsets where any of ``heads`` occurs: where a pattern's matches can start.
        Those in ``whole`` occur only as whole words, and those in ``after`` only before
        one of their words (see ``foidraft.rules.heads``)."""
        key = (heads, word_start, whole, after)
        found = self._candidates.get(key)
        if found is None:
            found = self._candidates[key] = merged_places(self, heads, word_start, whole, after)
        return found

    def has(self, literal: str, word_start: bool) -> bool:
        """Whether ``literal`` may occur at all: cheaper than asking where."""
        if literal == DIGIT_HEAD:
            return bool(self.positions(literal, True))
        if word_start and literal.isalnum():
            return not self._absent_word(literal)
        return self.low.find(literal, self.start, self.end) != -1

    def has_any(self, literals: tuple[str, ...], word_start: bool) -> bool:
        """Whether one of ``literals`` may occur (``has``), kept: asked again and again."""
        key = (literals, word_start)
        found = self._has_any.get(key)
        if found is None:
            found = self._has_any[key] = any(self.has(x, word_start) for x in literals)
        return found

    def among(self, words: AbstractSet[str]) -> set[str]:
        """Those of ``words`` that stand in the letter as whole words (folded)."""
        found = self._words if self._words is not None else self._build()
        return found.keys() & words

    def word(self, word: str) -> list[int]:
        """Sorted offsets where ``word`` stands as a whole word (folded)."""
        words = self._words if self._words is not None else self._build()
        return words.get(word, _NONE)

    def places(self, word: str, after: tuple[str, ...] | None) -> list[int]:
        """Sorted offsets where ``word`` stands (whole) and, given ``after``, is followed by
        spaces and a word starting with one of those: of a common word such as "the", only
        the places a pattern could use."""
        found = self.word(word)
        if after is None or not found or (len(found) <= FEW_PLACES and self._prefixes is None):
            return found
        key = (word, after)
        places = self._followed.get(key)
        if places is None:
            places = self._followed[key] = followed_places(self, word, after)
        return places

    def stands(self, word: str, after: tuple[str, ...]) -> bool:
        """Whether ``places(word, after)`` finds anything: in a short letter (whose word
        index keeps every word start), a yes or no without listing the places."""
        if self._words is None:
            self._build()
        if self._prefixes is None:
            return bool(self.places(word, after))
        return followed(self, word, after)

    def _word_positions(self, literal: str) -> list[int]:
        words = self._words if self._words is not None else self._build()
        vocab = self._vocab
        if literal == DIGIT_HEAD:  # the words starting with a digit, whatever the script
            return sorted(chain.from_iterable(map(words.__getitem__, _digit_words(vocab))))
        if literal.isalnum():  # a plain word start (\w is what isalnum is, and "_")
            i = bisect_left(vocab, literal)  # the words starting with it follow it
            if i == len(vocab) or not vocab[i].startswith(literal):
                return []
        else:
            lead_match = _LEAD_RE.match(literal)
            if lead_match is None:
                return self._occurrences(literal)
            lead = lead_match.group()
            if lead != literal:  # "home office": the word must be exactly "home", then check
                low = self.low
                return [p for p in words.get(lead, ()) if low.startswith(literal, p)]
            i = bisect_left(vocab, literal)
        # The words starting with it: up to the first sorting after it and every
        # character (found by bisection), and any after that (a word holding U+10FFFF).
        j = bisect_left(vocab, literal + _LAST, i)
        while j < len(vocab) and vocab[j].startswith(literal):
            j += 1
        if j - i == 1:
            return words[vocab[i]]
        return sorted(chain.from_iterable(map(words.__getitem__, vocab[i:j])))

    def paragraphs(self, literal: str, word_start: bool) -> list[int]:
        """Sorted indexes of the paragraphs containing ``literal``."""
        key = (literal, word_start)
        found = self._paragraphs.get(key)
        if found is None:
            found = self._paragraphs[key] = (
                # A literal of word characters lies inside words: its places come from
                # the letter's distinct words, shorter to search than the letter.
                self._paragraphs_of(self.positions(literal, word_start))
                if word_start or literal.isalnum()
                else search_paragraphs(self.low, literal, self.para_starts, self.start, self.end)
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
        """True when no word of the letter starts with ``literal`` (plain words only): the
        words starting with it would follow it in the sorted vocabulary."""
        if self._words is None:
            self._build()
        if not literal.isalnum():
            return False
        if self._prefixes is not None and len(literal) <= PREFIX_LENGTH:
            return literal not in self._prefixes
        vocab = self._vocab
        i = bisect_left(vocab, literal)
        return i == len(vocab) or not vocab[i].startswith(literal)

    def _paragraphs_of(self, positions: list[int]) -> list[int]:
        of = self.paragraph_of() if len(positions) >= MANY_PLACES else None
        return paragraphs_of(positions, self.para_starts, of)

    def _occurrences(self, literal: str) -> list[int]:
        if literal.isalnum():  # inside words only: look in the vocabulary, not the text
            return self._inside_words(literal)
        offset, text = self._text()
        found = occurrences(text, literal)
        return [p + offset for p in found] if offset else found

    def _inside_words(self, literal: str) -> list[int]:
        """Every offset of ``literal``, made of word characters only: it lies inside the
        words that hold it, found in the letter's distinct words (a tenth of its text)."""
        words = self._words if self._words is not None else self._build()
        if self._blob is None:
            self._blob = "\n".join(self._vocab)  # the words never hold a line break
            self._blob_starts = list(accumulate((len(w) + 1 for w in self._vocab[:-1]), initial=0))
        blob, starts, vocab = self._blob, self._blob_starts, self._vocab
        out: list[int] = []
        at = blob.find(literal)
        while at != -1:
            i = bisect_right(starts, at) - 1
            inside = at - starts[i]
            out.extend(map(inside.__add__, words[vocab[i]]))
            at = blob.find(literal, at + 1)
        out.sort()
        return out


def _digit_words(vocab: list[str]) -> list[str]:
    """The words of the sorted ``vocab`` that start with a decimal digit: those from "0" to
    "9" lie together (found by bisection, not by reading the vocabulary); a digit of
    another script (Arabic-Indic, Devanagari...) is past U+007F, where the few words
    starting beyond ASCII are each looked at."""
    ascii_digits = vocab[bisect_left(vocab, "0") : bisect_left(vocab, ":")]
    beyond = vocab[bisect_left(vocab, "\x80") :]
    return ascii_digits + [w for w in beyond if w[0].isdecimal()] if beyond else ascii_digits
