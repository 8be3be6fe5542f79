"""What lies between two offsets of a reply, found by bisection: a sentence's citations,
the question block an offset stands in. Reading every citation for every sentence (or every
block for every offset) grows with the square of a long reply's length."""

from __future__ import annotations

import bisect
from collections.abc import Sequence


def roles_within(spans: Sequence[tuple[int, str]], lo: int, hi: int) -> set[str]:
    """The roles of ``spans`` ((start, role), sorted) that start at ``lo`` or after and
    before ``hi``."""
    i = bisect.bisect_left(spans, lo, key=_first)
    out: set[str] = set()
    while i < len(spans) and spans[i][0] < hi:
        out.add(spans[i][1])
        i += 1
    return out


def any_within(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether any of ``starts`` (sorted) is at ``lo`` or after and before ``hi``."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def span_at(starts: Sequence[int], ends: Sequence[int], at: int) -> int:
    """The index of the span (``starts`` sorted, spans not overlapping) holding ``at``;
    -1 when none does."""
    i = bisect.bisect_right(starts, at) - 1
    return i if i >= 0 and at < ends[i] else -1


def _first(span: tuple[int, str]) -> int:
    return span[0]
