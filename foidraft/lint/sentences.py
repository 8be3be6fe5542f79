"""Where a letter's sentences and questions start: the cuts ``Document`` keeps.

A cut of a run of whole paragraphs is the whole letter's cut inside it (no sentence crosses
a paragraph break), so a few paragraphs' sentences can be found without reading the rest.
"""

from __future__ import annotations

from _bisect import bisect_left  # bisect.py only adds an import

from foidraft.text.bullets import BULLET
from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Protocol

    class Document(Protocol):
        """What is read of ``foidraft.lint.document.Document`` (which imports this module:
        named here without importing it back, as the import contracts ask)."""

        masked: str

        def paragraph_starts(self) -> list[int]: ...


# A sentence ends at . ? ! (plus closing quotes or brackets) before whitespace, except after
# an abbreviation or an initial ("e.g.", "etc.", "No.", "a)"), and a new one starts at each
# list item ("1.", "2)", "a)", "(b)", "-", "•", "Q3"). The end regex starts with a plain
# character class so re can skip ahead quickly; abbreviations are checked in Python.
# Possessive, and never starting inside a run of stops, so a long run of dots is linear.
# The lookbehind comes after the first stop so that re skips ahead to stops on its own:
# (?<![.?!])[.?!]++ tried at every position costs three times as long.
SENTENCE_END_RE = LazyRegex(r"[.?!](?<![.?!].)[.?!]*+[\"'”’)\]]*+(?=\s)")
# ... nor after a roman numeral in an inline list ("ii. One Reason iii. ...").
NOT_AN_END_RE = LazyRegex(r"(?:\be\.g|\bi\.e|\betc|\bno|[\s(\[](?:[a-zA-Z]|[ivx]{2,4}))\Z")
LIST_ITEM_RE = LazyRegex(
    r"\n[ \t]*(?=(?:\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\)|[ivx]+[.)]|" + BULLET + r"|Q\d+\b))",
    IGNORECASE,
)


def sentence_cuts(doc: Document, start: int, end: int) -> list[int]:
    """Where sentences start in [start, end), a run of whole paragraphs: the paragraph
    starts, each sentence end and each list item (and ``end``, as the next one's start)."""
    masked = doc.masked
    cuts = _paragraph_cuts(doc, start, end)
    not_an_end = NOT_AN_END_RE.compiled.search  # asked at every full stop of the letter
    for m in SENTENCE_END_RE.finditer(masked, start):
        s = m.start()
        if s >= end:
            break
        if not not_an_end(masked, max(s - 4, 0), s) and m.end() < end:
            cuts.add(m.end())
    cuts.update(_list_items(masked, start, end))
    return sorted(cuts)


def question_cuts(doc: Document, start: int, end: int) -> list[int]:
    """Where questions start in [start, end), as ``sentence_cuts``: paragraphs and list items."""
    cuts = _paragraph_cuts(doc, start, end)
    cuts.update(_list_items(doc.masked, start, end))
    return sorted(cuts)


def _paragraph_cuts(doc: Document, start: int, end: int) -> set[int]:
    starts = doc.paragraph_starts()
    if end == len(doc.masked):  # the whole letter (a paragraph may start at its very end)
        return set(starts[bisect_left(starts, start) :])
    cuts = set(starts[bisect_left(starts, start) : bisect_left(starts, end)])
    cuts.add(end)
    return cuts


def _list_items(masked: str, start: int, end: int) -> Iterator[int]:
    # Searched up to ``end`` only: past the last item, a search to the letter's end would
    # read the rest of it for each run of paragraphs cut. The same items: ``end`` is a
    # paragraph's start (after a space or a line break) or the letter's end, so no item's
    # marker, which the lookahead reads, runs past it.
    for m in LIST_ITEM_RE.finditer(masked, start, end):
        if m.end() >= end:
            return
        yield m.end()
