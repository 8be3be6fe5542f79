"""How common a string is in real requests: what ranks the strings a pattern needs.

The engine skips a long letter's paragraphs that lack one of a pattern's required
literals (``foidraft.lint.anchored``), so the rarer the set it is given, the fewer places
it tries. The shortest member is a poor guide ("information" is long and everywhere,
"ncnd" short and rare); the counts in ``foidraft/data/word_counts.txt`` (made by
``benchmarks/word_counts.py``) are a better one. Read only while the rule file is
validated, never by a cached check; a string the table lacks counts as rare.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from foidraft import paths

_WORD_RE = re.compile(r"\w+")
# words sorted, the running sum of their counts, each word's count
_table: tuple[list[str], list[int], dict[str, int]] | None = None
_seen: dict[tuple[str, bool], int] = {}


def _load() -> tuple[list[str], list[int], dict[str, int]]:
    global _table
    if _table is None:
        counts: dict[str, int] = {}
        try:
            with open(paths.package_data("word_counts.txt"), encoding="utf-8") as fh:
                for line in fh:
                    word, _, n = line.rstrip("\n").rpartition(" ")
                    if word and n.isdigit():
                        counts[word] = int(n)
        except OSError:  # only speed depends on it
            pass
        words = sorted(counts)
        _table = words, [0, *accumulate(counts[w] for w in words)], counts
    return _table


def _starting(prefix: str) -> int:
    """How often words that start with ``prefix`` occur."""
    words, sums, _ = _load()
    a = bisect_left(words, prefix)
    b = bisect_left(words, prefix + "\U0010ffff", a)
    return sums[b] - sums[a]


def commonness(s: str, word_start: bool) -> int:
    """About how often the folded string ``s`` occurs in the table's requests: for each of
    its words, how often a word starting with it occurs (holding it, for a first word not
    known to start a word), and the least of those; a lone symbol, its own count."""
    key = (s, word_start)
    found = _seen.get(key)
    if found is None:
        words = _WORD_RE.findall(s)
        if not words:
            found = _load()[2].get(s.strip(), 0)
        else:
            found = min(_starting(w) for w in words)
            if not word_start and s[:1].isalnum():
                found = max(found, sum(n for w, n in _load()[2].items() if words[0] in w))
        _seen[key] = found
    return found
