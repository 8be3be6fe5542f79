"""Where a pattern's matches may start in a letter: its heads' places, merged.

The word index (``foidraft.lint.index``) keeps where each word stands; this module puts
together the places a pattern's heads give, and of a common word ("the" in
"the internet") only those before a word a pattern could use. A long letter's
check asks this for five hundred patterns, so the work is done in C where it can be:
word numbers by bisection over ``map``, the words around each place by ``__getitem__``.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import
from itertools import compress, repeat

from foidraft.text.lazyre import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    # The word index (foidraft.lint.index.LiteralIndex), which imports this module: named
    # here without importing it back, as the import contracts ask.
    LiteralIndex = Any
    from foidraft.rules.model import Pattern

# A word this rare is tried wherever it stands, in a long letter. In a short one (its word
# index keeps every word start), the words after it are looked at first: a pattern none of
# whose places is followed by a word it needs is then not built at all.
FEW_PLACES = 24
_NOWHERE: list[int] = []  # shared "nowhere"; never mutated
_PLAIN_RE = LazyRegex(r"\w+")


def merged_places(
    index: LiteralIndex,
    heads: tuple[str, ...],
    word_start: bool,
    whole: frozenset[str],
    after: tuple[tuple[str, tuple[str, ...]], ...],
) -> list[int]:
    """``LiteralIndex.starts_of`` before it is cached: the look-ups of ``places`` and
    ``positions`` without their calls for the cases met most (some eight heads each)."""
    words = index._words  # built only when needed: not for heads such as "," or "["
    known = index._positions
    nexts = _next_map(after) if after else None
    lists: list[list[int]] = []
    for h in heads:
        if h in whole:
            if words is None:
                words = index._build()
            found = words.get(h, _NOWHERE)  # (nowhere: nothing to narrow by the words after)
            if found and nexts and (len(found) > FEW_PLACES or index._prefixes is not None):
                follow = nexts.get(h)
                if follow is not None:
                    found = index.places(h, follow)
        else:
            listed = known.get((h, word_start))
            found = index.positions(h, word_start) if listed is None else listed
        if found:
            lists.append(found)
    if not lists:
        return _NOWHERE
    if len(lists) == 1:
        return lists[0]
    # Sorted runs, joined by list concatenation (a copy of pointers, in C, where an iterator
    # reads them one by one) and merged by sort(). Heads such as "in" and "inside" share
    # places: those are tried twice, which finds nothing twice.
    out = lists[0] + lists[1]
    for more in lists[2:]:
        out += more
    out.sort()
    return out


# The words after each whole-word head (``Pattern.heads_next``) as a map, made once per
# tuple (a pattern's, kept for the process) rather than at each listing: id -> (tuple, map).
_NEXT_MAPS: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _next_map(
    after: tuple[tuple[str, tuple[str, ...]], ...],
) -> dict[str, tuple[str, ...]]:
    kept = _NEXT_MAPS.get(id(after))
    if kept is not None and kept[0] is after:
        return kept[1]
    if len(_NEXT_MAPS) > 4096:  # patterns made on the fly (near-miss spellings) pile up
        _NEXT_MAPS.clear()
    made = dict(after)
    _NEXT_MAPS[id(after)] = (after, made)
    return made


def pattern_places(index: LiteralIndex, pattern: Pattern, whole: frozenset[str]) -> list[int]:
    """``index.starts_of`` for ``pattern``'s heads (``whole``: its whole-word heads, or none
    where a search's end cuts a word), kept by the pattern's identity: a long letter asks it
    for the same patterns thousands of times a check, and the key ``starts_of`` keeps its
    lists by (the heads and the words after them) is hashed anew at each ask."""
    cut = whole is not pattern.heads_whole
    found: list[int]
    if cut and whole:  # neither of the two asks made: no shortcut
        found = index.starts_of(pattern.heads, pattern.heads_ws, whole, pattern.heads_next)
        return found
    key = -id(pattern) if cut else id(pattern)
    kept: tuple[Pattern, list[int]] | None = index._by_pattern.get(key)
    if kept is not None and kept[0] is pattern:
        return kept[1]
    found = index.starts_of(pattern.heads, pattern.heads_ws, whole, pattern.heads_next)
    index._by_pattern[key] = (pattern, found)
    return found


def followed_places(index: LiteralIndex, word: str, after: tuple[str, ...]) -> list[int]:
    """Sorted offsets where ``word`` stands (whole) before spaces and a word starting with
    one of ``after``: from the words after, when they are rarer than ``word`` ("the"
    before "number") and the map of what follows ``word`` has not been made yet."""
    found = index.word(word)
    chosen: list[int] = []
    # Asked again about the same word ("the" before some thirty lists of words in a long
    # letter): the map of what follows it, made once, answers each ask with a few look-ups.
    again = word in index._asked
    index._asked.add(word)
    followers = None if again or word in index._after else _followers(index, after)
    if followers is not None and len(followers) < len(found):
        # Each follower's word number (a follower is a word start), then those with
        # ``word`` and nothing but spaces before them (in C but one test).
        numbers = map(index.numbers().__getitem__, followers)
        words, between = _neighbours(index)
        before = [i for i in numbers if i and words[i - 1] == word and between[i - 1].isspace()]
        chosen = list(map(index._starts.__getitem__, [i - 1 for i in before]))
    else:
        keys, by_next = _next_words(index, word)
        for prefix in after:
            i = bisect_left(keys, prefix)
            while i < len(keys) and keys[i].startswith(prefix):
                chosen += by_next[keys[i]]
                i += 1
    return sorted(chosen)


def followed(index: LiteralIndex, word: str, after: tuple[str, ...]) -> bool:
    """Whether ``followed_places`` finds anything: from the map of what follows ``word``
    (kept by the index, so many patterns' "the" cost one map), without listing places."""
    if not index.word(word):
        return False
    keys, _ = _next_words(index, word)
    for prefix in after:
        i = bisect_left(keys, prefix)
        if i < len(keys) and keys[i].startswith(prefix):
            return True
    return False


def _followers(index: LiteralIndex, after: tuple[str, ...]) -> list[int] | None:
    """Where a word starting with one of ``after`` starts, each prefix's places in turn
    (a place twice if two prefixes fit it, as the map of next words gives it); None when
    a prefix is not made of word characters only (no word starts with it)."""
    out: list[int] = []
    for prefix in after:
        lead = _PLAIN_RE.match(prefix)
        if lead is None or lead.end() != len(prefix):
            return None
        out += index.positions(prefix, True)
    return out


def _next_words(index: LiteralIndex, word: str) -> tuple[list[str], dict[str, list[int]]]:
    """The words that follow ``word`` after nothing but spaces (sorted), and where
    ``word`` stands before each (kept by the index)."""
    cached: tuple[list[str], dict[str, list[int]]] | None = index._after.get(word)
    if cached is None:
        found = index.word(word)
        words, between = _neighbours(index)
        # Each place's word number (in C: the places are word starts), then those
        # followed by spaces only, and what follows them.
        numbers = list(map(index.numbers().__getitem__, found))
        spaced = list(map(str.isspace, map(between.__getitem__, numbers)))
        by_next: dict[str, list[int]] = {}
        nexts = map(words.__getitem__, [i + 1 for i in compress(numbers, spaced)])
        for p, following in zip(compress(found, spaced), nexts, strict=True):
            at = by_next.get(following)
            if at is None:
                by_next[following] = [p]
            else:
                at.append(p)
        cached = index._after[word] = (sorted(by_next), by_next)
    return cached


def _neighbours(index: LiteralIndex) -> tuple[list[str], list[str]]:
    """The letter's words in order, and what lies after each ('' after the last: only
    spaces lie between two words when a word follows)."""
    if index._between is None:
        parts = index._parts
        index._tokens = parts[1::2]
        index._between = [*parts[2:-1:2], ""]
    return index._tokens, index._between


# -- paragraphs of places ------------------------------------------------------------
# A first check of a long letter asks "which paragraph holds this place?" some fifteen
# thousand times (each candidate place tried in a new paragraph, each place of a literal
# whose paragraphs are listed). A bisection of the paragraph starts compares a dozen Python
# ints; a list with one entry per character answers with one subscript. It is made once
# per letter (one ``list.extend`` per paragraph, in C), only for the whole letter's word
# index and only where many places are asked about, so a keystroke's window of a few
# paragraphs never builds it.
MANY_PLACES = 16  # fewer places than this are placed by bisection


def paragraph_map(para_starts: list[int], length: int) -> list[int]:
    """For each offset in [0, length], ``bisect_right(para_starts, offset) - 1``: the index
    of the paragraph holding it (-1 before the first)."""
    out = [-1] * para_starts[0] if para_starts else []
    extend = out.extend
    for k, (a, b) in enumerate(zip(para_starts, [*para_starts[1:], length + 1], strict=True)):
        extend(repeat(k, b - a))
    if not para_starts:
        extend(repeat(-1, length + 1))
    return out


_MINUS_ONE = (-1).__add__  # in C, where a comprehension is a call of its own


def paragraphs_of(positions: list[int], para_starts: list[int], of: list[int] | None) -> list[int]:
    """The paragraphs holding ``positions`` (sorted), in order, once each: each one's from
    ``of`` (``paragraph_map``) when given, else one past it by bisection, all in C."""
    if of is not None:
        return list(dict.fromkeys(map(of.__getitem__, positions)))
    after = dict.fromkeys(map(bisect_right, repeat(para_starts), positions))
    return list(map(_MINUS_ONE, after))


def search_paragraphs(low: str, literal: str, starts: list[int], lo: int, end: int) -> list[int]:
    """The paragraphs of [lo, end) holding ``literal``: one find per paragraph that holds it,
    skipping the rest of each."""
    out: list[int] = []
    pos = low.find(literal, lo, end)
    while pos != -1:
        i = bisect_right(starts, pos) - 1
        out.append(i)
        nxt = starts[i + 1] if i + 1 < len(starts) else end
        pos = low.find(literal, max(nxt, pos + 1), end)
    return out
