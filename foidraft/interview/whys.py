"""A question's why in the words of what was chosen before it (``whys:``): the period of
agency spend cites agency spend, not sickness absence.

    whys:                       # the first whose `when` holds replaces `why`
      - when: {topic: agency}   # a condition on earlier questions, as `show_if`
        why: Medway NHS Foundation Trust gave its agency spend by year...
"""

from __future__ import annotations

from foidraft.interview.conditions import Lookup, holds
from foidraft.interview.model import Question, Variant
from foidraft.interview.schema import FlowValidator
from foidraft.validation import Path


def read_whys(
    v: FlowValidator, raw: object, path: Path, earlier: dict[str, Question], later: set[str]
) -> tuple[Variant, ...]:
    out: list[Variant] = []
    for i, item in enumerate(v.items(raw, path, min_items=1)):
        where = (*path, i)
        data = v.mapping(item, where, ("when", "why"))
        v.require(data, ("when", "why"), where)
        when = v.condition(data.get("when", {}), (*where, "when"), earlier, later)
        why = v.text(data.get("why", ""), (*where, "why"))
        if when is not None and why:
            out.append(Variant(when, why))
    return tuple(out)


def why_for(question: Question, lookup: Lookup) -> str:
    """The why of the first of ``question.whys`` whose condition holds, else its own."""
    return next((w.text for w in question.whys if holds(w.when, lookup)), question.why)
