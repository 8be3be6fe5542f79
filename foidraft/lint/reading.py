"""A request read against the model of what is recorded.

A letter is a run of questions (numbered items, paragraphs, sentences). Each one counts
something: a unit of one of the model's datasets ("crimes recorded", "arrests", "Taser
uses"). A question that names no unit of its own ("Of these, how many were charged?")
counts what the question before it counted. Against that dataset, two things are looked
for:

- an attribute the records do not hold as a field (a place type for crimes, a platform,
  the evidence behind an arrest): answering means reading every record, a section 12 risk
  or a "not held" answer, whatever words ask for it;
- a word with several recorded meanings ("incidents", "reports", "staff") that nothing in
  the question settles.

This module holds the reading of which dataset each sentence counts (``Reading``) and the
search of a word list (``_spans``; ``absent`` is ``foidraft.lint.gates.words_absent``);
``foidraft.lint.model_hits`` looks, with them, for the two things above. Each word list
is searched once over the whole letter and its matches are placed in their sentences by
bisection, so reading stays linear however many sentences a letter has.
"""

from __future__ import annotations

from _bisect import bisect_right  # bisect.py only adds an import

from foidraft.lint.document import Document
from foidraft.lint.gates import words_absent as absent
from foidraft.lint.matching import pattern_matches
from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.recorded.model import Dataset
    from foidraft.rules.model import Pattern

# Work is bounded on pathological letters: after this many hits of one kind, stop.
MAX_HITS = 500


# What may stand between people a dataset counts and what was done to them: "officers (who)
# were (being) assaulted", "staff have been spat at", "officers and staff investigated for
# misconduct" (a second group joined to the first). A passive verb makes them the victims;
# without one ("officers who assaulted", "officers have attacked"), they did it, unless a bare
# participle has no object after it ("officers assaulted in 2023").
VICTIM_GAP_RE = LazyRegex(
    r"\s+(?:(?:and|or|&)\s+(?:police\s+)?(?:staff|officers|employees|pcsos|special\s+constables)\s+)?"
    r"(?P<who>(?:who|that)\s+)?(?P<aux>(?:(?:were|was|are|is|have|has|had|been|being|got|"
    r"get|getting|ever|previously|recently)\s+){0,3})",
    IGNORECASE,
)
PASSIVE_RE = LazyRegex(r"\b(?:were|was|are|is|been|being|got|get|getting)\b", IGNORECASE)
# A unit pointed back at ("these cases", "those arrests") names no count of its own: the
# sentence counts what the one before it counted (SOAS: "the students affected by these
# cases" are the plagiarism cases just asked for, not a case system's cases).
BACK_RE = LazyRegex(r"\b(?:these|those|such)\s+$", IGNORECASE)
OBJECT_RE = LazyRegex(
    r"\s+(?:a|an|the|members?|people|persons?|someone|somebody|anyone|him|her|them|their|his|"
    r"prisoners?|detainees?|suspects?|colleagues?|children|each\s+other)\b",
    IGNORECASE,
)


def _spans(
    pattern: Pattern, doc: Document, lo: int, hi: int, limit: int | None = None
) -> list[tuple[int, int]]:
    """Where a word list's ``pattern`` matches in [lo, hi), as ``foidraft.lint.matching.hits``
    finds it (a list's pattern has no group and no condition), without the matched text
    and the groups a finding needs: a long letter names a unit some two thousand times."""
    out: list[tuple[int, int]] = []
    for m in pattern_matches(None, pattern, doc, lo, hi):
        start, end = m.span()
        if end > start:
            out.append((start, end))
            if limit is not None and len(out) >= limit:
                break
    return out


def counted_as(datasets: list[Dataset], d: int, masked: str, end: int) -> int:
    """Which dataset a unit of ``datasets[d]`` ending at ``end`` counts: another one when
    what follows makes its people that dataset's victims ("how many officers were
    assaulted" counts recorded crimes, not the workforce)."""
    gap = VICTIM_GAP_RE.match(masked, end)
    if gap is None:
        return d
    passive = PASSIVE_RE.search(gap["aux"]) is not None
    if not passive and (gap["who"] or gap["aux"]):
        return d
    for k, other in enumerate(datasets):
        if k == d or other.victims is None:
            continue
        done = other.victims.compiled.match(masked, gap.end())
        if done is not None and (passive or OBJECT_RE.match(masked, done.end()) is None):
            return k
    return d


# "Incidents of assault", "incidents of theft": a kind of crime named after the generic
# word counts those crimes, as forces read it (Cleveland Police searched assault crimes for
# "incidents of assaults on a HGV driver"), so their records are what is asked of.
OF_RE = LazyRegex(r"\s+of\s+(?:the\s+)?", IGNORECASE)
GENERIC_UNIT = "incidents"


def _of_kind(best: tuple[int, int, Dataset], masked: str, unit_at: dict[int, Dataset]) -> Dataset:
    """A sentence's first unit's dataset, or the next unit's after "incidents of"."""
    counted = best[2]
    if counted.id != GENERIC_UNIT:
        return counted
    gap = OF_RE.match(masked, -best[1])
    return unit_at.get(gap.end(), counted) if gap else counted


class Reading:
    """Which dataset each sentence of a letter counts: the first unit it names, or else
    what the sentence before it counted."""

    __slots__ = ("_datasets", "_firsts", "_keys", "_named", "end", "starts")

    def __init__(self, doc: Document, datasets: list[Dataset]) -> None:
        self.starts = doc.sentence_starts()
        self.end = len(doc.masked)
        first: dict[int, tuple[int, int, Dataset]] = {}
        unit_at: dict[int, Dataset] = {}  # where each unit starts: what it counts
        for d, dataset in enumerate(datasets):
            if absent(dataset.units, doc):
                continue
            found = _spans(dataset.units.pattern, doc, doc.body_start, self.end, 50 * MAX_HITS)
            for start, end in found:
                if BACK_RE.search(doc.masked, max(start - 12, 0), start):
                    continue
                unit_at.setdefault(start, dataset)
                i = bisect_right(self.starts, start) - 1
                best = first.get(i)
                # The earliest unit wins; at one place, the longest phrase (more specific).
                if best is None or (start, -end) < best[:2]:
                    first[i] = (start, -end, datasets[counted_as(datasets, d, doc.masked, end)])
        self._keys = sorted(first)
        self._datasets = [_of_kind(first[i], doc.masked, unit_at) for i in self._keys]
        self._firsts: dict[int, int] = {}  # by id(dataset): its first sentence
        for i, counted in zip(reversed(self._keys), reversed(self._datasets), strict=True):
            self._firsts[id(counted)] = i
        self._named: dict[int, list[int]] = {}  # by id(dataset): where its units are, in order
        for j, counted in enumerate(self._datasets):
            self._named.setdefault(id(counted), []).append(j)

    def first_offset(self, dataset: Dataset) -> int | None:
        """Where the first sentence counting ``dataset`` starts (None if none does)."""
        i = self._firsts.get(id(dataset))
        return None if i is None else self.starts[i]

    def runs(self, dataset: Dataset, paragraphs: list[int]) -> list[tuple[int, int]]:
        """Where to look for what ``dataset`` does not hold: from its first sentence on, the
        paragraphs holding a sentence that counts it (sorted, disjoint, each a run of whole
        paragraphs but the first, which starts at that sentence). A search of each finds,
        in them, what one search from the first sentence to the letter's end finds: matches
        never cross a paragraph break. Elsewhere, what it finds would be dropped."""
        out: list[tuple[int, int]] = []
        starts, keys, last = self.starts, self._keys, len(paragraphs) - 1
        for j in self._named.get(id(dataset), ()):
            a = starts[keys[j]]
            b = starts[keys[j + 1]] if j + 1 < len(keys) else self.end
            k = bisect_right(paragraphs, max(b - 1, a))  # one past the last paragraph's index
            hi = paragraphs[k] if k <= last else self.end
            lo = paragraphs[bisect_right(paragraphs, a) - 1]
            if out and lo <= out[-1][1]:  # the same paragraph, or the next: one run
                out[-1] = (out[-1][0], max(hi, out[-1][1]))
            else:
                out.append((lo if out else a, hi))
        return out

    def sentence(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.end
        return self.starts[max(i, 0)], end

    def _unit_sentence(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        return i, bisect_right(self._keys, i) - 1

    def dataset_at(self, offset: int) -> Dataset | None:
        """The dataset the sentence holding ``offset`` counts, named there or before it."""
        _, j = self._unit_sentence(offset)
        return self._datasets[j] if j >= 0 else None

    def named_at(self, offset: int) -> bool:
        """Whether the sentence holding ``offset`` names its unit itself."""
        i, j = self._unit_sentence(offset)
        return j >= 0 and self._keys[j] == i
