"""A question's list of choices as the card shows it: in what order, which ones a search
finds, and the ones left out on purpose."""

from __future__ import annotations

from textual.content import Content

from foidraft.interview import Answer, Choice, Question
from foidraft.tui.text import literal


def listed_first(question: Question, picked: set[str], suggested: Answer) -> list[Choice]:
    """The choices in the order listed: those ticked when the card opened first (the
    suggested ones the closest first), so what was ticked for the requester is in view
    above the fold; then the rest in the list's own order."""
    values = suggested if isinstance(suggested, tuple) else ()
    order = [v for v in values if v in picked]
    order += [c.value for c in question.choices if c.value in picked and c.value not in order]
    first = [c for c in (question.choice(v) for v in order) if c is not None]
    return [*first, *(c for c in question.choices if c.value not in picked)]


def matching(question: Question, query: str) -> list[Choice]:
    """The choices every word of ``query`` finds (in the label, hint or search words);
    ticked ones stay listed so they can be unticked."""
    words = query.casefold().split()
    if not words:
        return list(question.choices)
    out = []
    for c in question.choices:
        hay = " ".join((c.label, c.hint, c.value, *c.keywords)).casefold()
        if all(w in hay for w in words):
            out.append(c)
    return out


def not_offered_text(question: Question) -> Content:
    lines = [literal(("Not offered, on purpose:", "bold"))]
    for item in question.not_offered:
        lines.append(literal("• ", (item.label, "bold"), " — ", " ".join(item.why.split())))
    return Content("\n").join(lines)
