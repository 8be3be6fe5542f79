"""What keeps a clause's words from being said as done (``clauses.Sentence.asserted``): a
modal before them ("There may be a fee payable"), a qualification after them ("where
necessary"), a condition ("if", "unless", "should"), a question weighed ("considered
whether"), a time to come ("before it is published"), or what would have been ("Had any
information been held, ...").
"""

from __future__ import annotations

import re

JOINED_RE = re.compile(r"\b(?:and|but|so) (?=(?:we|I|the (?:council|force)) )")
MODAL_RE = re.compile(
    r"\b(?:may|might)\b(?! \d)|\b[Ii]n some circumstances\b|\b(?:be|is|are) likely to\b|"
    # a question weighed, not its answer: "We have considered whether any exemptions apply"
    # (not one still being weighed: "We are considering whether s43 applies and need more time")
    r"\b(?:will (?:consider|look at|examine|assess|check|decide|determine)|considered|assessed|"
    r"checked|examined) whether\b|"  # (or one to come: "the review will examine whether")
    # a class of information, not this reply's act: "this will only be information that can
    # be withheld by law" (the phrase read starts where the search stops: ``asserted``)
    r"\b(?:that|which) (?:can|could) (?:be )?$|"
    # a time to come, not a thing done: "we will send you the response before it is published"
    r"\b(?:before|until|once|when) $|"
    # what the law lets any authority do: "exemptions, ..., which allow information to be withheld"
    # (not the law the body applies to itself: "Section 10(3) allows us to extend the time")
    r"\b(?:allow|allows|permit|permits|enable|enables)\b(?! (?:us|me)\b)[^.,;]{0,30}\bto (?:be )?$"
)
QUALIFIED_RE = re.compile(
    r"\b(?:where|if|when|(?<!soon )as) (?:necessary|needed|required|appropriate|applicable|"
    r"possible)\b",
    re.I,
)
CONDITION_RE = re.compile(
    r"^(?:(?:please )?note,? (?:that )?)?(?:if|should|where|when|whenever|unless|in the event|"
    r"once|until|even if)\b|"
    # a class named by what would put a thing in it: "Any information that is exempt from
    # disclosure will not be released" (if any is exempt)
    r"^any (?:\w+ ){1,3}?(?:that|which|who) (?:is|are|would|may|might|could|falls?|relates?)\b|"
    + r"^(?:had|were)\b(?= (?:any|it|we|this|that|the|such|there)\b)",  # "Had any been held, ..."
    re.IGNORECASE,
)
# What would have been, not what is: "Had any information been held, it would have attracted
# the exemption in Section 40"; "Even if there were a requirement ..., the cost would be
# prohibitive, attracting Section 12". A provision named there is not relied on.
COUNTERFACTUAL_RE = re.compile(
    r"^(?:even if|had (?:any|it|we|this|that|the|such|there)|were (?:it|we|this|that|the|any|"
    r"such|there)|if\b[^,.]{0,60}?\b(?:had been|had held|were held))\b",
    re.IGNORECASE,
)
INNER_CONDITION_RE = re.compile(
    r"\b(?:and|but|or|then|that)\s+(?:if|unless|should)\b|\b(?:include|includes|including|"
    r"such as|for example|namely)\s+(?:where|when|if)\b|"
    # what the body promises to tell: "We will tell you if any of the information is exempt"
    r"\b(?:tell|inform|advise|notify|let) (?:you|us|me) (?:know )?(?:if|whether)\b",
    re.IGNORECASE,
)
UNLESS_RE = re.compile(r"\bunless\b", re.IGNORECASE)
DONE_RE = re.compile(r"\b(?:has|have) been\b|\b(?:I|we) have\b", re.IGNORECASE)
