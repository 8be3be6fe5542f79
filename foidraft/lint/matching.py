"""Find where a pattern matches in a document, quickly.

A pattern whose matches all start with one of a few literals (its "heads", see
``foidraft.rules.heads``) is only tried where a head occurs (``foidraft.lint.anchored``):
the same matches ``finditer`` would give, without scanning the text. Other patterns run
only over the paragraphs that contain one of their required literals. Matches never cross
a paragraph break. Fuzzy patterns look for near-miss spellings of their words in the
draft's vocabulary, score them with rapidfuzz, and then match a regex built from the
spellings found, so every fuzzy hit has an exact span.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import

from foidraft.lint.anchored import anchored, anchored_any
from foidraft.lint.document import Document
from foidraft.lint.gates import live_entries
from foidraft.rules.model import Pattern, Rule
from foidraft.text.fold import fold
from foidraft.text.lazyre import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator

# (start, end, matched text, named groups, fuzzy score or None)
Hit = tuple[int, int, str, dict[str, str], float | None]

WORD_RE = LazyRegex(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_FUZZY_WORD = 5  # shorter words ("all", "any") must be spelt exactly


def windows(pattern: Pattern, doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) worth running ``pattern`` on.

    Patterns run paragraph by paragraph, so their matches stop at blank lines (as the
    head-anchored search does); one with literals only on the paragraphs that contain one.
    """
    starts = doc.paragraph_starts()
    first = max(bisect_right(starts, start) - 1, 0)
    last = bisect_right(starts, max(end - 1, start))  # one past the last paragraph touched
    if pattern.literals is None or doc.lower is None:  # every paragraph (prefilter off: tests)
        return _paragraph_windows(range(first, last), starts, start, end)
    index = doc.index()
    found: set[int] = set()
    for lit in pattern.literals:
        paras = index.paragraphs(lit, pattern.literals_ws)
        found.update(paras[bisect_left(paras, first) : bisect_left(paras, last)])
    return _paragraph_windows(sorted(found), starts, start, end)


def _paragraph_windows(
    found: Iterable[int], starts: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    out = []
    for i in found:
        a = max(starts[i], start)
        b = min(starts[i + 1] if i + 1 < len(starts) else end, end)
        if a < b:
            out.append((a, b))
    return out


def live_indexes(rule: Rule, doc: Document, *, whole: bool = False) -> list[int] | None:
    """The indexes of the rule's patterns that may match in a short letter: those whose
    gate's clauses (``foidraft.rules.gate``) each have one of their strings in it. The
    others would find nothing. None (all of them) in a long letter, where nearly every
    pattern may match, and while the prefilter is off (``doc.lower`` None). ``whole``:
    the patterns are searched for over the whole letter, where a head that is a whole
    word is tried only where it stands, and before one of its next words (as
    ``foidraft.lint.places`` lists the places), so the gate asks that too."""
    if rule.gate is None or doc.lower is None:
        return None
    index = doc.index()
    starts = index.word_starts()
    if starts is None:
        return None
    # Every rule's clauses met at once (``foidraft.lint.gates``), not one by one.
    return live_entries(rule.gate, doc, index, starts, whole)


def live_patterns(rule: Rule, doc: Document, *, whole: bool = False) -> list[Pattern]:
    """The rule's patterns that may match in ``doc`` (see ``live_indexes``)."""
    live = live_indexes(rule, doc, whole=whole)
    return rule.patterns if live is None else [rule.pattern(i) for i in live]


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
    return _regex_hits(None, pattern, doc, lo, hi, None, limit)


def first_hit(pattern: Pattern, doc: Document, start: int, end: int) -> bool:
    """Whether ``pattern`` matches anywhere in [start, end) (for requires/unless)."""
    if (  # the common case first
        pattern.heads is not None
        and pattern.where is None
        and doc.lower is not None
        and pattern.type != "fuzzy"
    ):
        return anchored_any(None, pattern, doc, start, end)
    if pattern.type == "fuzzy":
        return bool(_fuzzy_hits(pattern, doc, start, end, 1))
    if pattern.where is not None:
        return bool(_regex_hits(None, pattern, doc, start, end, None, 1))
    if pattern.heads is not None and doc.lower is not None:
        return anchored_any(None, pattern, doc, start, end)
    return next(pattern_matches(None, pattern, doc, start, end), None) is not None


def pattern_matches(
    compiled: re.Pattern[str] | None, pattern: Pattern, doc: Document, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """What ``compiled.finditer`` finds in each paragraph of [lo, hi), in order. None: the
    pattern's own regex, compiled only once there is a place worth trying it (most of the
    knowledge base's patterns never get one in a given letter)."""
    if (pattern.heads is not None or pattern.lines) and doc.lower is not None:
        yield from anchored(compiled, pattern, doc, lo, hi)
        return
    for a, b in windows(pattern, doc, lo, hi):
        if compiled is None:
            compiled = pattern.compiled
        yield from compiled.finditer(doc.masked, a, b)


def _regex_hits(
    compiled: re.Pattern[str] | None,
    pattern: Pattern,
    doc: Document,
    lo: int,
    hi: int,
    score_against: str | None,
    limit: int | None = None,
) -> list[Hit]:
    out: list[Hit] = []
    text = doc.text
    group = pattern.group
    named = None  # whether the regex has named groups (known once it is compiled)
    if (pattern.heads is not None or pattern.lines) and doc.lower is not None:
        # (the heads' places, or the lines' starts: one generator fewer per match)
        found = anchored(compiled, pattern, doc, lo, hi)
    else:
        found = pattern_matches(compiled, pattern, doc, lo, hi)
    for m in found:
        s, e = m.span(group) if group else m.span()
        if s < 0 or e <= s:
            continue
        if named is None:
            named = bool(m.re.groupindex)
        groups = {k: v for k, v in m.groupdict().items() if v is not None} if named else {}
        if pattern.where is not None and not _holds(pattern.where, groups, doc.year):
            continue
        score = None
        if score_against is not None:
            score = _score(text[s:e], score_against)
        out.append((s, e, text[s:e], groups, score))
        if limit is not None and len(out) >= limit:
            return out
    return out


def _holds(where: tuple[str, tuple[str, ...]], groups: dict[str, str], now: int) -> bool:
    from foidraft.rules.predicates import holds  # few patterns have a condition

    return holds(where, groups, now)


# -- fuzzy ---------------------------------------------------------------------------
_variant_cache: dict[tuple[str, frozenset[str]], Pattern] = {}


def _fuzzy_hits(
    pattern: Pattern, doc: Document, lo: int, hi: int, limit: int | None = None
) -> list[Hit]:
    words = pattern.source.lower().split()
    threshold = pattern.threshold or 85.0
    variant_sets: list[set[str]] = []
    fuzzy_found = False
    for word in words:
        variants = {word}
        if len(word) >= MIN_FUZZY_WORD:
            near = _near_misses(word, doc, threshold)
            fuzzy_found = fuzzy_found or bool(near)
            variants |= near
        variant_sets.append(variants)
    if not fuzzy_found:
        return _regex_hits(None, pattern, doc, lo, hi, None, limit)
    key = (pattern.source, frozenset("|".join(sorted(v)) for v in variant_sets))
    probe = _variant_cache.get(key)
    if probe is None:
        probe = _variant_cache[key] = _spellings_pattern(words, variant_sets)
    found = _regex_hits(probe.compiled, probe, doc, lo, hi, " ".join(words), limit)
    return [
        (s, e, t, g, None if score is not None and score >= 100 else score)
        for s, e, t, g, score in found
    ]


def _spellings_pattern(words: list[str], variant_sets: list[set[str]]) -> Pattern:
    """The pattern matching ``words`` in any of the spellings found (a regex built here,
    compiled on first use), with what the prefilter needs: every spelling of the longest
    word as its literals and, when each spelling is one plain word, the spellings of the
    first word as its heads (whole words, before a spelling of the second), so it is
    tried only there, as the rule file's patterns are."""
    import re  # a near-miss spelling was found: seldom

    body = r"\s+".join(
        "(?:" + "|".join(re.escape(v) for v in sorted(vs, key=len, reverse=True)) + ")"
        for vs in variant_sets
    )
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    data: dict[str, object] = {"type": "regex", "source": "", "regex": r"\b" + body + r"\b",
                               "literals": sorted(variant_sets[longest])}  # fmt: skip
    # A plain word is a whole word of the word index (folded, word characters only); each
    # follows a \b or \s+ and comes before \s+ or a final \b.
    if all(v.isalnum() and fold(v) == v for vs in variant_sets for v in vs):
        first = sorted(variant_sets[0])
        data.update(heads=first, heads_ws=True, heads_whole=first, literals_ws=True)
        if len(variant_sets) > 1:
            data["heads_next"] = [[h, sorted(variant_sets[1])] for h in first]
    return Pattern(data)


def _vocabulary(doc: Document) -> dict[int, list[str]]:
    """The letter's distinct words by length (once per document)."""
    if doc.vocabulary is None:
        if doc.lower is not None:  # the word index already has them
            words: Iterable[str] = filter(str.isalpha, doc.index().words())
        else:
            words = set(WORD_RE.findall(fold(doc.masked), doc.body_start))
        by_length: dict[int, list[str]] = {}
        for word in words:
            by_length.setdefault(len(word), []).append(word)
        doc.vocabulary = by_length
    return doc.vocabulary


def _near_misses(word: str, doc: Document, threshold: float) -> set[str]:
    """Spellings in the letter close to ``word``; rapidfuzz is imported only if any might be."""
    key = (word, threshold)
    cached = doc.near_misses.get(key)
    if cached is not None:
        return cached
    n = len(word)
    start, end = word[:2], word[-2:]
    candidates = []
    for length in range(n - 2, n + 3):
        for v in _vocabulary(doc).get(length, ()):
            if v == word or (v[:2] != start and v[-2:] != end):
                continue  # a typo keeps the start or the end of a word
            # ...and most of both: a cheap screen before scoring.
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
    found: set[str] = set()
    if candidates:
        from rapidfuzz import fuzz

        found = {v for v in candidates if fuzz.ratio(word, v) >= threshold}
    doc.near_misses[key] = found
    return found


def _score(found: str, target: str) -> float:
    normal = " ".join(found.lower().split())
    if normal == target:
        return 100.0
    from rapidfuzz import fuzz

    return round(float(fuzz.ratio(normal, target)), 1)
