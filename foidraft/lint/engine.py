"""The lint engine: rules in, findings out. Pure: no files, no network, no clock unless asked.

Three kinds of check (as in Vale): ``existence`` flags each match, ``absence`` flags a
draft that lacks something it needs (a period, a name to sign with), ``occurrence``
flags a pattern that occurs more than ``max`` times (too many sub-questions).
"""

from __future__ import annotations

import gc

from foidraft.authorities.context import context_fields
from foidraft.lint.document import Document
from foidraft.lint.letters import applies
from foidraft.lint.matching import Hit, first_hit, hits, live_patterns
from foidraft.lint.merging import resolve
from foidraft.lint.model import Finding, Suggestion
from foidraft.lint.model_kinds import NOT_HELD_MODELS, OWN_READING
from foidraft.lint.suggest import build_suggestions
from foidraft.rules.counterparts import fields_for, template_for
from foidraft.rules.model import Context, Pattern, Rule, RuleSet
from foidraft.text.dates import Today
from foidraft.text.template import render

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterable

    from foidraft.authorities.model import Authority
    from foidraft.config import Config


class CollectionPaused:
    """``with CollectionPaused():`` the cyclic garbage collector waits. A check allocates
    tens of thousands of short-lived objects, freed by reference counting; the collector
    would walk them (and everything else alive) a dozen times per check of a long letter,
    about a tenth of its time. It runs again as usual once the check is done."""

    __slots__ = ("_was",)

    def __enter__(self) -> None:
        self._was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was:
            gc.enable()


def lint(
    doc: Document,
    ruleset: RuleSet,
    *,
    authority: Authority | None = None,
    config: Config | None = None,
    ignore: Iterable[str] = (),
    today: _dt.date | None = None,
    letter: str = "",
) -> list[Finding]:
    """All findings for ``doc``, sorted by position, overlaps resolved. ``letter`` is what
    kind of letter it is ('' for a request; see foidraft.lint.letters)."""
    rules = active_rules(ruleset, authority=authority, config=config, ignore=ignore,
                         letter=letter)  # fmt: skip
    if any(rule.check == "model" and rule.model not in OWN_READING for rule in rules):
        doc.sentence_starts()  # cut at once, not paragraph by paragraph first (same cuts)
    found = findings_for(doc, rules, authority=authority, config=config, today=today)
    return resolve(found, ruleset, doc)


def active_rules(
    ruleset: RuleSet,
    *,
    authority: Authority | None,
    config: Config | None,
    ignore: Iterable[str] = (),
    letter: str = "",
) -> list[Rule]:
    """The rules that run for this authority and kind of letter, less those ignored or
    switched off."""
    skip = frozenset(ignore)
    return [
        rule
        for rule in ruleset
        if rule.status == "active"
        and rule.id not in skip
        and rule.name not in skip
        and (config is None or not config.is_disabled(rule))
        and rule.applies_to.matches(authority)
        and applies(rule.name, letter)
    ]


def findings_for(
    doc: Document,
    rules: Iterable[Rule],
    *,
    authority: Authority | None = None,
    config: Config | None = None,
    today: _dt.date | Today | None = None,
    span: tuple[int, int] | None = None,
    seen: _Seen | None = None,
) -> list[Finding]:
    """The findings of ``rules`` in ``doc`` (only matches inside ``span`` when given, for
    rules that look no further than their paragraph), unsorted and unresolved. ``seen``:
    contexts already answered (``_has``'s keys), such as the Checker's added up."""
    day = today or Today()
    doc.year = day.year
    base = context_fields(authority, day)
    findings: list[Finding] = []
    seen = {} if seen is None else seen
    for rule in rules:
        severity = (
            config.severity_for(rule, authority)
            if config is not None
            else rule.severity_for(authority)
        )
        for hit in _rule_hits(rule, doc, seen, authority, span):
            if doc.suppressions:
                line, _ = doc.line_col(hit[0])
                if doc.is_suppressed(line, rule.id, rule.name):
                    continue
            findings.append(make_finding(rule, doc, hit, base, severity, authority))
    return findings


_RuleHit = tuple[int, int, str, dict[str, str], float | None, dict[str, str]]


def make_finding(
    rule: Rule,
    doc: Document,
    hit: _RuleHit,
    base: dict[str, str],
    severity: str,
    authority: Authority | None,
    *,
    suggestions: bool = True,
) -> Finding:
    """One finding from one hit. Its message and (unless told not to) its rewordings are
    made when first read (``Finding.message``): ``doc`` is not changed after a check."""
    start, end, text, groups, score, extra = hit

    def made() -> dict[str, str]:
        # A Scottish body's own words where the model gives them ("nearest_scotland")
        return fields_for({**base, **groups, **extra, "match": text}, authority)

    def pending() -> tuple[str, list[Suggestion]]:
        fields = made()
        # In the numbering the authority answers under: "(s31, s40)" -> "(FOISA s35, s38)"
        message = render(template_for(rule.message, authority), fields)
        if not suggestions:
            return message, []
        fuzzy = score is not None
        return message, build_suggestions(rule, doc, start, end, fields, authority, fuzzy)

    line, column = doc.line_col(start)
    short = rule.short  # the message's short form, from the same fields

    def shortened() -> str:
        return render(template_for(short or "", authority), made())

    return Finding(rule=rule.id, name=rule.name, kind=rule.kind, severity=severity,
                   start=start, end=end, line=line, column=column, match=text, score=score,
                   pending=pending,
                   short=shortened if short else None)  # fmt: skip


# At most this many findings per rule and document: a pathological letter could otherwise
# produce hundreds of thousands of identical findings (and take seconds to report them).
MAX_FINDINGS_PER_RULE = 200
# Context checks already made in this run, by (context, region): many hits in one sentence
# or one document then cost one search, not one each (which could be quadratic).
_Seen = dict[tuple[int, int, int], bool]


def _rule_hits(
    rule: Rule,
    doc: Document,
    seen: _Seen | None = None,
    authority: Authority | None = None,
    span: tuple[int, int] | None = None,
) -> list[_RuleHit]:
    seen = {} if seen is None else seen
    if rule.check == "absence":
        return _absence(rule, doc, seen)
    if rule.check == "model":
        return _model_hits(rule, doc, seen, authority)
    # The others would find nothing here (over the whole letter, heads are placed exactly).
    patterns = live_patterns(rule, doc, whole=span is None)
    if not patterns:
        return []
    limit = max(MAX_FINDINGS_PER_RULE, rule.max + 1)
    lo, hi = span if span is not None else (None, None)
    found = _dedupe([h for p in patterns for h in hits(p, doc, lo, hi, limit=limit)])
    capped = len(found) >= limit
    found = [h for h in found if _context_ok(rule, doc, h[0], seen)][:limit]
    if rule.check == "occurrence":
        if len(found) <= rule.max:
            return []
        s, e, t, g, score = found[rule.max]
        count = f"{len(found)}+" if capped else str(len(found))
        return [(s, e, t, g, score, {"count": count, "max": str(rule.max)})]
    return [(s, e, t, g, score, {}) for s, e, t, g, score in found[:MAX_FINDINGS_PER_RULE]]


def _model_hits(
    rule: Rule, doc: Document, seen: _Seen, authority: Authority | None
) -> list[_RuleHit]:
    """Hits from reading the letter against the model of what is recorded."""
    if rule.model == "orphan_definitions":
        from foidraft.lint.definitions import orphan_definitions

        found = orphan_definitions(doc)
    elif rule.model == "repeated_questions":
        from foidraft.lint.questions import repeated_questions

        found = repeated_questions(doc)
    elif rule.model == "holders":
        found = []
        if authority is not None:  # who holds what needs the body (and re: not before)
            from foidraft.recorded.holders import holder_hits

            found = holder_hits(doc.text, doc.masked, doc.body_start, authority)
    elif rule.model == "other_body":  # the letter against the body it goes to
        found = []
        if authority is not None:  # none named: nothing to compare (and nothing to import)
            from foidraft.lint.other_body import other_body_hits

            found = other_body_hits(doc, authority)
    elif rule.model == "letter_form":  # two letters in one: a second greeting, words after the name
        from foidraft.lint.letter_form import letter_form_hits

        found = letter_form_hits(doc)
    else:
        from foidraft.lint.model_hits import not_held_hits, term_hits
        from foidraft.recorded.loader import default_model

        kind = authority.type if authority is not None else None
        if rule.model in NOT_HELD_MODELS:
            found = not_held_hits(doc, default_model(), kind, rule.model == "searchable")
        else:
            found = term_hits(doc, default_model(), kind)
    return [
        (s, e, t, {}, None, extra)
        for s, e, t, extra in found[:MAX_FINDINGS_PER_RULE]
        if _context_ok(rule, doc, s, seen)
    ]


def _absence(rule: Rule, doc: Document, seen: _Seen) -> list[_RuleHit]:
    lo, hi = doc.body_start, len(doc.text)
    if not doc.masked[lo:hi].strip():
        return []  # an empty draft lacks everything; nothing useful to say per rule
    anchors: list[Hit] = []
    if rule.anchor is not None:  # usually cheaper than the search for what is missing
        anchors = _dedupe([h for p in rule.anchor for h in _first_anchor(p, doc)])
        if not anchors:
            return []
    if any(_has(ctx, doc, lo, seen) for ctx in rule.unless):
        return []
    if any(first_hit(p, doc, lo, hi) for p in rule.patterns):
        return []
    return [absence_hit(doc, anchors)]


def absence_hit(doc: Document, anchors: list[Hit]) -> _RuleHit:
    """Where an absence is reported: its first anchor, or else the letter's first line."""
    if anchors:
        s, e, t, g, score = anchors[0]
        return (s, e, t, g, score, {})
    lo, hi = doc.body_start, len(doc.text)
    start = lo + (len(doc.masked[lo:hi]) - len(doc.masked[lo:hi].lstrip()))
    end = doc.line_bounds(start)[1]
    return (start, end, doc.text[start:end], {}, None, {})


# An absence rule needs only its first anchor. Trying a heavy anchor at every one of a
# hundred thousand candidate places (a megabyte of "how many how many ...") would take
# seconds, and no real letter has this many, so the search stops at this one.
ANCHOR_TRIES = 2000


def _first_anchor(pattern: Pattern, doc: Document) -> list[Hit]:
    end = None
    if pattern.heads is not None and doc.lower is not None:
        starts = doc.index().starts_of(
            pattern.heads, pattern.heads_ws, pattern.heads_whole, pattern.heads_next
        )
        if len(starts) > ANCHOR_TRIES:
            end = starts[ANCHOR_TRIES]
    return hits(pattern, doc, end=end, limit=1)


def _context_ok(rule: Rule, doc: Document, start: int, seen: _Seen) -> bool:
    # A loop rather than all() over a generator: a long letter asks this ~800 times.
    for ctx in rule.requires:
        if not _has(ctx, doc, start, seen):
            return False
    return not any(_has(ctx, doc, start, seen) for ctx in rule.unless)


def _has(ctx: Context, doc: Document, start: int, seen: _Seen) -> bool:
    a, b = doc.bounds(start, ctx.scope)
    key = (id(ctx), a, b)
    found = seen.get(key)
    if found is None:
        found = False
        for p in ctx.patterns:
            if first_hit(p, doc, a, b):
                found = True
                break
        seen[key] = found
    return found


def _dedupe(found: list[Hit]) -> list[Hit]:
    """One rule, overlapping matches (several patterns hit the same words): keep the longest."""
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[Hit] = []
    for h in found:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out
