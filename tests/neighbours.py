"""Requests like this one: how the real requests most like a request were answered.

Each request is a TF-IDF vector over its words and word bigrams (stop words out), and its
neighbours are the reference requests with the highest cosine similarity above a floor.
The signal for an outcome (s12, not held, NCND or exempt, clarification) is the
similarity-weighted share of neighbours with that outcome; it fires when the share and the
number of neighbours pass thresholds, with the kind the neighbours of that outcome were
bounced for most often (so the corpus scorer can judge it as it judges a rule's finding).

Measured by ``python -m tests.neighbours_eval`` (grouped cross-validation on the training
part only; see that module).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tests.corpus import as_sent

BOUNCES = ("s12", "not_held", "ncnd_or_exempt", "clarification")
# The finding kind each outcome's neighbours speak for when their own kinds say nothing
# more precise ('other' is not a finding kind).
DEFAULT_KIND = {
    "s12": "manual_review",
    "not_held": "not_recorded_field",
    "ncnd_or_exempt": "law_enforcement_sensitive",
    "clarification": "undefined_term",
}
EXEMPT_KINDS = frozenset({"law_enforcement_sensitive", "personal_data"})
# Words every request letter uses, and English function words: they say nothing about
# what is asked for.
_STOP_WORDS = """a about above after again all also am an and any are as at be been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you
your yours dear sir madam freedom information act request requesting requested please provide
like know kindly thank thanks regards faithfully sincerely grateful many much wish section
foi foia foisa email mail letter writing write following details detail respect regard
regarding relating related relation number"""
STOP = frozenset(_STOP_WORDS.split())
WORD_RE = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")
# A published request's closing lines (and the stand-in name ``as_sent`` adds) carry no
# request.
NAME_LINE = "a. requester"


def words(text: str) -> list[str]:
    """Lower-cased content words, a final plural 's' taken off (crimes, crime) after the
    stop list is read (so "numbers" stays as "number": the figures were measured so)."""
    out = []
    for w in WORD_RE.findall(text.lower().replace(NAME_LINE, " ")):
        w = w.replace("’", "'").removesuffix("'s")
        if len(w) < 2 or w in STOP:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        out.append(w)
    return out


def terms(text: str) -> Counter[str]:
    ws = words(text)
    return Counter(ws + [f"{a} {b}" for a, b in itertools.pairwise(ws)])


Vector = dict[str, float]


@dataclass
class Index:
    """TF-IDF vectors of reference requests, with an inverted index for fast cosine."""

    idf: dict[str, float]
    vectors: list[Vector]
    postings: dict[str, list[tuple[int, float]]]

    def vector(self, counts: Counter[str]) -> Vector:
        v = {t: (1 + math.log(n)) * self.idf[t] for t, n in counts.items() if t in self.idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    def similar(self, counts: Counter[str], k: int, floor: float) -> list[tuple[int, float]]:
        """The ``k`` reference requests most like ``counts``, with similarity >= ``floor``."""
        scores: dict[int, float] = defaultdict(float)
        for t, x in self.vector(counts).items():
            for i, y in self.postings[t]:
                scores[i] += x * y
        best = sorted(((s, i) for i, s in scores.items() if s >= floor), reverse=True)[:k]
        return [(i, s) for s, i in best]


def build(docs: Sequence[Counter[str]]) -> Index:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    # Terms in a single request cannot make two requests alike.
    idf = {t: math.log((n + 1) / (m + 1)) + 1 for t, m in df.items() if m > 1}
    index = Index(idf, [], defaultdict(list))
    for i, d in enumerate(docs):
        v = index.vector(d)
        index.vectors.append(v)
        for t, x in v.items():
            index.postings[t].append((i, x))
    return index


def case_terms(case: dict[str, Any]) -> Counter[str]:
    return terms(as_sent(case))


@dataclass(frozen=True)
class Params:
    k: int = 10
    floor: float = 0.2
    share: float = 0.6  # weighted share of the neighbours with the outcome
    min_n: int = 3  # neighbours with the outcome
    kinds: tuple[str, ...] = BOUNCES


def outcome_kind(neighbours: Iterable[dict[str, Any]], outcome: str) -> str:
    """The finding kind the neighbours with ``outcome`` were bounced for most often."""
    # NCND's finding kinds are the exemptions; 'other' is no finding kind.
    allowed = EXEMPT_KINDS if outcome == "ncnd_or_exempt" else None
    tally: Counter[str] = Counter()
    for c in neighbours:
        if c["outcome"] == outcome:
            tally.update(
                k for k in c["trigger_kinds"] if k != "other" and (allowed is None or k in allowed)
            )
    return tally.most_common(1)[0][0] if tally else DEFAULT_KIND[outcome]


def signal(
    hits: Sequence[tuple[dict[str, Any], float]], p: Params
) -> list[tuple[str, str, float, int]]:
    """What the neighbours ``hits`` (case, similarity; best first) say, under ``p``: for
    each outcome that fires, (outcome, finding kind, weighted share, neighbours with it)."""
    hits = [(c, s) for c, s in hits[: p.k] if s >= p.floor]
    total = sum(s for _, s in hits)
    fired = []
    for outcome in p.kinds:
        with_it = [(c, s) for c, s in hits if c["outcome"] == outcome]
        share = sum(s for _, s in with_it) / total if total else 0.0
        if len(with_it) >= p.min_n and share >= p.share:
            kind = outcome_kind((c for c, _ in with_it), outcome)
            fired.append((outcome, kind, share, len(with_it)))
    return fired


if __name__ == "__main__":  # the measurement: tests/neighbours_loo.py
    import sys

    from tests.neighbours_loo import main

    raise SystemExit(main(sys.argv[1:]))
