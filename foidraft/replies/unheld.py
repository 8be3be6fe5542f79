"""More ways a reply says it holds nothing of what was asked, beside the ``not_held`` words
of ``foidraft.replies.phrases``: what was asked for was never received, made or done ("The
Trust has not received any correspondence from the Inquiry", "No such report has been
produced", "The Department has not commissioned any research"), nothing found ("we have
been unable to find anything relevant"), or none of a record's kind ("there are no
minutes"). Each is a bounded regex (linear in the text).
"""

from __future__ import annotations

# What a body keeps, by the names replies give it (not what a count counts: "there were no
# complaints" answers a question with a nought)
RECORDS = (
    r"(?:information|data|records?|documents?|documentation|correspondence|e-?mails?|minutes|"
    r"reports?|files?|notes|polic(?:y|ies)|guidance|procedures?|contracts?|agreements?|"
    r"registers?|logs?|assessments?|briefings?|papers|letters?|research|analysis|studies|"
    r"evaluations?|reviews?|audits?|surveys?|statistics|figures)"
)
# never received, made or done, said of what was asked for
NOT_MADE = (
    r"(?:received|produced|created|commissioned|compiled|prepared|undertaken|carried out|"
    r"conducted|written|drafted|completed|issued)"
)
ABSENT = (
    rf"\b(?:has|have|had)(?: not|n['’]t) (?:yet |ever |previously )?{NOT_MADE} any "
    rf"(?:such )?(?:[a-z]+ ){{0,2}}?{RECORDS}\b",
    rf"\bno (?:such |specific |formal |relevant )?(?:[a-z]+ ){{0,2}}?{RECORDS} (?:has|have|had|"
    rf"was|were) (?:ever )?been {NOT_MADE}\b",
    r"\b(?:unable|not (?:been )?able|(?:could|can)(?: ?not|n['’]t)) to (?:locate|find|identify) "
    r"anything\b",
    rf"\bthere (?:is|are|were|was) no (?:such |relevant |recorded |formal )?{RECORDS}\b",
    # held once, not now: "All other biographies are no longer held", "we no longer keep them"
    r"\b(?:is|are|was|were) no longer (?:held|retained|kept|available to us)\b|"
    r"\bno longer (?:hold|holds|retain|retains|keep|keeps|exists?)\b",
)
