"""Definitions in a letter ("By 'child decoy' I am referring to ..."), and the ones a
letter no longer needs: a term used nowhere else, or only in questions being removed."""

from __future__ import annotations

from _bisect import bisect_left  # bisect.py only adds an import

from foidraft.lint.document import Document
from foidraft.text.find import occurrences
from foidraft.text.fold import fold
from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

MAX_DEFINED_TERMS = 100
DEFINITION_RE = LazyRegex(
    r"\bBy\s+['‘\"“]([^'’\"”\n]{2,60})['’\"”]\s*,?\s*I\s+(?:am\s+referring\s+to|mean|refer\s+to)\b",
    IGNORECASE,
)


def orphaned_definitions(doc: Document, gone: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Definitions outside the removed questions ``gone`` whose term no kept question uses
    any more: the sentence goes too. Uses are counted (where each term occurs is found
    once per letter), so a removal costs the same however often a term is used."""
    out = []
    for s, e, term in _definitions(doc):
        if any(a <= s < b for a, b in gone):
            continue  # removed with its question
        uses = _occurrences(doc, term)
        left = len(uses) - _count(uses, s, e) - sum(_count(uses, a, b) for a, b in gone)
        if left <= 0:  # used nowhere but in its own sentence and the removed questions
            out.append((s, e, ""))
    return out


def _definitions(doc: Document) -> list[tuple[int, int, str]]:
    """Each definition's sentence and its term, lower case (once per letter; the first
    MAX_DEFINED_TERMS terms, as each is looked for through the whole letter)."""
    cached = doc.derived.get("definitions")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: list[tuple[int, int, str]] = []
    terms: set[str] = set()
    masked = doc.masked
    if "by" in masked.lower():
        for m in _definition_matches(masked, masked.lower(), doc.body_start):
            term = m.group(1).lower()
            terms.add(term)
            if len(terms) > MAX_DEFINED_TERMS:
                break
            s, e = doc.bounds(m.start(), "sentence")
            found.append((s, e, term))
    doc.derived["definitions"] = found
    return found


def _definition_matches(text: str, low: str, start: int) -> Iterator[re.Match[str]]:
    """What ``DEFINITION_RE.finditer(text, start)`` finds, tried only where "by" is (``low``
    is ``text`` lower-cased): a scan of a long letter with the regex costs a millisecond."""
    if len(low) != len(text):  # lower() changed the length ('İ'): scan with the regex
        yield from DEFINITION_RE.finditer(text, start)
        return
    pos = low.find("by", start)
    while pos != -1:
        m = DEFINITION_RE.match(text, pos)
        if m is not None:
            yield m
        pos = low.find("by", m.end() if m is not None else pos + 1)


def _occurrences(doc: Document, term: str) -> list[int]:
    """Where ``term`` starts in the requester's own words, case aside (once per letter)."""
    key = f"uses:{term}"
    cached = doc.derived.get(key)
    if cached is None:
        if doc.lower is not None:
            # Overlapping places of the folded term in the folded letter: what an
            # IGNORECASE regex finds (foidraft.text.fold), without importing ``re``.
            found = occurrences(doc.lower, fold(term))
        else:  # the prefilter is off (tests)
            import re

            matches = re.finditer(f"(?={re.escape(term)})", doc.masked, re.IGNORECASE)
            found = [m.start() for m in matches]
        cached = doc.derived[key] = [p for p in found if p >= doc.body_start]
    return cached  # type: ignore[return-value]


def _loose_occurrences(doc: Document, term: str) -> list[int]:
    """Where ``term`` starts with its words joined by a hyphen, a space or nothing
    ("post-procedure" for 'post procedure'), case aside. Tried only for a definition whose
    exact term is used nowhere else, which is rare, so ``re`` is imported here; the gap
    between words is bounded, so the scan stays linear."""
    import re

    words = [w for w in re.split(r"[\s\-‐–]+", term) if w]
    if len(words) < 2 and "-" not in term:
        return []  # one word: the exact search has already looked for it
    pattern = r"[\s\-‐–]{0,3}".join(map(re.escape, words))
    found = re.finditer(f"(?={pattern})", doc.masked, re.IGNORECASE)
    return [m.start() for m in found if m.start() >= doc.body_start]


def _count(positions: list[int], start: int, end: int) -> int:
    """How many of the sorted ``positions`` are in [start, end)."""
    return bisect_left(positions, end) - bisect_left(positions, start)


def orphan_definitions(doc: Document) -> list[tuple[int, int, str, dict[str, str]]]:
    """Definitions ("By 'child decoy' I am referring to ...") of a term the rest of the
    letter never uses: the whole definition sentence, to be removed."""
    out: list[tuple[int, int, str, dict[str, str]]] = []
    masked = doc.masked
    if "By " not in masked and "by " not in masked:
        return out
    # The folded letter, where a check keeps one: "by" stands where it does in masked.lower()
    # (folding differs from lower() only on letters no "b" or "y" comes from).
    low = doc.lower if doc.lower is not None else masked.lower()
    terms: set[str] = set()
    for m in _definition_matches(masked, low, doc.body_start):
        term = m.group(1).lower()
        terms.add(term)
        if len(terms) > MAX_DEFINED_TERMS:
            break  # each term is looked for through the whole letter, once
        s, e = doc.bounds(m.start(), "sentence")
        uses = _occurrences(doc, term)
        if _count(uses, doc.body_start, s - len(term) + 1) or _count(uses, e, len(masked)):
            continue
        uses = _loose_occurrences(doc, term)
        if _count(uses, doc.body_start, s - len(term) + 1) or _count(uses, e, len(masked)):
            continue  # used with a hyphen where the definition has a space, or the reverse
        s = m.start()
        while e > s and masked[e - 1].isspace():
            e -= 1
        out.append((s, e, doc.text[s:e], {"term": m.group(1)}))
        if len(out) >= 50:
            break
    return out
