"""What a regex's matches must contain, so the engine can skip most of a draft.

Two analyses of the parsed regex, made once when the rule file is validated and kept in
the compiled cache:

- **required literals** (here): strings at least one of which every match contains. A
  pattern only runs on the paragraphs that contain one.
- **heads** (``foidraft.rules.heads``): strings one of which every match STARTS with.

Each set also says whether its strings always begin a word (the regex puts ``\\b``,
whitespace or a non-word character before them). Those are looked up in the document's
word index instead of searching the text, which is what keeps a 10,000-word draft fast.
Anything the analysis cannot prove returns None and the engine scans; conservative is
correct.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from foidraft.rules.rarity import commonness
from foidraft.text.fold import fold

# Python 3.11+ keeps the regex parser in re._parser (the old sre_parse module warns).
sre_parse: Any = importlib.import_module("re._parser")
sre_c: Any = importlib.import_module("re._constants")

MIN_LITERAL = 3  # shorter literals ("a", "of") would pass in every paragraph anyway

# (strings, whether every one of them begins a word)
Req = tuple[frozenset[str], bool] | None
Items = list[tuple[Any, Any]]
_WORD_RE = re.compile(r"\w")


def required_literals(regex: str) -> tuple[list[str] | None, bool]:
    """(folded literals a match must contain one of, whether they begin words)."""
    return _finish(regex, lambda parsed: _sequence(list(parsed), False), MIN_LITERAL)


def required_clauses(regex: str) -> list[tuple[list[str], bool]]:
    """Every set of folded strings a match must contain one of, with whether they begin
    words: all of them hold in every match (``required_literals`` is the rarest one). A
    letter lacking any one set has no match; the rule's gate asks (``foidraft.rules.gate``)."""
    try:
        found = _clauses(list(sre_parse.parse(regex, re.IGNORECASE)), False)
    except Exception:  # pragma: no cover - never let an optimisation break loading
        return []
    out: list[tuple[list[str], bool]] = []
    for req in found:
        if req and req[0] and all(len(s) >= MIN_LITERAL or rare_symbol(s) for s in req[0]):
            clause = (sorted({fold(s) for s in req[0]}), req[1])
            if clause not in out:
                out.append(clause)
    return out


def _finish(regex: str, analyse: Any, shortest: int) -> tuple[list[str] | None, bool]:
    try:
        req: Req = analyse(sre_parse.parse(regex, re.IGNORECASE))
    except Exception:  # pragma: no cover - never let an optimisation break loading
        return None, False
    if not req or not req[0] or any(len(s) < shortest and not rare_symbol(s) for s in req[0]):
        return None, False
    # Folded as the document is (foidraft.lint.document.fold), so the search is exact.
    return sorted({fold(s) for s in req[0]}), req[1]


def is_op(op: Any, name: str) -> bool:
    """Whether ``op`` is the parser's opcode ``name`` (some exist only in newer Pythons)."""
    return op is getattr(sre_c, name, None)


def word_char(ch: str) -> bool:
    """Whether ``ch`` is a word character to the regex engine (``\\w``)."""
    return _WORD_RE.match(ch) is not None


def rare_symbol(s: str) -> bool:
    """A lone symbol such as '£' or '?' is rare enough in a letter to anchor on."""
    return len(s) == 1 and not s.isalnum() and not s.isspace()


def _better(a: Req, b: Req) -> Req:
    if a is None:
        return b
    if b is None:
        return a
    # Prefer sets long enough to use at all, then word-initial ones (an index lookup), then
    # the rarest in real requests (``foidraft.rules.rarity``), then the longest shortest
    # member, then the fewest members.
    return a if _rank(a[0], a[1]) >= _rank(b[0], b[1]) else b


def _rank(strings: frozenset[str], word_start: bool) -> tuple[bool, bool, int, int, int]:
    usable = all(len(s) >= MIN_LITERAL or rare_symbol(s) for s in strings)
    common = sum(commonness(fold(s), word_start) for s in strings) if usable else 0
    return usable, word_start, -common, min(map(len, strings)), -len(strings)


# -- word starts ------------------------------------------------------------------------
def nonword_class(av: Any) -> bool:
    """A character class that can only match non-word characters (spaces, '/', '-')."""
    for op, val in av:
        if op is sre_c.LITERAL:
            if word_char(chr(val)):
                return False
        elif op is sre_c.CATEGORY:
            if val not in (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_NOT_WORD):
                return False
        else:  # ranges, negation: not worth proving
            return False
    return True


def after_item(op: Any, av: Any, ws: bool) -> bool:
    """Whether the position after this item is sure to be a word start (or text start)."""
    if op is sre_c.LITERAL:
        return not word_char(chr(av))
    if op is sre_c.IN:
        return nonword_class(av)
    if op is sre_c.AT:
        return ws or av in (sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING)
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return ws or _guards_word_start(op, av)
    if op is sre_c.SUBPATTERN:
        return _seq_after(list(av[3]), ws)
    if op is sre_c.BRANCH:
        return all(_seq_after(list(b), ws) for b in av[1])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) or is_op(op, "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        last = _seq_after(list(sub), False)
        return last and (ws or low >= 1)
    if is_op(op, "ATOMIC_GROUP"):
        return _seq_after(list(av), ws)
    return False


def _seq_after(items: Items, ws: bool) -> bool:
    for op, av in items:
        ws = after_item(op, av, ws)
    return ws


def _guards_word_start(op: Any, av: Any) -> bool:
    """``(?<!\\w)``, ``(?<![\\w/£-])`` or ``(?<=\\s)``: the previous character is no word."""
    direction, sub = av
    if direction != -1 or len(sub) != 1:
        return False
    kind, cls = sub[0]
    if kind is not sre_c.IN:
        return False
    if op is sre_c.ASSERT_NOT:
        return any(k is sre_c.CATEGORY and v is sre_c.CATEGORY_WORD for k, v in cls)
    return nonword_class(cls)


def word_start_here(op: Any, av: Any, ws: bool) -> bool:
    """After a zero-width item: does the next word character start a word?"""
    if op is sre_c.AT:
        if av is sre_c.AT_NON_BOUNDARY:
            return False
        return ws or av in (sre_c.AT_BOUNDARY, sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING)
    return ws or _guards_word_start(op, av)


# -- what the regex puts around a place (heads, foidraft.rules.heads) ---------------------
def literal_class(av: Any) -> bool:
    """[Tt], [sz]: a small class of plain characters."""
    return 0 < len(av) <= 4 and all(op is sre_c.LITERAL for op, _v in av)


def nonword_item(op: Any, av: Any) -> bool:
    """A class of non-word characters (``[-\\s]``), or a repeat of one (``\\s+``, ``[-/]?``)."""
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) or is_op(op, "POSSESSIVE_REPEAT"):
        sub = list(av[2])
        if len(sub) != 1:
            return False
        op, av = sub[0]
    return op is sre_c.IN and nonword_class(av)


def spaces_only(op: Any, av: Any) -> bool:
    """``\\s+`` or ``[ \\t]+``: one or more spaces, and nothing else."""
    if op not in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and not is_op(op, "POSSESSIVE_REPEAT"):
        return False
    low, _high, sub = av
    if low < 1 or len(sub) != 1 or sub[0][0] is not sre_c.IN:
        return False
    for kind, value in sub[0][1]:
        if kind is sre_c.CATEGORY and value is sre_c.CATEGORY_SPACE:
            continue
        if kind is sre_c.LITERAL and chr(value).isspace():
            continue
        return False
    return True


def starts_nonword(items: Items, follow: bool) -> bool:
    """Whether the text ``items`` match, then what comes after them (``follow``), surely
    begins with a non-word character, the end of the text or a word boundary: so a word
    just before it ends there."""
    for n, (op, av) in enumerate(items):
        if op is sre_c.LITERAL:
            return not word_char(chr(av))
        if op is sre_c.IN:
            return nonword_class(av)
        if op is sre_c.AT:
            if av in (sre_c.AT_BOUNDARY, sre_c.AT_END, sre_c.AT_END_LINE, sre_c.AT_END_STRING):
                return True
            continue  # other zero-width items: the next item decides
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            if op is sre_c.ASSERT_NOT and _no_word_ahead(av):
                return True
            continue
        rest = items[n + 1 :]
        if op is sre_c.SUBPATTERN:
            return starts_nonword([*av[3], *rest], follow)
        if is_op(op, "ATOMIC_GROUP"):
            return starts_nonword([*av, *rest], follow)
        if op is sre_c.BRANCH:
            return all(starts_nonword([*b, *rest], follow) for b in av[1])
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) or is_op(op, "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            first = starts_nonword(list(sub), False)  # a round that may be empty: unknown
            return first and (low >= 1 or starts_nonword(rest, follow))
        return False  # '.', a class with ranges, a backreference: could be a word character
    return follow


def _no_word_ahead(av: Any) -> bool:
    """``(?!\\w)`` or ``(?![\\w-])``: no word character comes next."""
    direction, sub = av
    if direction != 1 or len(sub) != 1:
        return False
    kind, cls = sub[0]
    return kind is sre_c.IN and any(
        k is sre_c.CATEGORY and v is sre_c.CATEGORY_WORD for k, v in cls
    )


# -- required literals ------------------------------------------------------------------
def _sequence(items: Items, ws: bool) -> Req:
    best: Req = None
    for req in _clauses(items, ws):
        best = _better(best, req)
    return best


def _clauses(items: Items, ws: bool) -> list[Req]:
    """Every set of strings the sequence's matches must hold one of (all of the sets
    hold in each match): its runs of literal characters, and what its groups, repeats
    of at least one round and alternations need."""
    out: list[Req] = []
    run, run_ws = "", False
    for op, av in items:
        if op is sre_c.LITERAL:
            ch = chr(av)
            if not run:
                run_ws = ws and word_char(ch)
            run += ch
            ws = not word_char(ch)
            continue
        if run:
            out.append((frozenset({run}), run_ws))
            run = ""
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            ws = word_start_here(op, av, ws)
            continue
        if op is sre_c.SUBPATTERN:
            out += _clauses(list(av[3]), ws)
        elif is_op(op, "ATOMIC_GROUP"):
            out += _clauses(list(av), ws)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) or is_op(op, "POSSESSIVE_REPEAT"):
            if av[0] >= 1:
                out += _clauses(list(av[2]), ws)
        else:
            out.append(_item(op, av, ws))
        ws = after_item(op, av, ws)
    if run:
        out.append((frozenset({run}), run_ws))
    return out


def _item(op: Any, av: Any, ws: bool) -> Req:
    if op is sre_c.SUBPATTERN:
        return _sequence(list(av[3]), ws)
    if op is sre_c.BRANCH:
        union: set[str] = set()
        all_ws = True
        for branch in av[1]:
            sub = _sequence(list(branch), ws)
            if sub is None:
                return None
            union |= sub[0]
            all_ws = all_ws and sub[1]
        return frozenset(union), all_ws
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) or is_op(op, "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        return _sequence(list(sub), ws) if low >= 1 else None
    if is_op(op, "ATOMIC_GROUP"):
        return _sequence(list(av), ws)
    return None
