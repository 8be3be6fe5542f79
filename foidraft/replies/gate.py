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

# By the pattern's id: hashing a compiled pattern reads all its code each time. (The
# pattern is kept beside its words, so its id is never another's.)
_NEEDS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}
# Proving a pattern's words takes about as long as a hundred searches of a sentence: a
# pattern is searched this many times first, so a one-page reply never pays for the proof.
WARM = 200
_searched: dict[int, tuple[re.Pattern[str], int]] = {}
_folded: tuple[str, str] = ("", "")  # the last sentence folded: many patterns ask in turn


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when no match of ``pattern`` can be in ``text``."""
    known = _NEEDS.get(id(pattern))
    if known is None:
        seen = _searched.get(id(pattern), (pattern, 0))[1] + 1
        _searched[id(pattern)] = (pattern, seen)
        if seen < WARM:
            return True
        known = _NEEDS[id(pattern)] = (pattern, _needs(pattern))
    return admits(known[1], text)


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
    holds = last[1].__contains__
    return all(any(map(holds, words)) for words in needs)  # (the words looked for in C)


def prove_searched() -> None:
    """Prove now the words of every pattern searched so far: a count's or a benchmark's
    warm-up, so that no proof falls inside what it measures."""
    for key, (pattern, _) in list(_searched.items()):
        if key not in _NEEDS:
            _NEEDS[key] = (pattern, _needs(pattern))


def _needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of words every match holds one of (each set: ``required_clauses``)."""
    from foidraft.rules.literals import required_clauses

    return tuple(tuple(words) for words, _ in required_clauses(pattern.pattern))
