"""foidraft.lint.gates answers every rule's gate as the clauses asked one by one did."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from foidraft.lint.document import Document
from foidraft.lint.matching import live_indexes
from foidraft.rules.model import Rule
from foidraft.rules.registry import default_ruleset

DEV = Path(__file__).parent / "data" / "dev.jsonl"


def clause_by_clause(rule: Rule, doc: Document, whole: bool) -> list[int] | None:
    """The gate read as before: each pattern's clauses in turn (the reference)."""
    if rule.gate is None or doc.lower is None:
        return None
    index = doc.index()
    starts = index.word_starts()
    if starts is None:
        return None

    def any_of(words: Sequence[str], others: Sequence[str], word_start: bool) -> bool:
        if not starts.isdisjoint(words):
            return True
        return bool(others) and any(index.has(s, word_start) for s in others)

    def placed(clause: Sequence[Any]) -> bool:
        for word, after in clause[3]:
            if index.stands(word, tuple(after)):
                return True
        named = {word for word, _ in clause[3]}
        return any_of([s for s in clause[0] if s not in named],
                      [s for s in clause[1] if s not in named], clause[2])  # fmt: skip

    def meets(clauses: Sequence[Sequence[Any]]) -> bool:
        if not all(any_of(c[0], c[1], c[2]) for c in clauses):
            return False
        heads = clauses[0]
        return not whole or len(heads) < 4 or heads[3] is None or placed(heads)

    return rule.live(meets)


def _texts() -> list[str]:
    rows = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r["request"] for r in rows]


@pytest.mark.parametrize("whole", [True, False])
def test_every_rule_lets_through_the_same_patterns(whole: bool) -> None:
    rules = list(default_ruleset())
    compared = differ = 0
    for text in _texts():
        # Two documents: what one answer keeps with its letter must not help the other.
        ours, theirs = Document(text), Document(text)
        for rule in rules:
            if rule.gate is None:
                continue
            compared += 1
            if live_indexes(rule, ours, whole=whole) != clause_by_clause(rule, theirs, whole):
                differ += 1
    assert compared > 5000
    assert differ == 0


def test_a_short_letter_lets_some_patterns_through_and_not_others() -> None:
    doc = Document("Please tell me how many crimes were recorded in 2022/23.")
    lived = [live_indexes(rule, doc, whole=True) for rule in default_ruleset() if rule.gate]
    assert any(lived) and any(x == [] for x in lived)
