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

All searches are regexes over one sentence at a time, so reading is linear in the letter.
"""

from __future__ import annotations

from foidraft.lint.document import Document

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.recorded.model import Dataset, RecordedModel

# (start, end, matched text, template fields)
ModelHit = tuple[int, int, str, dict[str, str]]


class Question:
    """One sentence of the letter and the dataset it counts (None when none is known)."""

    __slots__ = ("dataset", "end", "inherited", "start")

    def __init__(self, start: int, end: int, dataset: Dataset | None, inherited: bool) -> None:
        self.start = start
        self.end = end
        self.dataset = dataset
        self.inherited = inherited


def sentences(doc: Document) -> list[tuple[int, int]]:
    """The letter's sentences and list items, as (start, end), empty ones left out."""
    starts = doc.sentence_starts()
    out = []
    masked = doc.masked
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
        if masked[start:end].strip():
            out.append((start, end))
    return out


def read(doc: Document, datasets: list[Dataset]) -> list[Question]:
    """Each sentence with the dataset it counts: the first unit it names, or else the
    dataset of the sentence before (a question that points back, or the rest of one)."""
    out: list[Question] = []
    current: Dataset | None = None
    masked = doc.masked
    for start, end in sentences(doc):
        found = _first_unit(masked, start, end, datasets)
        if found is not None:
            current = found
            out.append(Question(start, end, found, False))
        else:
            out.append(Question(start, end, current, current is not None))
    return out


def _first_unit(text: str, start: int, end: int, datasets: list[Dataset]) -> Dataset | None:
    best: tuple[int, int, Dataset] | None = None
    for dataset in datasets:
        m = dataset.units.search(text, start, end)
        # The earliest unit wins; at one place, the longest phrase (a more specific unit).
        if m is not None and (best is None or (m.start(), -m.end()) < (best[0], -best[1])):
            best = (m.start(), m.end(), dataset)
    return best[2] if best else None


def not_held_hits(
    doc: Document, model: RecordedModel, authority_type: str | None
) -> list[ModelHit]:
    """Attributes asked for that the counted dataset does not hold, one hit per phrase."""
    questions = read(doc, model.for_authority_type(authority_type))
    masked = doc.masked
    out: list[ModelHit] = []
    for q in questions:
        if q.dataset is None:
            continue
        held = [f.words for f in q.dataset.fields]
        for attribute in q.dataset.not_held:
            for m in attribute.words.finditer(masked, q.start, q.end):
                if any(_covers(w.search(masked, q.start, q.end), m.start()) for w in held):
                    continue
                out.append(
                    (
                        m.start(),
                        m.end(),
                        doc.text[m.start() : m.end()],
                        {
                            "attribute": attribute.label,
                            "attribute_id": attribute.id,
                            "dataset": q.dataset.name,
                            "nearest": attribute.nearest,
                            "reason": attribute.why,
                        },
                    )
                )
    out.sort(key=lambda h: h[0])
    return out


def _covers(m: object, position: int) -> bool:
    """A held field's phrase that spans ``position`` (e.g. 'arrested for' over 'for')."""
    return m is not None and m.start() <= position < m.end()  # type: ignore[attr-defined]


def term_hits(doc: Document, model: RecordedModel, authority_type: str | None) -> list[ModelHit]:
    """Words with several recorded meanings that nothing in their sentence settles."""
    kind = authority_type or "police"
    terms = [t for t in model.terms if kind in t.authority_types]
    if not terms:
        return []
    masked = doc.masked
    out: list[ModelHit] = []
    for start, end in sentences(doc):
        for term in terms:
            m = term.words.search(masked, start, end)
            if m is None or term.clear.search(masked, start, end) is not None:
                continue
            out.append(
                (
                    m.start(),
                    m.end(),
                    doc.text[m.start() : m.end()],
                    {
                        "term_id": term.id,
                        "splits": _either(term.splits),
                    },
                )
            )
    out.sort(key=lambda h: h[0])
    return out


def _either(options: list[str]) -> str:
    return options[0] if len(options) == 1 else ", ".join(options[:-1]) + " or " + options[-1]
