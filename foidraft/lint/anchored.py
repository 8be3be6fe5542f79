"""Matches tried only where one of a pattern's heads occurs (see ``foidraft.rules.heads``).

A match can start only at a head, so ``re.match`` at each head in turn, skipping heads
inside the last match, finds exactly what ``finditer`` finds in each paragraph: leftmost
and non-overlapping, never across a paragraph break. This is the engine's inner loop (a
10,000-word letter asks it ~1,300 times per check), so it is written for few Python steps
per call: one pass over the candidates, and a shortcut for the requires/unless question
"is there a match in this sentence?".
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import

from foidraft.lint.document import Document
from foidraft.lint.places import MANY_PLACES, pattern_places
from foidraft.rules.model import DIGIT_HEAD, Pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

FEW_LITERALS = 4  # a sentence is searched for at most this many literals before heads
FILTER_HEADS = 24  # fewer heads than this are tried, not filtered by paragraph first
FEW_HEADS = 16  # a window is searched for at most this many heads before the regex


def anchored(
    compiled: re.Pattern[str] | None, pattern: Pattern, doc: Document, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """The matches in each paragraph of [lo, hi), in order. Paragraphs lacking every
    required literal are skipped. ``compiled`` None: the pattern's own regex, compiled
    at the first place tried. A pattern without heads whose matches start lines
    (``Pattern.lines``) is tried at each line's start."""
    heads = pattern.heads
    index = doc.index()
    literals = pattern.literals
    if literals == heads:
        literals = None  # the heads are the literals: where they are, it is tried anyway
    elif literals is not None and not index.has_any(literals, pattern.literals_ws):
        return  # no match can lack them all
    if heads is None:
        assert pattern.lines
        candidates = doc.line_starts
    else:
        whole = _whole(pattern, doc, hi)
        candidates = pattern_places(index, pattern, whole)
    first = bisect_left(candidates, lo)
    stop = bisect_left(candidates, hi, first)
    if first == stop:
        return
    starts = doc.paragraph_starts()
    n = len(starts)
    end_of_text = len(doc.masked)
    allowed = None
    # Paragraphs holding a literal are worth finding only to skip many heads.
    if literals is not None and stop - first > FILTER_HEADS:
        allowed = index.paragraph_set(literals, pattern.literals_ws)
        if not allowed:
            return
        if len(allowed) * 4 < stop - first:  # few paragraphs: visit those, not every head
            listed = index.paragraph_list(literals, pattern.literals_ws)
            # Only the paragraphs that overlap [lo, hi): a check in one sentence must not
            # walk every paragraph of a long letter.
            a_k = bisect_left(listed, bisect_right(starts, lo) - 1)
            b_k = bisect_left(listed, bisect_left(starts, hi), a_k)
            for k in listed[a_k:b_k]:
                a = max(starts[k], lo)
                b = min(starts[k + 1] if k + 1 < n else end_of_text, hi)
                i = bisect_left(candidates, a, first, stop)
                if a < b and i < stop and candidates[i] < b:
                    regex = compiled if compiled is not None else pattern.compiled
                    yield from _tries(regex, doc.masked, candidates, i, stop, b)
            return
    # One pass over the candidates, paragraph by paragraph (both lists are sorted): the
    # fewest Python steps per candidate, since most candidates are tried and fail.
    masked = doc.masked
    match = compiled.match if compiled is not None else None
    resume = lo  # candidates before this lie inside the last match
    end = -1  # where the current paragraph ends (clipped to hi)
    skip = False  # the current paragraph lacks the literals
    # Each place's paragraph: a subscript, for many places (foidraft.lint.places).
    of = index.paragraph_of() if stop - first >= MANY_PLACES else None
    for pos in candidates[first:stop]:
        if pos >= end:
            k = of[pos] if of is not None else bisect_right(starts, pos) - 1
            end = min(starts[k + 1] if k + 1 < n else end_of_text, hi)
            skip = allowed is not None and k not in allowed
            if match is None and not skip:
                match = pattern.compiled.match
        if skip or pos < resume:
            continue
        m = match(masked, pos, end)  # type: ignore[misc]
        if m is not None:
            yield m
            after = m.end()
            resume = after if after > pos else pos + 1


def _tries(
    compiled: re.Pattern[str], masked: str, candidates: list[int], i: int, stop: int, b: int
) -> Iterator[re.Match[str]]:
    """The matches at candidates[i:stop] that lie before ``b`` (one paragraph's end)."""
    match = compiled.match
    resume = 0
    while i < stop:
        pos = candidates[i]
        i += 1
        if pos >= b:
            return
        if pos < resume:
            continue
        m = match(masked, pos, b)
        if m is not None:
            yield m
            after = m.end()
            resume = after if after > pos else pos + 1


# How often a pattern is searched for in a sentence of one letter before the letter's
# places for it are listed (always, while the long letter's word index is not built: the
# Checker's rules read over the whole letter ask a few dozen questions a keystroke, and
# building it reads the whole letter). Once it is built, as in a first check, listing
# costs less than searching: a search scans each place of its sentence, case-blind, where
# the listing merges places the index has (callgrind, first check of a 10,000-word draft:
# 540.6 M instructions with 8 searches first, 520.7 M with none; a keystroke 101 M, 100 M).
WINDOW_SEARCHES = 0
LONG_LETTER = 20_000  # characters: about 3,000 words


def anchored_any(
    compiled: re.Pattern[str] | None, pattern: Pattern, doc: Document, lo: int, hi: int
) -> bool:
    """Whether the pattern matches anywhere in [lo, hi): the sentence, line or paragraph
    around a match, for requires/unless. The letter's places where the pattern may start
    are listed once (and kept by the word index), so each sentence asked about costs one
    bisection and a try at each of its own places."""
    starts = doc.paragraph_starts()
    k = bisect_right(starts, lo) - 1
    if k + 1 < len(starts) and hi > starts[k + 1]:  # several paragraphs: the general walk
        return next(anchored(compiled, pattern, doc, lo, hi), None) is not None
    assert pattern.heads is not None and doc.lower is not None
    literals = pattern.literals
    # Every match holds one of these, so without them there is nothing to try.
    if (
        literals is not None
        and literals != pattern.heads
        and len(literals) <= FEW_LITERALS
        and all(doc.lower.find(lit, lo, hi) == -1 for lit in literals)
    ):
        return False
    if len(doc.masked) > LONG_LETTER:
        # Listing the pattern's places reads the whole letter (each keystroke makes a new
        # one); in a long one a few sentences are cheaper to search directly, and the answer
        # is the same (the places only skip tries). A short letter's listing is cheap, and
        # an empty one saves compiling.
        asked: dict[int, int] = doc.derived.setdefault("window_searches", {})  # type: ignore[assignment]
        asks = asked.get(id(pattern), 0)
        if asks < WINDOW_SEARCHES or not doc.indexed():
            # A match starts with one of the heads (folded), so a window holding none has
            # none: a few finds in C, where the regex would be tried at each of its places.
            heads = pattern.heads
            if len(heads) <= FEW_HEADS and DIGIT_HEAD not in heads:
                low = doc.lower
                if all(low.find(head, lo, hi) == -1 for head in heads):
                    return False
            asked[id(pattern)] = asks + 1
            search = (compiled if compiled is not None else pattern.compiled).search
            found = search(doc.masked, lo, hi)
            return found is not None and found.start() < hi
    whole = _whole(pattern, doc, hi)
    places = pattern_places(doc.index(), pattern, whole)
    i = bisect_left(places, lo)
    if i == len(places) or places[i] >= hi:
        return False
    match = (compiled if compiled is not None else pattern.compiled).match
    masked = doc.masked
    for pos in places[i : bisect_left(places, hi, i)]:  # noqa: SIM110 (no generator per ask)
        if match(masked, pos, hi) is not None:
            return True
    return False


def starts_before(pattern: Pattern, doc: Document, lo: int, hi: int, before: int) -> bool:
    """Whether a match ``anchored`` finds in [lo, hi) may start before ``before``: whether
    one of the pattern's places lies in [lo, min(before, hi)). True when it has none listed
    (no heads). A reader that stops at the first match after a point asks this first."""
    if pattern.heads is None or doc.lower is None:
        return True
    whole = _whole(pattern, doc, hi)
    places = pattern_places(doc.index(), pattern, whole)
    i = bisect_left(places, lo)
    return i < len(places) and places[i] < min(before, hi)


def _whole(pattern: Pattern, doc: Document, hi: int) -> frozenset[str]:
    """The pattern's whole-word heads, unless ``hi`` cuts a word in two: the regex engine
    sees a word end at ``hi`` that the word index does not (no caller cuts there: a
    sentence, line or paragraph ends before a space or a line break)."""
    masked = doc.masked
    if 0 < hi < len(masked) and word_pair(masked[hi - 1 : hi + 1]):
        return frozenset()
    return pattern.heads_whole


def word_pair(pair: str) -> bool:
    """Whether both characters of ``pair`` are word characters (what ``\\w\\w`` matches:
    ``str.isalnum`` or "_", as the regex engine reads ``\\w``), without a regex call: asked
    for each search of a check, some four thousand times on a long letter."""
    return pair.isalnum() or ("_" in pair and pair.replace("_", "a").isalnum())
