"""The words around a provision a reply names without relying on it
(``foidraft.replies.reliance``): warned of ("may be subject to section 40"), quoted from the
statute, the subject of figures asked for ("the number of requests refused under s12"),
negated ("section 40(5) does not apply"), given up ("previously withheld under section 29
... now released"), overturned at review, or the basis of another ("by virtue of section
30(2)").
"""

from __future__ import annotations

import re

# Warned of, not relied on: a modal before it in its clause, with a verb of befalling.
WARNED_RE = re.compile(
    r"\b(?:may|might|could|would be likely to)\b[^,;:.]{0,80}\b(?:encounter|incur|attract|face|"
    r"be subject to|fall (?:under|within)|be (?:exempt|engaged|refused|withheld|caught)|result in|"
    r"lead to|apply|engage|need to (?:consider|apply)|rely (?:on|upon)|withhold|refuse|"
    r"use|invoke|cite)\b[^,;:.]*$|"
    # what would follow a case that may come: "..., in which case section 22 would apply"
    r"\bin which case\b[^,;:.]{0,20}$",
    re.IGNORECASE,
)
# ... or a list after a colon, its opening warned: "Exemptions that may apply to requests
# include: Section 21 - ...; Section 22 - ...; Section 40 - ..." (each item after the colon)
LIST_WARNED_RE = re.compile(
    r"\b(?:may|might|could)\b[^,;:.]{0,80}\b(?:apply|be (?:exempt|engaged|refused|withheld)|"
    r"rely (?:on|upon)|withhold|refuse|use|invoke|cite|include)\b[^.:;]{0,40}:[^.:]{0,200}$",
    re.IGNORECASE,
)
QUOTED_LAW_RE = re.compile(
    r"\b(?:a|any) public authority which\b|\brelying on a claim that\b|"
    r"\b(?:any|one) of (?:the )?sections\b|"  # s18's "exempt under any of sections 28 to 35"
    r"\bwhich is not exempt information by virtue of\b",  # s31(1)'s own opening words
    re.IGNORECASE,
)
# The provision is the subject of the information: counts of requests, exemptions used.
SUBJECT_RE = re.compile(
    # (not the requester's own requests, weighed in a refusal: "Having considered the number of
    # requests you have made on this subject ..., we consider this request vexatious under s14")
    r"\b(?:the )?(?:total )?number of (?:\w+ ){0,3}(?:requests|exemptions|responses|"
    r"applications)\b(?! (?:(?:that|which) )?you (?:have )?(?:made|submitted|sent))|"
    r"\bhow many (?:\w+ ){0,3}requests\b|\b(?:number of|how many) (?:\w+ ){0,3}"
    r"(?:cases|times)\b[^.]{0,40}\b(?:refused|withheld|exempt\w*|applied|cited|used|relied|"
    r"engaged|under)\b|\b(?:requests|cases) (?:that |which )?(?:were|was|have been|had been) "
    r"(?:refused|withheld|answered)|"
    # counts of refusals: "we received 120 requests, 14 of which were refused under section
    # 12", "You asked how often section 14 was used: it was used 3 times"
    r"\b\d[\d,]* (?:of (?:which|these|them|those) )?(?:(?:requests?|cases?) )?(?:were|was|had "
    r"been|have been) (?:refused|withheld|exempted|rejected)\b|\bhow often\b[^.]{0,60}\b(?:used|"
    r"applied|cited|relied)\b|\b(?:used|applied|cited|relied on) \d[\d,]* times\b|"
    # what was counted, told in the past however long the sentence: "the number of times a
    # response ... in relation to legal advice was issued and refused under the exemptions of
    # section 36(1)" (this reply's own refusal is in the present: "is refused", "would exceed")
    r"\b(?:number of|how many) (?:\w+ ){0,3}(?:cases|times|occasions|responses|requests)\b"
    r"[^.]{0,240}?\b(?:was|were|had been|have been|has been)(?: \w+){0,3} (?:refused|withheld|"
    r"exempted|applied|cited)\b",
    re.IGNORECASE,
)
NEGATED_BEFORE_RE = re.compile(
    # judged not to apply: "We do not consider that section 40(2) applies", "No exemptions
    # under section 40 or 43 have been applied"
    r"\b(?:not|n['’]t) (?:consider|believe|think|find|accept)(?:ed)?(?: that)?(?: the)?"
    r"(?: exemptions? (?:at|in|under))?\s*$|"
    r"\bno (?:exemptions?|provisions?|exceptions?) (?:under|at|in|of|from)\b[^.;:]{0,40}$|"
    # ("We would not normally rely on section 21 where ...": an adverb between)
    r"\b(?:not|no longer|n['’]t|nor)\s+(?:\w+ly\s+)?(?:be\s+)?(?:rely|relying|relied|apply|"
    r"applying|applied|"
    r"engage|engaging|engaged|cite|citing|cited|invoke|invoking|uphold|upholding|"
    r"upheld)(?:\s+(?:on|upon))?\s*(?:the\s+)?(?:exemptions?\s+(?:at|in|under)\s+)?$",
    re.IGNORECASE,
)
# Named in what would have been, in what was done for another request, or as where to read
# about it: "section 40(2) would have applied", "Section 43(2) was applied to your previous
# request", "You may wish to read the ICO's guidance on section 40".
ASIDE_AFTER_RE = re.compile(
    # ... or what would apply but for what follows: "Section 40(2) would apply to any names,
    # but none are held"
    r"[^.;]{0,40}?\bwould (?:apply|be engaged|be relevant)\b[^.;]{0,60}\bbut\b|"
    r"[^.;]{0,80}?\bwould have (?:applied|been (?:applied|engaged|relied (?:up)?on|exempt|"
    r"withheld|refused|cited))\b|\s*(?:was|were|had been|has been|have been) (?:applied|cited|"
    r"used|relied (?:up)?on) (?:to|in|for) (?:your|a|an|the|our) (?:previous|earlier|prior|other|"
    r"last|separate|similar) (?:request|response|reply|case)\b",
    re.IGNORECASE,
)
ASIDE_BEFORE_RE = re.compile(
    r"\b(?:guidance|more|information|details|explanation|leaflet|factsheet|read(?:ing)?) (?:on|"
    r"about|regarding)(?: the)?(?: exemptions? (?:at|in|under))?\s*$",
    re.IGNORECASE,
)
# Relied on in the first answer, released now, however far the release is said in the same
# sentence: "In our original response we withheld the figures under section 31(1)(a); on
# review we have decided to release them".
ORIGINAL_BEFORE_RE = re.compile(
    r"\b(?:original|initial|previous|earlier|first) (?:response|reply|decision)\b[^.;]{0,80}\b"
    r"(?:withheld|withholding|refused|exempted|redacted|applied)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
NEGATED_AFTER_RE = re.compile(
    r"[^,;:.]{0,40}?\b(?:is|was|were|are|does|do|did|has|have|should|must)\s+not\s+(?:be(?:en)?\s+)?"
    r"(?:apply|"
    r"applied|applicable|engaged|relevant|relied|upheld|correctly applied)\b",
    re.IGNORECASE,
)
# Given up: "the arguments applied under Section 31 ... have been disregarded at review".
ABANDONED_AFTER_RE = re.compile(
    r"[^;.]{0,100}?\b(?:has|have|had|is|are|was|were)\s+(?:now\s+)?(?:been\s+)?(?:disregarded|"
    r"withdrawn|dropped|set aside|abandoned|no longer (?:relied|applied|engaged))\b",
    re.IGNORECASE,
)
# Relied on before, now given up: "we have reconsidered the information previously withheld
# under section 29(1)(a) and are able to release it".
PREVIOUSLY_BEFORE_RE = re.compile(
    r"\b(?:previously|originally|initially|formerly)\s+(?:withheld|refused|exempted|redacted)\s+"
    r"(?:under|by virtue of|in terms of)\s*(?:the\s+)?(?:exemptions?\s+(?:at|in|under)\s+)?$",
    re.IGNORECASE,
)
# Overturned at review: "I have decided to overturn the original decision to apply section
# 40(2)".
OVERTURNED_BEFORE_RE = re.compile(
    r"\b(?:overturn\w*|revers\w*|withdraw\w*|set(?:ting)? aside)\b[^.;]{0,60}\b(?:to (?:apply|"
    r"rely on)|application of|reliance (?:on|upon))\s*(?:the\s+)?(?:exemptions?\s+(?:at|in|"
    r"under)\s+)?$|"
    # ... or owned as a mistake: "we were at fault in citing section 40(5)(a), when we should
    # have cited section 40(5)(b)(i)", "the exemption was wrongly applied"
    r"\b(?:at fault|wrong(?:ly)?|incorrect(?:ly)?|in error|mistaken(?:ly)?|erroneous(?:ly)?)"
    r"(?: (?:in|to|when))? (?:citing|cited|cite|applying|applied|apply|relying on|relied on|"
    r"rely on)\s*(?:the\s+)?(?:exemptions?\s+(?:at|in|under)\s+)?$",
    re.IGNORECASE,
)
RELEASED_AFTER_RE = re.compile(
    r"[^.;]{0,120}?\b(?:(?:(?:are|am|is) (?:now )?able to|(?:have|has) (?:now )?decided to|now|"
    r"will now|(?:are|am) now) (?:release|disclose|provide)\b|(?:is|are) (?:now )?(?:being )?"
    r"(?:released|disclosed|provided)\b)",
    re.IGNORECASE,
)
# A provision named in brackets as the basis of the one before it: "Section 30(3)
# Investigations (by virtue of Section 30(2))" relies on s30(3), whose duty is excluded for
# information in the class s30(2) names.
BASIS_RE = re.compile(
    r"(?:sections?|s\.?)\s?\d{1,2}[A-Z]?(?:\s?\(\w{1,4}\))*[^()\n.;]{0,60}\(\s*(?:by virtue of|"
    r"as defined (?:in|by))\s*$",
    re.IGNORECASE,
)
# The statute quoted line by line, each line headed by its provision: "Section 40(2): Any
# information to which a request for information relates is also exempt ...", "Section 40(7):
# In this section—". A heading that names the exemption ("Section 40(2): Personal
# information") is the reply's own.
QUOTED_LINE_RE = re.compile(
    r"[ \t]*[:\-–—][ \t]*(?:\([a-z]\)[ \t]*)?(?:[A-Z\[“\"][^\n]*?\b(?:is|are|means|includes|"
    r"shall|does|do|would|may|must|relates|applies|condition|section)\b[^\n]{10,}|In this "
    r"(?:section|Act)\b)"
)
HEAD_BEFORE_RE = re.compile(r"\s*\b(?:sections?|ss?\.?|regulations?|regs?\.?)\s*$", re.IGNORECASE)
DISJUNCTION_RE = re.compile(r"^\s*or\s+(?:section|s\.?)\s?\d", re.IGNORECASE)
