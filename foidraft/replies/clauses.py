"""A reply cut into sentences, each marked with how it speaks: what the authority does in
this reply, or words that only explain the law, state the requester's rights, imagine
what might happen, or repeat the request.

What a reply *does* is read only from the first kind. Officers paste the same
paragraphs into every letter ("Section 17 requires ... when refusing to provide such
information (because the information is exempt)", "If you are unhappy with the outcome
you may ask for an internal review", "There may be a fee payable"), so a word such as
"exempt", "review" or "fee" says nothing until the sentence it is in is the authority
acting. The request repeated back is masked first (``foidraft.replies.echo``).

Every step is a bounded regex or a single pass over lines: linear in the reply's length.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from foidraft.replies.figures import is_figure
from foidraft.replies.generic import describes_class
from foidraft.replies.modality import (
    CONDITION_RE,
    COUNTERFACTUAL_RE,
    DONE_RE,
    INNER_CONDITION_RE,
    JOINED_RE,
    MODAL_RE,
    QUALIFIED_RE,
    UNLESS_RE,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence (or one line of a table or a list) at ``start``..``end``."""

    text: str  # single-spaced
    start: int
    end: int
    rights: bool  # the requester's rights: review, complaint, re-use
    general: bool  # the law in general: "public authorities are not required to ..."
    others: bool  # other requests, not this one: "the number of requests refused under s12"
    conditional: bool  # "If ...", "Should ...", "Where ...": a rule, not this reply's act
    figure: bool  # a short line that gives a number ("2019/20 - 183", "1. 8")

    @property
    def acting(self) -> bool:
        """The authority speaking for itself about this request."""
        return not (self.rights or self.general or self.conditional or self.others)

    def asserted(self, at: int, *, inner: bool = True) -> bool:
        """Whether the words at ``at`` (an offset in ``text``) are said as done or decided:
        no "may"/"might" earlier in their clause ("There may be a fee payable"), no "where
        necessary" after them ("to seek clarification where necessary"), and (``inner``)
        no condition inside the clause ("and if any exemption applies then ...")."""
        # A clause is read at most CLAUSE characters either side: a reply with no
        # punctuation is one clause, read again for every phrase in it otherwise.
        lo, hi = max(0, at - CLAUSE), min(len(self.text), at + CLAUSE)
        clause = clause_start(self.text, lo, at)
        # a new subject after "and"/"but"/"so" starts a new clause: "section 43(2) may apply
        # and we need further time" (the "may" is the first clause's)
        for joined in JOINED_RE.finditer(self.text, clause, at):
            clause = joined.start()
        ends = [i for i in (self.text.find(c, at, hi) for c in ",;:)") if i >= 0]
        end = min(ends) if ends else hi
        return not (
            MODAL_RE.search(self.text, clause, at)
            or QUALIFIED_RE.search(self.text, at, end)
            # ", where a request is refused", "and if held it would be exempt"
            or CONDITION_RE.match(
                re.sub(r"^\s*(?:(?:and|but|or|so)\s+)?", "", self.text[clause:at])
            )
            # a condition inside the clause: "... and if any exemption applies then it will
            # not be released", "exemptions can apply and these include where the cost ..."
            or (inner and INNER_CONDITION_RE.search(self.text, clause, at))
            # "unless" holds the rest of its sentence, its "or ..." clauses too: "You will
            # receive it within 20 working days unless the Council does not hold the
            # information, or there is a reason for it to be withheld"
            or UNLESS_RE.search(self.text, lo, at)
        )


def clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` starts, at or after ``lo``: after the last comma,
    semicolon, colon or opening bracket before it; not a provision's own bracket ("the force
    may rely on section 40(2) to withhold": the "may" is the clause's), nor one closed
    before it ("section 31 (law enforcement) or section 40")."""
    stop = max(text.rfind(c, lo, at) for c in ",;:")
    bracket = text.rfind("(", lo, at)
    while bracket > max(lo, stop) and (
        text[bracket - 1].isalnum() or text[bracket - 1] == ")" or ")" in text[bracket:at]
    ):
        bracket = text.rfind("(", lo, bracket)
    return max(stop, bracket) + 1 or lo


# -- sentences ----------------------------------------------------------------------
LIST_START_RE = re.compile(
    r"^[ \t]*(?:\(?\d{1,2}[a-z]?[.):]|\(?[a-z][.)][ \t]|[•*▪◦·–-][ \t]|q\d|(?:question|request|"
    r"answer|response|part|point)s?[ \t]*(?:\d|:|$))",
    re.IGNORECASE,
)
MARKER_ONLY_RE = re.compile(r"\s*\(?(?:q(?:uestion)? ?)?\w{1,3}[.)]", re.IGNORECASE)
WRAP = 55  # a line at least this long ends where the mail program wrapped it
CLAUSE = 300  # characters read either side of a phrase for its clause (Sentence.asserted)
# (the next sentence may open with a quotation in any quote mark: "‘NCND’ indicates ...",
# "'NCND' indicates ...")
BOUNDARY_RE = re.compile(r"(?<=[.?!])[\"”’')]?[ \t]+(?=[A-Z0-9“\"‘'(•£])")
ABBREVIATION_RE = re.compile(
    r"(?:\b(?:s|ss|no|e\.g|i\.e|mr|mrs|ms|dr|st|ref|para|reg|art)\.)$", re.I
)


def sentences(masked: str) -> list[Sentence]:
    """The sentences of ``masked`` (see ``mask``), in order."""
    out = []
    for start, end in _units(masked):
        unit = masked[start:end]
        cut = start
        for b in BOUNDARY_RE.finditer(unit):
            if ABBREVIATION_RE.search(unit, max(0, b.start() - 6), b.start() + 1):
                continue
            if MARKER_ONLY_RE.fullmatch(unit, cut - start, b.start() + 1):
                continue  # "1. The amount spent": a list marker, not a sentence
            out.append(_sentence(masked, cut, start + b.start() + 1))
            cut = start + b.end()
        out.append(_sentence(masked, cut, end))
    return _law_lists([s for s in out if s.text])


# The law introducing its lettered list: "Section 17 ... requires ... a notice which:" then
# "(a) states that fact", "(b) specifies the exemption in question"; "... to the extent
# that -" then "(a) ...". The items are the law's words, not this reply's acts.
INTRODUCES_RE = re.compile(r"(?:[:—–-]|\b(?:which|that))$", re.IGNORECASE)
LETTERED_RE = re.compile(r"^\(?[a-z][.)]\s", re.IGNORECASE)
# ... or what the body promises to tell, its conditions listed: a receipt's "We will inform
# you if:" then "a) We are unable to provide you with any of the information ...", "b) Any
# fee that is payable". The items are conditions, not this reply's acts.
PROMISES_RE = re.compile(
    r"\b(?:tell|inform|advise|notify|let) (?:you|the applicant)(?: know)?(?: in writing)? "
    r"(?:if|whether|where|when|should)[ \t]*[:—–-]$",
    re.IGNORECASE,
)


def _law_lists(found: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    law = promised = False
    for s in found:
        if law and LETTERED_RE.match(s.text):
            s = dataclasses.replace(s, general=True)
        elif promised and LETTERED_RE.match(s.text):
            s = dataclasses.replace(s, conditional=True)
        else:
            law = s.general and bool(INTRODUCES_RE.search(s.text))
            promised = bool(PROMISES_RE.search(s.text))
        out.append(s)
    return out


def _units(text: str) -> list[tuple[int, int]]:
    """Runs of lines that belong together: a paragraph's wrapped lines, or a single line
    of a list or a table."""
    units: list[list[int]] = []
    previous = ""
    blank = False
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if blank and not (previous and stripped[0].islower() and not _ended(previous)):
            previous = ""  # a new paragraph, unless a sentence runs on across the gap
        blank = False
        joins = (
            previous
            and not _ended(previous)
            and not LIST_START_RE.match(line)
            and (len(previous) >= WRAP or stripped[0].islower())
        )
        if joins:
            units[-1][1] = end
        else:
            units.append([start, end])
        previous = stripped
    return [(a, b) for a, b in units]


def _ended(line: str) -> bool:
    return line.endswith((".", ":", ";", "?", "!", "|"))


def _sentence(text: str, start: int, end: int) -> Sentence:
    words = " ".join(text[start:end].split())
    return Sentence(
        text=words,
        start=start,
        end=end,
        rights=_rights(words),
        general=bool(GENERAL_RE.search(words))
        or (bool(AUTHORITY_RE.search(words)) and not FIRST_PERSON_RE.search(words))
        or _echoed_question(words)
        or describes_class(words),  # a class or a practice, not this reply's decision
        others=bool(OTHERS_RE.search(words)) and not YOURS_RE.search(words),
        conditional=(bool(CONDITION_RE.match(words)) and not DONE_RE.search(words))
        or bool(COUNTERFACTUAL_RE.match(words)),  # "Had any been held, it would have been ..."
        figure=is_figure(words),
    )


# The requester's rights offered ("you may ask for an internal review"), not a review that
# is happening ("in response to your request for an internal review").
RIGHTS_OFFERED_RE = re.compile(
    r"\b(?:you (?:may|can|could|are entitled to|have the right to)\b[^.]{0,60}\b(?:review|"
    r"complain\w*|appeal)\b|review (?:procedure|process)|right (?:of|"
    r"to) (?:appeal|complain|apply|request|ask|make|a review)|complain(?:ts?)? (?:to|"
    r"procedure|process|about (?:our|the) handling)|make a complaint|"
    r"dissatisfied|unhappy|not (?:content|satisfied|happy))",
    re.IGNORECASE,
)
# ... or only named: the Commissioner, an appeal, re-use. These words are also what some
# requests ask about ("Data is not recorded for Tribunal appeals", "2 breaches reported to
# the ICO"): ``_rights`` weighs them.
RIGHTS_NAMED_RE = re.compile(
    r"\b(?:appeal|(?:Scottish )?Information Commissioner|ICO\b|Tribunal|copyright|re-?use|"
    r"publication scheme|"
    # (the log as where this reply will be put, not as the answer's source: "the information
    # we can provide will be from our disclosure log")
    r"(?<!from our )(?<!from the )disclosure log|"
    # ... by any name: this reply itself to be published ("the response and data released to
    # you as part of this request will be published on our website"), no refusal of a part
    r"\b(?:(?:the|this|our) (?:response|reply)|(?:information|data) (?:released|disclosed|"
    r"provided) to you|your request (?:and|together with) (?:the|our|this) (?:response|reply))\b"
    r"[^.]{0,60}\b(?:will|may) (?:also )?be published\b)",
    re.IGNORECASE,
)


def _rights(words: str) -> bool:
    """The requester's rights offered, or the Commissioner, an appeal, re-use named; not a
    line that answers with them as its subject: a figure ("2 data protection breaches
    reported to the ICO"), or what is or is not held ("Data is not recorded for Tribunal
    appeals", "this information is held by HM Courts and Tribunals Service")."""
    if RIGHTS_OFFERED_RE.search(words):
        return True
    if not RIGHTS_NAMED_RE.search(words):
        return False
    return not (is_figure(words) or HELD_RE.search(words))


# What is or is not held, and by whom: the sentence answers the request.
HELD_RE = re.compile(
    r"\b(?:not|n['’]t) (?:held|recorded|hold|record|keep|retain|collect|collate)\b|"
    r"\b(?:is|are|would be|would normally be) held by\b",
    re.IGNORECASE,
)
# The law stated for any authority and any request.
GENERAL_RE = re.compile(
    r"\bplaces? (?:two )?duties\b|\b(?:the )?(?:first|second) duty\b|\bunless exemptions? appl|"
    # (not the law applied to this request by the body itself: "Section 10(3) allows us to
    # extend the time limit ... and we will respond by 30 May")
    r"\b(?:section|s\.?) ?\d{1,2}[^.]{0,60}\b(?:requires|places|provides that|"
    r"allows(?! (?:us|me)\b)|states that|sets out|defines|gives (?:a|the) right)\b|"
    # (nor the Act named at a clause's end: "within the 20 working days the Act allows.")
    r"\bthe (?:FOI |Freedom of Information )?Act (?:requires|places|provides|"
    r"allows(?! (?:us|me)\b)|gives|obliges|sets)\b(?! ?[.,;])|"
    r"^(?:however, )?(?:sections?|s\.?) ?\d{1,2}[A-Z]?(?: ?\(\w{1,4}\))*(?: (?:and|"
    r"&) \d{1,2})?[^.,]{0,40}? (?:is|are) (?:an? )?(?:absolute|qualified|class[- ]based|"
    # ... and a term defined: "'Partial' refers to a response in which ..." (a term, not
    # "This means that the cost ... is above the amount": the reply's own conclusion)
    r"prejudice[- ]based)\b|^\W?(?!(?:this|that|it|which)\W)\w{1,30}\W? (?:refers to|indicates|"
    r"means|is defined as)\b|"
    # ... or a practice named: "Neither confirm nor deny (NCND) is used where ..."
    r"^\W?(?!(?:this|that|it|which|we|I)\W)(?:[\w-]+ ){0,4}[\w-]+\W?(?: \([A-Z]{2,6}\))? "
    r"(?:is|are) used (?:where|when|if|to)\b|"
    # the exemption's own terms: "Information is exempt under sections 30(b) if disclosure
    # would ... (section 30(b)(i)) or ... (section 30(b)(ii))"
    r"^information is exempt(?: information)?\b[^.]{0,80}\bif\b",
    re.IGNORECASE,
)
# About requests in general, or other people's ("the number of requests refused under s12"),
# unless it speaks of the requester's own; "requests 2 and 3" are the numbered parts of
# this one ("With regards to requests '2' and '3', ... does not hold this information").
OTHERS_RE = re.compile(
    r"\b(?:requests(?![ \t]+[‘'\"“]?\d{1,2}\b(?![\d,.]))|responses|applicants|an applicant)\b",
    re.IGNORECASE,
)
YOURS_RE = re.compile(r"\byou(?:r)?\b|\bthis request\b", re.IGNORECASE)
AUTHORITY_RE = re.compile(r"\bpublic authorit(?:y|ies)\b|\ban authority\b", re.IGNORECASE)
FIRST_PERSON_RE = re.compile(r"\b(?:I|we|our|us|my)\b", re.IGNORECASE)

# The requester's own question repeated ("What was the number of ...?"), not one the
# authority asks ("Are you referring to incidents or crimes?").
ASKS_REQUESTER_RE = re.compile(
    r"\b(?:are|were|do|did|would|will|could|can) you (?:\w+ ){0,2}?(?:referring|asking|requesting|"
    r"looking|seeking|wanting|interested|mean|require|want|wish|need|intend|clarify|specify|define|"
    r"confirm (?:which|what|whether|if)|indicate|narrow|refine|advise|explain)\b|"
    r"\byou (?:are|were) (?:referring|requesting|asking)\b|\bwhat (?:is|was) meant\b|"
    r"\byou require\b|\byour (?:request|question|enquiry)\b|"
    r"\b(?:do|does|did) (?:they|it|this) (?:mean|refer|include)\b|"
    r"^(?:should|would) (?:this|it|that|these|the \w+) (?:include|cover|be|relate)\b|"
    # the authority asks for something itself: "could you tell us", "let us know"
    r"\byou (?:please )?(?:tell|let|advise|inform|send|give|provide) us\b|\blet us know\b|"
    # what the requester meant, said of them ("Please confirm which force area you mean?",
    # "which period you are interested in?"): a requester asking writes of the authority
    r"\byou (?:mean|meant|want|would like|had in mind|intended|are (?:referring|interested|"
    r"looking|seeking))\b",
    re.IGNORECASE,
)


def _echoed_question(words: str) -> bool:
    return words.endswith("?") and not ASKS_REQUESTER_RE.search(words)
