"""The words of refusing: withholding, exempting, not disclosing, refusing, applying a
provision, said of this reply's information (``REFUSING_RE``); and refusals told as past
events or hypotheses (``PAST_REFUSAL_RE``), which are history or statistics unless about
the requester's own request. Bounded patterns, linear in the text.
"""

from __future__ import annotations

from foidraft.replies.grammar import any_of

REFUSING_RE = any_of(
    r"\bexempt(?:ed)? (?:from (?:disclosure|release|publication)|under|by virtue)\b|"
    r"\b(?:is|are|was|were|be|been) exempt\b",
    r"\bwithh(?:eld|old|olding)\b|(?<!\[)\bredact(?:ed|ion|ions)\b(?!\])|"
    r"\bnot (?:be )?(?:disclosed|released)\b",
    r"\b(?:will|can|shall) not (?:be )?(?:disclose|release|provide)\b(?! whether)|"
    r"\b(?:will|shall|are|am) not (?:be )?(?:disclosing|releasing|providing)\b(?! whether)|"
    # "above is all the information we can disclose and for anything else we would rely on
    # the following:" (the exemptions listed after it)
    r"\bfor anything else,? (?:we|I) (?:would |will |shall )?rely on\b|"
    # "the decision has been made to invoke Sections 21 ... and Section 12"
    r"\binvok(?:e|ed|es|ing) (?:the )?(?:sections?|s\.?|exemptions?)\b|"
    # "three qualified exemptions apply", "the following exemptions apply:"
    # (the EIRs' exceptions as FOIA's exemptions: "exceptions have been applied in line with
    # the EIRs")
    r"(?<!\bno )(?<!none of the )\b(?:exemptions?|exceptions?) (?:appl(?:y|ies)|(?:is|are) "
    r"engaged)\b|"
    # ... or the question as the subject: "The question concerning how many ... has engaged an
    # exemption under Section 12(2)"
    r"\b(?:has|have) engaged (?:an?|the|this|that) (?:\w+ )?exemptions?\b|"
    r"\bcannot be (?:disclosed|released|provided)\b",
    r"\bnot (?:been )?possible to (?:provide|supply|disclose|release) (?:you (?:with )?)?(?:any|"
    r"the|this|these|those|further|more)\b|"
    r"\b(?:unable|not able) to (?:disclose|release|provide|supply) (?:you (?:with )?)?(?:this|"
    r"the|that|some|it|these|those|any)\b",
    r"\bnot obliged to (?:supply|provide|comply|disclose)\b|\brefusal notice\b|\brefus(?:e|"
    r"ing) (?:your|this|the|to)\b|\b(?:is|are|be|been|was|were|am|I|we|"
    r"therefore) (?:\w+ )?refus(?:e|ed|ing)\b",
    r"\b(?:sections?|s\.?) ?\d{1,2}[A-Z]?(?: ?\(\w{1,4}\))* (?:has been |have been |was |were |is |"
    r"are )?applied\b(?! (?:to|for) (?:the|your|this) request)",
    # "Wokingham Borough Council are applying Section 24(1) National Security to questions 1 - 5"
    r"\b(?:are|is|am) applying (?:the exemptions? (?:at|in|under) )?(?:sections?|s\.?) ?\d",
    r"\bexempting\b|\b(?:decision|decided) (?:has been taken |was taken )?not to (?:supply|"
    r"provide|disclose|release)\b|"
    r"\bis subject to (?:a|the) (?:statutory )?(?:exemption|exception)\b|"
    r"\b(?:exemptions?|exceptions?) (?:has|have) been applied\b",
    # left out for an exemption's reason: "We have not provided the date of referral because
    # this may have the potential to identify ... personal information" (not for another
    # reason: "pre 2012/13 data has not been included as the data is not accurate")
    r"\b(?:have|has) not (?:been )?(?:provided|included|disclosed|released|supplied)\b[^.]{0,120}?"
    r"\b(?:because|as|since|due to|on the grounds?)\b[^.]{0,120}?\b(?:personal (?:data|"
    r"information)|identif(?:y|ied|iable|ication)|exempt\w*|confidential\w*|commercially "
    r"sensitive|prejudice\w*|third part(?:y|ies))\b",
)
# Refusals told as past events or hypotheses ("information was withheld in full in 38",
# "would be withheld entirely"): history or statistics, unless about the requester's.
PAST_REFUSAL_RE = any_of(
    r"\b(?:was|were|would (?:be|have been)|will have been) (?:\w+ )?(?:withheld|refused|"
    r"exempt(?:ed)?|redacted)\b|\b(?:previously|originally|initially) (?:withheld|refused|"
    r"redacted)\b"
)
