"""A letter's questions: the numbered items or paragraphs, and what each points back to.

A rule's context is the question its match is in. "2. Of those, how many were charged?"
counts what question 1 counted, so its context reaches back to question 1 (and on, while
each question points back), never to the rest of the letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from foidraft.lint.document import BACK_REFERENCE_RE, MAX_CHAIN, Document, points_back
from foidraft.text.lazyre import LazyRegex


def item_bounds(doc: Document, offset: int) -> tuple[int, int]:
    """The list item or paragraph holding ``offset``."""
    starts = doc.question_starts()
    i = bisect_right(starts, offset) - 1
    start = starts[max(i, 0)]
    end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
    return start, end


def items(doc: Document) -> list[tuple[int, int]]:
    """Every question's (start, end) that holds some text (found once per letter)."""
    if doc.question_items is None:
        starts = doc.question_starts()
        out = []
        for i, a in enumerate(starts):
            b = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
            if doc.masked[a:b].strip():
                out.append((a, b))
        doc.question_items = out
    return doc.question_items


MAX_REMOVALS = 50
MAX_DEFINED_TERMS = 100
NUMBER_RE = re.compile(r"[ \t]*(\(?)(\d{1,2})([.)])")
DEFINITION_RE = re.compile(
    r"\bBy\s+['‘\"“]([^'’\"”\n]{2,60})['’\"”]\s*,?\s*I\s+(?:am\s+referring\s+to|mean|refer\s+to)\b",
    re.IGNORECASE,
)


def delete_question(doc: Document, offset: int) -> list[tuple[int, int, str]] | None:
    """Edits that remove the question holding ``offset`` and what depended on it: the
    questions that point back to it, and any definition of a word no longer used. Later
    numbers close up. None when it is the letter's only question (nothing would be left to
    ask) or more than MAX_CHAIN questions depend on it; and, as each removal reads the
    whole letter, once MAX_REMOVALS have been worked out in it or when it defines more than
    MAX_DEFINED_TERMS words (such a letter is not one to prune question by question)."""
    if doc.removals_offered >= MAX_REMOVALS or len(_defined_terms(doc)) > MAX_DEFINED_TERMS:
        return None
    doc.removals_offered += 1
    spans = items(doc)
    k = next((n for n, (a, b) in enumerate(spans) if a <= offset < b), None)
    if k is None:
        return None
    doomed = {k}
    for j in range(k + 1, len(spans)):
        if not points_back(doc, *spans[j]) or _names_earlier(doc, spans, j, doomed):
            break
        if j - 1 not in doomed:
            break
        if len(doomed) > MAX_CHAIN:
            return None  # a chain this long is not one question to remove
        doomed.add(j)
    if not any(_asks(doc, *span) for n, span in enumerate(spans) if n not in doomed):
        return None
    edits = [_removal(doc, *spans[n]) for n in sorted(doomed)]
    edits += _renumber(doc, spans, doomed)
    edits += _orphaned_definitions(doc, spans, doomed)
    return _merge(edits)


_ASK_RE = LazyRegex(
    r"\b(?:please|provide|give|send|tell|list|state|confirm|disclose|supply|how\s+many|"
    r"number|numbers|copy|copies|figures?|details?|breakdown|total|what|which|whether)\b",
    re.IGNORECASE,
)
_TAIL_RE = re.compile(r"\s*([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,4})", re.IGNORECASE)


def _removal(doc: Document, start: int, end: int) -> tuple[int, int, str]:
    """Remove a question: a whole paragraph with the blank lines after it, or a list item
    up to its own line end, so the break before the next paragraph stays."""
    starts = doc.paragraph_starts()
    if start in starts:
        return start, end, ""
    text = doc.text[start:end].rstrip()
    return start, min(end, start + len(text) + 1), ""


def _asks(doc: Document, start: int, end: int) -> bool:
    return _ASK_RE.search(doc.masked, start, end) is not None


def _names_earlier(doc: Document, spans: list[tuple[int, int]], j: int, doomed: set[int]) -> bool:
    """Whether question j's back-reference names something a kept earlier question asks
    about ("Of those resulting in a charge" after a kept question about charges)."""
    a, b = spans[j]
    m = BACK_REFERENCE_RE.match(doc.masked, a, b)
    assert m is not None
    tail = _TAIL_RE.match(doc.masked, m.end(), b)
    if tail is None:
        return False
    words = tail.group(1).lower()
    return any(
        words in doc.masked[s:e].lower()
        for n, (s, e) in enumerate(spans[:j])
        if n not in doomed and n < min(doomed)
    )


def _renumber(
    doc: Document, spans: list[tuple[int, int]], doomed: set[int]
) -> list[tuple[int, int, str]]:
    """Close up plain numbers ("4." becomes "3.") after removed numbered questions."""
    out: list[tuple[int, int, str]] = []
    removed = 0
    expected: int | None = None
    for n, (a, _b) in enumerate(spans):
        m = NUMBER_RE.match(doc.text, a)
        if m is None or doc.text[m.end() : m.end() + 1].isalnum():
            continue
        number = int(m.group(2))
        if expected is not None and number != expected:
            return out  # not a simple 1, 2, 3 list: leave the numbers alone
        expected = number + 1
        if n in doomed:
            removed += 1
        elif removed:
            out.append((m.start(2), m.end(2), str(number - removed)))
    return out


def _orphaned_definitions(
    doc: Document, spans: list[tuple[int, int]], doomed: set[int]
) -> list[tuple[int, int, str]]:
    """Definitions ("By 'child decoy' I am referring to ...") in kept questions whose term
    no kept question uses any more, outside the definition's own sentence: the sentence
    goes too. Counted from where each term occurs, found once per letter."""
    firsts = [a for a, _ in spans]
    out = []
    for at, s, e, term in _definitions(doc):
        if bisect_right(firsts, at) - 1 in doomed:
            continue
        uses, n = _occurrences(doc, term), len(term)
        left = len(uses) - _count(uses, s, e - n)
        left -= sum(_count(uses, spans[j][0], spans[j][1] - n) for j in doomed)
        if left <= 0:
            out.append((s, e, ""))
    return out


def _definitions(doc: Document) -> list[tuple[int, int, int, str]]:
    """Each definition in a question: its start, its sentence's start and end, its term
    (lower case)."""
    if doc.definitions is None:
        found = []
        for a, b in items(doc):
            for m in DEFINITION_RE.finditer(doc.text, a, b):
                s, e = doc.bounds(m.start(), "sentence")
                found.append((m.start(), s, e, m.group(1).lower()))
        doc.definitions = found
    return doc.definitions


def _defined_terms(doc: Document) -> set[str]:
    return {term for *_, term in _definitions(doc)}


def _occurrences(doc: Document, term: str) -> list[int]:
    """Where ``term`` starts in the requester's own words (case aside, overlaps too)."""
    if term not in doc.term_uses:
        found = re.finditer(f"(?={re.escape(term)})", doc.masked, re.IGNORECASE)
        doc.term_uses[term] = [m.start() for m in found if m.start() >= doc.body_start]
    return doc.term_uses[term]


def _count(positions: list[int], first: int, last: int) -> int:
    """How many of the sorted ``positions`` lie in [first, last]."""
    return max(bisect_right(positions, last) - bisect_left(positions, first), 0)


def _merge(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted, with deletions that touch or overlap joined into one."""
    out: list[tuple[int, int, str]] = []
    for s, e, r in sorted(edits):
        if out and not r and not out[-1][2] and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]), "")
        elif out and s < out[-1][1]:
            continue  # inside a removed question (a renumber of a doomed item)
        else:
            out.append((s, e, r))
    return out


def orphan_definitions(doc: Document) -> list[tuple[int, int, str, dict[str, str]]]:
    """Definitions ("By 'child decoy' I am referring to ...") of a term the rest of the
    letter never uses: the whole definition sentence, to be removed."""
    out: list[tuple[int, int, str, dict[str, str]]] = []
    masked = doc.masked
    if "By " not in masked and "by " not in masked:
        return out
    terms: set[str] = set()
    for m in DEFINITION_RE.finditer(masked, doc.body_start):
        term = m.group(1).lower()
        terms.add(term)
        if len(terms) > MAX_DEFINED_TERMS:
            break  # each term is looked for through the whole letter, once
        s, e = doc.bounds(m.start(), "sentence")
        uses = _occurrences(doc, term)
        if _count(uses, doc.body_start, s - len(term)) or _count(uses, e, len(masked)):
            continue
        s = m.start()
        while e > s and masked[e - 1].isspace():
            e -= 1
        out.append((s, e, doc.text[s:e], {"term": m.group(1)}))
        if len(out) >= 50:
            break
    return out


_WORDS_RE = re.compile(r"[a-z0-9]+")
# NUMBER_RE's first match anywhere, tried only where a run of spaces begins: searched
# unanchored, ``[ \t]*`` would re-scan a long run of spaces from each of its positions.
_FIRST_NUMBER_RE = re.compile(r"(?<![ \t])" + NUMBER_RE.pattern)


def repeated_questions(doc: Document) -> list[tuple[int, int, str, dict[str, str]]]:
    """Questions asked a second time, word for word (numbers and punctuation aside)."""
    seen: set[tuple[str, ...]] = set()
    out: list[tuple[int, int, str, dict[str, str]]] = []
    for a, b in items(doc):
        body = _FIRST_NUMBER_RE.sub("", doc.masked[a:b], count=1)
        words = tuple(_WORDS_RE.findall(body.lower()))
        if len(words) < 4:
            continue
        if words in seen:
            text = doc.text[a:b].rstrip()
            out.append((a, a + len(text), text, {}))
        seen.add(words)
    return out
