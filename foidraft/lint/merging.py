"""Findings on the same words show as one.

Two rules of one kind often flag overlapping words ("based on evidence" and "evidence
acquired by" are both "not a recorded field"), and a requester warned twice about the same
words learns to skip warnings. The loudest of them is shown (then the longest, then the
first), with the others' rewordings after its own; ``Finding.merged`` keeps every finding
as found, for what measures rules (each rule's record) and for ``foidraft fix``.

Rules of different kinds on the same words ("in connection with": not a recorded field,
and a link the authority would have to judge) say different things, so both reasons are
kept: the louder is shown and the other is folded under it (``folded``), its reason said
after the louder's and its rewordings after the louder's. "The same words" are the quieter
one's words inside the louder one's: findings that only touch or cross stay apart, each
where it points. ``resolve`` first drops the findings a more specific rule supersedes.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import

from foidraft.lint.model import Finding, Suggestion
from foidraft.lint.parts import note_parts
from foidraft.lint.suggest import carries_addition

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.lint.document import Document
    from foidraft.rules.model import RuleSet

    _Same = Callable[[Finding, Finding], bool]  # are two findings on the same words


def resolve(findings: list[Finding], ruleset: RuleSet, doc: Document) -> list[Finding]:
    """Drop findings superseded by a more specific rule in the same sentence, and show
    findings on the same words as one (foidraft.lint.merging). A finding whose question or
    sentence already ends with its rule's rewording is answered, and dropped."""
    findings = [f for f in findings if not _answered(f, ruleset, doc)]
    superseding = [f for f in findings if (r := ruleset.get(f.rule)) is not None and r.supersedes]
    if superseding:
        # Findings by start, so each superseding one looks only at its own sentence (and
        # what overlaps it), not at every finding: a long letter has thousands.
        order = sorted(range(len(findings)), key=lambda i: findings[i].start)
        starts = [findings[i].start for i in order]
        longest = max(f.end - f.start for f in findings)
        paragraphs = doc.paragraph_starts()
        dropped: set[int] = set()
        for f in superseding:
            rule = ruleset.get(f.rule)
            assert rule is not None
            # The sentence lies inside its paragraph: the findings there that the rule
            # supersedes first, and the sentence's bounds only if there are any (a fresh
            # letter's sentences, each keystroke's, are otherwise cut for nothing).
            k = max(bisect_right(paragraphs, f.start) - 1, 0)
            end = paragraphs[k + 1] if k + 1 < len(paragraphs) else len(doc.text)
            lo = bisect_left(starts, min(paragraphs[k], f.start - longest))
            hi = bisect_left(starts, max(end, f.end))
            near = [i for i in order[lo:hi] if findings[i].rule in rule.supersedes]
            if not near:
                continue
            a, b = doc.bounds(f.start, "sentence")
            for i in near:
                g = findings[i]
                if (g.start < f.end and f.start < g.end) or a <= g.start < b:
                    dropped.add(i)
        findings = [f for i, f in enumerate(findings) if i not in dropped]
    findings = merge_same_words(merge_same_kind(findings))
    findings.sort(key=lambda f: (f.start, -f.rank, f.rule))
    note_parts(findings, doc, ruleset)
    return findings


def _answered(finding: Finding, ruleset: RuleSet, doc: Document) -> bool:
    rule = ruleset.get(finding.rule)
    if rule is None or not rule.suggestions:
        return False
    return carries_addition(rule, doc, finding.start)


def merge_same_kind(findings: list[Finding]) -> list[Finding]:
    """``findings`` with each group of same-kind findings on overlapping words as one."""
    by_kind: dict[str, list[Finding]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    if all(len(group) < 2 for group in by_kind.values()):
        return findings
    out: list[Finding] = []
    for group in by_kind.values():
        out.extend(_by_runs(group, _overlap))
    return out


def merge_same_words(findings: list[Finding]) -> list[Finding]:
    """``findings`` (already one per kind on the same words) with findings of any kind on
    the same words as one: the loudest, the others folded under it."""
    if len(findings) < 2:
        return findings
    return _by_runs(list(findings), _within)


def unmerged(findings: list[Finding]) -> list[Finding]:
    """Every finding as found, with the ones shown as one taken apart again."""
    return [g for f in findings for g in (f.merged or (f,))]


def one_per_kind(findings: list[Finding]) -> list[Finding]:
    """``findings`` with the other kinds folded under a louder finding taken out again,
    in text order: for what picks findings by their kind (a clarification's answer to
    "which groups?" is the rewording that names them, folded under "leave them out")."""
    out = merge_same_kind(unmerged(findings))
    out.sort(key=lambda f: (f.start, -f.rank, f.rule))
    return out


def folded(finding: Finding) -> list[Finding]:
    """The findings of another kind shown as ``finding``: the loudest of each kind, as the
    reason of a kind is said once (two places in one phrase draw the same message)."""
    kinds = {finding.kind}
    out = []
    for g in finding.merged[1:]:  # loudest first within each finding folded in
        if g.kind not in kinds:
            kinds.add(g.kind)
            out.append(g)
    return out


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def _within(shown: Finding, f: Finding) -> bool:
    """``f``'s words inside those of ``shown``, a finding at least as loud (the same span
    counts). A louder finding inside a quieter one's words is a place of its own: a
    warning on a phrase is not folded into a note on the whole question around it."""
    return shown.start <= f.start and f.end <= shown.end


def _by_runs(group: list[Finding], same: _Same) -> list[Finding]:
    group.sort(key=lambda f: f.start)
    out: list[Finding] = []
    run: list[Finding] = []
    end = -1
    for f in group:  # runs of findings whose words overlap, one after another
        if run and f.start >= end:
            out.extend(_one_run(run, same))
            run, end = [], -1
        run.append(f)
        end = max(end, f.end)
    out.extend(_one_run(run, same))
    return out


def _one_run(run: list[Finding], same: _Same) -> list[Finding]:
    if len(run) == 1:
        return run
    loudest_first = sorted(run, key=lambda f: (-f.rank, f.start - f.end, f.start, f.rule))
    shown: list[tuple[Finding, list[Finding]]] = []
    for f in loudest_first:
        home = next((g for g in shown if same(g[0], f)), None)
        if home is None:
            shown.append((f, []))
        else:
            home[1].append(f)
    return [_as_one(f, others) if others else f for f, others in shown]


def _as_one(loudest: Finding, others: list[Finding]) -> Finding:
    # Each as found: a finding already shown as one brings every finding it was made of.
    found = [g for f in (loudest, *others) for g in (f.merged or (f,))]
    first = found[0]

    def made() -> tuple[str, list[Suggestion]]:
        seen = set()
        suggestions = []
        for s in (s for f in found for s in f.suggestions):
            key = (s.title, s.edits, s.advice)
            if key not in seen:
                seen.add(key)
                suggestions.append(s)
        return first.message, suggestions

    one = Finding(
        rule=first.rule,
        name=first.name,
        kind=first.kind,
        severity=first.severity,
        start=first.start,
        end=first.end,
        line=first.line,
        column=first.column,
        match=first.match,
        score=first.score,
        pending=made,
        short=lambda: first.short,
    )
    one.merged = tuple(found)
    return one
