"""The words of what a reply does: the phrase families ``foidraft.replies.acts`` looks
for in a reply's sentences, grouped by act, each a bounded regex (linear in the text).

They are written by what the words do, not copied from particular letters: a cost
refusal says the cost "exceeds the appropriate limit"; a disclosure "attaches" or
"encloses"; a refusal "withholds", is "not obliged to supply", says "exempt"; a
clarification asks the requester a question or asks them to "clarify", "confirm",
"specify"; a review "upholds" or "overturns" the "original decision".
"""

from __future__ import annotations

import re

from foidraft.replies.grammar import GIVING, any_of
from foidraft.replies.unheld import ABSENT

# "is or is not held", "exists or does not exist": boilerplate that says neither.
NEITHER_RE = any_of(
    r"\b(?:is|are|was|were)\s+or\s+(?:is|are|was|were)\s*(?:not|n['’]t)\s+held\b",
    r"\b(?:is|are)\s+or\s+(?:isn|aren)['’]t\s+held\b",
    r"\bexists?\s+or\s+(?:does|do)\s+not\s+exist\b|\b(?:does|do)\s+or\s+(?:does|do)\s+not\b",
    # (not "unable to confirm whether or not any information is held": that says neither)
    r"(?<!confirm )\bwhether\s+or\s+not\b|\bheld\s+or\s+not\b|\bconfirm(?:ing)?\s+or\s+not\b",
    # refusing avoided, text redacted as outside the request, nothing withheld: no refusals;
    # "presented in such a manner as to avoid the application of exemptions ... (Section 40 -
    # Personal Information) to withhold": the exemption kept clear of, to its last word
    r"\bavoid(?:s|ed|ing)? (?:the )?(?:application|use|need) (?:of|to)\b[^.,;]{0,100}\b(?:withh\w+|"
    r"exempt\w*|redact\w*|refus\w*)",
    r"\b(?:avoid|avoiding|without|rather than|instead of)\b[^.,;]{0,40}\b(?:withh\w+|exempt\w*|"
    r"redact\w*|refus\w*)",
    # text redacted as outside the request, and nothing withheld, are no refusals
    r"\bredact\w*[^.]{0,50}\b(?:out ?(?:of|with) (?:the )?scope|not (?:in|within) (?:the )?scope)",
    r"\bno (?:\w+ ){0,2}(?:has|have) been withheld\b",
    # what a receipt promises to explain, if it comes to that: "or explaining to you why we are
    # unable to supply it"
    r"\b(?:explain|explaining|tell(?:ing)? you|say(?:ing)?) (?:to you )?why (?:we|I|it|the \w+) "
    r"(?:cannot|can ?not|(?:are|am|is) unable to|will not|may not)\b",
    # the public interest test's two sides, weighed in any reply that applies one
    r"\binterests? in (?:favour of )?(?:withholding|maintaining|non-?disclosure|disclos\w+|"
    r"releas\w+)",
)
# Not the information but what explains the answer: "supplied an explanation", "the relevant
# link", "a response to each of your questions"
EXPLAINS = (
    r"(?! (?:(?:you with |below )?(?:an?|the|some|further) )?(?:relevant )?(?:explanations?|"
    r"links?|reasons?|rationale|advice|guidance|responses?|repl(?:y|ies)|answers?)\b)"
)
# What is given is the reasons for the decision, not the information: "Further details about
# our use of this exemption have been provided below"
REASONS_GIVEN_RE = any_of(
    r"\b(?:details|explanations?|reasons?|rationale|information|more|detail) (?:about|of|on|"
    r"regarding|for|as to) (?:our|the|this|these|its|why|how) ?(?:use|application|reliance|"
    r"decision|exemptions?|exceptions?|refusal|reasons?|public interest)?\b[^.]{0,40}\b(?:has|"
    r"have) been (?:provided|supplied|given|set out|included|outlined)\b"
)
# What a decision says, by what it decides.
DECISION_WORDS: dict[str, re.Pattern[str]] = {
    "cost": any_of(
        r"\b(?:exceed\w*|in excess of|go over|over|above|beyond|longer than|more than|greater "
        r"than|outwith|outside)\b[^.]{0,30}?\b(?:appropriate|cost|costs|fees?|upper|prescribed|"
        r"time)\s+(?:cost\s+)?(?:limit|level|threshold)",
        # the limit by another name: "exceeds the statutory maximum of £600"
        r"\b(?:exceed\w*|in excess of|above|over|more than|greater than)\b[^.]{0,30}?"
        r"\b(?:statutory|prescribed) "
        r"(?:maximum|ceiling)\b",
        r"\bexcess(?:ive)? cost\b|\bcost of compliance\b[^.]{0,60}\b(?:exceed|above|over)",
        # the cost of doing what was asked, however said: "The cost of complying with your
        # request would therefore exceed the non-central government limit of £450"
        r"\bcost of (?:complying|locating|retrieving|extracting|finding|answering|responding to|"
        r"dealing with|providing)\b[^.]{0,60}\b(?:would|will|is likely to|is estimated to) "
        r"(?:(?:therefore|still|significantly|far) )?exceed\b",
        r"\b(?:above|exceed\w*|over|more than) the amount (?:to which|that) we are (?:legally )?"
        r"required\b",
        r"\b(?:exceed\w*|over|more than|in excess of|beyond) (?:the )?(?:18|24|40) hours\b",
        r"\b(?:18|24|40)[ -]hours? (?:threshold|limit)\b|"
        r"\b(?:exceed\w*|more than|in excess of|over) (?:the|our) limit\b",
        r"\b(?:exceed\w*|over|more than|in excess of) (?:the )?£ ?(?:450|600)\b",
        r"\bcannot be (?:collated|located|retrieved|compiled|extracted|provided)\b[^.]{0,30}?"
        r"\bwithin (?:the |our )?(?:time(?:frame|scale)?/)?(?:cost|time|appropriate|fees?) "
        r"(?:limit|threshold)",
        # not possible within the limit: "Our data are not organised in such a way as to allow
        # us to provide this information within the appropriate (cost) limit", "cannot be
        # answered within the research / cost threshold" (not "to provide complete
        # information since that date": the rest of a period, the rest given)
        r"\b(?:not|cannot|unable)\b[^.,;]{0,80}?\b(?:provide|answer\w*|compl(?:y|ying|iance)|"
        r"retriev\w+|extract\w*|locate\w*)\b(?! complete\b)[^.]{0,60}?\bwithin (?:the |our )?"
        r"(?:appropriate|cost|time|fees?|research) ?(?:\(cost\) |/ ?cost )?(?:limit|threshold)",
    ),
    "ncnd": any_of(
        r"\bneither\s+(?:confirm|confirms|confirming)\s+(?:n|)or\s+(?:deny|denies|denying)\b",
        r"\bNCND\b(?! indicates)",
        r"\b(?:(?:can|will|do|does|shall|could)\s*(?:not|n['’]t)|cannot)\s+confirm\s+(?:or|"
        r"nor)\s+deny\b",
        r"\b(?:unable|not able) to confirm (?:or deny|or not|whether)\b",
        r"\bnot (?:required|obliged|obligated|under a duty) to (?:either )?confirm (?:or|nor) "
        r"deny\b|\bduty to confirm or deny (?:does not (?:apply|arise)|is excluded)\b",
        r"\b(?:will not|cannot|can['’]t|do not|does not) (?:confirm|reveal|disclose|"
        r"divulge) whether\b[^.]{0,40}\b(?:held|holds?|exists?)\b",
        # the NCND letter's own caution: "This refusal should not be taken to mean that the
        # information you have requested exists or does not exist", "... as conclusive evidence
        # as to whether such information does or does not exist" (its "exists or does not
        # exist" is blanked as ``NEITHER_RE``; not "as a precedent that ...")
        r"\bnot be taken (?:to (?:mean|indicate|imply)|as (?:necessarily |conclusive )?(?:"
        r"indicating|evidence|meaning))\b[^.]{0,60}?\b(?:information|records?|data)\b",
    ),
    "not_held": any_of(
        r"\bnot held\b",
        r"\b(?:do|does|did)(?: not|n['’]t) (?:record|collect|capture|log)\b",
        r"\b(?:do|does|did)(?: not|n['’]t) (?:however |currently |therefore |also )?(?:hold|"
        r"have(?! to\b)|record|keep|retain|collate|"
        r"capture|maintain|possess|collect|gather)\b[^.]{0,60}?\b(?:information|data|records?|figures|"
        r"details|breakdown|"
        r"list|dataset|documents?|documentation|copies|correspondence|minutes|reports?|"
        r"statistics|notes|e-?mails?|costs?|polic(?:y|ies)|guidance|procedures?|strateg(?:y|ies)|"
        r"agreements?|contracts?|assessments?|registers?|logs?)\b",
        # (in the passive, however it is kept: "this data is not captured on our systems"; not
        # "not centrally collated", which is held and would have to be gathered: the cost)
        r"\b(?:is|are) not (?:centrally )?recorded\b|\b(?:is|are|was|were) not (?:routinely |"
        r"currently |specifically )?(?:recorded|captured|collected|logged)\b|"
        r"^\W*not (?:held|recorded|known)\W*$|"
        # "it is not something we record", "not information that the Trust collects"
        r"\bnot (?:something|information|data|a figure) (?:that |which )?(?:we|I|it|they|the "
        r"\w+) (?:\w+ )?(?:records?|holds?|collects?|captures?|keeps?|logs?|collates?)\b",
        r"\bno (?:recorded |relevant |such |specific |other )?(?:information|data|records?|"
        r"documents?|documentation|trace|correspondence|e-?mails?|minutes|reports?|files?)\b"
        r"[^.]{0,40}?\b(?:is |are |was |were |(?:has|have) "
        r"been )?(?:held|exists?|found|located|in existence)\b",
        # (not a time: "we will respond providing what we hold no later than 21/10/19"; nor a
        # count: "we hold no more than 3")
        r"\bholds? no\b(?! (?:later|sooner|earlier|more|less|fewer)\b)|"
        r"\b(?:has|have) no (?:recorded |relevant |specific )?(?:information|"
        r"records?|data)\b",
        r"\b(?:unable|not (?:been )?able|(?:could|can)(?: ?not|n['’]t)) to (?:locate|find|"
        r"identify) any\b|\bnil return\b",
        r"\bfound no (?:recorded |relevant |such )?(?:information|records?|data|documents?)\b",
        # (however the thing is named: "The information you have requested does not exist")
        r"\b(?:information|records?|data|documents?|it|this|such \w+)(?: (?:that |which )?you "
        r"(?:have )?(?:requested|asked for|seek|describe))? (?:does|do|did) not exist\b|"
        r"\b(?:has|have) never (?:existed|been (?:produced|created|compiled)|collected|recorded|"
        r"captured)\b|\bnone (?:of (?:them|these|those|the \w+|our \w+) )?(?:holds?|has|have) "
        r"any (?:\w+ )?(?:information|data|records?|documents?)\b",
        # the search made and what it found, said of what was asked: "Our searches have not
        # identified any information falling within the scope", "the search returned no records"
        r"\b(?:search|searches|enquiries|checks)\b[^.]{0,40}?\b(?:(?:have|has|did)(?: not|n['’]t) "
        r"(?:identified|identify|found|find|located|locate|revealed|reveal|returned|return|"
        r"produced|produce|uncovered|uncover)|(?:identified|found|located|revealed|returned|"
        r"produced|uncovered) no) (?:any(?:thing)?\b|(?:relevant |recorded )?(?:information|"
        r"records?|data|documents?)\b)",
        # the document asked for was never made: "We did not complete a RIA."
        r"\b(?:we|I|it|they) did not (?:complete|produce|create|prepare|commission|write|draft|"
        r"compile) (?:a|an|any)\b",
        r"\bthere (?:is|are|were|was) no (?:(?:such|relevant|recorded|specific|further) ){0,2}"
        r"(?:information|data|records?|documents?|documentation)\b",
        *ABSENT,  # (more ways: ``unheld``; held by another body: ``holder``)
    ),
    "published": any_of(
        r"\b(?:information|data|figures|statistics|it|this|these|they|reports?|documents?|"
        r"details) (?:(?:you|which you) (?:have )?(?:requested|asked for|seek) )?(?:is|are|"
        r"has been|have been) (?:already )?(?:published|publicly available|in the public domain|"
        r"available (?:for (?:viewing|download) )?(?:on|at|via|online|from|to view|to download))\b",
        # earlier answers published in the authority's log: "the information we can provide
        # will be from our disclosure log ... that will list all previous responses"
        r"\b(?:is|are) (?:already )?available (?:for (?:viewing|download) )?(?:on|at|via) (?:the|"
        r"our|their|its) (?:[\w’']+ ){0,3}(?:website|web ?site|web ?pages?)\b",
        r"\bfrom (?:our|the) (?:FOI )?disclosure log\b|\b(?:search|see|look at|refer to)\b"
        r"[^.]{0,60}\b(?:our|the) (?:FOI )?disclosure log\b|\blist (?:all )?(?:the )?previous "
        r"(?:responses|answers|disclosures)\b",
        r"\breasonably accessible\b|\botherwise accessible\b|\baccessible to you\b",
        # the information asked for pointed to: "You can find this information on the council's
        # website here"
        r"\byou (?:can|will be able to|are able to) (?:find|access|view|download|obtain|locate) "
        r"(?:all )?(?:this|the|these|that|the requested|the relevant) (?:information|data|figures|"
        r"statistics|reports?|documents?|details)\b[^.]{0,40}\b(?:on|at|via|from|in|here)\b",
        r"\b(?:information|data|figures|statistics|it|this|these|they) (?:(?:you|"
        r"which you) (?:have )?(?:requested|asked for|seek) |requested )?can be (?:found|"
        r"accessed|viewed|downloaded|located) (?:at|on|via|using|here|through|in)\b",
        r"\blinks? (?:to|for) (?:the |this )?(?:information|data|documents?|reports?|figures)\b",
        r"\b(?:is|are) (?:already )?published by\b[^.]{0,80}\b(?:on|at|in) (?:their|its|the|"
        r"our) (?:respective |own )?(?:web ?pages?|websites?)\b",
        r"\b(?:is|are) (?:all |also |now |already )?published (?:on|at|in|via)\b|"
        r"\bavailable (?:at|via|from) (?:the|this|that) (?:above |following |below )?link\b|"
        r"\bseparate copy\b",
    ),
    "future": any_of(
        r"\bintended for (?:future )?publication\b|\bwith a view to (?:its |"
        r"their )?(?:future )?publ",
        r"\bfuture publication\b|\bdue for publication\b|\bintention to publish\b|"
        r"\bintent to publish\b",
        r"\b(?:will|is due to|are due to|is intended to|is scheduled to|is expected to|"
        r"are expected to|is planned to|are planned to) be published\b|\b(?:we|I) (?:intend|plan|"
        r"expect) to publish\b",
    ),
    "vexatious": any_of(r"\bvexatious\b|\brepeat(?:ed)? request\b|\bsubstantially similar\b"),
    # EIR's refusal for a request too costly or too burdensome alike: the cost words decide
    "unreasonable": any_of(r"\bmanifestly unreasonable\b"),
    # a charge the requester must pay before the answer (never the cost limit's £450, £600
    # or £25 an hour)
    "gave": any_of(
        # most of it given, by any verb: "Please find below most of the information you
        # requested" (the rest withheld: ``GAVE_SOME_RE``)
        r"\b(?:find|see|enclos\w*|attach\w*|provid\w*|releas\w*|disclos\w*|supply\w*|below|"
        r"above)\b[^.]{0,30}?\b(?:most|much|the majority|the bulk) of the (?:information|data|"
        r"documents?|records?|material)\b",
        # (not "see the attached letter": the letter that is the reply itself; nor an update:
        # "Please see attached update on your request"; nor a receipt sent as a letter:
        # "Please see attached acknowledgement letter", "Please find attached our acknowledgement")
        r"\b(?:please )?(?:find|see)\b[^.]{0,40}?\b(?:(?:attached|enclosed)(?!,? (?:(?:our|an?|the|"
        r"my) )?(?:letter|cover(?:ing)? letter|(?:progress )?update|holding (?:letter|reply)|"
        r"acknowledge?ment|receipt)\b)|spreadsheet|"
        r"workbook|appendix|appendices|annex|annexes)\b",
        r"\b(?:the|our|an|as per the) (?:attached|enclosed) (?:\w+ )?(?:document|spreadsheet|"
        r"file|table|sheet|pdf|excel|workbook|schedule|list|annex|appendix|response|"
        r"information|data|copy|copies|report)\b",
        r"\b(?:I|we) (?:am|are) (?:now |hereby )?(?:providing|releasing|supplying|sending) "
        r"(?:you )?(?:with )?(?:a |the )?cop(?:y|ies)\b",
        r"\b(?:attached|enclosed) (?:is|are|please find|you will find)\b|\b(?:is|are|has been|"
        r"have been) (?:attached|enclosed)\b|\b(?:I|we)(?: have)? (?:enclose|attach|attached|"
        r"enclosed)\b",
        # ("we are pleased to be able to provide this information to you")
        r"\b(?:I|we|and) (?:am|are) (?:now |therefore )?(?:able|pleased|happy) to (?:be able to )?"
        r"(?:disclose|provide|release|supply|share|enclose|attach)\b",
        # the authority by name: "The MPS is able to provide a partial answer"
        r"\b(?-i:[A-Z][\w&]+) (?:is|are) (?:now |therefore )?(?:able|pleased|happy) to (?:disclose|"
        r"provide|release|supply|share)\b",
        # (not what explains a refusal: "I have provided an explanation of this exemption
        # below", "the relevant link"; nor what others gave the authority: "has been supplied
        # by members of the public", "you have supplied an email address")
        r"\b(?:I|we) (?:have|has) (?:decided to (?:disclose|release)|provided|supplied|included|"
        # (nor what says how the answer is laid out: "I have provided a response to each of
        # your questions separately")
        r"disclosed|released)\b" + EXPLAINS + "|"
        r"(?<!\byou )\b(?:has|have) (?:now )?(?:released|disclosed|supplied)\b" + EXPLAINS + "|"
        r"\b(?:has|have) been (?:provided|disclosed|released|"
        r"supplied)\b(?! by\b)",
        r"\b(?:it|this|these|they|information|data|figures|details|answers?)(?: you (?:have )?"
        r"(?:requested|asked for))? (?:is|are) (?:provided|given|set out|listed|shown) (?:below|"
        r"above|in the (?:table|annex|appendix) below)\b",
        # what was given is said to be all there is: "above is all the information we hold"
        r"\b(?:above|below) (?:is|are) (?:all )?(?:the )?(?:information|data|figures|details) "
        r"(?:that )?(?:we|I) (?:hold|have|(?:have been|were|are) able to (?:retrieve|locate|"
        r"find))\b",
        r"\b(?:the )?(?:information|data|figures|details|answers?) (?:you (?:have )?(?:requested|"
        r"asked for)|requested|held) (?:is|are) (?:as follows|below|set out|shown|provided|given|"
        r"attached)\b",
        # ("The requested information is provided below")
        r"\bthe requested (?:information|data|figures|details) (?:is|are) (?:as follows|below|set "
        r"out|shown|provided|given|attached|enclosed)\b",
        r"\b(?:the )?(?:table|tables|chart|spreadsheet|figures|data) (?:below|above|"
        r"attached) (?:shows?|sets? out|provides?|details?|gives?|contains?)\b",
        r"\bfull (?:release|disclosure)\b|\b(?:have|has) (?:\w+ )?decided to (?:disclose|release|"
        r"provide)|\bdecision to (?:disclose|release)\b|\b(?:is|are) being (?:provided|disclosed|"
        r"released)\b",
        r"\brelease (?:this|it|the information) in full\b|\b(?:am|are) (?:only )?disclosing\b",
        r"\bno (?:\w+ ){0,2}(?:has|have) been withheld\b",
        r"\b(?:information|data|figures|details) (?:(?:you )?(?:have )?requested )?"
        r"accompan(?:y|ies) this (?:letter|e-?mail|response|reply)\b",
        GIVING,
    ),
}
ANSWER_LINE_RE = any_of(
    # (a line may be headed by a lettered part and its year: "(b) 2015 - None.")
    r"^(?:\(?(?:q(?:uestion)? ?)?\d{1,2}[a-z]?[.):-] ?|\(?[a-h]\) ?(?:(?:19|20)\d\d ?[-–:] ?)?|"
    r"[•*-] ?|answer:? ?)?(?:yes|no|none|nil|"
    # (not "None of the above can be taken as an inference that ...": boilerplate; nor "No
    # documentation is in existence ...", a sentence saying nothing is held; nor a mail
    # program's "No attachments")
    r"zero|n/?a|not applicable)\b(?! (?:information|record|data|such|specific|attachments?\b|"
    r"of (?:the|this|"
    # (nor "No inferences can be made as to ...": a sentence, its verb a modal)
    r"these|that)\b)| \w+ (?:can|could|will|would|should|must|may|might)\b)"
    r"(?:(?<=yes)|(?! [a-z]+(?: [a-z]+)? (?:(?:is|are|was|were|has been|have "
    r"been) (?:held|in existence|recorded|retained|kept|located|found)|exists?)\b))"
    r"[.,;:]?"
)
# (not a heading that dates the reply: "Response 08-12-2022")
ANSWERED_RE = any_of(
    r"^(?:answer|response|reply)(?![ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b)\s*\d*\s*[:.–-]+\s*\w"
)
# The set paragraph a refusal notice opens with: "Section 17 ... requires ..., when refusing
# to provide such information (because the information is exempt), to provide ... a notice".
NOTICE_RE = any_of(
    r"\bsection 17\b[^.]{0,160}\b(?:when refusing|refusal notice|notice which)\b|"
    r"\bwhen refusing to provide such information\b|\bwhere exemptions? (?:are|"
    r"is) relied (?:up)?on\b|"
    # section 17(1) quoted: "A public authority which ... is to any extent relying on a claim
    # that information is exempt information must ... give the applicant a notice"
    r"\bto any extent relying on a claim that\b"
)
SIGN_OFF_RE = any_of(
    r"^(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm) regards|regards|many thanks)\b"
)
NOTHING_WITHHELD_RE = any_of(r"\bno (?:\w+ ){0,2}(?:has|have) been withheld\b")
