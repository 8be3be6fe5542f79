"""What kind of reply a text is, from the phrases FOI officers use, and which of the
provisions it cites it relies on.

The kinds (``KINDS``) are the ones a requester has to act on differently. Signals are
plain regexes over the reply's own words (``foidraft.replies.text.own_text``), each
bounded, so classifying is linear in the reply's length. The decision takes the most
specific kind first: a review's outcome, then an acknowledgement, a clarification
request, an extension, a fees notice; then refusals of the whole request (vexatious,
cost, already or soon published, not held, neither confirm nor deny, exempt); a reply
that gives some information and withholds some is partly answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

KINDS = (
    "acknowledgement",
    "clarification_request",
    "extension",
    "answered",
    "partly_answered",
    "refused_cost",
    "refused_exempt",
    "ncnd",
    "not_held",
    "already_published",
    "future_publication",
    "vexatious_or_repeated",
    "fees_notice",
    "review_outcome",
)


def _re(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE)


SIGNALS: dict[str, re.Pattern[str]] = {
    "review": _re(
        r"\b(?:i|we) have (?:now )?(?:completed|carried out|conducted|undertaken|concluded|"
        r"reviewed)\b[^.]{0,40}\breview",
        r"(?<!with )(?<!with the )(?<!about )(?<!about the )\b(?:outcome|result|findings?|conclusi"
        r"on) "
        r"of (?:the|your|my|our|this) "
        r"(?:internal )?review",
        r"\binternal review (?:has|have) (?:now )?been (?:completed|carried out|conducted|conclude"
        r"d)",
        r"\b(?:in )?(?:response|reply) to your (?:request for (?:an )?internal review|requirement "
        r"for "
        r"(?:a )?review|review request)",
        r"\b(?:decision|original response|refusal|exemptions?) (?:is|are|was|were|has been|have be"
        r"en) "
        r"(?:upheld|overturned|(?:partially |partly )?(?:upheld|overturned)|reversed|varied)",
        r"\b(?:i|we|the reviewer|the panel) (?:uphold|upholds|overturn|overturns|partially uphold)"
        r"\b",
        r"\b(?:have|has) (?:therefore )?(?:decided|concluded) to (?:uphold|overturn|partially upho"
        r"ld)",
        r"\breview (?:panel|officer)\b[^.]{0,80}\b(?:decided|concluded|found|considered)",
        r"\boriginal (?:decision|response) (?:should be|is|was|has been) (?:confirmed|upheld|overt"
        r"urned|"
        r"varied|revised|substituted)",
        r"\bin relation to this review\b|\b(?:requested|asked for) (?:a )?reconsideration\b",
    ),
    "ack": _re(
        r"\backnowledg\w* (?:receipt|your (?:request|e-?mail))",
        r"\b(?:this|the) (?:e-?mail|message) (?:is )?to (?:confirm|acknowledge)",
        r"\bwe have received your (?:request|e-?mail|freedom)",
        r"\bconfirm (?:that )?(?:we have |the council has |it has )?received your (?:request|e-?ma"
        r"il)",
        r"\byou (?:will|should|can expect to) (?:receive|get|have) (?:a|our) (?:response|reply)",
        r"\b(?:response|reply) (?:is|will be) due (?:by|on)\b",
        r"\bwill (?:aim to )?(?:respond|reply) (?:to you )?(?:promptly|within|by|as soon)",
        r"\bautomatic(?:ally generated)? (?:reply|response|acknowledgement)",
        r"\b(?:has|have) been (?:logged|registered|allocated|assigned|passed)\b",
        r"\byou have contacted the freedom of information",
        r"\bbeing (?:processed|dealt with|considered)\b",
    ),
    "ack_strong": _re(
        r"\bconfirmation that your (?:e-?mail|request|message)[^.]{0,60}(?:has been |was )?receive"
        r"d",
        r"\bwhich we received on\b",
        r"\bscheduled date for (?:our|the) response",
        r"\b(?:your request|it) will (?:now )?be considered in accordance with",
        r"\bwill (?:receive|get) a response within the statutory",
        r"\b(?:can|will) normally expect a response within",
        r"\backnowledg\w* (?:receipt|your (?:request|e-?mail))",
        r"\bautomatic(?:ally generated)? (?:reply|response|acknowledgement)|\bautomated (?:confirm"
        r"ation|"
        r"response|reply)",
        r"\bwe have received your (?:request|e-?mail|freedom)",
        r"\byou have contacted the freedom of information",
        r"\b(?:response|reply) (?:is|will be) due (?:by|on)\b",
        r"\bshould (?:receive|expect) (?:a|our) (?:response|reply) (?:by|on|within)",
    ),
    "clarify_strong": _re(
        r"\bclarification (?:required|needed)",
        r"\b(?:to )?clarify (?:your|the|this) request",
        r"\bsection 1 ?\(3\)",
        r"\bprovide the clarification",
        r"\b(?:re-?write|re-?phrase|re-?word) your (?:foi |freedom of information )?(?:request|"
        r"application)",
    ),
    "clarify": _re(
        r"\bclarification (?:required|needed|request)",
        r"\b(?:to )?(?:clarify|clarification of) (?:your|the|this) request",
        r"\b(?:please|kindly|could you|can you|would you) (?:please )?(?:clarify|confirm|specify|"
        r"explain|let (?:me|us) know|advise|provide (?:further|more|some) (?:details|information))",
        r"\bsection 1 ?\(3\)",
        r"\bneed (?:some )?(?:further|more|additional) (?:details|information|clarification) "
        r"(?:from you|to|in order to|before)",
        r"\b(?:re-?write|re-?phrase|refine|narrow) your request (?:with|so|to|by)",
        r"\bprovide the clarification",
        r"\buntil (?:we|i) (?:receive|have received) (?:your|the|this|further) (?:clarification|"
        r"information|details)",
        r"\bthe (?:20 working day|statutory) (?:period|clock|time(?:scale)?) (?:will )?(?:not )?"
        r"(?:start|begin|stop|be paused|restart)",
        r"\b(?:which|what) (?:time )?(?:period|information|records|documents|dates?) (?:you|do you"
        r")\b",
        r"\b(?:are you (?:referring|asking|looking)|do you (?:mean|require|want|need)|did you mean"
        r"|is it "
        r"the|would (?:this|that|it) be)\b[^.?\n]{0,200}\?",
        r"\bre-?word your (?:foi |freedom of information )?(?:request|application)",
        r"\bplease refer to [^.]{0,80}\band then re-?word",
    ),
    "extension": _re(
        r"\b(?:extend|extension of|extending) (?:the )?(?:time|deadline|response (?:time|date)|per"
        r"iod)",
        r"\blonger than (?:the )?(?:20|twenty) working days",
        r"\b(?:additional|further|extra) (?:\d+|twenty|ten) working days",
        r"\bsection 10 ?\(3\)",
        r"\bnot yet (?:been able to )?(?:reached|made|completed) (?:a|our) (?:decision|conclusion|"
        r"assessment)",
        r"\b(?:aim|plan|expect|hope|intend) to (?:let you have|provide|send|give) (?:you )?(?:a|ou"
        r"r|"
        r"the) (?:full )?(?:response|reply|decision)",
        r"\bmore time (?:is needed|to consider)",
        r"\bunable to (?:respond|reply|provide (?:a|our) response) (?:to you )?within",
    ),
    "public_interest": _re(r"\bpublic interest"),
    "fees": _re(
        r"\bfees? notice",
        r"\b(?:a )?(?:fee|charge|payment) of £ ?\d",
        r"\b(?:on|upon|after) (?:receipt of )?(?:the |your )?(?:fee|payment)\b",
        r"\bsection 9\b",
        r"\b(?:cheque|payment)s? (?:should|must|can) be (?:made|sent)",
        r"\bthree months (?:to|in which to|from the date of (?:this|the) notice to) pay",
    ),
    "vexatious": _re(
        r"\bvexatious",
        r"\brepeat(?:ed)? request",
        r"\bsubstantially similar to (?:a|your) previous",
    ),
    "cost": _re(
        r"\b(?:exceed|exceeds|exceeding|in excess of|go over|over) (?:the )?(?:appropriate|cost|"
        r"prescribed|fees) limit",
        r"\bexcessive cost",
        r"\bappropriate limit",
        r"\bcost(?:s)? of (?:complying|compliance|locating|retrieving)",
        r"\bwould (?:exceed|cost more than) £ ?(?:450|600)",
        r"£ ?(?:450|600)\b[^.]{0,80}\b(?:limit|hours)",
        r"\b(?:exceed|over|more than|in excess of) (?:the )?(?:18|24|40) hours",
    ),
    "ncnd": _re(
        r"\bneither confirm(?:s|ed|ing)? nor den(?:y|ies|ying|ied)",
        r"\bNCND\b",
        r"\b(?:will|can|does|do|shall) not (?:confirm or deny|confirm nor deny)",
        r"\brefuse to (?:confirm or deny|reveal whether)",
        r"\b(?:would|will) not (?:reveal|disclose) whether (?:the )?information (?:exists|is held)",
    ),
    "not_held": _re(
        r"\b(?:do|does|did) not hold (?:any |the |this |that |such |all |recorded )*"
        r"(?:information|data|records?|figures|documents?|details|copies)",
        r"\b(?:information|data|records?|figures) (?:is|are|was|were) not held",
        r"\b(?:information|data)\b[^.]{0,40}\b(?:is|are|was|were) not held\b",
        r"\bno (?:recorded |relevant |such )?(?:information|data|records?|documents?) (?:is |are |"
        r"was "
        r"|were )?held",
        r"\bholds? no (?:recorded |relevant |such )?(?:information|data|records?)",
        r"\bnot held by (?:the|this|our)",
        r"\b(?:there is|there are|we have|we hold) no (?:recorded |relevant |such )?(?:information|"
        r"data|records?|documents?)\b",
        r"\bnotice (?:under|in accordance with) section 17\b",
        r"\bunable to (?:locate|find|identify) any (?:recorded )?(?:information|records?|data)",
        r"\binformation (?:you have requested|requested) (?:is|was) not held",
        r"\b(?:do|does|did) not have (?:any|this|that|such|the) (?:\w+ ){0,2}(?:information|data|r"
        r"ecords?|"
        r"documentation|documents?)",
    ),
    "published": _re(
        r"\breasonably accessible",
        r"\botherwise accessible",
        r"\b(?:already|is|are|has been|have been) (?:published|publicly available|made available|"
        r"available (?:on|at|via|online|from))",
        r"\bpublicly available",
        r"\bcan be (?:found|accessed|viewed|located) (?:at|on|via|using|here|by)",
    ),
    "future": _re(
        r"\bintended for (?:future )?publication",
        r"\b(?:will|is due to|is intended to|is scheduled to|are due to) be published",
        r"\bwith a view to (?:its )?publication",
        r"\bfuture publication",
    ),
    "withheld": _re(
        r"\bexempt(?:ion|ions)?\b",
        r"\bwithh(?:e|o)ld",
        r"\brefus(?:e|ed|al|ing)",
        r"\bnot (?:be )?(?:disclos|releas|provid)",
        r"\bunable to (?:disclose|provide|release)",
        r"\bredact",
    ),
    "data": _re(
        r"^[ \t]*(?:(?:q(?:uestion)?[ \t]*)?\d{1,2}[a-z]?[.):][ \t]*)?\(?(?:£[ \t]?)?\d[\d,]*(?:\."
        r"\d+)?[ \t]*%?"
        r"(?:[ \t]+per[ \t]+\w+)?\)?[ \t]*\.?[ \t]*$",
        r"^[^\n]{0,80}\|[^\n|]{0,40}\d[^\n|]{0,40}\|",
        r"\b\d[\d,]* (?:foi |freedom of information )?(?:requests?|crimes?|incidents?|arrests?|off"
        r"ences?|"
        r"officers?|members of staff|staff|cases|complaints|people|persons|individuals|vehicles|"
        r"applications|referrals|reports|stops|searches|fines|notices|convictions|charges|"
        r"victims|deaths|posts|vacancies) (?:were|was|have been|had been|are|is)\b",
        r"\btotal (?:number )?(?:of [\w ]{1,40} )?(?:is|was|were|are|came to)[ \t]+(?:£[ \t]?)?\d",
        r"\(£[ \t]?\d[\d,]*",
        r"\|[^\n|]{0,20}\d[^\n|]{0,20}\|[^\n|]{0,20}\d",
        r"\bplease (?:find|see) (?:attached|enclosed|the attached)",
        r"\b(?:is|are) (?:attached|enclosed)\b",
        r"\battached (?:is|are|please find|you will find)|\bsee (?:the )?attached",
        r"\b(?:information|data|figures|details) (?:you (?:have )?requested|requested|held) "
        r"(?:is|are) (?:provided|attached|below|as follows|enclosed|set out)",
        r"\bhas been (?:disclosed|released|provided)\b",
        r"\b(?:decided|able|pleased) to (?:release|disclose|provide)\b",
        r"\b(?:i|we) (?:have|has) attached\b|\bonly disclosing\b|\brelease (?:this|it) in full\b",
        r"\b(?:i|we) can confirm that (?:one|two|three|four|five|\d[\d,]*|a total|there (?:was|wer"
        r"e|is|"
        r"are) \d)",
        r"\b(?:19|20)\d\d ?/ ?\d\d[ \t]*[-–:|][ \t]*£?[ \t]?\d",
        r"\bredactions? (?:have|has) been (?:made|applied)|\bredacted (?:copy|version)",
    ),
    "partial": _re(
        r"\bwithholding some\b|\bsome of the (?:requested )?information\b|\bpartially\b|\bin part"
        r"\b",
        r"\b(?:the )?(?:remainder|rest) of (?:the|your) (?:information|request)\b",
        r"\bother parts of your request",
    ),
    "disclosed": _re(
        r"\bplease (?:find|see) (?:attached|enclosed|below|the attached|the information)",
        r"\b(?:is|are) (?:attached|enclosed)\b",
        r"\battached (?:is|are|please find|you will find)",
        r"\b(?:information|data|figures|details) (?:you (?:have )?requested|requested|held) "
        r"(?:is|are) (?:provided|attached|below|as follows|enclosed|set out)",
        r"\b(?:as follows|see below|set out below|shown below|provided below|in the table below)",
        r"\bi (?:can|am able to|am pleased to) (?:confirm|provide|advise|inform|supply)",
        r"\bwe (?:can|are able to|are pleased to) (?:confirm|provide|advise|inform|supply)",
        r"\b(?:can|is able to) (?:confirm|advise) (?:that|the following)",
        r"\bin (?:response|answer|reply) to (?:your )?(?:question|q|point|part) ?\d",
        r"^\s*(?:response|answer|our response|reply)\s*:?\s*$",
        r"^\s*a\s*\d*\s*[:.-]",
        r"\bhas been (?:disclosed|released|provided)",
        r"\bthe information (?:is|was) (?:disclosed|released|provided)",
        r"\b(?:total|number) (?:of \w+ )?(?:was|is|were|are) \d",
        r"\bpartially|\bpartly\b|\bin part\b|\bsome of the information",
    ),
}


@dataclass(frozen=True)
class Signals:
    """Which kinds of phrase a reply uses (names of ``SIGNALS``), and its cited sections
    by number."""

    found: frozenset[str]
    numbers: frozenset[str]
    length: int

    def has(self, name: str) -> bool:
        return name in self.found


def signals(text: str, numbers: Iterable[str]) -> Signals:
    found = frozenset(name for name, pattern in SIGNALS.items() if pattern.search(text))
    return Signals(found, frozenset(numbers), len(text))


# Section numbers by what they do, per regime (FOIA, FOISA; EIR regulation numbers).
COST = {"FOIA": {"12"}, "FOISA": {"12"}, "EIR": set()}
VEXATIOUS = {"FOIA": {"14"}, "FOISA": {"14"}, "EIR": set()}
PUBLISHED = {"FOIA": {"21"}, "FOISA": {"25"}, "EIR": set()}
FUTURE = {"FOIA": {"22", "22A"}, "FOISA": {"27"}, "EIR": set()}
NOT_HELD = {"FOIA": set(), "FOISA": {"17"}, "EIR": set()}
NCND = {"FOIA": set(), "FOISA": {"18"}, "EIR": set()}
FEES = {"FOIA": {"9", "13"}, "FOISA": {"9", "13"}, "EIR": set()}


def exemption_numbers(regime: str) -> set[str]:
    """The Part II exemptions (FOIA ss21-44), FOISA's Part 2 (ss25-41), EIR's reg 12-13."""
    if regime == "FOISA":
        return {str(n) for n in range(25, 42)}
    if regime == "EIR":
        return {"12", "13"}
    return {str(n) for n in range(21, 45)} | {"22A"}


def classify(s: Signals, regime: str) -> str:
    """The reply's kind (one of ``KINDS``)."""
    nums = s.numbers
    exempt = nums & exemption_numbers(regime)
    gave = s.has("data")
    if s.has("review"):
        return "review_outcome"
    if s.has("extension") and s.has("public_interest") and not gave:
        return "extension"
    decided = gave or bool(exempt) or s.has("cost") or s.has("ncnd") or s.has("not_held")
    if s.has("clarify_strong") and not (decided or nums & COST[regime]):
        return "clarification_request"
    if s.has("ack_strong") and not decided:
        return "acknowledgement"
    if s.has("clarify") and not (decided or nums & COST[regime]):
        return "clarification_request"
    if s.has("ack") and not (decided or s.has("clarify")):
        return "acknowledgement"
    if s.has("extension") and regime == "FOISA" and not gave:
        return "extension"
    if s.has("fees") and not (nums & COST[regime]):
        return "fees_notice"
    if nums & VEXATIOUS[regime] or s.has("vexatious"):
        return "vexatious_or_repeated"
    if nums & COST[regime] or (s.has("cost") and s.has("withheld")):
        others = exempt - COST[regime]
        return "partly_answered" if s.has("partial") or others else "refused_cost"
    if nums & PUBLISHED[regime] and not (exempt - PUBLISHED[regime] - FUTURE[regime]):
        return "already_published" if not nums & FUTURE[regime] else "partly_answered"
    if nums & FUTURE[regime] and not (exempt - FUTURE[regime]):
        return "future_publication"
    if s.has("ncnd") or nums & NCND[regime]:
        return "partly_answered" if gave or nums & PUBLISHED[regime] else "ncnd"
    if exempt:
        return "partly_answered" if gave or s.has("partial") else "refused_exempt"
    if s.has("not_held") or nums & NOT_HELD[regime]:
        return "partly_answered" if gave else "not_held"
    if s.has("published") and not gave:
        return "already_published"
    return "answered"
