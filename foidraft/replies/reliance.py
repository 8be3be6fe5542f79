"""Which of the provisions a reply cites it relies on.

A reply names many provisions it does not rely on: the Act's machinery (the right of
access in s1, the notice in s17, reviews, the Commissioner), provisions it only warns
of ("may encounter a s12 refusal", "might be subject to section 40"), quotes from the
statute ("A public authority which ... is relying on a claim that section 12 or section 14
applies"), provisions it says it does not rely on ("section 40(5) does not apply"), and
provisions that are the subject of the information asked for ("the number of requests
refused under s12(1) was 162"). What is left is normalised (``s31(1)(a)``, ``FOISA s17``,
``EIR 12(4)(b)``), with a bare "s31" dropped where the reply also cites s31(...), and
s40(5A)/(5B) where it cites s40(5) itself.
"""

from __future__ import annotations

import bisect
import re

from foidraft.replies.asides import (
    ABANDONED_AFTER_RE,
    ASIDE_AFTER_RE,
    ASIDE_BEFORE_RE,
    BASIS_RE,
    DISJUNCTION_RE,
    HEAD_BEFORE_RE,
    LIST_WARNED_RE,
    NEGATED_AFTER_RE,
    NEGATED_BEFORE_RE,
    ORIGINAL_BEFORE_RE,
    OVERTURNED_BEFORE_RE,
    PREVIOUSLY_BEFORE_RE,
    QUOTED_LAW_RE,
    QUOTED_LINE_RE,
    RELEASED_AFTER_RE,
    SUBJECT_RE,
    WARNED_RE,
)
from foidraft.replies.clauses import Sentence, clause_start
from foidraft.replies.modality import COUNTERFACTUAL_RE
from foidraft.replies.provisions import TITLE_RE, role
from foidraft.replies.rows import blank, figure_row
from foidraft.replies.sections import Citation


def relied_on(
    citations: list[Citation],
    sentences: list[Sentence],
    regime: str,
    text: str,
    *,
    scottish: bool = False,
    weighing: bool = False,
) -> dict[Citation, str]:
    """Normalised labels of the citations the reply relies on (see the module's notes);
    ``scottish``: under Scotland's Environmental Information Regulations; ``weighing``: the
    reply extends the time to weigh an exemption, so the one it says "may" apply is the
    one it is weighing, not a warning."""
    starts = [s.start for s in sentences]
    labels: dict[Citation, str] = {}
    # the text with every citation blanked: what else a short line holds ("Section 12(1) |
    # 162" is a row of counts; "section 43, subsection 2" and "regulations 12(3) and 13" are not)
    blanked = blank(text, citations)
    # per sentence: where the statute quoted starts (the provisions it names are the law's, not
    # the reply's), or 0 where provisions are counted in the information (all of them aside)
    aside: dict[int, int] = {}
    for c in citations:
        label = c.label(regime)
        if not role(label, scottish=scottish):
            continue  # the Act's machinery
        i = bisect.bisect_right(starts, c.start) - 1
        # only an exemption is weighed in the public interest (never the cost limit)
        weighed = weighing and role(label, scottish=scottish) in WEIGHED
        if i >= 0 and not _relied(c, sentences[i], text, aside, weighed, blanked):
            continue
        if i >= 0 and _background(sentences[i], role(label, scottish=scottish)):
            continue
        labels[c] = label
    return _without_repeats(labels)


WEIGHED = ("exempt", "future", "ncnd")


def _background(s: Sentence, what: str) -> bool:
    """A provision named where the reply is not acting on it: in what would have been
    ("Had any information been held, it would have attracted Section 40"), or, for the duty
    to advise and assist, in the law stated for any authority ("Under Section 15(1) the
    public authority is under a duty to advise and assist an applicant")."""
    if s.conditional and (
        COUNTERFACTUAL_RE.match(s.text)
        or YOUR_NEXT_STEP_RE.match(s.text)
        or INSTRUCTED_RE.match(s.text)
    ):
        return True
    # (or the exemption's own terms explained: "Information is exempt under sections 30(b) if
    # disclosure would ... (section 30(b)(i)) or ... (section 30(b)(ii))")
    return s.general and (what == "advice" or bool(EXEMPT_TERMS_RE.match(s.text)))


EXEMPT_TERMS_RE = re.compile(r"^information is exempt(?: information)?\b[^.]{0,80}\bif\b", re.I)
# What the requester may do next, and the provision that would meet it: "If you wish to
# request further years, please be aware that section 12 allows us to refuse ..."
YOUR_NEXT_STEP_RE = re.compile(r"^(?:if|should|when|once|where) you\b", re.IGNORECASE)
# The requester's instruction for a case that may arise, kept in the reply's copy of the
# request: "If responding to this request would exceed the section 12 cost limit, please
# exclude questions 5 and 6"; "..., please provide advice and assistance, under your Section
# 16 obligations".
INSTRUCTED_RE = re.compile(
    r"^(?:if|should|where|in the event)\b[^.]{0,300}?,\s*(?:please|kindly)\b", re.IGNORECASE
)
# A practice, not this reply's decision: "Under s.38(1)(b) of FOISA, the Scottish Government
# normally redacts the personal information of officials below the grade of ..."
HABITUAL_AFTER_RE = re.compile(
    r"[^.;]{0,60}?\b(?:normally|usually|routinely|generally|typically|ordinarily) (?:redacts?|"
    r"withholds?|applies|applied|relies|relied|refuses?|exempts?)\b",
    re.IGNORECASE,
)
# Kept clear of: "the data has been presented in such a manner as to avoid the application of
# exemptions relevant under the Act (Section 40 - Personal Information)".
AVOIDED_BEFORE_RE = re.compile(r"\b(?:avoid|avoids|avoided|avoiding)\b[^.;]{0,100}$", re.IGNORECASE)
# The authority's duty named as the requester names it, in the request told back: "under your
# section 16 duty to advise and assist I would expect you to contact me" (no authority says
# "your section 16" of its own)
YOUR_DUTY_BEFORE_RE = re.compile(
    r"\byour(?: (?:statutory )?(?:duty|duties|obligations?) (?:under|at|in)(?: the)?)?$",
    re.IGNORECASE,
)
# Weighed and set aside: "we have considered whether the exemptions at section 31 and section
# 40 apply" (the conclusion follows; a provision that does apply is cited again for it).
CONSIDERED_RE = re.compile(r"\bconsider(?:ed|ing) whether\b[^.;:]{0,80}$", re.IGNORECASE)


# Provisions given as examples of what the clause before says: "Some information may be
# exempt, for example under section 31"
EXAMPLE_RE = re.compile(r"^\s*(?:for (?:example|instance)|e\.g\.|such as|including)\b", re.I)
# Released later in the sentence, past a semicolon: "...; on review we have decided to release"
RELEASED_LATER_RE = re.compile(RELEASED_AFTER_RE.pattern.replace("[^.;]", "[^.]", 1), re.I)
# How far before a citation its clause is read: a reply with no full stop is one long
# sentence, and reading all of it for every citation would be quadratic.
BEFORE = 300


def _relied(
    c: Citation,
    s: Sentence,
    text: str,
    aside: dict[int, int],
    weighing: bool = False,
    blanked: str = "",
) -> bool:
    if c.start >= s.end:
        return True  # between sentences (a heading cut short): nothing says otherwise
    # (a list's later provisions are read after the words before its first: "may apply to
    # requests include sections 23, 24, 31 and 40" warns of each)
    lead = c.lead if s.start <= c.lead < c.start else c.start
    window = text[max(s.start, lead - BEFORE) : lead]
    before = HEAD_BEFORE_RE.sub("", " ".join(window.split()))
    clause = before[clause_start(before, 0, len(before)) :]
    if EXAMPLE_RE.match(clause):  # "may be exempt, for example under section 31": the
        if weighing:  # examples of a class, not the exemption the time is taken to weigh
            return False
        cut = len(before) - len(clause) - 1  # examples are of what the clause before says
        clause = before[clause_start(before, 0, cut) : cut]
    if before.endswith("(") and not clause.strip(" ("):  # "if it is vexatious (section 14)":
        clause = before[clause_start(before, 0, len(before) - 1) : -1]  # the bracket's clause
    after = text[c.end : min(s.end, c.end + 80)]
    warned = WARNED_RE.search(clause) or LIST_WARNED_RE.search(before[-240:])
    if (warned and not weighing) or NEGATED_BEFORE_RE.search(before[-60:]):
        return False
    if CONSIDERED_RE.search(before[-120:]) and not weighing:
        return False
    if AVOIDED_BEFORE_RE.search(before[-120:]) or YOUR_DUTY_BEFORE_RE.search(before[-80:]):
        return False
    if BASIS_RE.search(before[-120:]) or OVERTURNED_BEFORE_RE.search(before[-120:]):
        return False
    if PREVIOUSLY_BEFORE_RE.search(before[-80:]) and RELEASED_AFTER_RE.match(
        text, c.end, min(s.end, c.end + 160)
    ):
        return False  # the exemption relied on before is given up: the information released
    if ORIGINAL_BEFORE_RE.search(before[-160:]) and RELEASED_LATER_RE.match(
        text, c.end, min(s.end, c.end + 200)
    ):
        return False
    if ASIDE_BEFORE_RE.search(before[-80:]) or ASIDE_AFTER_RE.match(
        text, c.end, min(s.end, c.end + 120)
    ):
        return False
    if NEGATED_AFTER_RE.match(after) and not re.match(r"\s*(?:–|-|:)", after):
        return False
    if ABANDONED_AFTER_RE.match(text, c.end, min(s.end, c.end + 120)):
        return False
    if HABITUAL_AFTER_RE.match(text, c.end, min(s.end, c.end + 120)):
        return False
    if s.general and DISJUNCTION_RE.match(after):
        return False
    if _quoted_line(c, text):
        return False
    if s.start not in aside:  # once per sentence, however many citations it holds
        law = QUOTED_LAW_RE.search(s.text)
        counted = SUBJECT_RE.search(s.text)
        aside[s.start] = 0 if counted else s.start + law.start() if law else -1
    if 0 <= aside[s.start] <= c.start:  # a heading run into the quotation keeps its own
        return False
    return not (s.end - s.start < 90 and figure_row((blanked or text)[s.start : s.end]))


def _quoted_line(c: Citation, text: str) -> bool:
    """A line of the statute quoted under its provision's number (``QUOTED_LINE_RE``)."""
    line_start = text.rfind("\n", 0, c.start) + 1
    head = text[line_start : c.start].strip().lower()
    if head not in ("section", "s", "s.", "regulation", "reg", "reg."):
        return False
    quoted = QUOTED_LINE_RE.match(text, c.end, min(len(text), c.end + 300))
    return quoted is not None and TITLE_RE.match(text, c.end) is None


def _without_repeats(labels: dict[Citation, str]) -> dict[Citation, str]:
    specific = {label.split("(", 1)[0] for label in labels.values() if "(" in label}
    firsts = {_first(label) for label in labels.values()}
    # every bracketed stem of a longer label: "s30(1)" of "s30(1)(a)"
    stems = {label[: m.end()] for label in labels.values() for m in re.finditer(r"\)(?=\()", label)}
    out = {}
    for c, label in labels.items():
        if "(" not in label and label in specific:
            continue  # "s31" beside "s31(1)(a)"
        if label in stems:
            continue  # "s30(1) states that ..." beside the heading "Section 30(1)(a)(b)(c)"
        first = _first(label)
        stem = re.sub(r"(\d)[A-HZ]\)$", r"\1)", first)
        if stem != first and stem in firsts:
            continue  # s40(5B)(a)(i) beside s40(5)
        out[c] = label
    return out


def _first(label: str) -> str:
    """The label up to its first bracketed part: "s40(5B)(a)" -> "s40(5B)"."""
    head, _, rest = label.partition("(")
    return head + ("(" + rest.split(")", 1)[0] + ")" if rest else "")


# A review telling what the first answer did: "On 14th November 2012 you were sent a response
# letter which confirmed that the information ... was exempt ... by virtue of Section 40(2)",
# "This information was withheld in reliance on the exception in Regulation 12(4)(b)".
RECOUNT_RE = re.compile(
    r"\byou were sent (?:a|the|our) (?:response|reply|letter)\b|\b(?:our|the|my|your) (?:original "
    r"|initial |earlier |previous )?(?:response|reply|letter|decision(?: letter)?)\b[^.]{0,80}\b"
    r"(?:confirmed|stated|explained|advised|said|informed you) that\b|\b(?:this|the|that|your|"
    r"requested) information was (?:withheld|refused|exempted) (?:in reliance on|under|by virtue "
    r"of|on the basis of)\b|\b(?:your )?(?:original|initial) request was refused (?:under|by "
    r"virtue of|on the basis of)\b",
    re.IGNORECASE,
)


def reviewed_only(labels: dict[Citation, str], sentences: list[Sentence]) -> dict[Citation, str]:
    """``labels`` less the provisions a review names only in telling what the first answer
    did: the review's own finding names again what it upholds ("exempt from disclosure under
    s21"), and one the text does not reach yet is no decision it shows."""
    starts = [s.start for s in sentences]
    told: dict[str, bool] = {}  # label -> named only where the first answer is told
    for c, label in labels.items():
        i = bisect.bisect_right(starts, c.start) - 1
        recount = i >= 0 and bool(RECOUNT_RE.search(sentences[i].text))
        told[label] = told.get(label, True) and recount
    return {c: label for c, label in labels.items() if not told[label]}
