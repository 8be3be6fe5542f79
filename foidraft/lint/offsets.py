"""Each offset's paragraph, read from a list rather than found by bisection.

A first check of a long letter asks "which paragraph holds this place?" some fifteen
thousand times (each candidate place tried in a new paragraph, each place of a literal
whose paragraphs are listed). A bisection of the paragraph starts compares a dozen Python
ints; a list with one entry per character answers with one subscript. It is made once per
letter (one ``list.extend`` per paragraph, in C), only for the whole letter's word index and
only where many places are asked about, so a keystroke's window of a few paragraphs never
builds it.
"""

from __future__ import annotations

from _bisect import bisect_right  # bisect.py only adds an import
from itertools import repeat

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
