"""How much of the request a refusal covers, read from the words that say so and from
where they stand.

A sentence may give and withhold at once ("Please see attached spreadsheet and note we
will not provide ..."). And a reply that answers question by question may refuse one of
them in a refusal notice's usual words ("Compliance with this request would exceed the
appropriate cost limit") and answer the others with figures: "this request" there is the
question it sits under, not the whole request. So a refusal said of the whole only inside
one question's part of the reply, with information given under another question, covers
a part.
"""

from __future__ import annotations

import re

from foidraft.replies.offsets import span_at
from foidraft.replies.questions import Block

# "the information you have requested is held, in part, ...": said of holding it
HELD_IN_PART_RE = re.compile(r"\b(?:held|holds?),? in part\b", re.IGNORECASE)


# The sentence gives, then, in a clause joined on, withholds a part: "Please see attached
# spreadsheet and note we will not provide information relating to Empty properties" (not
# "see Appendix A for why we are unable to provide it": the giving is the refusal's reasons).
GIVES_THEN_WITHHOLDS_RE = re.compile(
    r"^(?:please )?(?:find|see) (?:the )?(?:attached|enclosed)\b[^.]{0,60}?\b(?:and|but|however|"
    r"except that)\b(?:(?!\b(?:why|reasons?|explain\w*)\b)[^.]){0,80}?\b(?:will not|cannot|"
    r"can ?not|(?:are|is) unable to|do not) (?:provide|release|disclose|include)\b",
    re.IGNORECASE,
)


# ... or gives all but what it names: "I am pleased to enclose the information you requested,
# with the exception of the names of junior staff, which have been withheld under s40(2)"
GIVES_BUT_RE = re.compile(
    r"\b(?:enclos(?:e|ed|ing)|attach(?:ed|ing)?|provid(?:e|ed|ing)|releas(?:e|ed|ing)|"
    r"disclos(?:e|ed|ing)|suppl(?:y|ied|ying)|set out)\b[^.]{0,80}?\b(?:with the exception of|"
    r"except(?: for)?|apart from|save for|other than|excluding)\b",
    re.IGNORECASE,
)


def gives_then_withholds(text: str) -> bool:
    return GIVES_THEN_WITHHOLDS_RE.search(text) is not None or bool(GIVES_BUT_RE.search(text))


def under_one_question(
    whole_at: tuple[int, ...], gave_at: tuple[int, ...], parts: list[Block]
) -> bool:
    """Whether every sentence that refuses the whole request (at offsets ``whole_at``) sits
    under one of its questions and something is given (at ``gave_at``) under another
    (``parts``: the reply's question blocks, ``questions.blocks``)."""
    if not (whole_at and gave_at and parts):
        return False
    starts, ends = [b.start for b in parts], [b.end for b in parts]
    refused = {_question_at(parts, starts, ends, at) for at in whole_at}
    if None in refused:
        return False  # said outside any question's part: of the whole request
    given = {_question_at(parts, starts, ends, at) for at in gave_at} - {None}
    return bool(given - refused)


def _question_at(parts: list[Block], starts: list[int], ends: list[int], at: int) -> str | None:
    i = span_at(starts, ends, at)  # (the blocks never overlap: the first holding it is the one)
    return parts[i].question if i >= 0 else None
