"""What a rule's patterns need in a letter before they can match: the rule's "gate".

Every pattern the heads analysis anchored (``foidraft.rules.heads``) starts each match at
one of its heads, and most patterns also hold one of their literals in every match
(``foidraft.rules.literals``). So a pattern can match only where some head occurs and
some literal occurs; a pattern that lacks one or the other in a letter finds nothing
there, and the engine skips it without building it (the rules' cache keeps each pattern
packed, see ``foidraft.rules.registry``). A one-page letter holds what a quarter of the
knowledge base's patterns need, in about half of its rules.

A gate is computed from the validated rule data when the cache is built: None when the
rule may match in any letter (a fuzzy pattern matches misspellings, which hold none of
its literals; a pattern with no heads and no literals could match anywhere; absence and
model rules do not look for their patterns' matches), else one entry per pattern: None
for a pattern that may match anywhere, or the clauses that must all hold, each strings
of which at least one must occur (see ``clause``), as the word index's ``has`` answers
with the patterns' ``heads_ws`` and ``literals_ws``.

The heads' clause also names the heads that are whole words and the words that may follow
them (``heads_next``): a check of a whole letter asks the word index whether one stands
before one of those, as the pattern's own search would (``foidraft.lint.places``), so a
pattern whose "the" stands before none of its words is not built either. On a one-page
letter, that skips some fifty of the patterns the plain clauses let through.
"""

from __future__ import annotations

import sys
from typing import Any  # only imported to build the cache, never by a cached check

# per pattern, None or [[strings, word_start], ...]
Gate = list[list[list[Any]] | None]


# A short letter's word index keeps every start of its words up to this long as a set
# (``foidraft.lint.index.PREFIX_LENGTH``; a test keeps the two equal).
WORD_START_MAX = 20


def clause(strings: list[str], word_start: bool) -> list[Any]:
    """[word starts, others, others at word starts]: ``strings`` split into the plain words
    that a short letter's set of word starts answers at once, and the rest."""
    strings = [sys.intern(s) for s in strings]  # one of each in the cache (see _shared)
    starts = [s for s in strings if word_start and s.isalnum() and len(s) <= WORD_START_MAX]
    others = [s for s in strings if s not in starts]
    key = (*starts, "", *others, "", str(word_start))
    found = _clauses.get(key)
    if found is None:
        found = _clauses[key] = [_share(starts), _share(others), word_start]
    return found


# Lists of words, shared by the patterns that have the same: marshal then writes one (as it
# writes an interned word once), and a check, which reads the gates first, loads one. The
# lists are only read.
_shared: dict[tuple[str, ...], list[str]] = {}
_clauses: dict[tuple[str, ...], list[Any]] = {}


def _share(words: list[str]) -> list[str]:
    return _shared.setdefault(tuple(words), words)


def whole_heads(pattern: dict[str, Any]) -> list[Any] | None:
    """The heads that are whole words with the words that may follow them, each [word,
    [words]]; None when there are none (the plain clause then says as much)."""
    whole = set(pattern.get("heads_whole") or ())
    pairs = []
    for w, after in pattern.get("heads_next") or ():
        if w in whole:
            pairs.append([sys.intern(w), _share([sys.intern(a) for a in after])])
    return pairs or None


def pattern_gate(pattern: dict[str, Any]) -> list[list[Any]] | None:
    """The clauses one pattern needs, as the engine's prefilter reads them; None: none."""
    if pattern["type"] == "fuzzy":
        return None
    clauses: list[list[Any]] = []
    heads = pattern.get("heads")
    literals = pattern.get("literals")
    if heads:
        clauses.append([*clause(list(heads), bool(pattern.get("heads_ws"))), whole_heads(pattern)])
    # With heads, the engine looks for literals only when they are not the heads
    # themselves (``foidraft.lint.anchored``); without, it runs only where one occurs.
    if literals and list(literals) != list(heads or ()):
        clauses.append(clause(list(literals), bool(pattern.get("literals_ws"))))
    # Every other set of strings each match holds ("all" and "information" in "all
    # information"): a page lacking one has no match either, and most pages lack one.
    from foidraft.rules.literals import required_clauses

    named = [list(heads or ()), list(literals or ())]
    for strings, word_start in required_clauses(pattern.get("regex") or ""):
        if strings not in named:
            clauses.append(clause(strings, word_start))
    return clauses or None


def rule_gate(rule: dict[str, Any]) -> Gate | None:
    """What each of the rule's patterns needs (None for one that needs nothing), or None
    for a rule whose patterns the engine reads otherwise (see the module's doc)."""
    if rule.get("check", "existence") not in ("existence", "occurrence"):
        return None
    gate = [pattern_gate(p) for p in rule["patterns"]]
    return gate if any(c is not None for c in gate) else None
