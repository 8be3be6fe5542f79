"""Checking one letter again and again as it changes, reusing what did not change.

``Checker().check(text, authority)`` returns exactly what ``foidraft.check`` returns. Most
rules look no further than the paragraph a match is in: their patterns stop at blank lines
and their contexts are the sentence, line, paragraph or question (a question reaches back
only to the questions it points back to, which may sit in the paragraphs before). Their
hits in a paragraph are kept, keyed by the text of that paragraph and of the paragraphs its
questions point back to, and reused while that text is unchanged; a rewording that edits
beyond the paragraph (removing a whole question, adding a paragraph) is built afresh. The
other rules (absences, counts, the model of what is recorded, contexts that reach across
the whole letter) run over the whole letter on every check.
"""

from __future__ import annotations

from foidraft.authorities.context import context_fields
from foidraft.lint.api import default_config, resolve_authority
from foidraft.lint.document import Document, points_back
from foidraft.lint.engine import (
    MAX_FINDINGS_PER_RULE,
    _rule_hits,
    active_rules,
    findings_for,
    make_finding,
    resolve,
)
from foidraft.lint.model import Edit, Finding, Suggestion
from foidraft.text.dates import Today
from foidraft.text.header import split_list

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterable

    from foidraft.authorities.model import Authority
    from foidraft.config import Config
    from foidraft.rules.model import Rule, RuleSet

LOCAL_SCOPES = frozenset({"sentence", "line", "question", "paragraph"})
LOCAL_OPS = frozenset(
    {"replace", "insert_before", "insert_after", "delete", "sentence_end", "question_end", "advice"}
)
MAX_KEPT = 4000  # paragraphs kept at most: a long editing session must not grow without end
MAX_BACK = 6  # paragraphs a question may point back across (as the document's own chain)

# A kept hit: the rule's id, the hit with offsets from the paragraph's start, and the
# rewordings (already shifted) when they stay inside the paragraph.
_Kept = list[tuple[str, tuple[int, int, str, dict[str, str], float | None, dict[str, str]],
                   tuple[Suggestion, ...] | None]]  # fmt: skip


def hits_local(rule: Rule) -> bool:
    """Whether the rule's hits in a paragraph depend only on it (and what it points back to)."""
    if rule.check != "existence" or rule.model is not None:
        return False
    return all(c.scope in LOCAL_SCOPES for c in [*rule.requires, *rule.unless])


def rewordings_local(rule: Rule) -> bool:
    """Whether the rule's rewordings edit, and look, only inside the match's paragraph."""
    for spec in rule.suggestions:
        if spec.op not in LOCAL_OPS:
            return False
        if any(c.scope not in LOCAL_SCOPES - {"question"} for c in [*spec.requires, *spec.unless]):
            return False
    return True


class Checker:
    """A checker for one letter as it is edited (the editor's). Give it the rule set,
    config and ignored rules to use, or leave them to the defaults."""

    def __init__(
        self,
        ruleset: RuleSet | None = None,
        *,
        config: Config | None = None,
        ignore: Iterable[str] = (),
        today: _dt.date | None = None,
    ) -> None:
        self._ruleset = ruleset
        self._config = config
        self._ignore = frozenset(ignore)
        self._today = today
        self._key: object = None
        self._kept: dict[tuple[str, ...], _Kept] = {}

    def check(self, text: str, authority: Authority | str | None = None) -> list[Finding]:
        from foidraft.lint.api import _header_authority

        doc = Document(text)
        ignored = set(self._ignore)
        resolved = resolve_authority(authority)
        if doc.header:
            ignored.update(split_list(doc.header.get("ignore", "")))
            if resolved is None and doc.header.get("authority"):
                resolved = _header_authority(doc.header["authority"])
        ruleset = self._ruleset
        if ruleset is None:
            from foidraft.rules.registry import default_ruleset

            ruleset = default_ruleset()
        config = self._config if self._config is not None else default_config()
        day = self._today or Today()
        rules = active_rules(ruleset, authority=resolved, config=config, ignore=ignored)
        key = (id(ruleset), id(config), _authority_key(resolved), frozenset(ignored),
               day.year, day.month, day.day)  # fmt: skip
        if key != self._key:
            self._key, self._kept = key, {}
        local = [r for r in rules if hits_local(r)]
        found = findings_for(
            doc, [r for r in rules if not hits_local(r)], authority=resolved, config=config,
            today=day,
        )  # fmt: skip
        doc.year = day.year
        base = context_fields(resolved, day)
        by_id = {r.id: r for r in local}
        per_rule: dict[str, int] = {}
        paragraphs = _paragraphs(doc)
        for n, (start, _end) in enumerate(paragraphs):
            kept = self._paragraph(doc, paragraphs, n, local, resolved, base)
            for rule_id, hit, suggestions in kept:
                rule = by_id[rule_id]
                line, _ = doc.line_col(start + hit[0])
                if doc.is_suppressed(line, rule.id, rule.name):
                    continue
                s, e, t, g, score, extra = hit
                whole = (start + s, start + e, t, g, score, extra)
                severity = config.severity_for(rule) if config is not None else rule.severity
                made = make_finding(
                    rule, doc, whole, base, severity, resolved, suggestions=suggestions is None
                )
                if suggestions is not None:
                    made.suggestions = [_shift(x, start) for x in suggestions]
                per_rule[rule_id] = per_rule.get(rule_id, 0) + 1
                found.append(made)
        if any(n >= MAX_FINDINGS_PER_RULE for n in per_rule.values()):
            # Past the cap a whole-letter check keeps only a rule's first findings.
            found = findings_for(doc, rules, authority=resolved, config=config, today=day)
        return resolve(found, ruleset, doc)

    def _paragraph(
        self,
        doc: Document,
        paragraphs: list[tuple[int, int]],
        n: int,
        rules: list[Rule],
        authority: Authority | None,
        base: dict[str, str],
    ) -> _Kept:
        start, end = paragraphs[n]
        first = n
        while first > 0 and n - first < MAX_BACK and points_back(doc, *paragraphs[first]):
            first -= 1
        texts = [doc.text[a:b] for a, b in paragraphs[first : n + 1]]
        key = (*texts, doc.masked[start:end])
        kept = self._kept.get(key)
        if kept is not None:
            return kept
        kept = []
        seen: dict[tuple[int, int, int], bool] = {}
        for rule in rules:
            for s, e, t, g, score, extra in _rule_hits(rule, doc, seen, authority, (start, end)):
                rel = (s - start, e - start, t, g, score, extra)
                suggestions = None
                if rewordings_local(rule):
                    hit = (s, e, t, g, score, extra)
                    made = make_finding(rule, doc, hit, base, rule.severity, authority)
                    suggestions = tuple(_shift(x, -start) for x in made.suggestions)
                kept.append((rule.id, rel, suggestions))
        if len(self._kept) >= MAX_KEPT:
            self._kept.clear()
        self._kept[key] = kept
        return kept


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    starts = doc.paragraph_starts()
    return [
        (a, starts[i + 1] if i + 1 < len(starts) else len(doc.text)) for i, a in enumerate(starts)
    ]


def _shift(s: Suggestion, by: int) -> Suggestion:
    if not s.edits:
        return s
    edits = tuple(Edit(e.start + by, e.end + by, e.replacement) for e in s.edits)
    return Suggestion(s.title, edits, s.applicability, advice=s.advice)


def _authority_key(authority: Authority | None) -> object:
    if authority is None:
        return None
    return (authority.id, authority.type, authority.regime, authority.nation,
            authority.recording_standard, authority.cost_limit, authority.hourly_rate)  # fmt: skip
