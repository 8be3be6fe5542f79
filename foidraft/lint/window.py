"""A letter seen through a window of whole paragraphs, for checking them on their own.

The Checker re-reads only the paragraphs a change touched. Asking the whole letter where
each pattern's heads are would cost as much as checking all of it (the word index, the
sentence ends and every candidate list are built for the whole text), so a window is a
copy of the Document that shares its text, masking, lines and paragraphs, with its own
word index, sentences and questions made for [start, end) only. Offsets stay offsets into
the whole letter. Only questions about places inside the window may be asked of it: the
rules that look no further than a question (and the questions it points back to, which the
window holds) ask nothing else.
"""

from __future__ import annotations

import copy

from foidraft.lint.document import Document
from foidraft.lint.index import LiteralIndex
from foidraft.lint.sentences import question_cuts, sentence_cuts


def window(doc: Document, start: int, end: int) -> Document:
    """``doc`` for checking the paragraphs in [start, end) (paragraph starts, or the end)."""
    view = copy.copy(doc)
    view.derived = {}  # facts about the whole letter (its questions) are not the window's
    view.vocabulary = None
    view.near_misses = {}
    view._sentences = sentence_cuts(doc, start, end)
    view._questions = question_cuts(doc, start, end)
    view._index = (
        LiteralIndex(doc.lower, start, doc.paragraph_starts(), end)
        if doc.lower is not None
        else None
    )
    return view
