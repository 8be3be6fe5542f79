"""Which patterns a short letter's words let through, answered for every rule's gate at once.

A rule's gate (``foidraft.rules.gate``) gives each pattern clauses that must all hold, each
a list of strings of which one must occur. Asked clause by clause, a one-page letter costs
some seven hundred Python calls of set look-ups, a third of its check (the corpus's 2,735
requests: 2.9 s of 8.8 s). Here each distinct clause gets a number once per process, and a
letter's word starts are met with every clause's words at once (one set intersection in
C, then the clauses of the words found): a pattern may match when the numbers of its
clauses all lie in that set. The few clauses that hold other strings (not plain word
starts) are asked of the word index as before, each once per letter. The answer is the
one ``foidraft.lint.matching.live_indexes`` gave clause by clause: a pure function of the
letter, asked in another order.
"""

from __future__ import annotations

from foidraft.lint.index import PREFIX_LENGTH
from foidraft.rules.model import DIGIT_HEAD

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from foidraft.lint.document import Document
    from foidraft.lint.index import LiteralIndex
    from foidraft.recorded.model import Words

    # (pattern index, its clauses' numbers or None: it needs nothing, its heads' clause
    # when it names whole-word heads with the words after them, else None)
    Entry = tuple[int, frozenset[int] | None, Sequence[Any] | None]
    # A word list's heads: plain word starts, others, whole words, whole words before others
    _Heads = tuple[frozenset[str], list[str], frozenset[str], dict[str, tuple[str, ...]]]


class _Clauses:
    """Every distinct clause met so far, numbered; what each plain word start satisfies."""

    __slots__ = ("by_word", "numbers", "others", "with_others", "words_of")

    def __init__(self) -> None:
        self.numbers: dict[tuple[object, ...], int] = {}
        self.by_word: dict[str, list[int]] = {}  # a word start -> the clauses holding it
        self.words_of: list[Sequence[str]] = []  # clause -> its plain word starts
        self.others: dict[int, tuple[Sequence[str], bool]] = {}  # clause -> other strings
        self.with_others: set[int] = set()

    def number(self, clause: Sequence[Any]) -> int:
        starts, others, word_start = clause[0], clause[1], bool(clause[2])
        key = (tuple(starts), tuple(others), word_start)
        n = self.numbers.get(key)
        if n is None:
            n = self.numbers[key] = len(self.numbers)
            self.words_of.append(starts)
            for word in starts:
                self.by_word.setdefault(word, []).append(n)
            if others:
                self.others[n] = (others, word_start)
                self.with_others.add(n)
        return n


_CLAUSES = _Clauses()
# id(gate) -> (the gate, its entries, its keys): a rule's gate is one object for the process.
_compiled: dict[int, tuple[Sequence[Any], list[Entry], frozenset[int] | None]] = {}


# id(gate) -> the gate, for gates asked once so far: those are read clause by clause.
_asked_once: dict[int, Sequence[Any]] = {}


def _entries(gate: Sequence[Any]) -> tuple[list[Entry], frozenset[int] | None]:
    """The gate's patterns, and its keys: for each pattern, one of its clauses of plain
    word starts only (None when a pattern has none, or needs nothing). A letter that
    satisfies none of the keys lets none of the patterns through: one test in C rules out
    the whole rule, as it does most rules in a one-page letter."""
    known = _compiled.get(id(gate))
    if known is not None and known[0] is gate:
        return known[1], known[2]
    entries: list[Entry] = []
    keys: set[int] | None = set()
    for i, clauses in enumerate(gate):
        if clauses is None:
            entries.append((i, None, None))
            keys = None
            continue
        numbers = [_CLAUSES.number(c) for c in clauses]
        need = frozenset(numbers)
        plain = [(len(c[0]), n) for c, n in zip(clauses, numbers, strict=True) if not c[1]]
        if not plain:
            keys = None
        elif keys is not None:
            keys.add(min(plain)[1])  # the fewest words: the likeliest to be missing
        heads = clauses[0]
        placed = heads if len(heads) >= 4 and heads[3] is not None else None
        entries.append((i, need, placed))
    frozen = None if keys is None else frozenset(keys)
    _compiled[id(gate)] = (gate, entries, frozen)
    return entries, frozen


def _state(doc: Document, starts: set[str]) -> tuple[set[int], dict[int, bool]]:
    """The clauses the letter's word starts satisfy, and the answers for clauses with
    other strings asked so far (kept with the letter). Clauses numbered since (a first
    check numbers each rule's as it comes to it) are added one by one."""
    kept: Any = doc.derived.get("gates")
    count = len(_CLAUSES.words_of)
    if kept is None or kept[0] is not starts:
        satisfied: set[int] = set()
        by_word = _CLAUSES.by_word
        for word in starts.intersection(by_word):
            satisfied.update(by_word[word])
        kept = doc.derived["gates"] = [starts, count, satisfied, {}]
    elif kept[1] < count:
        satisfied = kept[2]
        words_of = _CLAUSES.words_of
        for n in range(kept[1], count):
            if not starts.isdisjoint(words_of[n]):
                satisfied.add(n)
        kept[1] = count
    return kept[2], kept[3]


def live_entries(
    gate: Sequence[Any], doc: Document, index: LiteralIndex, starts: set[str], whole: bool
) -> list[int]:
    """The indexes of the gate's patterns whose clauses the letter meets (``whole``: and
    whose whole-word heads stand before one of their next words, as ``placed`` asks)."""
    known = _compiled.get(id(gate))
    if (known is None or known[0] is not gate) and _asked_once.get(id(gate)) is not gate:
        # A process that checks one letter (``foidraft check`` of a page) would spend more
        # numbering every clause than it saves: a gate is numbered when asked again.
        _asked_once[id(gate)] = gate
        return clause_by_clause(gate, index, starts, whole)
    entries, keys = _entries(gate)
    satisfied, asked = _state(doc, starts)
    if keys is not None and keys.isdisjoint(satisfied):
        return []
    with_others = _CLAUSES.with_others
    out = []
    for i, need, heads in entries:
        if need is not None:
            if not need <= satisfied:
                missing = need - satisfied
                if not missing <= with_others:
                    continue
                if not _others_hold(missing, index, asked):
                    continue
            if whole and heads is not None and not placed(heads, index, starts):
                continue
        out.append(i)
    return out


def _others_hold(missing: frozenset[int], index: LiteralIndex, asked: dict[int, bool]) -> bool:
    """Whether each of these clauses has one of its other strings in the letter."""
    has = index.has
    for n in missing:
        found = asked.get(n)
        if found is None:
            strings, word_start = _CLAUSES.others[n]
            found = asked[n] = any(has(s, word_start) for s in strings)
        if not found:
            return False
    return True


def clause_by_clause(
    gate: Sequence[Any], index: LiteralIndex, starts: set[str], whole: bool
) -> list[int]:
    """``live_entries`` by asking each pattern's clauses in turn."""
    has = index.has
    out = []
    for i, clauses in enumerate(gate):
        if clauses is not None:
            met = True
            for c in clauses:
                if starts.isdisjoint(c[0]) and not (c[1] and any(has(s, c[2]) for s in c[1])):
                    met = False
                    break
            if not met:
                continue
            heads = clauses[0]
            if (
                whole
                and len(heads) >= 4
                and heads[3] is not None
                and not placed(heads, index, starts)
            ):
                continue
        out.append(i)
    return out


def any_of(
    index: LiteralIndex, starts: set[str], words: Sequence[str], others: Sequence[str],
    word_start: bool,
) -> bool:  # fmt: skip
    """Whether one of a clause's strings occurs: a plain word start by the set of them,
    another string by the word index."""
    if not starts.isdisjoint(words):
        return True
    return bool(others) and any(index.has(s, word_start) for s in others)


def placed(clause: Sequence[Any], index: LiteralIndex, starts: set[str]) -> bool:
    """Whether one of the heads' clause's whole-word heads stands before one of its next
    words, or one of its other heads occurs anywhere."""
    pairs = clause[3]
    for word, after in pairs:
        if index.stands(word, tuple(after)):
            return True
    named = {word for word, _ in pairs}  # the other heads: anywhere, as before
    return any_of(index, starts, [s for s in clause[0] if s not in named],
                  [s for s in clause[1] if s not in named], clause[2])  # fmt: skip


# id(words) -> (the word list, its heads sorted by how they are asked): see words_absent
_heads_of: dict[int, tuple[Words, *_Heads]] = {}


def words_absent(words: Words, doc: Document) -> bool:
    """Whether none of the places a word list's phrases can start at is in a short letter,
    so its search would find nothing there: then its pattern is not built, nor its regex
    compiled (a page names few of the model's hundreds of phrases). A head that is a whole
    word counts only where it stands before one of the words that may follow it, as the
    search lists its places (``foidraft.lint.places``); each list is searched up to the
    letter's end, where no word is cut in two. The plain word starts among the heads are
    met at once with the letter's (a set test in C), the others asked one by one."""
    if words.heads is None or doc.lower is None:
        return False
    index = doc.index()
    starts = index.word_starts()
    if starts is None:
        return False  # a long letter: nearly every list is there, and it is searched anyway
    kept = _heads_of.get(id(words))
    if kept is None or kept[0] is not words:
        kept = _heads_of[id(words)] = (words, *_sorted_heads(words))
    _, plain, others, alone, followed = kept
    if not starts.isdisjoint(plain) or any(index.has(h, True) for h in others):
        return False
    if index.among(alone):
        return False
    return not any(index.stands(h, followed[h]) for h in index.among(followed.keys()))


def _sorted_heads(words: Words) -> _Heads:
    """A list's heads by how ``words_absent`` asks each: plain word starts (what
    ``LiteralIndex.has`` answers from the set of the letter's word starts), other heads
    anywhere, whole words, and whole words before one of their next words."""
    whole = set(words.whole or ())
    nexts: dict[str, tuple[str, ...]] = {
        pair[0]: tuple(pair[1])  # type: ignore[misc, arg-type]
        for pair in words.after or ()  # [word, [next words]]
    }
    plain: set[str] = set()
    others: list[str] = []
    alone: set[str] = set()
    followed: dict[str, tuple[str, ...]] = {}
    for head in words.heads or ():
        if head not in whole:
            if head != DIGIT_HEAD and head.isalnum() and len(head) <= PREFIX_LENGTH:
                plain.add(head)
            else:
                others.append(head)
        elif head in nexts:
            followed[head] = nexts[head]
        else:
            alone.add(head)
    return frozenset(plain), others, frozenset(alone), followed
