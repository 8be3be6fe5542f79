"""The procedural letters' decisive wordings as small grammars (who does what, and when)
rather than phrases: ``foidraft.replies.procedure`` adds each to its act's family (a
review's outcome, ``foidraft.replies.review_words``).

Their parts come from what the law and the Commissioners' guidance say each letter must
do, the wordings authorities copy from it: a receipt says when the answer will come (FOIA
s10(1), FOISA s10(1): within 20 working days); an extension says the public interest is
still being weighed (FOIA s10(3), s17(2)); a clarification asks the requester what is
meant, and the clock waits (FOIA s1(3), FOISA s1(3)); a review's outcome judges the first
answer (upheld, varied or overturned, by someone not involved in it: the s45 Code, and the
Scottish Ministers' s60 Code); a fees notice names the charge to pay (FOIA s9 and s13,
FOISA s9).
"""

from __future__ import annotations

import re


def any_of(*parts: str) -> re.Pattern[str]:
    """One case-blind pattern from alternatives written as separate strings (each a
    reading of its own, with a comment beside it): how the reply reader writes its words."""
    return re.compile("|".join(parts), re.IGNORECASE)


# who speaks: "we", "I", "the council", "the force", "West Midlands Police"
_WHO = (
    r"(?:we|I|(?:the|this) (?:\w+ ){0,2}?(?:council|force|department|team|office|service|trust|"
    r"board|authority|constabulary|police)|(?-i:[A-Z]\w+)(?: (?-i:[A-Z]\w+)){0,3})"
)
# how the answer is promised: "will", "aim to", "should be able to", "will be in a position to"
_PROMISE = (
    r"(?:will|shall|should|(?:aim|expect|hope|intend|plan|endeavour|try|seek) to|"
    r"(?:will|should|shall) (?:be able|be in a position|aim|endeavour|try|seek) to)"
)
# what is promised: an answer, however it is said
_ANSWER = (
    r"(?:respond|reply|answer (?:you|your request)|get back to you|come back to you|"
    r"write (?:back )?to you|deal with (?:your|this|the) request|(?:provide|send|issue|give) "
    r"(?:you )?(?:with )?(?:a|an|our|the|your) (?:full |formal |substantive |written |final )?"
    r"(?:response|reply|answer))"
)
# when: "by 2 April", "within 20 working days", "no later than ..."
_WHEN = r"(?:by|within|no later than|on or before|as soon as|promptly)"

# A receipt's promise: "The force will provide a response by 2 April 2024", "I should be able
# to respond within 20 working days", "you will hear from us by ..."
RECEIPT_PROMISE = (
    rf"\b{_WHO} (?:(?:now|then|normally|usually) )?{_PROMISE} (?:(?:now|then|normally|usually) )?"
    rf"{_ANSWER}\b[^.]{{0,60}}\b{_WHEN}\b|"
    r"\byou (?:will|should|can expect to) hear (?:back )?from (?:us|me|the \w+)\b|"
    r"\b(?:is|are) (?:now |currently )?being (?:dealt with|processed|considered|handled)\b|"
    r"\b(?:we are|we're|I am|I'm) (?:now |currently )?working on (?:it|your request)\b"
)
# The public interest still being weighed, said of this request: "Your request requires us to
# consider the public interest ..., which we are doing", "we will let you know our decision
# by 10 June"
WEIGHING = (
    r"\b(?:requires?|need|needs|take|taking|more time|extra time|further time|additional time) "
    r"(?:us )?to (?:consider|weigh|assess|balance|complete) (?:the )?(?:balance of (?:the )?)?"
    # ("the public interest in disclosure" reaches here blanked to "the public ": the two
    # sides' words are taken out first, ``phrases.NEITHER_RE``)
    r"public(?: interest\b|\s)|"
    r"\b(?:let you know|inform you of|tell you|send you) (?:our|the) (?:decision|outcome)\b"
    r"[^.]{0,40}\bby\b"
)
# What the requester is asked, by whom and how: "We need you to tell us which period", "We will
# not be able to process your request until you clarify which department", "we need more
# information about which documents you would like"
ASKS = (
    r"\b(?:need|require|ask|asking|like) you to (?:tell us|let us know|advise|identify|describe|"
    r"narrow|refine|specify|clarify|confirm|provide|indicate|explain)\b|"
    r"\buntil you (?:have )?(?:clarif\w+|confirm\w*|specif\w+|tell us|let us know|provide|"
    r"answer)\b|"
    r"\b(?:need|require)\w* (?:some )?(?:further|more|additional) (?:details|detail|information|"
    r"clarification) (?:about|on|regarding|as to|concerning) (?:which|what|whether|exactly)\b"
)
# A review's verdict on the first answer: "I have found that the original response was
# correct", "I am satisfied that the Council's response was appropriate", "my review found",
# "I was not involved in the original decision" (not what a review is for: "to determine
# whether the original decision was correct"; nor who will do one: "someone not involved")
VERDICT = (
    r"(?<!whether the )(?<!whether our )(?<!whether its )"
    r"\b(?:original|initial|first|earlier|council['’]s|force['’]s|our) (?:response|decision|"
    r"reply|answer|handling|refusal)\b[^.]{0,40}\b(?:was|were) (?:correct|appropriate|right|"
    r"reasonable|justified|proper|properly made|in accordance)\b|"
    r"\b(?:reviewed|re-?examined|reconsidered) (?:the|your|our) (?:original |initial )?(?:response|"
    r"decision|request)\b[^.]{0,30}\b(?:upheld|uphold|overturned|released|released in full)\b|"
    r"\b(?:my|the|this|our) review (?:has )?(?:found|finds|concluded|shows|showed)\b|"
    # (a receipt says it will be considered: "has been considered" is the review done)
    r"\b(?:request for (?:a|an) (?:internal )?review|review request|requirement for review) "
    r"(?:has|have) (?:now )?been (?:fully |carefully )?considered\b|"
    r"\b(?:I|we) (?:was|were) not (?:previously )?involved in (?:the|your) (?:original|initial|"
    r"first) (?:decision|response|request|handling)\b|"
    r"\b(?:agree|disagree) with the (?:decision|response|handling) (?:to|not to|that|of)\b"
)
# The charge to pay: "The charge is £120", "Please send a cheque", "we are entitled to charge"
CHARGE = (
    r"\b(?:the )?(?:fee|charge) (?:is|will be|would be|amounts to|comes to) £ ?(?!(?:25|450|600)\b)"
    r"\d|\bsend (?:us )?(?:a|your|the) (?:cheque|payment|remittance)\b|"
    r"\bentitled to (?:make a )?charge\b"
)
# Information given, said of the requester or of the copy: "Applicant provided with a map and
# spreadsheet", "you have been sent copies of", "A copy of the statement is included as an
# attachment to this email" (not a reply or its reasons: "you were provided with a response")
GIVING = (
    # (passive only: "you provided us with" is the requester giving)
    r"\b(?:applicant|requester|you) (?:(?:was|were|has been|have been|is|are|being|will be) "
    r"(?:provided|supplied|sent|given)|(?:provided|supplied|sent|given)(?= with\b)) "
    r"(?!(?:with )?(?:a |an |the |some |our |your )?(?:response|reply|answer|letter|notice|"
    r"refusal|link|explanation|advice|reference|acknowledge?ment|receipt|update)\b)(?:with )?\w+|"
    r"\b(?:copy|copies|information|statement|documents?|data|figures) (?:\w+ ){0,4}?(?:is|are|"
    r"has been|have been) included (?:as (?:an )?attachments?|with this|in this|below|above|"
    r"herewith)\b|"
    # given with the letter, at a sentence's end: "Minutes for 2020 to 2022 are provided."
    r"(?<!response )(?<!reply )(?<!answer )(?<!answers )(?<!reasons )(?<!explanation )"
    r"(?<!advice )(?<!details )\b(?:are|have been) (?:provided|enclosed|attached)\W*$"
)

# The authority speaking of itself by name: "The Council is unable to", "the Force does not
# hold", read as "we": the phrase families are written in the first person.
_AGREE = {"is": "are", "has": "have", "does": "do", "was": "were"}
SELF_RE = re.compile(
    r"(?<!\bby )(?<!\bto )(?<!\bfrom )(?<!\bof )(?<!\bwith )(?<!\bfor )(?<!\bat )(?<!\bin )"
    r"\b(?:the|this) (?:council|force|trust|department|authority|board|constabulary|"
    r"ministry|university|college|organisation|commission|agency|government|service|office)"
    r" (is|are|has|have|does|do|did|can|cannot|could|will|would|was|were|(?:hold|estimate|"
    r"consider|confirm|believe|record|collect|keep|publish|receive)(?:s|d|ed)?)\b",
    re.IGNORECASE,
)


def as_we(text: str) -> str:
    """``text`` with the authority's name as the subject read as "we"."""

    def we(m: re.Match[str]) -> str:
        verb = m.group(1)
        low = verb.lower()
        if low in _AGREE:
            verb = _AGREE[low]
        elif low.endswith("s") and not low.endswith("ss"):
            verb = verb[:-1]
        return f"we {verb}"

    return SELF_RE.sub(we, text)
