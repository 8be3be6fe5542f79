"""What a request asks that the model of what is recorded says the records cannot answer
as asked: an attribute the counted dataset does not hold as a field (``not_held_hits``),
and a word with several recorded meanings that nothing in its sentence settles
(``term_hits``). Which dataset each sentence counts is ``foidraft.lint.reading``'s.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import

from foidraft.lint.anchored import starts_before
from foidraft.lint.document import Document
from foidraft.lint.gates import words_absent as absent
from foidraft.lint.matching import pattern_matches
from foidraft.lint.places import pattern_places
from foidraft.lint.reading import MAX_HITS, Reading, _spans
from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.recorded.model import Dataset, NotHeld, RecordedModel, Words
    from foidraft.rules.model import Pattern

# (start, end, matched text, template fields)
ModelHit = tuple[int, int, str, dict[str, str]]

NEAR = 300  # characters either side of a hit where a held field's phrase may cover it
# What follows an attribute's words when they speak of the letters, not of the records.
CORRESPONDENCE_RE = LazyRegex(
    r"\s*(?:(?:this|that|my|your|the|its|our|their)\s+)?(?:(?:original|internal|earlier|"
    r"initial|first|information)\s+)?(?:request|response|reply|review|refusal|decision|"
    r"delay|letter|e-?mail|complaint|application|correspondence)s?\b",
    IGNORECASE,
)


def not_held_hits(
    doc: Document, model: RecordedModel, authority_type: str | None, searchable: bool = False
) -> list[ModelHit]:
    """Attributes asked for that the counted dataset does not hold, one hit per phrase:
    those a keyword search of a free-text field finds (an entry's ``search``) with
    ``searchable``, the others without it (``reads``)."""
    datasets = model.for_authority_type(authority_type)
    reading = Reading(doc, datasets)
    out: list[ModelHit] = []
    paragraphs = doc.paragraph_starts()
    for dataset in datasets:
        if reading.first_offset(dataset) is None:
            continue  # no sentence counts this dataset: nothing to look for
        runs = reading.runs(dataset, paragraphs)
        held = [f.words for f in dataset.fields]
        for attribute in dataset.not_held:
            if not reads(attribute, searchable) or absent(attribute.words, doc):
                continue
            pattern = attribute.words.pattern
            for start, end in runs_spans(pattern, doc, runs):
                if reading.dataset_at(start) is not dataset:
                    continue
                a, b = reading.sentence(start)
                if covered(doc, held, a, b, start, end) or held_by_other(
                    doc, datasets, dataset, a, b, start, end
                ):
                    continue
                fields = attribute_fields(dataset, attribute)
                out.append((start, end, doc.text[start:end], fields))
                if len(out) >= MAX_HITS:
                    return sorted(out, key=lambda h: h[0])
    out.sort(key=lambda h: h[0])
    return out


def reads(attribute: NotHeld, searchable: bool) -> bool:
    """Whether a rule of the model ``searchable`` (else ``not_held``) reads ``attribute``."""
    return (attribute.search is not None) == searchable


def runs_spans(
    pattern: Pattern, doc: Document, runs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """What ``_spans`` finds in each of ``runs`` (sorted, disjoint, each ending at a
    paragraph's start or the letter's end), in order: the pattern's places listed and its
    literals asked about once for all the runs, where a search of each run asked both again
    (a long letter's attributes are searched for in some eight hundred runs). The same
    places are tried, paragraph by paragraph, as ``foidraft.lint.anchored.anchored`` tries
    them (which also skips paragraphs lacking the literals, where nothing can match)."""
    if pattern.heads is None or doc.lower is None:  # no places to list: each run searched
        return [s for lo, hi in runs for s in _spans(pattern, doc, lo, hi)]
    index = doc.index()
    literals = pattern.literals
    if (
        literals is not None
        and literals != pattern.heads
        and not index.has_any(literals, pattern.literals_ws)
    ):
        return []  # no match can lack them all
    places = pattern_places(index, pattern, pattern.heads_whole)
    starts, of = doc.paragraph_starts(), index.paragraph_of()
    n, end_of_text, masked = len(starts), len(doc.masked), doc.masked
    match = None  # compiled at the first place tried
    out: list[tuple[int, int]] = []
    for lo, hi in runs:
        i = bisect_left(places, lo)
        resume, end = lo, -1  # as in anchored: past the last match; the paragraph's end
        for pos in places[i : bisect_left(places, hi, i)]:
            if pos >= end:
                k = of[pos] if of is not None else bisect_right(starts, pos) - 1
                end = min(starts[k + 1] if k + 1 < n else end_of_text, hi)
            if pos < resume:
                continue
            if match is None:
                match = pattern.compiled.match
            m = match(masked, pos, end)
            if m is not None:
                s, e = m.span()
                if e > s:
                    out.append((s, e))
                resume = e if e > pos else pos + 1
    return out


def attribute_fields(dataset: Dataset, attribute: NotHeld) -> dict[str, str]:
    """The template fields of a finding on an attribute ``dataset`` does not hold; the
    Scottish words ("nearest_scotland") stand for the English when the letter is to a body
    under FOISA (``foidraft.rules.counterparts.fields_for``)."""
    return {
        "attribute": attribute.label,
        "attribute_id": attribute.id,
        "dataset": dataset.name,
        "nearest": attribute.nearest,
        "reason": attribute.why,
        "search": attribute.search or "",
        "attribute_scotland": attribute.label_scotland or "",
        "dataset_scotland": dataset.name_scotland or "",
        "nearest_scotland": attribute.nearest_scotland or "",
    }


NEAR = 400  # characters either side of a phrase that ``held_by_other`` reads


def held_by_other(
    doc: Document, datasets: list[Dataset], dataset: Dataset, a: int, b: int, start: int, end: int
) -> bool:
    """Whether another dataset the sentence [a, b) names holds the phrase [start, end) as a
    field: "how many officers took sick leave for mental health reasons" names officers
    first, but counts sick leave, whose records hold the reason (Northumbria and West
    Midlands Police gave days lost to stress, anxiety and depression)."""
    # A sentence that never ends (pasted text with no full stops) is read near the phrase
    # only: each hit's search stays bounded, so the whole reading stays linear.
    a, b = max(a, start - NEAR), min(b, end + NEAR)
    for other in datasets:
        if other is dataset or other.units.search(doc.masked, a, b) is None:
            continue
        if covered(doc, [f.words for f in other.fields], a, b, start, end):
            return True
    return False


def covered(doc: Document, held: list[Words], a: int, b: int, start: int, end: int) -> bool:
    """Whether the phrase [start, end) is not an attribute asked of the records: a held
    field's phrase in the sentence [a, b) spans ``start`` (e.g. 'arrested for' over 'for'),
    or the phrase speaks of the correspondence ('the circumstances of this request', 'the
    reason for the delay'). Only near the match is searched: a held phrase covering it is
    short, and a sentence searched whole for every hit is slow on a letter with no full
    stops. Each field's phrases are tried only where their first words stand (as the
    checker's patterns are), and only up to ``start``: a phrase starting after it cannot
    span it. A held phrase starting where the attribute's does, and shorter, does not."""
    if CORRESPONDENCE_RE.match(doc.masked, end):
        return True
    lo, hi = max(a, start - NEAR), min(b, end + NEAR)
    for words in held:
        if not starts_before(words.pattern, doc, lo, hi, start + 1):
            continue  # its matches here all start after ``start``: none spans it
        # Leftmost, non-overlapping and in order, as finditer gives them: a sentence lies
        # inside one paragraph, so the paragraph-by-paragraph search finds the same.
        for x in pattern_matches(None, words.pattern, doc, lo, hi):
            if x.start() > start:
                break
            # At one place the longer phrase is the more specific reading: the held "sex"
            # does not cover the not-held "sex workers" that starts with it.
            if start < x.end() and (x.start() < start or x.end() >= end):
                return True
    return False


def term_hits(doc: Document, model: RecordedModel, authority_type: str | None) -> list[ModelHit]:
    """Words with several recorded meanings that nothing in their sentence settles: the
    first such word in each sentence."""
    kind = authority_type or "police"
    terms = [t for t in model.terms if kind in t.authority_types]
    starts = doc.sentence_starts()
    masked = doc.masked
    out: list[ModelHit] = []
    for term in terms:
        if absent(term.words, doc):
            continue
        done: set[int] = set()
        for start, end in _spans(term.words.pattern, doc, doc.body_start, len(masked)):
            i = bisect_right(starts, start) - 1
            if i in done:
                continue
            done.add(i)
            a = starts[max(i, 0)]
            b = starts[i + 1] if i + 1 < len(starts) else len(masked)
            if term.clear.search(masked, a, b) is not None:
                continue
            fields = {"term_id": term.id, "splits": _either(term.splits)}
            out.append((start, end, doc.text[start:end], fields))
            if len(done) >= MAX_HITS:
                break
    out.sort(key=lambda h: h[0])
    return out


def _either(options: list[str]) -> str:
    return options[0] if len(options) == 1 else ", ".join(options[:-1]) + " or " + options[-1]
