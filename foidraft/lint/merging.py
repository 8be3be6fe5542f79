"""Findings of one kind on the same words show as one.

Two rules of one kind often flag overlapping words ("based on evidence" and "evidence
acquired by" are both "not a recorded field"), and a requester warned twice about the same
words learns to skip warnings. The loudest of them is shown (then the longest, then the
first), with the others' rewordings after its own; ``Finding.merged`` keeps every finding
as found, for what measures rules (each rule's record) and for ``foidraft fix``.
"""

from __future__ import annotations

from foidraft.lint.model import Finding, Suggestion


def merge_same_kind(findings: list[Finding]) -> list[Finding]:
    """``findings`` with each group of same-kind findings on overlapping words as one."""
    by_kind: dict[str, list[Finding]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    if all(len(group) < 2 for group in by_kind.values()):
        return findings
    out: list[Finding] = []
    for group in by_kind.values():
        group.sort(key=lambda f: f.start)
        run: list[Finding] = []
        end = -1
        for f in group:  # runs of findings whose words overlap, one after another
            if run and f.start >= end:
                out.extend(_one_run(run))
                run, end = [], -1
            run.append(f)
            end = max(end, f.end)
        out.extend(_one_run(run))
    return out


def unmerged(findings: list[Finding]) -> list[Finding]:
    """Every finding as found, with the ones shown as one taken apart again."""
    return [g for f in findings for g in (f.merged or (f,))]


def _one_run(run: list[Finding]) -> list[Finding]:
    if len(run) == 1:
        return run
    loudest_first = sorted(run, key=lambda f: (-f.rank, f.start - f.end, f.start, f.rule))
    shown: list[tuple[Finding, list[Finding]]] = []
    for f in loudest_first:
        home = next((g for g in shown if g[0].start < f.end and f.start < g[0].end), None)
        if home is None:
            shown.append((f, []))
        else:
            home[1].append(f)
    return [_as_one(f, others) if others else f for f, others in shown]


def _as_one(loudest: Finding, others: list[Finding]) -> Finding:
    def made() -> tuple[str, list[Suggestion]]:
        seen = set()
        suggestions = []
        for s in (s for f in (loudest, *others) for s in f.suggestions):
            key = (s.title, s.edits, s.advice)
            if key not in seen:
                seen.add(key)
                suggestions.append(s)
        return loudest.message, suggestions

    one = Finding(
        rule=loudest.rule,
        name=loudest.name,
        kind=loudest.kind,
        severity=loudest.severity,
        start=loudest.start,
        end=loudest.end,
        line=loudest.line,
        column=loudest.column,
        match=loudest.match,
        score=loudest.score,
        pending=made,
    )
    one.merged = (loudest, *others)
    return one
