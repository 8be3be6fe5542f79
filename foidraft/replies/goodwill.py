"""Figures given as advice beside a cost refusal: "To be of assistance, the total number of
recorded thefts in 2023 was 4,512." A refusal of the whole request on cost stays one when
all it gives is given so (goodwill or advice, not an answer to a part); the requester's next
step is still to narrow the request.
"""

from __future__ import annotations

from foidraft.replies.clauses import Sentence
from foidraft.replies.forms import ADVICE_OPENING_RE


def goodwill_only(sentences: list[Sentence], gave_at: tuple[int, ...]) -> bool:
    """Whether every sentence that gives (``gave_at``, their starts) opens with advice, or is
    a figure following such a sentence ("By way of assistance, the figures are:\\n2022 45")."""
    advised: set[int] = set()
    inside = False
    for s in sentences:
        inside = bool(ADVICE_OPENING_RE.match(s.text)) or (inside and s.figure)
        if inside:
            advised.add(s.start)
    return bool(gave_at) and all(start in advised for start in gave_at)
