"""Whether a phrase pattern can match a sentence at all, asked before searching it: every
match of most of the reply reader's patterns holds one of a few words ("withheld",
"exempt", "cost" ...), and a sentence holding none of them is not searched. The words are
the ones the lint engine's gate proves of a pattern (``foidraft.rules.literals``), compared
as its regexes compare them (``foidraft.text.fold``); a pattern nothing can be proved of is
always searched. Searching each of some twenty phrase patterns in each sentence was most of
the time a long reply took to read (``benchmarks/reply_speed.py``).
"""

from __future__ import annotations

import re

_NEEDS: dict[re.Pattern[str], tuple[tuple[str, ...], ...]] = {}
# Proving a pattern's words takes about as long as a hundred searches of a sentence: a
# pattern is searched this many times first, so a one-page reply never pays for the proof.
WARM = 200
_searched: dict[re.Pattern[str], int] = {}
_folded: tuple[str, str] = ("", "")  # the last sentence folded: many patterns ask in turn


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when no match of ``pattern`` can be in ``text``."""
    needs = _NEEDS.get(pattern)
    if needs is None:
        _searched[pattern] = seen = _searched.get(pattern, 0) + 1
        if seen < WARM:
            return True
        needs = _NEEDS[pattern] = _needs(pattern)
    return admits(needs, text)


def admits(needs: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether ``text`` holds a word of each of ``needs`` (``_needs``), as a regex that
    ignores case finds it."""
    if not needs:
        return True
    global _folded
    last = _folded  # (one read, so a reply read in another thread cannot swap it midway)
    if last[0] is not text:
        from foidraft.text.fold import fold

        last = _folded = (text, fold(text))
    return all(any(word in last[1] for word in words) for words in needs)


def _needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of words every match holds one of (each set: ``required_clauses``)."""
    from foidraft.rules.literals import required_clauses

    return tuple(tuple(words) for words, _ in required_clauses(pattern.pattern))
