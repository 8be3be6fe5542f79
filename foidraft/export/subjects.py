"""A request's subjects as the model of what is recorded names them, for searching a
disclosure log: what it counts (a dataset's units: "knife crimes", "stop and searches")
and the recorded fields it breaks that down by ("ethnicity", "outcome"), in the letter's
own words (foidraft/data/recorded.yaml).

A disclosure log is searched by subject; the most frequent words of a letter were often
its framing ("tell", "carried", "broken down").
"""

from __future__ import annotations

from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.recorded.model import Words

# A sentence about the request, not its subject: the Act, the cost limit, the format.
FRAMING_RE = LazyRegex(
    r"£\s?\d|\bcost limit|\bappropriate limit|\bsection 12\b",
    IGNORECASE,
)
SENTENCE_RE = LazyRegex(r"[^.?!\n]+")
UNIT, FIELD = 0, 1  # what is counted says more than how it is broken down
MAX_EACH = 3  # matches of one word list: "burglaries ... robberies ... thefts"
# When a record was made ("financial years", "month") is in nearly every request for
# figures, so a disclosure log searched for it finds everything: no subject.
WHEN_FIELDS = frozenset({"date", "dates"})


def recorded_terms(body: str, kind: str | None, limit: int = 5, title: str = "") -> list[str]:
    """Up to ``limit`` phrases of ``body`` that the model of what is recorded knows for a
    body of type ``kind`` (police without one), what is counted first, no two overlapping
    in the letter; none from a sentence about the Act or the cost limit. What the
    ``title`` counts (the requester's own words for the subject) comes before all."""
    from foidraft.recorded.loader import default_model

    if title:
        body = f"{title}\n{body}"  # the title's span is the first line
    spans = [m.span() for m in SENTENCE_RE.finditer(body) if not FRAMING_RE.search(m.group())]
    ends = len(title)
    hits: list[tuple[int, int, int, str]] = []  # (kind of hit, start, end, words)

    def add(rank: int, words: Words) -> int:
        found = 0
        for lo, hi in spans:
            for m in words.finditer(body, lo, hi):
                if found < MAX_EACH and m.group().strip():
                    hits.append((rank, m.start(), m.end(), " ".join(m.group().split())))
                    found += 1
        return found

    for dataset in default_model().for_authority_type(kind):
        if add(UNIT, dataset.units):  # its fields only for what the letter counts
            for field in dataset.fields:
                if field.id not in WHEN_FIELDS:
                    add(FIELD, field.words)
    chosen: list[tuple[int, int, str]] = []
    order = sorted(hits, key=lambda h: (h[1] >= ends, h[0], h[1], h[1] - h[2]))
    for _rank, start, end, words in order:
        if len(chosen) >= limit:
            break
        overlaps = any(start < e and s < end for s, e, _ in chosen)
        if not overlaps and all(_same(words) != _same(w) for _, _, w in chosen):
            chosen.append((start, end, words))
    return [words for _, _, words in chosen]


def _same(words: str) -> str:
    """One key for a phrase and its plural: "offence code" and "offence codes"."""
    return words.casefold().removesuffix("s")
