"""How a planned batch letter reads in lists: a severity mark, and its findings counted.

Authority names and rule messages come from outside, so everything is literal Content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from foidraft.explain import name_words
from foidraft.tui.text import literal
from foidraft.tui.widgets.findings import SEVERITY_MARKS

if TYPE_CHECKING:
    from foidraft.batch import PlannedDraft

CLEAN_MARK = ("✓", "$text-success")


def worst_mark(planned: PlannedDraft) -> tuple[str, str]:
    """The mark of the most severe finding (an icon as well as a colour), or a tick."""
    counts = planned.counts()
    worst = next(iter(counts), None)  # most severe first
    if planned.elsewhere and worst not in ("error", "warning"):
        worst = "warning"  # another force's place named: not a clean letter to send
    return SEVERITY_MARKS.get(worst, CLEAN_MARK) if worst else CLEAN_MARK


def findings_summary(planned: PlannedDraft) -> Content:
    """'1 warning (vague period), 2 info (...)', each count in its severity's colour and
    each rule named in words, never by its id; 'no findings' when clean."""
    parts: list[str | tuple[str, str]] = []
    for severity, n in planned.counts().items():
        icon, style = SEVERITY_MARKS.get(severity, ("•", ""))
        word = severity if n == 1 or severity == "info" else severity + "s"
        if parts:
            parts.append(", ")
        names = dict.fromkeys(
            name_words(f.name) for f in planned.findings if f.severity == severity
        )
        parts += [(f"{icon} {n} {word}", f"bold {style}"), f" ({', '.join(names)})"]
    return literal(*parts) if parts else literal(("no findings", "$text-success"))


def planned_prompt(planned: PlannedDraft) -> Content:
    """One authority in the preview's list: its mark and name, and whether written."""
    icon, style = worst_mark(planned)
    parts: list[str | tuple[str, str]] = [(icon, style), " ", planned.authority.name]
    if planned.existing is not None:
        parts.append((" (already written)", "dim"))
    return literal(*parts)
