"""Where a request stands, as a letter says it whatever else it says: waiting on the
requester's answer (``ON_HOLD_RE``), or refused by a notice that covers only a part of it
(``PART_NOTICE_RE``)."""

from __future__ import annotations

import re

from foidraft.replies.grammar import any_of

# The request waits on the requester: the clock held until they answer, the request closed
# (or taken as withdrawn) if they do not. Said in a condition as often as not ("If we hear
# nothing further from you by 19 February your request will be closed"), so it is read in
# any sentence: a letter that says it is asking what was meant.
ON_HOLD_RE = any_of(
    r"\b(?:deadline|time limit|clock|(?:20|twenty) working days?)\b[^.]{0,80}\b(?:depend\w* on|"
    r"(?:will )?(?:start|begin|run|restart)\w* (?:again )?(?:when|once|from))\b[^.]{0,40}"
    r"\b(?:receiv\w*|hear\w*)\b",
    r"\b(?:request|it) (?:is|has been|will be|remains) (?:put |placed |now )?on hold\b",
    r"\b(?:hear nothing|do not hear|don['’]t hear|have not (?:heard|received)|no (?:reply|"
    r"response) is received)\b[^.]{0,80}\b(?:closed|withdrawn|withdraw)\b",
    r"\b(?:closed|withdrawn|withdraw)\b[^.]{0,80}\b(?:hear nothing|do not hear|have not "
    r"(?:heard|received)\b[^.]{0,30}\b(?:confirmation|clarification|reply|response))",
)
# A refusal notice said to cover a part: "this letter acts as a refusal notice to those aspects
# of your request", "this letter represents a Refusal Notice for question 6"
PART_NOTICE_RE = re.compile(
    r"\brefusal notice\b[^.]{0,30}?\b(?:for|to|in respect of|in relation to|regarding|covering) "
    r"(?:(?:those|these|the following|that|this|some|certain|the remaining|the other) (?:aspects?|"
    r"parts?|elements?|questions?|points?|items?)\b|(?:questions?|parts?|points?|items?|q) ?\d)",
    re.IGNORECASE,
)
