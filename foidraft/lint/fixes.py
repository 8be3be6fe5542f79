"""Applying suggestions: choose edits, drop overlapping ones, rewrite the text."""

from __future__ import annotations

from foidraft.lint.model import SAFE, Edit, Finding, Suggestion


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (any order); raises ValueError if two overlap."""
    out = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos or e.end > len(text):
            raise ValueError(f"edit {e!r} overlaps another edit or runs past the text")
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end or b.start == b.end:  # insertions collide only at the same point
        return a.start == b.start or (b.start < a.start < b.end) or (a.start < b.start < a.end)
    return a.start < b.end and b.start < a.end


def choose(
    findings: list[Finding], choices: dict[str, int]
) -> tuple[list[tuple[Finding, Suggestion]], list[Finding]]:
    """Which suggestion to apply for each finding.

    ``choices`` maps a rule id or name to a 1-based suggestion number the user picked.
    Without a choice only a ``safe`` suggestion is taken (never one from a fuzzy match).
    Returns (chosen, needing a choice). Findings whose edits collide with an earlier
    chosen one are left for the next run.
    """
    chosen: list[tuple[Finding, Suggestion]] = []
    pending: list[Finding] = []
    taken: list[Edit] = []
    for f in findings:
        # A finding shown with a louder one (foidraft.lint.merging) is still chosen by its
        # own rule, numbered by its own rewordings.
        pick, source = None, f
        for g in (f, *f.merged[1:]):
            pick = choices.get(g.rule, choices.get(g.name))
            if pick is not None:
                source = g
                break
        suggestion = None
        if pick is not None:
            if 1 <= pick <= len(source.suggestions) and source.suggestions[pick - 1].edits:
                suggestion = source.suggestions[pick - 1]
        else:
            suggestion = next((s for s in f.suggestions if s.applicability == SAFE), None)
        if suggestion is None:
            if any(s.edits for s in f.suggestions):
                pending.append(f)
            continue
        if any(overlaps(e, t) for e in suggestion.edits for t in taken):
            pending.append(f)
            continue
        taken.extend(suggestion.edits)
        chosen.append((f, suggestion))
    return chosen, pending


def unified_diff(before: str, after: str, path: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{path} (before)",
            tofile=f"{path} (after)",
        )
    )
