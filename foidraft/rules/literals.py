"""Required literals: strings at least one of which every match of a regex must contain.

The engine uses them as a prefilter: a pattern only runs on the paragraphs of a draft
that contain one of its literals (found with ``str.find``, which is far faster than a
regex that starts with ``\\b``). Computed once when the rule file is validated and kept
in the compiled cache. Returns None when no useful literal can be proven, and the
pattern then runs over the whole text; being conservative keeps it correct.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from foidraft.lint.document import fold

# Python 3.11+ keeps the regex parser in re._parser (the old sre_parse module warns).
sre_parse: Any = importlib.import_module("re._parser")
sre_c: Any = importlib.import_module("re._constants")

MIN_LITERAL = 3  # shorter literals ("a", "of") would pass in every paragraph anyway

Req = frozenset[str] | None


def required_literals(regex: str) -> list[str] | None:
    """Lower-cased literals a match must contain one of, or None if none can be shown."""
    try:
        parsed = sre_parse.parse(regex, re.IGNORECASE)
        req = _sequence(list(parsed))
    except Exception:  # pragma: no cover - never let an optimisation break loading
        return None
    if not req or any(len(s) < MIN_LITERAL for s in req):
        return None
    # Folded as the document is (foidraft.lint.document.fold), so the search is exact.
    return sorted({fold(s) for s in req})


def _better(a: Req, b: Req) -> Req:
    if a is None:
        return b
    if b is None:
        return a
    # Prefer the set whose shortest member is longest (rarer), then the smaller set.
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _sequence(items: list[tuple[Any, Any]]) -> Req:
    best: Req = None
    run = ""
    for op, av in items:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, frozenset({run}))
            run = ""
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset({run}))
    return best


def _item(op: Any, av: Any) -> Req:
    if op is sre_c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre_c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sub = _sequence(list(branch))
            if sub is None:
                return None
            union |= sub
        return frozenset(union)
    repeats = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
    if op in repeats:
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is getattr(sre_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None
