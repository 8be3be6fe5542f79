"""Attributes the records do not hold (``not_held_hits``), read paragraph by paragraph.

``foidraft.lint.reading`` reads the whole letter at once. The Checker keeps, for each
paragraph, what that reading depends on inside it: which dataset each of its sentences
names, and where each not-held attribute is asked for (and whether a held field covers
it, and whether the rule's own sentence context lets it through). What carries from one
paragraph to the next, the dataset a sentence counts when it names none, is worked out
again on each check from those kept facts, in a pass over the paragraphs.

``combine`` gives exactly what ``not_held_hits`` gives, or None where the two could
differ (a cap reached, an attribute spanning the sentence where its dataset is first
named), and then the Checker reads the whole letter instead.
"""

from __future__ import annotations

from _bisect import bisect_right  # bisect.py only adds an import

from foidraft.lint.document import Document
from foidraft.lint.engine import MAX_FINDINGS_PER_RULE, _context_ok, _RuleHit
from foidraft.lint.matching import hits
from foidraft.lint.model_hits import attribute_fields, covered, held_by_other, reads
from foidraft.lint.reading import BACK_RE, GENERIC_UNIT, MAX_HITS, OF_RE, counted_as

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.recorded.model import Dataset
    from foidraft.rules.model import Rule

UNITS_LIMIT = 50 * MAX_HITS  # the whole-letter reading's cap on one dataset's units


class HeldReading:
    """One paragraph's facts, offsets from its start. ``named``: (sentence start, dataset)
    for each sentence naming a unit; ``asks``: (dataset, attribute, start, end, sentence
    start, covered by a held field, passes the rule's contexts) for each attribute asked
    for; ``units``: unit hits per dataset."""

    __slots__ = ("asks", "named", "units")

    def __init__(self) -> None:
        self.named: list[tuple[int, int]] = []
        self.asks: list[tuple[int, int, int, int, int, bool, bool]] = []
        self.units: dict[int, int] = {}


def read_paragraphs(
    rule: Rule,
    view: Document,
    datasets: list[Dataset],
    spans: list[tuple[int, int]],
    seen: dict[tuple[int, int, int], bool],
) -> tuple[list[HeldReading], bool]:
    """The facts of each paragraph in ``spans`` (consecutive, inside ``view``'s window),
    and whether a cap was reached (then they are not complete, and not to be kept)."""
    lo, hi = spans[0][0], spans[-1][1]
    starts = view.sentence_starts()
    paragraph_starts = [a for a, _b in spans]
    out = [HeldReading() for _ in spans]
    first: dict[int, tuple[int, int, int]] = {}  # sentence start -> (start, -end, dataset)
    unit_at: dict[int, int] = {}  # where each unit starts: the dataset it names
    capped = False
    masked = view.masked
    for d, dataset in enumerate(datasets):
        found = hits(dataset.units.pattern, view, lo, hi, UNITS_LIMIT)
        capped = capped or len(found) >= UNITS_LIMIT
        for start, end, *_ in found:
            n = bisect_right(paragraph_starts, start) - 1
            out[n].units[d] = out[n].units.get(d, 0) + 1
            if BACK_RE.search(masked, max(start - 12, 0), start):
                continue  # "these arrests" names no count of its own (as the reading skips it)
            unit_at.setdefault(start, d)
            sentence = starts[bisect_right(starts, start) - 1]
            best = first.get(sentence)
            if best is None or (start, -end) < best[:2]:
                first[sentence] = (start, -end, counted_as(datasets, d, view.masked, end))
    for sentence in sorted(first):
        n = bisect_right(paragraph_starts, sentence) - 1
        start, minus_end, d = first[sentence]
        if datasets[d].id == GENERIC_UNIT:  # "incidents of assault" counts assaults, as the
            gap = OF_RE.match(masked, -minus_end)  # whole-letter reading has it (_of_kind)
            if gap is not None:
                d = unit_at.get(gap.end(), d)
        out[n].named.append((sentence - spans[n][0], d))
    for d, dataset in enumerate(datasets):
        held = [f.words for f in dataset.fields]
        for k, attribute in enumerate(dataset.not_held):
            if not reads(attribute, rule.model == "searchable"):
                continue
            for start, end, *_ in hits(attribute.words.pattern, view, lo, hi):
                i = bisect_right(starts, start) - 1
                a = starts[i]
                b = starts[i + 1] if i + 1 < len(starts) else len(masked)
                by_field = covered(view, held, a, b, start, end) or held_by_other(
                    view, datasets, dataset, a, b, start, end
                )
                ok = not by_field and _context_ok(rule, view, start, seen)
                n = bisect_right(paragraph_starts, start) - 1
                p = spans[n][0]
                out[n].asks.append((d, k, start - p, end - p, a - p, by_field, ok))
    return out, capped


def combine(
    doc: Document, datasets: list[Dataset], readings: list[tuple[int, HeldReading]]
) -> list[_RuleHit] | None:
    """The rule's hits from each paragraph's facts ((paragraph start, facts), in order),
    after its contexts, as the engine gives them (``_rule_hits``); or None where reading
    the whole letter could give other hits."""
    keys: list[int] = []  # sentences naming a unit, in order, and the dataset each names
    named: list[int] = []
    begin: dict[int, int] = {}  # where each dataset is first named
    units = [0] * len(datasets)
    by_attribute: dict[tuple[int, int], list[tuple[int, int, int, bool, bool]]] = {}
    for p, reading in readings:
        for sentence, d in reading.named:
            keys.append(sentence + p)
            named.append(d)
            begin.setdefault(d, sentence + p)
        for d, n in reading.units.items():
            units[d] += n
        for d, k, s, e, a, by_field, ok in reading.asks:
            by_attribute.setdefault((d, k), []).append((s + p, e + p, a + p, by_field, ok))
    if any(n >= UNITS_LIMIT for n in units):
        return None
    out: list[tuple[int, int, str, dict[str, str], bool]] = []
    for (d, k), asks in sorted(by_attribute.items()):  # dataset by dataset, as the reading
        start_of = begin.get(d)
        if start_of is None:
            continue
        dataset = datasets[d]
        attribute = dataset.not_held[k]
        for s, e, a, by_field, ok in asks:
            if s < start_of < e:
                return None  # the reading starts at start_of: it would find other matches
            j = bisect_right(keys, a) - 1
            if j < 0 or named[j] != d or by_field:
                continue
            out.append((s, e, doc.text[s:e], attribute_fields(dataset, attribute), ok))
            if len(out) >= MAX_HITS:
                return None
    out.sort(key=lambda h: h[0])
    return [(s, e, t, {}, None, f) for s, e, t, f, ok in out[:MAX_FINDINGS_PER_RULE] if ok]
