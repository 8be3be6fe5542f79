"""What the Checker keeps for each paragraph: what the rules found there that depends on
nothing outside it and the questions it points back to.

Matches never cross a paragraph break, so every existence and occurrence rule's hits in a
paragraph, with the contexts a paragraph decides (its sentences, lines, questions), stay
right while its text does. So do: whether a document-wide context holds somewhere in it;
for an absence rule, whether what it looks for is there and where its anchor first is;
its numbered questions' words (repeated questions); and the reading against the model of
what is recorded (``foidraft.lint.held``). The Checker adds these up over the paragraphs
on each check (``foidraft.lint.checker``).

Paragraphs that need reading (all of them, the first time) are read in runs, each run in
one pass through a window of the letter (``foidraft.lint.window``), and what is found is
shared out to the paragraphs, with offsets from each one's start.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import

from foidraft.lint.engine import MAX_FINDINGS_PER_RULE, _dedupe, _has
from foidraft.lint.held import HeldReading, read_paragraphs
from foidraft.lint.matching import Hit, first_hit, hits, live_indexes
from foidraft.lint.model import Edit, Suggestion
from foidraft.lint.model_kinds import NOT_HELD_MODELS
from foidraft.lint.questions import items_in, numbered
from foidraft.lint.suggest import build_suggestions
from foidraft.lint.window import window
from foidraft.rules.counterparts import template_for
from foidraft.text.template import render

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.lint.document import Document
    from foidraft.recorded.model import Dataset
    from foidraft.rules.model import Context, Pattern, Rule

LOCAL_SCOPES = frozenset({"sentence", "line", "question", "paragraph"})
LOCAL_OPS = frozenset(
    {"replace", "insert_before", "insert_after", "delete", "sentence_end", "question_end", "advice"}
)

# A hit kept for a paragraph: offsets from its start, the matched text, named groups, the
# fuzzy score, the message (None: made on each check) and the rewordings, offsets from the
# paragraph's start (None: made on each check, as they reach beyond the paragraph).
KeptHit = tuple[
    int, int, str, dict[str, str], float | None, str | None, tuple[Suggestion, ...] | None
]


def rewordings_local(rule: Rule) -> bool:
    """Whether the rule's rewordings edit, and look, only inside the match's paragraph."""
    for spec in rule.suggestions:
        if spec.op not in LOCAL_OPS:
            return False
        if any(c.scope not in LOCAL_SCOPES for c in [*spec.requires, *spec.unless]):
            return False
    return True


class Plan:
    """How the Checker reads each active rule: per paragraph (``hits``, ``absence``,
    ``not_held``, ``repeated``) or over the whole letter on every check (``whole``)."""

    __slots__ = ("absence", "documents", "hits", "not_held", "repeated", "whole")

    def __init__(self, rules: list[Rule]) -> None:
        self.hits: list[Rule] = []
        self.absence: list[Rule] = []
        self.not_held: list[Rule] = []
        self.repeated: list[Rule] = []
        self.whole: list[Rule] = []
        for rule in rules:
            contexts = [*rule.requires, *rule.unless]
            if rule.check in ("existence", "occurrence"):
                self.hits.append(rule)
            elif rule.check == "absence" and not rule.unless:
                self.absence.append(rule)
            elif rule.model in NOT_HELD_MODELS and all(c.scope in LOCAL_SCOPES for c in contexts):
                self.not_held.append(rule)
            elif rule.model == "repeated_questions" and not contexts:
                self.repeated.append(rule)
            else:
                self.whole.append(rule)
        # Contexts over the whole letter: each paragraph says whether they hold in it (a
        # rule read over the whole letter asks them too: FD335, once per check).
        self.documents: list[Context] = [
            c
            for r in self.hits
            for c in (
                *r.requires,
                *r.unless,
                *(c for s in r.suggestions for c in (*s.requires, *s.unless)),
            )
            if c.scope == "document"
        ] + [c for r in self.whole for c in (*r.requires, *r.unless) if c.scope == "document"]


class Kept:
    """What one paragraph holds for the rules (see the module's docstring)."""

    __slots__ = ("anchors", "contexts", "found", "hits", "numbered", "raw", "readings", "unique")

    def __init__(self) -> None:
        self.hits: dict[str, list[KeptHit]] = {}  # by rule id, passing the local contexts
        # Each pattern's hits by rule id, before overlaps go and contexts (offsets from the
        # paragraph's start): counted to see whether a rule reached its cap, and read in
        # place of the whole letter when it did.
        self.raw: dict[str, list[list[Hit]]] = {}
        self.unique: dict[str, int] = {}  # hits by rule id once overlaps go, before contexts
        self.contexts: set[int] = set()  # id() of the document-wide contexts holding here
        self.found: set[str] = set()  # absence rules whose patterns match here
        # (absence rule, anchor pattern) -> (its first hit here, how many heads it has here)
        self.anchors: dict[tuple[str, int], tuple[Hit | None, int]] = {}
        self.numbered: list[tuple[int, int, tuple[str, ...]]] = []
        self.readings: dict[str, HeldReading] = {}


def read_run(
    doc: Document,
    spans: list[tuple[int, int]],
    chain_start: int,
    plan: Plan,
    authority: Authority | None,
    base: dict[str, str],
    datasets: list[Dataset],
) -> tuple[list[Kept], bool]:
    """What each of the consecutive paragraphs ``spans`` keeps (the first one's questions
    may point back as far as ``chain_start``), and whether a cap was reached: then what
    was found is not complete, and the Checker reads the whole letter instead."""
    lo, hi = spans[0][0], spans[-1][1]
    view = window(doc, chain_start, hi)
    starts = [a for a, _b in spans]
    kept = [Kept() for _ in spans]
    seen: dict[tuple[int, int, int], bool] = {}
    capped = False
    for rule in plan.hits:
        _read_hits(rule, view, starts, kept, seen, hi, authority, base)
    for ctx in plan.documents:
        for n, (a, b) in enumerate(spans):
            if any(first_hit(p, view, a, b) for p in ctx.patterns):
                kept[n].contexts.add(id(ctx))
    for rule in plan.absence:
        _read_absence(rule, view, spans, kept)
    if plan.repeated:  # the numbered questions' words, whichever rule compares them
        for a, end, words in numbered(view, items_in(view, lo, hi)):
            n = bisect_right(starts, a) - 1
            kept[n].numbered.append((a - starts[n], end - starts[n], words))
    for rule in plan.not_held:
        readings, cap = read_paragraphs(rule, view, datasets, spans, seen)
        capped = capped or cap
        for k, reading in zip(kept, readings, strict=True):
            k.readings[rule.id] = reading
    return kept, capped


def _read_hits(
    rule: Rule,
    view: Document,
    starts: list[int],
    kept: list[Kept],
    seen: dict[tuple[int, int, int], bool],
    hi: int,
    authority: Authority | None,
    base: dict[str, str],
) -> None:
    """Keep the rule's hits in each paragraph (up to its cap in each)."""
    limit = max(MAX_FINDINGS_PER_RULE, rule.max + 1)
    raw: list[Hit] = []
    live = live_indexes(rule, view)  # the others find nothing here: never unpacked
    for i in range(len(rule.patterns)) if live is None else live:
        found = _pattern_hits(rule.pattern(i), view, starts, hi, limit)
        for s, e, t, g, score in found:
            n = bisect_right(starts, s) - 1
            by_pattern = kept[n].raw.setdefault(rule.id, [])
            by_pattern.extend([] for _ in range(i + 1 - len(by_pattern)))
            by_pattern[i].append((s - starts[n], e - starts[n], t, g, score))
        raw.extend(found)
    if not raw:
        return
    local = rewordings_local(rule)
    for s, e, t, g, score in _dedupe(raw):
        unique = kept[bisect_right(starts, s) - 1].unique
        unique[rule.id] = unique.get(rule.id, 0) + 1
        if not local_ok(rule, view, s, seen):
            continue
        n = bisect_right(starts, s) - 1
        at = starts[n]
        message = suggestions = None
        if rule.check == "existence":  # an occurrence's message holds the letter's count
            fields = {**base, **g, "match": t}
            message = render(template_for(rule.message, authority), fields)  # FOISA's sections
            if local:
                made = build_suggestions(rule, view, s, e, fields, authority, score is not None)
                stop = starts[n + 1] if n + 1 < len(starts) else hi
                # An edit may take the space before the match, which can lie in the break
                # before the paragraph: such rewordings are made over the letter when summed.
                if all(at <= x.start and x.end <= stop for y in made for x in y.edits):
                    suggestions = tuple(shift(x, -at) for x in made)
        kept[n].hits.setdefault(rule.id, []).append(
            (s - at, e - at, t, g, score, message, suggestions)
        )


def _pattern_hits(p: Pattern, view: Document, starts: list[int], hi: int, limit: int) -> list[Hit]:
    """The pattern's hits in the paragraphs from ``starts[0]`` to ``hi``: in each, its first
    ``limit`` (as a whole letter's reading keeps a pattern's first ``limit``, adding up
    each paragraph's first ``limit`` gives the same)."""
    out: list[Hit] = []
    lo = starts[0]
    while True:
        found = hits(p, view, lo, hi, limit=limit)
        if len(found) < limit:
            return out + found
        # Paragraphs before the last hit's are done; read on from the start of that one,
        # unless it alone had them all.
        n = bisect_right(starts, found[-1][0]) - 1
        if found[0][0] >= starts[n]:
            out += found
            if n + 1 == len(starts):
                return out
            lo = starts[n + 1]
        else:
            out += [h for h in found if h[0] < starts[n]]
            lo = starts[n]


def local_ok(
    rule: Rule, view: Document, start: int, seen: dict[tuple[int, int, int], bool]
) -> bool:
    """The rule's contexts that a paragraph decides hold (the others are asked later)."""
    for ctx in rule.requires:
        if ctx.scope in LOCAL_SCOPES and not _has(ctx, view, start, seen):
            return False
    return not any(
        ctx.scope in LOCAL_SCOPES and _has(ctx, view, start, seen) for ctx in rule.unless
    )


def _read_absence(
    rule: Rule, view: Document, spans: list[tuple[int, int]], kept: list[Kept]
) -> None:
    for n, (a, b) in enumerate(spans):
        if any(first_hit(p, view, a, b) for p in rule.patterns):
            kept[n].found.add(rule.id)
        for k, p in enumerate(rule.anchor or ()):
            heads = 0  # the places tried: the whole-letter search gives up after many
            if p.heads is not None and view.lower is not None:
                places = view.index().starts_of(p.heads, p.heads_ws, p.heads_whole, p.heads_next)
                heads = bisect_left(places, b) - bisect_left(places, a)
            first = hits(p, view, a, b, limit=1)
            if first or heads:
                relative = None
                if first:
                    s, e, t, g, score = first[0]
                    relative = (s - a, e - a, t, g, score)
                kept[n].anchors[(rule.id, k)] = (relative, heads)


def shift(s: Suggestion, by: int) -> Suggestion:
    """The rewording with its edits moved by ``by`` characters."""
    if not s.edits:
        return s
    edits = tuple(Edit(e.start + by, e.end + by, e.replacement) for e in s.edits)
    return Suggestion(s.title, edits, s.applicability, advice=s.advice)
