"""Where a regex's matches can start ("heads"), so the engine tries ``re.match`` only there.

Heads are strings one of which every match STARTS with (after zero-width assertions such
as ``\\b``). The engine calls ``re.match`` only where a head occurs, which finds exactly
what ``finditer`` would. The analysis runs once, when the rule file is validated, and is
kept in the compiled cache.

Each head is also marked as a **whole word** when the regex puts a non-word character
(or ``\\b``, ``(?!\\w)``, ``$``) straight after it, as ``(?:the\\s+)?number`` does for
"the". The engine looks a whole-word head up as that exact word in the document's word
index, not as every word that starts with it ("the", not "there", "their", "these" and
"theft"): an optional "the" or "in" is then tried only where that word stands.
"""

from __future__ import annotations

import re
from typing import Any

from foidraft.rules.literals import (
    Items,
    after_item,
    is_op,
    literal_class,
    nonword_item,
    rare_symbol,
    spaces_only,
    sre_c,
    sre_parse,
    starts_nonword,
    word_char,
    word_start_here,
)
from foidraft.rules.model import DIGIT_HEAD
from foidraft.text.fold import fold

# "19", "20" (years) are useful heads; single characters are not, unless they are whole
# words ("a" in "a\s+breakdown": the word "a", not every word starting with an a).
MIN_HEAD = 2
MAX_HEADS = 64  # extending heads multiplies them: stop before the set gets silly
_WORD_RE = re.compile(r"\w+")

# (strings, whether every one of them begins a word, those that are whole words, and for
# some whole words the words that may follow them after a space)
Found = tuple[frozenset[str], bool, frozenset[str], dict[str, frozenset[str]]]
Heads = Found | None
# What comes after a sequence: (the enclosing items, where in them, what comes after those),
# None at the end of the regex, or ROUND inside a repeat (another round may come next).
Cont = tuple[Items, int, Any] | str | None
ROUND = "round"


class _Analysis:
    """One regex's analysis: the parser's state, and the answers worked out so far. Word
    lists one after another (``(?:the|this)\\s+(?:man|woman|...)\\s+(?:arrested|...)``)
    ask for what follows each word of each list; worked out afresh each time, that is
    the product of the lists' lengths (a second for one rule, and more with each list a
    rule grows), kept, it is their sum."""

    __slots__ = ("_lists", "memo", "state")

    def __init__(self, state: Any) -> None:
        self.state = state
        self._lists: dict[int, Items] = {}
        self.memo: dict[tuple[object, ...], Any] = {}

    def items(self, sub: Any) -> Items:
        """``list(sub)``: the same list for the same part of the regex, so that where an
        answer is kept can name it (the parsed regex outlives the analysis)."""
        found = self._lists.get(id(sub))
        if found is None:
            found = self._lists[id(sub)] = list(sub)
        return found


def _where(items: Items, i: int, cont: Cont) -> tuple[object, ...]:
    """A key for the place items[i] with ``cont`` after it (lists named by identity)."""
    key: list[object] = [id(items), i]
    while isinstance(cont, tuple):
        key += [id(cont[0]), cont[1]]
        cont = cont[2]
    key.append(cont)
    return tuple(key)


def head_literals(regex: str) -> dict[str, Any]:
    """What every match starts with, for the engine's ``Pattern``: ``heads`` (folded
    literals, or None), ``heads_ws`` (whether they all begin words), ``heads_whole`` (the
    ones that are whole words) and ``heads_next`` ([word, [words]] pairs: a whole-word
    head the regex follows with spaces and then one of those words, such as "the" in
    ``(?:the\\s+)?internet``, so the engine looks only at the "the"s before "internet")."""
    none: dict[str, Any] = {"heads": None, "heads_ws": False, "heads_whole": [], "heads_next": []}
    try:
        parsed = sre_parse.parse(regex, re.IGNORECASE)
        an = _Analysis(parsed.state)
        found = _heads(an.items(parsed), 0, an, False, False, None)
    except Exception:  # pragma: no cover - never let an optimisation break loading
        return none
    if _at_line_starts(parsed):
        none["lines"] = True  # with no heads, tried at each line's start (see _at_line_starts)
    if not found or not found[0]:
        return none
    strings, word_start, whole, nexts = found
    if DIGIT_HEAD in strings and not word_start:
        return none  # the word index answers it for word starts only
    short = {s for s in strings if len(s) < MIN_HEAD and not rare_symbol(s)}
    if short and not (word_start and short <= whole and all(_WORD_RE.fullmatch(s) for s in short)):
        return none
    # Folded as the document is (foidraft.lint.document.fold), so the search is exact. A
    # whole word must stay one word once folded, and lose that mark if another head folds
    # onto it without it; so must the words that may follow it.
    heads = {fold(s) for s in strings}
    partial = {fold(s) for s in strings - whole}
    words = {w for w in map(fold, whole) if _WORD_RE.fullmatch(w)} - partial
    if not word_start:
        words = set()
    following: dict[str, set[str] | None] = {}
    for s in whole:
        after = nexts.get(s)
        folded = {fold(x) for x in after} if after is not None else None
        if folded is not None and not all(_WORD_RE.fullmatch(x) for x in folded):
            folded = None
        known = following.get(fold(s), set())
        following[fold(s)] = None if folded is None or known is None else known | folded
    pairs = [[w, sorted(f)] for w, f in sorted(following.items()) if w in words and f]
    return {"heads": sorted(heads), "heads_ws": word_start, "heads_whole": sorted(words),
            "heads_next": pairs}  # fmt: skip


def _at_line_starts(parsed: Any) -> bool:
    """Whether every match starts at the start of a line: the regex begins with ``^`` in
    MULTILINE mode (``(?m)^[ \\t]*...``), which matches there only. The engine then tries it
    at each line's start rather than scanning every character."""
    items = list(parsed)
    return (
        bool(parsed.state.flags & re.MULTILINE)
        and bool(items)
        and items[0] == (sre_c.AT, sre_c.AT_BEGINNING)
    )


def _min_width(items: Items, an: _Analysis) -> int:
    return int(sre_parse.SubPattern(an.state, items).getwidth()[0])


def _union(a: Found, b: Heads) -> Heads:
    if b is None:
        return None
    partial = (a[0] - a[2]) | (b[0] - b[2])  # a whole word only if whole wherever it heads
    nexts = {}
    for s in a[0] | b[0]:  # what may follow a head: known only if known wherever it heads
        sides = [x for x in (a, b) if s in x[0]]
        if all(s in x[3] for x in sides):
            nexts[s] = frozenset().union(*(x[3][s] for x in sides))
    return a[0] | b[0], a[1] and b[1], (a[2] | b[2]) - partial, nexts


def _heads(items: Items, i: int, an: _Analysis, ws: bool, follow: bool, cont: Cont) -> Heads:
    """Heads of the sequence items[i:]; None if a match could start with anything.

    ``follow`` says whether what comes after the sequence surely begins with a non-word
    character (or a word boundary): then a head that ends the sequence is a whole word.
    ``cont`` is what comes after it, to see which words may follow a head. Worked out
    once per place in the regex (see _Analysis).
    """
    key = ("heads", ws, follow, *_where(items, i, cont))
    if key not in an.memo:
        an.memo[key] = _heads_of(items, i, an, ws, follow, cont)
    return an.memo[key]  # type: ignore[no-any-return]


def _heads_of(items: Items, i: int, an: _Analysis, ws: bool, follow: bool, cont: Cont) -> Heads:
    while i < len(items) and items[i][0] in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        ws = word_start_here(items[i][0], items[i][1], ws)
        i += 1
    if i == len(items):  # the rest can be empty: whatever follows decides
        if isinstance(cont, tuple):  # ("a" of an? in (?:the|an?)\s+x: what follows the group)
            return _heads(cont[0], cont[1], an, ws, False, cont[2])
        return None  # the end of the regex, or another round: nothing is known
    op, av = items[i]
    if op is sre_c.LITERAL or (op is sre_c.IN and literal_class(av)):
        # One or more leading characters (a literal run, or a class like [Tt]): extend
        # short ones with what must follow, since re's parser turns (?:all|any) into
        # 'a' followed by a branch, and a one-letter head would match almost anywhere.
        if op is sre_c.LITERAL:
            run = ""
            while i < len(items) and items[i][0] is sre_c.LITERAL:
                run += chr(items[i][1])
                i += 1
            starts = {run}
        else:
            starts = {chr(v) for _op, v in av}
            i += 1
        word_start = ws and all(word_char(s[0]) for s in starts)
        if min(map(len, starts)) < 4 and i < len(items):
            rest = _heads(items, i, an, not word_char(next(iter(starts))[-1]), follow, cont)
            if (
                rest is not None
                and DIGIT_HEAD not in rest[0]
                and len(starts) * len(rest[0]) <= MAX_HEADS
            ):
                # A head of the rest may be "" (a non-word character comes next): the
                # start alone, a whole word when it ends with a word character.
                joined = frozenset(a + b for a in starts for b in rest[0])
                whole = frozenset(a + b for a in starts for b in rest[2] if b or word_char(a[-1]))
                nexts = {a + b: f for a in starts for b, f in rest[3].items()}
                return joined, word_start, whole, nexts
        ends_word = starts_nonword(items[i:], follow)
        whole = frozenset(s for s in starts if ends_word and word_char(s[-1]))
        words = _after_space(items, i, an, cont) if whole else None
        return frozenset(starts), word_start, whole, dict.fromkeys(whole, words) if words else {}
    if op is sre_c.IN and av == [(sre_c.CATEGORY, sre_c.CATEGORY_DIGIT)]:
        # \d at a word start: a number (see DIGIT_HEAD); elsewhere, any digit: too many.
        return (frozenset({DIGIT_HEAD}), True, frozenset(), {}) if ws else None
    if nonword_item(op, av):
        # \s+, [-\s]?: what comes here is no word character, so a word before it ends
        # here. Its head is "" (whole): only a start being extended joins it, to stand as
        # a whole word ("e" in e[-\s]?scooter, "a" in an?\s+officer); at the top level, or
        # on its own, "" is no use as a head and the analysis gives none, as before.
        if _min_width([items[i]], an) == 0:
            rest = _heads(items, i + 1, an, ws and after_item(op, av, ws), follow, cont)
            return _union((_EMPTY, ws, _EMPTY, {}), rest)
        words = _after_space(items, i, an, cont)
        return _EMPTY, ws, _EMPTY, {"": words} if words else {}
    after = starts_nonword(items[i + 1 :], follow)
    then: Cont = (items, i + 1, cont)
    own: Heads
    if op is sre_c.SUBPATTERN:
        own = _heads(an.items(av[3]), 0, an, ws, after, then)
    elif op is sre_c.BRANCH:
        own = (frozenset(), True, frozenset(), {})
        for branch in av[1]:
            own = _union(own, _heads(an.items(branch), 0, an, ws, after, then))
            if own is None:
                return None
    elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) or is_op(op, "POSSESSIVE_REPEAT"):
        _low, high, sub = av
        # After one round comes the next round, or what follows the repeat.
        again = high <= 1 or starts_nonword(list(sub), False)
        own = _heads(an.items(sub), 0, an, ws, after and again, then if high <= 1 else ROUND)
    elif is_op(op, "ATOMIC_GROUP"):
        own = _heads(an.items(av), 0, an, ws, after, then)
    else:
        return None  # a character class, '.', a backreference: could start with anything
    if own is None:
        return None
    if _min_width([items[i]], an) == 0:  # optional: a match may start after it instead
        rest = _heads(items, i + 1, an, ws and after_item(op, av, ws), follow, cont)
        return _union(own, rest)
    return own


_EMPTY = frozenset({""})


def _after_space(items: Items, i: int, an: _Analysis, cont: Cont) -> frozenset[str] | None:
    key = ("after", *_where(items, i, cont))
    if key not in an.memo:
        an.memo[key] = _after_space_of(items, i, an, cont)
    return an.memo[key]  # type: ignore[no-any-return]


def _after_space_of(items: Items, i: int, an: _Analysis, cont: Cont) -> frozenset[str] | None:
    """The heads of the word after a head that ends at items[i], when the regex goes on
    with spaces (``\\s+``) and then a word; None when it may go on otherwise."""
    while i == len(items):  # the sequence ends here: what comes after it
        if not isinstance(cont, tuple):
            return None
        items, i, cont = cont
    op, av = items[i]
    if op is sre_c.SUBPATTERN or op is sre_c.BRANCH:  # (?:\s+x|\s+y): each way must say
        words: set[str] = set()
        for way in [av[3]] if op is sre_c.SUBPATTERN else av[1]:
            after = _after_space(an.items(way), 0, an, (items, i + 1, cont))
            if after is None:
                return None
            words |= after
        return frozenset(words)
    if not spaces_only(op, av):
        return None
    while i + 1 == len(items):
        if not isinstance(cont, tuple):
            return None
        items, i, cont = cont[0], cont[1] - 1, cont[2]
    found = _heads(items, i + 1, an, True, False, cont)
    if found is None or not all(s and word_char(s[0]) for s in found[0]):
        return None
    # The engine asks for a next word starting with one of these: its first word is
    # enough ("act" of "act," and "act 2003").
    return frozenset(_WORD_RE.match(s).group() for s in found[0])  # type: ignore[union-attr]
