"""Figures given as advice beside a cost refusal: "To be of assistance, the total number of
recorded thefts in 2023 was 4,512." A refusal of the whole request on cost stays one when
all it gives is given so (goodwill or advice, not an answer to a part); the requester's next
step is still to narrow the request.
"""

from __future__ import annotations

import re

from foidraft.replies.clauses import Sentence
from foidraft.replies.forms import ADVICE_OPENING_RE

# The estimate a count is the basis of: "There are 1799 public roads in Moray. ... checking
# each road ... at 5 minutes per road ... (1799 x 5 = 8995 mins)"
TIME_RE = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)
NUMBER_RE = re.compile(r"\d[\d,]*\d")


def goodwill_only(sentences: list[Sentence], gave_at: tuple[int, ...]) -> bool:
    """Whether every sentence that gives (``gave_at``, their starts) opens with advice, or is
    a figure following such a sentence ("By way of assistance, the figures are:\\n2022 45")."""
    advised: set[int] = set()
    inside = False
    for i, s in enumerate(sentences):
        inside = bool(ADVICE_OPENING_RE.match(s.text)) or (inside and s.figure)
        if inside or _estimated(s, sentences[i + 1 : i + 3]):
            advised.add(s.start)
    return bool(gave_at) and all(start in advised for start in gave_at)


def _estimated(s: Sentence, following: list[Sentence]) -> bool:
    """Whether the counts ``s`` gives are the ones the next sentences time, item by item, to
    estimate the cost: the estimate's basis, not an answer. (Linear: each sentence is read
    at most three times.)"""
    counts = {n.replace(",", "") for n in NUMBER_RE.findall(s.text)}
    if not counts:
        return False
    after = " ".join(t.text for t in following)
    return bool(TIME_RE.search(after)) and counts <= {
        n.replace(",", "") for n in NUMBER_RE.findall(after)
    }
