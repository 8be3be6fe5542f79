"""Adding up what a letter's paragraphs keep (``foidraft.lint.kept``) into its findings:
the ``Checker``'s step after reading only the paragraphs that changed. Counts, contexts
over the whole letter, absences, repeated questions and the dataset each sentence counts
are summed here; where adding up could differ from reading the whole letter (a rule's
cap reached), the rule is read over the whole letter, as ``foidraft.check`` does.
"""

from __future__ import annotations

from foidraft.lint.document import Document
from foidraft.lint.engine import (
    ANCHOR_TRIES,
    MAX_FINDINGS_PER_RULE,
    _context_ok,
    _dedupe,
    _has,
    _rule_hits,
    _RuleHit,
    absence_hit,
    make_finding,
)
from foidraft.lint.held import HeldReading, combine
from foidraft.lint.kept import LOCAL_SCOPES, Kept, KeptHit, Plan, local_ok, shift
from foidraft.lint.matching import Hit
from foidraft.lint.model import Finding, Suggestion
from foidraft.lint.questions import repeats
from foidraft.lint.suggest import build_suggestions
from foidraft.rules.counterparts import template_for
from foidraft.text.template import render

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.authorities.model import Authority
    from foidraft.config import Config
    from foidraft.recorded.model import Dataset
    from foidraft.rules.model import Context, Rule

_Seen = dict[tuple[int, int, int], bool]


class Sum:
    """One check's adding up of what the paragraphs keep into findings."""

    def __init__(
        self,
        doc: Document,
        plan: Plan,
        authority: Authority | None,
        config: Config | None,
        base: dict[str, str],
    ) -> None:
        self.doc = doc
        self.plan = plan
        self.authority = authority
        self.config = config
        self.base = base
        self.seen: _Seen = {}
        # The contexts over the whole letter, added up from the paragraphs (``_has``'s keys)
        self.wide: _Seen = {}
        self._datasets: list[Dataset] | None = None

    def datasets(self) -> list[Dataset]:
        """The model's datasets for this authority (loaded only if a rule reads them)."""
        if self._datasets is None:
            self._datasets = []
            if self.plan.not_held:
                from foidraft.recorded.loader import default_model

                kind = self.authority.type if self.authority is not None else None
                self._datasets = default_model().for_authority_type(kind)
        return self._datasets

    def findings(self, kept: list[tuple[int, Kept]]) -> list[Finding] | None:
        """The findings of the rules read per paragraph; None where a cap was reached."""
        hits: dict[str, list[tuple[int, KeptHit]]] = {}
        raw: dict[str, list[int]] = {}
        unique: dict[str, int] = {}
        contexts: set[int] = set()
        found: set[str] = set()
        anchors: dict[tuple[str, int], list[tuple[int, Hit | None, int]]] = {}
        numbered: list[tuple[int, int, tuple[str, ...]]] = []
        for at, k in kept:
            for rule_id, kept_hits in k.hits.items():
                hits.setdefault(rule_id, []).extend((at, h) for h in kept_hits)
            for rule_id, by_pattern in k.raw.items():
                total = raw.setdefault(rule_id, [])
                total.extend([0] * (len(by_pattern) - len(total)))
                for i, pattern_hits in enumerate(by_pattern):
                    total[i] += len(pattern_hits)
            for rule_id, n in k.unique.items():
                unique[rule_id] = unique.get(rule_id, 0) + n
            contexts |= k.contexts
            found |= k.found
            for ref, (first, heads) in k.anchors.items():
                anchors.setdefault(ref, []).append((at, first, heads))
            numbered += [(a + at, e + at, words) for a, e, words in k.numbered]
        doc = self.doc
        for ctx in self.plan.documents:  # as the rules read over the whole letter ask them
            self.wide[(id(ctx), doc.body_start, len(doc.text))] = id(ctx) in contexts
        out: list[Finding] = []
        for rule in self.plan.hits:
            limit = max(MAX_FINDINGS_PER_RULE, rule.max + 1)
            if any(n >= limit for n in raw.get(rule.id, ())):
                rule_hits, capped = self._capped(rule, limit, kept)
            else:
                rule_hits, capped = hits.get(rule.id, []), unique.get(rule.id, 0) >= limit
            out += self._hits(rule, rule_hits, contexts, limit, capped)
        for rule in self.plan.absence:
            out += self._absence(rule, found, anchors)
        for rule in self.plan.repeated:
            out += self._model(rule, repeats(self.doc, numbered))
        for rule in self.plan.not_held:
            readings: list[tuple[int, HeldReading]] = [(at, k.readings[rule.id]) for at, k in kept]
            model_hits = combine(self.doc, self.datasets(), readings)
            if model_hits is None:  # the reading's edge cases: read the whole letter
                model_hits = _rule_hits(rule, self.doc, {}, self.authority)
            out += self._emit(rule, model_hits)
        return out

    def _capped(
        self, rule: Rule, limit: int, kept: list[tuple[int, Kept]]
    ) -> tuple[list[tuple[int, KeptHit]], bool]:
        """A rule with a pattern matching ``limit`` times or more: its hits as the whole
        letter's reading keeps them (each pattern's first ``limit``, which the paragraphs'
        hits of each pattern in turn are, as matches never cross a paragraph break), after
        the contexts a paragraph decides, and whether the rule reached its cap."""
        doc = self.doc
        by_pattern: list[list[Hit]] = []
        for at, k in kept:
            for i, pattern_hits in enumerate(k.raw.get(rule.id, ())):
                if i == len(by_pattern):
                    by_pattern.append([])
                room = limit - len(by_pattern[i])
                by_pattern[i] += [(s + at, e + at, t, g, score)
                                  for s, e, t, g, score in pattern_hits[:room]]  # fmt: skip
        found = _dedupe([h for pattern_hits in by_pattern for h in pattern_hits])
        return [
            (0, (s, e, t, g, score, None, None))
            for s, e, t, g, score in found
            if local_ok(rule, doc, s, self.seen)
        ], len(found) >= limit

    def _hits(
        self,
        rule: Rule,
        kept: list[tuple[int, KeptHit]],
        contexts: set[int],
        limit: int,
        capped: bool,
    ) -> list[Finding]:
        """An existence or occurrence rule's findings, after the contexts that look beyond
        the paragraph (the whole letter: from ``contexts``; below a match: asked now)."""
        wide = [c for c in (*rule.requires, *rule.unless) if c.scope not in LOCAL_SCOPES]
        if wide:
            kept = [(at, h) for at, h in kept if self._wide_ok(rule, at + h[0], contexts)]
        kept = kept[:limit]
        if rule.check == "occurrence":
            if len(kept) <= rule.max:
                return []
            at, (s, e, t, g, score, _m, _x) = kept[rule.max]
            count = f"{len(kept)}+" if capped else str(len(kept))
            extra = {"count": count, "max": str(rule.max)}
            return self._emit(rule, [(s + at, e + at, t, g, score, extra)])
        out = []
        doc = self.doc
        severity = self._severity(rule)

        def letter_wide(ctx: Context) -> bool:
            return id(ctx) in contexts

        for at, (s, e, t, g, score, message, suggestions) in kept[:MAX_FINDINGS_PER_RULE]:
            start, end = s + at, e + at
            if message is None:  # read over the whole letter (a cap): nothing kept
                out += self._emit(rule, [(start, end, t, g, score, {})])
                continue
            line, column = doc.line_col(start)
            if doc.is_suppressed(line, rule.id, rule.name):
                continue
            if suggestions is None:  # they reach beyond the paragraph: made when first read
                made = None
                pending = self._pending(rule, start, end, {**self.base, **g, "match": t},
                                        message, score is not None, letter_wide)  # fmt: skip
            else:
                made, pending = [shift(x, at) for x in suggestions], None
            short = _short(rule, self.base, g, t, self.authority)
            out.append(Finding(rule=rule.id, name=rule.name, kind=rule.kind, severity=severity,
                               start=start, end=end, line=line, column=column, match=t,
                               message=message, suggestions=made, score=score,
                               pending=pending, short=short))  # fmt: skip
        return out

    def _pending(
        self,
        rule: Rule,
        start: int,
        end: int,
        fields: dict[str, str],
        message: str,
        fuzzy: bool,
        letter_wide: Callable[[Context], bool],
    ) -> Callable[[], tuple[str, list[Suggestion]]]:
        """A finding's rewordings that reach beyond its paragraph, made when first read
        (as ``foidraft.check`` makes them): a keystroke's check of a long letter would
        otherwise make every one of them, and the editor shows those of one finding."""
        doc, authority = self.doc, self.authority

        def pending() -> tuple[str, list[Suggestion]]:
            return message, build_suggestions(rule, doc, start, end, fields, authority, fuzzy,
                                              letter_wide)  # fmt: skip

        return pending

    def _wide_ok(self, rule: Rule, start: int, contexts: set[int]) -> bool:
        def holds(ctx: Context) -> bool:
            if ctx.scope == "document":
                return id(ctx) in contexts
            return _has(ctx, self.doc, start, self.seen)

        if not all(holds(c) for c in rule.requires if c.scope not in LOCAL_SCOPES):
            return False
        return not any(holds(c) for c in rule.unless if c.scope not in LOCAL_SCOPES)

    def _absence(
        self,
        rule: Rule,
        found: set[str],
        anchors: dict[tuple[str, int], list[tuple[int, Hit | None, int]]],
    ) -> list[Finding]:
        doc = self.doc
        if not doc.masked[doc.body_start :].strip():
            return []  # an empty draft lacks everything; nothing useful to say per rule
        firsts: list[Hit] = []
        for k, _pattern in enumerate(rule.anchor or ()):
            places = anchors.get((rule.id, k), [])
            if sum(heads for _at, _first, heads in places) > ANCHOR_TRIES:
                return self._emit(rule, _rule_hits(rule, doc, {}, self.authority))
            first = next(((at, h) for at, h, _heads in places if h is not None), None)
            if first is not None:
                at, (s, e, t, g, score) = first
                firsts.append((s + at, e + at, t, g, score))
        if rule.anchor is not None and not firsts:
            return []
        if rule.id in found:
            return []
        return self._emit(rule, [absence_hit(doc, _dedupe(firsts))])

    def _model(
        self, rule: Rule, model_hits: list[tuple[int, int, str, dict[str, str]]]
    ) -> list[Finding]:
        return self._emit(
            rule,
            [
                (s, e, t, {}, None, extra)
                for s, e, t, extra in model_hits[:MAX_FINDINGS_PER_RULE]
                if _context_ok(rule, self.doc, s, self.seen)
            ],
        )

    def _emit(self, rule: Rule, rule_hits: list[_RuleHit]) -> list[Finding]:
        severity = self._severity(rule)
        out = []
        for hit in rule_hits:
            line, _ = self.doc.line_col(hit[0])
            if not self.doc.is_suppressed(line, rule.id, rule.name):
                out.append(make_finding(rule, self.doc, hit, self.base, severity, self.authority))
        return out

    def _severity(self, rule: Rule) -> str:
        if self.config is not None:
            return self.config.severity_for(rule, self.authority)
        return rule.severity_for(self.authority)


def _short(
    rule: Rule,
    base: dict[str, str],
    groups: dict[str, str],
    match: str,
    authority: Authority | None = None,
) -> Callable[[], str | None] | None:
    """The finding's short message (``short:``), made when first read, as its message was."""
    short = rule.short
    if not short:
        return None
    text = template_for(short, authority)  # FOISA's sections for a body under FOISA
    return lambda: render(text, {**base, **groups, "match": match})
