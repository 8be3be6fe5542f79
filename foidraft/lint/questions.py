"""A letter's questions: the numbered items or paragraphs, and what each points back to.

A rule's context is the question its match is in. "2. Of those, how many were charged?"
counts what question 1 counted, so its context reaches back to question 1 (and on, while
each question points back), never to the rest of the letter.
"""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # bisect.py only adds an import

from foidraft.lint.definitions import orphaned_definitions
from foidraft.lint.document import BACK_REFERENCE_RE, MAX_CHAIN, Document, points_back
from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass


def item_bounds(doc: Document, offset: int) -> tuple[int, int]:
    """The list item or paragraph holding ``offset``."""
    starts = doc.question_starts()
    i = bisect_right(starts, offset) - 1
    start = starts[max(i, 0)]
    end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
    return start, end


def items(doc: Document) -> list[tuple[int, int]]:
    """Every question's (start, end) that holds some text (worked out once per letter)."""
    cached = doc.derived.get("items")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out = items_in(doc, 0, len(doc.text))
    doc.derived["items"] = out
    return out


def items_in(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """The questions starting in [lo, hi) that hold some text."""
    starts = doc.question_starts()
    out = []
    for i in range(bisect_left(starts, lo), len(starts)):
        a = starts[i]
        if a >= hi:
            break
        b = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
        if doc.masked[a:b].strip():
            out.append((a, b))
    return out


MAX_REMOVALS = 50
# Compiled on first use (LazyRegex): most letters never need the longer ones.
NUMBER_RE = LazyRegex(r"[ \t]*(\(?)(\d{1,2})([.)])")


def delete_question(doc: Document, offset: int) -> list[tuple[int, int, str]] | None:
    """Edits that remove the question holding ``offset`` and what depended on it: the
    questions that point back to it, and any definition of a word no longer used. Later
    numbers close up. None when it is the letter's only question (nothing would be left to
    ask), when ``offset`` is in the sign-off (the requester's name is no question), or
    more than MAX_CHAIN questions depend on it; and, as each removal reads every question,
    once MAX_REMOVALS have been worked out in this letter (a letter with more such
    findings is not one to prune question by question)."""
    sign_off = doc.sign_off_offset()
    if sign_off is not None and offset >= sign_off:
        return None
    done = doc.derived.get("removals", 0)
    assert isinstance(done, int)
    if done >= MAX_REMOVALS:
        return None
    doc.derived["removals"] = done + 1
    spans = items(doc)
    k = bisect_right(spans, (offset, len(doc.text) + 1)) - 1  # the last starting at or before
    if k < 0 or offset >= spans[k][1]:
        return None
    doomed = {k}
    for j in range(k + 1, len(spans)):
        if not points_back(doc, *spans[j]) or _names_earlier(doc, spans, j, doomed):
            break
        if j - 1 not in doomed:
            break
        if len(doomed) > MAX_CHAIN:
            return None  # a chain this long is not one question to remove
        doomed.add(j)
    if not _asks_elsewhere(doc, spans, doomed):
        return None
    edits = [_removal(doc, *spans[n]) for n in sorted(doomed)]
    edits += _renumber(doc, spans, doomed)
    edits += orphaned_definitions(doc, [spans[n] for n in doomed])
    return _merge(edits)


_ASK_RE = LazyRegex(
    r"\b(?:please|provide|give|send|tell|list|state|confirm|disclose|supply|how\s+many|"
    r"number|numbers|copy|copies|figures?|details?|breakdown|total|what|which|whether)\b",
    IGNORECASE,
)
_TAIL_RE = LazyRegex(r"\s*([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,4})", IGNORECASE)


def _removal(doc: Document, start: int, end: int) -> tuple[int, int, str]:
    """Remove a question: a whole paragraph with the blank lines after it, or a list item
    up to its own line end, so the break before the next paragraph stays."""
    starts = doc.paragraph_starts()
    if start in starts:
        return start, end, ""
    text = doc.text[start:end].rstrip()
    return start, min(end, start + len(text) + 1), ""


def _asks_elsewhere(doc: Document, spans: list[tuple[int, int]], doomed: set[int]) -> bool:
    """Whether a question not removed asks for something (each looked at once per letter,
    and only until one does)."""
    asking: dict[int, bool] = doc.derived.setdefault("asking", {})  # type: ignore[assignment]
    for n, (a, b) in enumerate(spans):
        if n in doomed:
            continue
        found = asking.get(n)
        if found is None:
            found = asking[n] = _ASK_RE.search(doc.masked, a, b) is not None
        if found:
            return True
    return False


def _names_earlier(doc: Document, spans: list[tuple[int, int]], j: int, doomed: set[int]) -> bool:
    """Whether question j's back-reference names something a kept earlier question asks
    about ("Of those resulting in a charge" after a kept question about charges)."""
    a, b = spans[j]
    m = BACK_REFERENCE_RE.match(doc.masked, a, b)
    assert m is not None
    tail = _TAIL_RE.match(doc.masked, m.end(), b)
    if tail is None:
        return False
    words = tail.group(1).lower()
    first = min(doomed)
    if doc.masked.isascii():  # lower() is then letter by letter: lower the letter once
        low = doc.derived.get("ascii_lower")
        if not isinstance(low, str):
            low = doc.derived["ascii_lower"] = doc.masked.lower()
        return any(low.find(words, s, e) != -1 for s, e in spans[:first])
    return any(words in doc.masked[s:e].lower() for s, e in spans[:first])


def _renumber(
    doc: Document, spans: list[tuple[int, int]], doomed: set[int]
) -> list[tuple[int, int, str]]:
    """Close up plain numbers ("4." becomes "3.") after removed numbered questions."""
    out: list[tuple[int, int, str]] = []
    removed = 0
    for n, start, end, number in _numbers(doc, spans):
        if n in doomed:
            removed += 1
        elif removed:
            out.append((start, end, str(number - removed)))
    return out


def _numbers(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(question, where its number is, the number) for each plainly numbered question, as
    far as the numbers run 1, 2, 3 (beyond, they are left alone). Once per letter."""
    cached = doc.derived.get("numbers")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out = []
    expected: int | None = None
    for n, (a, _b) in enumerate(spans):
        m = NUMBER_RE.match(doc.text, a)
        if m is None or doc.text[m.end() : m.end() + 1].isalnum():
            continue
        number = int(m.group(2))
        if expected is not None and number != expected:
            break  # not a simple 1, 2, 3 list from here
        expected = number + 1
        out.append((n, m.start(2), m.end(2), number))
    doc.derived["numbers"] = out
    return out


def _merge(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted, with deletions that touch or overlap joined into one."""
    out: list[tuple[int, int, str]] = []
    for s, e, r in sorted(edits):
        if out and not r and not out[-1][2] and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]), "")
        elif out and s < out[-1][1]:
            continue  # inside a removed question (a renumber of a doomed item)
        else:
            out.append((s, e, r))
    return out


_WORDS_RE = LazyRegex(r"[a-z0-9]+")


def repeated_questions(doc: Document) -> list[tuple[int, int, str, dict[str, str]]]:
    """Numbered questions asked a second time, word for word (their numbers aside). Lettered
    sub-items are left alone: letters repeat them under each question on purpose."""
    return repeats(doc, numbered(doc, items(doc)))


def numbered(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end of its text, words) of each numbered question among ``spans`` that is
    long enough to count as asked again (the Checker keeps these per paragraph)."""
    out = []
    for a, b in spans:
        number = NUMBER_RE.match(doc.masked, a)
        if number is None:
            continue
        words = tuple(_WORDS_RE.findall(doc.masked[number.end() : b].lower()))
        if len(words) >= 8:
            out.append((a, a + len(doc.text[a:b].rstrip()), words))
    return out


def repeats(
    doc: Document, questions: list[tuple[int, int, tuple[str, ...]]]
) -> list[tuple[int, int, str, dict[str, str]]]:
    """The questions (from ``numbered``, in order) whose words an earlier one had."""
    seen: set[tuple[str, ...]] = set()
    out: list[tuple[int, int, str, dict[str, str]]] = []
    for a, end, words in questions:
        if words in seen:
            out.append((a, end, doc.text[a:end], {}))
        seen.add(words)
    return out
