"""How much of the request a reply's words cover: a share of the information given or held
("some of", "most of", "in part"), a part of the request named ("question 2", "the remaining
parts"), or all of it ("the whole of your request", a refusal notice's usual words).

``foidraft.replies.acts`` reads them beside the acts they qualify (``phrases``).
"""

from __future__ import annotations

from foidraft.replies.grammar import any_of

# The request and the information by any of their names: "your application", "the data"
REQ = (
    r"(?:(?:FOI |FOIA |FOISA |EIR |freedom of information |information )?(?:request|application|"
    r"enquiry))"
)
INFO = r"(?:information|data|details|figures|records|material)"

# What is given said to be only some of it: "Attached is a copy of some of the information
# requested", "I enclose a copy of most of the information you requested" (the rest is
# withheld, though the letter may not say why): any share short of all.
GAVE_SOME_RE = any_of(
    r"\b(?:some|part|most|much|the (?:majority|bulk)|parts) of the (?:information|data|"
    r"documents?|records?|material|correspondence)\b"
)
# "does hold the information you have requested in part", "holds some of the information"
HOLDS_PART_RE = any_of(
    r"\b(?:hold|holds|held)\b[^.]{0,60}\b(?:in part|some of|part of)\b|\b(?:hold|holds) some\b|"
    r"\b(?:hold|holds|held|has|have) (?:only )?(?:partial|part) (?:information|data|records)\b"
)
PART_RE = any_of(
    # ("this question" may be the whole of a one-question request: not a part; nor "these
    # questions", which are the request's questions, all of them)
    r"\b(?:this|that|these|those|the (?:first|second|third|remaining|other)) (?:part|parts|"
    r"element|elements|aspect|point|points)\b|\bthe (?:first|second|third|remaining|"
    rf"other) questions?\b|\bparts? of (?:your|the) {REQ}\b|\bin relation to (?:the (?:years?|"
    r"period) )?(?:19|20)\d\d\b|"
    # one question named by its subject: "The question concerning how many ... staff have been
    # reported has engaged an exemption under Section 12(2)"
    r"\bthe (?:question|part|element|aspect) (?:of your request )?(?:concerning|about|regarding|"
    r"relating to|asking)\b",
    r"\bsome of (?:the|your|that|this)\b|\bsome (?:data|information|details|documents?|"
    r"records?)\b|\b(?:question|questions|qs?|part|parts|point|points|item|items|request) ?\d|"
    r"\b(?:first|second|third|fourth|fifth|final|last) (?:question|part|point)\b",
    r"\bremaining\b|\bin part\b|\bpartial(?:ly)?\b|\bany other\b|\banything else\b|"
    rf"\b(?:answer|respond to|comply with|fulfil) (?:your|the|this) {REQ} in full\b|"
    rf"\bsome (?:elements|aspects) of (?:your|the|this) {REQ}\b|"
    # the covert side of a question answered for the overt: "In respect of covert use of
    # automatic facial recognition [we] can neither confirm nor deny ..."
    r"\b(?:in respect of|in relation to|with regards? to|regarding|as regards) (?:the |any )?"
    r"covert\b|"
    # ("For further information about why this exemption has been applied": where to read
    # more, not a part withheld)
    r"(?<!\bfor )\bfurther information\b|"
    # a period set apart from the ones answered: "Regarding the other requested years, ..."
    r"\b(?:the|those) (?:other|remaining|earlier|later|previous) (?:requested )?(?:years|"
    r"periods|months)\b|"
    r"\bpart of the (?:information|data|documents?|records?|material)\b",
    # passages taken out of what is given, said as done: "this information has been redacted",
    # "a redacted copy of the report is attached", "with staff names redacted": the rest given
    r"\b(?:has|have) been redacted\b|\bredacted (?:version|copy|copies)\b|"
    r"\bredactions? (?:has|have) been (?:made|applied)\b|\bwith (?:\w+ ){0,4}?redacted\b|"
    # "The report is provided with minor redaction of information considered to be exempt"
    r"\bwith (?:(?:minor|some|limited|a few|few|small) )?redactions?\b",
)
# The refusal covers the whole request, said outright ...
ALL_RE = any_of(
    rf"\bwhole (?:of )?(?:the |your )?{REQ}|\bin (?:its|their) entirety\b|\bentire {REQ}\b",
    rf"\b(?:your|the|this) {REQ} as a whole\b|\ball (?:parts|elements|aspects) of (?:your|the|"
    rf"this) {REQ}\b",
    r"\bgesture of goodwill\b|\bwithholding the whole\b|\bremoves the \w+['’]?s? obligations?\b",
    r"\bdoes not affect our (?:legal )?right to rely\b",
)
# ... or in the usual words of a refusal notice, which some use for a part too
WHOLE_RE = any_of(
    r"\b(?:not (?:obliged|required) to (?:comply with|supply|provide|respond to)|(?:unable|"
    r"not be able|not able|not (?:be )?possible) to (?:comply with|answer|fulfil|"
    rf"respond to)) (?:(?:your|the|this) {REQ}|"
    rf"the {INFO} (?:you have )?requested)\b(?! in full)|"
    rf"\b(?:unable|not (?:be )?able) to (?:provide|supply) (?:you (?:with )?)?(?:the|this) {INFO} "
    r"(?:you (?:have )?)?(?:requested|seek|asked for)\b",
    rf"\b(?:the|this) {INFO} (?:(?:that )?you (?:have )?|)requested\b[^.]{{0,80}}?\b(?:will not|"
    r"cannot|can ?not|could not|is not to) be (?:disclosed|released|provided|supplied)\b",
    rf"\b(?:your|the|this) {REQ} (?:is|has been|is being) refused\b|\brefus(?:e|ing) (?:your|this|"
    rf"the) {REQ}\b|\b(?:cost of )?compl(?:y|iance|ying) with (?:your|the|this) {REQ}\b",
    rf"\bto (?:provide|supply|release|disclose|locate|retrieve) (?:you with )?the {INFO} you have "
    r"requested would (?:exceed|be (?:more than|in excess of|over|above))\b",
)
