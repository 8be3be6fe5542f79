"""Whether a sentence says a phrase as done: the words matched are asserted in their
clause (``clauses.Sentence.asserted``: no "may" before them, no condition), and, for a
decision, not a question still open inside the words matched."""

from __future__ import annotations

import re

from foidraft.replies.clauses import Sentence
from foidraft.replies.figures import MARKER_RE
from foidraft.replies.gate import may_match

# An open question: "will look at your complaint and decide whether the original decision
# should be upheld" (the decision is to come; the pattern's gap ran over the "whether")
WHETHER_RE = re.compile(r"\bwhether\b", re.IGNORECASE)


def said(s: Sentence, pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches ``text`` (``s``'s words, perhaps re-worded) where ``s``
    asserts it."""
    return may_match(pattern, text) and any(s.asserted(m.start()) for m in pattern.finditer(text))


def decided(s: Sentence, pattern: re.Pattern[str], text: str) -> bool:
    """As ``said``, and the words matched leave no question open ("whether")."""
    return may_match(pattern, text) and any(
        s.asserted(m.start()) and not WHETHER_RE.search(m.group()) for m in pattern.finditer(text)
    )


def asks(s: Sentence | None) -> bool:
    """A line that asks or numbers a question: a figure after it answers it."""
    return s is not None and (bool(MARKER_RE.match(s.text)) or s.text.endswith("?"))
