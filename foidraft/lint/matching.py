"""Find where a pattern matches in a document, quickly.

Regex and phrase patterns run only over the paragraphs that contain one of their required
literals (see ``foidraft.rules.literals``); matches never cross a paragraph break. Fuzzy
patterns look for near-miss spellings of their words in the draft's vocabulary, score
them with rapidfuzz, and then match a regex built from the spellings found, so every
fuzzy hit has an exact span.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from foidraft.lint.document import Document, fold
from foidraft.lint.predicates import holds
from foidraft.rules.model import Pattern

# (start, end, matched text, named groups, fuzzy score or None)
Hit = tuple[int, int, str, dict[str, str], float | None]

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_FUZZY_WORD = 5  # shorter words ("all", "any") must be spelt exactly


def windows(pattern: Pattern, doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) worth running ``pattern`` on.

    A pattern with literals runs paragraph by paragraph (so its matches stop at blank
    lines), on the paragraphs that contain a literal; one without runs over the whole range.
    """
    if pattern.literals is None:
        return [(start, end)]
    low = doc.lower
    starts = doc.paragraph_starts()
    found: set[int] = set()
    if low is None:  # prefilter off (tests): every paragraph, same windows otherwise
        first = max(bisect_right(starts, start) - 1, 0)
        found.update(range(first, bisect_right(starts, max(end - 1, start))))
        return _paragraph_windows(found, starts, start, end)
    whole = start <= doc.body_start and end >= len(doc.text)
    for lit in pattern.literals:
        if not doc.has_literal(lit):  # one search per literal per document, however many use it
            continue
        if whole:  # the common case: which paragraphs hold the literal, found once per document
            found.update(doc.literal_paragraphs(lit))
            continue
        pos = low.find(lit, start, end)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            found.add(i)
            nxt = starts[i + 1] if i + 1 < len(starts) else end
            pos = low.find(lit, max(nxt, pos + 1), end)
    return _paragraph_windows(found, starts, start, end)


def _paragraph_windows(
    found: set[int], starts: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    out = []
    for i in sorted(found):
        a = max(starts[i], start)
        b = min(starts[i + 1] if i + 1 < len(starts) else end, end)
        if a < b:
            out.append((a, b))
    return out


def hits(
    pattern: Pattern,
    doc: Document,
    start: int | None = None,
    end: int | None = None,
    limit: int | None = None,
) -> list[Hit]:
    """Matches of ``pattern`` in order; only the first ``limit`` when it is given."""
    lo = doc.body_start if start is None else start
    hi = len(doc.text) if end is None else end
    if pattern.type == "fuzzy":
        return _fuzzy_hits(pattern, doc, lo, hi, limit)
    return _regex_hits(pattern.compiled, pattern, doc, lo, hi, None, limit)


def first_hit(pattern: Pattern, doc: Document, start: int, end: int) -> bool:
    """Whether ``pattern`` matches anywhere in [start, end) (for requires/unless)."""
    if pattern.type == "fuzzy":
        return bool(_fuzzy_hits(pattern, doc, start, end, 1))
    if pattern.where is not None:
        return bool(_regex_hits(pattern.compiled, pattern, doc, start, end, None, 1))
    compiled = pattern.compiled
    return any(compiled.search(doc.masked, a, b) for a, b in windows(pattern, doc, start, end))


def _regex_hits(
    compiled: re.Pattern[str],
    pattern: Pattern,
    doc: Document,
    lo: int,
    hi: int,
    score_against: str | None,
    limit: int | None = None,
) -> list[Hit]:
    out: list[Hit] = []
    masked = doc.masked
    text = doc.text
    group = pattern.group
    for a, b in windows(pattern, doc, lo, hi):
        for m in compiled.finditer(masked, a, b):
            s, e = m.span(group) if group else m.span()
            if s < 0 or e <= s:
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if pattern.where is not None and not holds(pattern.where, groups):
                continue
            score = None
            if score_against is not None:
                score = _score(text[s:e], score_against)
            out.append((s, e, text[s:e], groups, score))
            if limit is not None and len(out) >= limit:
                return out
    return out


# -- fuzzy ---------------------------------------------------------------------------
_variant_cache: dict[tuple[str, frozenset[str]], re.Pattern[str]] = {}


def _fuzzy_hits(
    pattern: Pattern, doc: Document, lo: int, hi: int, limit: int | None = None
) -> list[Hit]:
    words = pattern.source.lower().split()
    threshold = pattern.threshold or 85.0
    vocab = _vocabulary(doc)
    variant_sets: list[set[str]] = []
    fuzzy_found = False
    for word in words:
        variants = {word}
        if len(word) >= MIN_FUZZY_WORD:
            near = _near_misses(word, vocab, threshold)
            fuzzy_found = fuzzy_found or bool(near)
            variants |= near
        variant_sets.append(variants)
    if not fuzzy_found:
        return _regex_hits(pattern.compiled, pattern, doc, lo, hi, None, limit)
    key = (pattern.source, frozenset("|".join(sorted(v)) for v in variant_sets))
    compiled = _variant_cache.get(key)
    if compiled is None:
        body = r"\s+".join(
            "(?:" + "|".join(re.escape(v) for v in sorted(vs, key=len, reverse=True)) + ")"
            for vs in variant_sets
        )
        compiled = re.compile(r"\b" + body + r"\b", re.IGNORECASE)
        _variant_cache[key] = compiled
    # Literals for the prefilter: every spelling of the longest word.
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    probe = Pattern({"type": "regex", "source": "", "regex": compiled.pattern,
                     "literals": sorted(variant_sets[longest])})  # fmt: skip
    found = _regex_hits(compiled, probe, doc, lo, hi, " ".join(words), limit)
    return [
        (s, e, t, g, None if score is not None and score >= 100 else score)
        for s, e, t, g, score in found
    ]


def _vocabulary(doc: Document) -> frozenset[str]:
    if doc.vocabulary is None:  # once per document, however many fuzzy patterns ask
        low = doc.lower if doc.lower is not None else fold(doc.masked)
        doc.vocabulary = frozenset(WORD_RE.findall(low, doc.body_start))
    return doc.vocabulary


def _near_misses(word: str, vocab: frozenset[str], threshold: float) -> set[str]:
    """Spellings in ``vocab`` close to ``word``; rapidfuzz is only imported if any might be."""
    n = len(word)
    candidates = []
    for v in vocab:
        if v == word or abs(len(v) - n) > 2:
            continue
        # Typos keep most of the word's start and end: a cheap screen before scoring.
        cp = 0
        for x, y in zip(word, v, strict=False):
            if x != y:
                break
            cp += 1
        cs = 0
        for x, y in zip(reversed(word), reversed(v), strict=False):
            if x != y:
                break
            cs += 1
        if cp + cs >= n - 3:
            candidates.append(v)
    if not candidates:
        return set()
    from rapidfuzz import fuzz

    return {v for v in candidates if fuzz.ratio(word, v) >= threshold}


def _score(found: str, target: str) -> float:
    normal = " ".join(found.lower().split())
    if normal == target:
        return 100.0
    from rapidfuzz import fuzz

    return round(float(fuzz.ratio(normal, target)), 1)
