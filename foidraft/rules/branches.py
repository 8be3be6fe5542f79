"""Long alternations of words, grouped by first letter before they are compiled.

A rule's list of names or words becomes one alternation (``(?:adam|adrian|alan|...)``),
and in an IGNORECASE pattern the regex engine enters every alternative in turn at each
place it is tried: it skips an alternative on its first letter only for case-sensitive
literals. Grouped by first letter (``a(?:dam|drian|lan)|b(?:...)``), it enters one group
per place. Tried at every place of a lazy ``[^.?!]{0,120}?``, that is the difference
between ~60 and ~10 microseconds a try for the longest of them.

The grouped pattern matches exactly what the written one does. Alternatives that start
with different letters (letters and digits compared as IGNORECASE compares them) never
match at the same place, so which group is tried first cannot change the match; inside
a group the written order is kept, and ``x(?:a|b)`` tries what ``xa|xb`` tries, in the
same order, backtracking included. Only the compiled program changes (its text, groups
and flags stay), and only when every alternative starts with such a letter.
"""

from __future__ import annotations

from re import _parser  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[import-not-found]
    ASSERT,
    ASSERT_NOT,
    ATOMIC_GROUP,
    BRANCH,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    SRE_FLAG_IGNORECASE,
    SUBPATTERN,
)

MIN_ALTERNATIVES = 6  # fewer are left as written: grouping them saves next to nothing

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    SubPattern = Any  # re._parser.SubPattern: a parsed regex, a list of (op, argument)


def group_alternations(parsed: SubPattern, flags: int) -> None:
    """Group, in place, each long alternation in ``parsed`` (re._parser's parse of a
    regex with ``flags``) whose alternatives all start with a letter or digit."""
    for i, (op, av) in enumerate(parsed.data):
        if op is BRANCH:
            for item in av[1]:
                group_alternations(item, flags)
            grouped = _grouped(parsed.state, av[1], flags & SRE_FLAG_IGNORECASE)
            if grouped is not None:
                parsed.data[i] = (BRANCH, (None, grouped))
        elif op is SUBPATTERN:
            _group, add, remove, inner = av
            group_alternations(inner, (flags | add) & ~remove)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            group_alternations(av[2], flags)
        elif op in (ASSERT, ASSERT_NOT):
            group_alternations(av[1], flags)
        elif op is ATOMIC_GROUP:
            group_alternations(av, flags)


def _grouped(state: object, items: list[SubPattern], ignore_case: int) -> list[SubPattern] | None:
    """The alternatives grouped by first letter (groups in order of first appearance),
    or None when they should stay as they are."""
    if len(items) < MIN_ALTERNATIVES:
        return None
    groups: dict[str, list[SubPattern]] = {}
    for item in items:
        first = _leading(item)
        if first is None:
            return None
        char = chr(first.data[0][1])
        if ignore_case:
            # Two different ASCII letters or digits never match the same character, even
            # with IGNORECASE's special cases (the Kelvin sign is only a k, long s an s).
            if not (char.isascii() and char.isalnum()):
                return None
            char = char.lower()
        groups.setdefault(char, []).append(item)
    if len(groups) == len(items):
        return None  # every first letter differs: nothing to group
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
            continue
        leads = [lead for m in members if (lead := _leading(m)) is not None]
        rests = [_parser.SubPattern(state, list(lead.data[1:])) for lead in leads]
        first_literal = leads[0].data[0]
        out.append(_parser.SubPattern(state, [first_literal, (BRANCH, (None, rests))]))
    return out


def _leading(item: SubPattern) -> SubPattern | None:
    """The alternative (inside any plain non-capturing groups around all of it) when it
    starts with a literal character; else None."""
    while len(item.data) == 1 and item.data[0][0] is SUBPATTERN:
        group, add, remove, inner = item.data[0][1]
        if group is not None or add or remove:
            return None
        item = inner
    if item.data and item.data[0][0] is LITERAL:
        return item
    return None
