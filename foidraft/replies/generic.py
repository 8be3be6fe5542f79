"""Sentences that describe a class or a practice, not this reply's decision: what a
provision says ("This section states that information is exempt if ..."), a kind of
information and what befalls any of it ("Information which is reasonably accessible to the
applicant is exempt information", "Personal data of any other person is exempt under
section 40(2) if ..."), the body's practice for every request ("We will not disclose
personal data of third parties"), or a template's heading followed by its condition
("Information not held: where the information is not held, we will say so").

Officers paste such paragraphs into letters whatever the request; a refusing word in them
("exempt", "not disclose", "not held") refuses nothing here. A sentence anchored to this
request (its requester, "this request", "in this case", "the information requested") is
the reply's own, whatever its grammar. Bounded patterns: linear in the sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar


class _Placed(Protocol):  # a citation (``sections.Citation``): where it starts
    @property
    def start(self) -> int: ...


class _Said(Protocol):  # a sentence (``clauses.Sentence``, which reads this module)
    @property
    def start(self) -> int: ...

    @property
    def text(self) -> str: ...


C = TypeVar("C", bound=_Placed)

# What the provision says or is for: "This section states ...", "The exemption recognises ..."
LAW_DESCRIBED_RE = re.compile(
    r"^\W*(?:however,? )?(?:this|that|the|each|these|such) (?:section|subsection|exemption|"
    r"exception|regulation|provision)s? (?:also )?(?:states|provides|says|sets out|means|requires|"
    r"allows|permits|exempts|protects|is designed|recogni[sz]es|is intended|exists)\b",
    re.IGNORECASE,
)
# A bare kind of information named by what puts a thing in it, and what the law does to any
# such thing: "Information which is reasonably accessible to the applicant is exempt
# information", "Information that is not held falls under Section 17", "Personal data of
# any other person (third party data) is exempt under section 40(2) if ..."
_KIND = r"(?:information|personal (?:data|information)|data|records|documents|material)"
_CLASS = (
    r"(?: (?:which|that)(?: is| are)? (?:(?:already|otherwise|reasonably|readily|publicly|not) )*"
    r"(?:published|accessible|available|held|obtained|supplied|received|intended|in the public "
    r"domain)\b|"
    r" already (?:published|available|in the public domain)\b|"
    r" intended for (?:future )?publication\b|"
    r" (?:of|about|relating to) (?:third parties|any (?:other|third) (?:person|party)|a third "
    r"party|(?:living |private )?individuals|this (?:kind|type|nature))\b)"
)
CLASS_RE = re.compile(
    r"^\W*(?:(?:however|please note|note|also),? (?:that )?)?(?:any |all )?"
    + _KIND
    + _CLASS
    + r"[^.;:]{0,80}?\b(?:is|are|can be|will be|would be|falls?|must(?: not)? be)\b",
    re.IGNORECASE,
)
# The law's terms: a kind that "can be withheld if" what the law names follows
TERMS_RE = re.compile(
    r"^\W*(?:any )?" + _KIND + r" (?:is|are|can be|will be) (?:exempt|withheld|refused)\b"
    r"[^.;]{0,80}\b(?:if|where|when)\b",
    re.IGNORECASE,
)
# The body's practice for any request: "We will not disclose personal data of third
# parties", "We do not normally release the names of junior staff"
PRACTICE_RE = re.compile(
    r"\b(?:we|I|the (?:council|force|trust|department|authority|board|university|service)) "
    r"(?:do|does|will|would|shall) not (?:normally |usually |routinely |generally |ordinarily )?"
    r"(?:disclose|release|provide|publish|share)\b[^.;]{0,20}?\b(?:personal (?:data|information|"
    r"details)|(?:the )?names?|(?:the )?identit(?:y|ies)|(?:contact )?details) (?:of|about|"
    r"relating to|concerning) (?:any )?(?:third parties|a third party|(?:living |private )?"
    r"individuals|(?:any )?other (?:people|persons?)|another (?:person|individual)|members of "
    r"(?:the )?public|junior (?:staff|officials|officers)|staff below)\b|"
    r"\b(?:as a (?:rule|matter of (?:policy|course))|as standard|in line with our (?:usual )?"
    r"(?:policy|practice)),? (?:we|I|the \w+) (?:do|does|will|would) not\b",
    re.IGNORECASE,
)
# ... or what the Act does not oblige any body to do: "we are not obliged to generate
# information we do not already hold in order to provide what we are asked for"
DUTY_LIMIT_RE = re.compile(
    r"\b(?:not (?:obliged|required|obligated)|no (?:obligation|requirement)|do(?:es)? not (?:have|"
    r"need)|need not)\b[^.;]{0,20}?\bto (?:create|generate|produce|compile|collate|manufacture|"
    r"formulate)\b(?: new)? (?:information|data|records|answers)\b",
    re.IGNORECASE,
)
# ... said as what happens at times or always, of any request: "Sometimes sections will be
# redacted from the information supplied", "You will always be told what exemption has been
# applied"
HABITUAL_RE = re.compile(
    r"^\W*(?:sometimes|occasionally|often|usually|normally|generally|typically|on occasion|"
    r"in (?:some|certain|many) (?:cases|circumstances|instances))\b|"
    r"\b(?:will|are|is|would|can) (?:always|normally|usually|generally|sometimes|occasionally|"
    r"often)\b",
    re.IGNORECASE,
)
# A kind named by a quantifier: "Some types of information cannot be disclosed under the
# Act", "Any personal information the council holds on you cannot be disclosed under FOIA"
QUANTIFIED_RE = re.compile(
    r"^\W*(?:some|certain|particular) (?:types|kinds|categories|classes|sorts) of "
    r"(?:information|data|records)\b|^\W*any (?:[\w-]+ ){0,3}?(?:information|data|records|"
    r"details)\b[^.;]{0,60}?\b(?:cannot|can ?not|will not|must not|is not|are not) be\b",
    re.IGNORECASE,
)
# The process's documents or bodies in the plural, as any letter names them: "Refusal notices
# explain which exemption applies and why" (not exemptions: "Exemptions apply to part 2")
PROCESS_PLURAL_RE = re.compile(
    r"^\W*(?:refusal notices|internal reviews|reviews|public authorities)\b", re.IGNORECASE
)
# A condition that names the class s21 or s22 does, as a practice: "Where information is
# already publicly available, we will give a link", "If information is intended for
# publication, ..." (a bare class in the middle of a sentence is not read so: "Section 21
# exempts information which is reasonably accessible" is how many bodies refuse under it)
_OPEN_CLASS = (
    r"(?:(?:already|otherwise|reasonably|readily|publicly|freely) ){0,2}(?:published|accessible|"
    r"available|in the public domain|intended for (?:future )?publication)\b"
)
CONDITIONAL_CLASS_RE = re.compile(
    r"\b(?:where|if|when|whenever|once) (?:any )?(?:information|data) (?:is|are) " + _OPEN_CLASS,
    re.IGNORECASE,
)
# A template's heading and the condition it is used in: "Information not held: where ..."
HEADED_CONDITION_RE = re.compile(
    r"^[A-Z][\w ,/'’-]{2,40}:[ \t]*(?:where|when|if|in cases where|should|whenever)\b"
)
# What makes the sentence this reply's own: the request named, what was asked for, a
# conclusion drawn, a thing done ("you" alone does not: "Information accessible to you by
# other means is exempt" names a class)
ANCHORED_RE = re.compile(
    r"\byour (?:request|question|enquiry|application|email|letter)\b|\bthis (?:request|case|"
    r"instance|occasion)\b|\byou (?:have )?(?:requested|asked|sought|wanted)\b|\b(?:information|"
    r"data|details) (?:requested|sought|asked for)\b|\btherefore\b|\bin (?:this|your) "
    r"(?:case|instance)\b|\b(?:has|have) been\b",
    re.IGNORECASE,
)


def describes_class(words: str) -> bool:
    """Whether the sentence ``words`` describes the law, a kind of information or the
    body's practice, not what this reply decides."""
    if HEADED_CONDITION_RE.match(words):
        return True
    if not (
        LAW_DESCRIBED_RE.match(words)
        or CLASS_RE.match(words)
        or TERMS_RE.match(words)
        or PRACTICE_RE.search(words)
        or DUTY_LIMIT_RE.search(words)
        or HABITUAL_RE.search(words)
        or QUANTIFIED_RE.match(words)
        or PROCESS_PLURAL_RE.match(words)
        or CONDITIONAL_CLASS_RE.search(words)
    ):
        return False
    return not ANCHORED_RE.search(words)


# What a reply of each kind can rest on: a provision named only where a class is described
# is reported where the reply's decision is of its kind (a Moray not-held reply's template
# heading cites FOISA s17, which is what it decides), never in a reply that refuses nothing
# of that kind ("Information already published is exempt under section 21" in a reply that
# answers in full relies on nothing: a review ground on s21 would not fit it). Advice and
# assistance (s16, FOISA s15) is offered in any reply; the rest fit every provision.
FITTING: dict[str, frozenset[str]] = {
    "answered": frozenset(),
    "not_held": frozenset({"not_held"}),
    "already_published": frozenset({"published"}),
    "future_publication": frozenset({"future"}),
    "refused_cost": frozenset({"cost", "unreasonable"}),
    "vexatious_or_repeated": frozenset({"vexatious", "unreasonable"}),
    "fees_notice": frozenset({"fees"}),
}
ALWAYS = frozenset({"advice", "environmental", "extension"})


def fits(kind: str, role: str) -> bool:
    """Whether a reply of ``kind`` can rest on a provision of ``role`` that it names only
    in a sentence describing a class or a practice (see ``FITTING``)."""
    return role in ALWAYS or kind not in FITTING or role in FITTING[kind]


def deciding(labels: dict[C, str], sentences: Sequence[_Said]) -> dict[C, str]:
    """``labels`` (citation -> provision) less the provisions named only in sentences that
    describe a class or a practice: "Information which is already published is exempt under
    section 21" pasted into every letter refuses nothing by its provision either."""
    starts = [s.start for s in sentences]
    described: dict[str, bool] = {}
    for c, label in labels.items():
        i = bisect.bisect_right(starts, c.start) - 1
        here = i >= 0 and describes_class(sentences[i].text)
        described[label] = described.get(label, True) and here
    return {c: label for c, label in labels.items() if not described[label]}
