"""Reading a reply: ``read_reply(text)`` gives its kind, whether any part is neither
confirmed nor denied, the provisions it relies on (normalised), which questions each
applies to, and the dates it gives.

The steps: the reply's own words, with the request it repeats masked (``echo``); cut
into sentences marked by how they speak (``clauses``); the provisions cited, found by the
grammar of citing (``sections``) and kept where the reply relies on them (``reliance``,
by what each does: ``provisions``); what the reply does, sentence by sentence (``acts``,
with the words in ``phrases`` and ``procedure``); its kind by a fixed precedence
(``kinds``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from foidraft.replies.acts import read_acts
from foidraft.replies.clauses import sentences
from foidraft.replies.dates import FoundDate, find_dates
from foidraft.replies.echo import mask
from foidraft.replies.generic import deciding, fits
from foidraft.replies.goodwill import goodwill_only
from foidraft.replies.holder import own_names
from foidraft.replies.kinds import PENDING, decide
from foidraft.replies.per_question import per_question
from foidraft.replies.provisions import is_ncnd_provision, role
from foidraft.replies.questions import blocks, questions_for
from foidraft.replies.reliance import relied_on, reviewed_only
from foidraft.replies.scope import under_one_question
from foidraft.replies.sections import find_citations
from foidraft.replies.text import clean, own_text, unflatten

__all__ = ["Reading", "detect_regime", "is_ncnd_provision", "read_reply"]

REGIMES = ("FOIA", "FOISA", "EIR", "EISR")
FOISA_RE = re.compile(
    r"Freedom of Information \(?Scotland\)? Act|Freedom of Information Act 2002|\bFOISA\b|"
    r"\bFOI\(S\)A\b|Scottish Information Commissioner",
    re.IGNORECASE,
)
EIR_RE = re.compile(r"Environmental Information Regulations|\bEIRs?\b", re.IGNORECASE)
# Scotland's Environmental Information Regulations 2004 by name (exceptions in regs 10 and
# 11, review in reg 16, appeal to the Scottish Information Commissioner by reg 17)
EISR_RE = re.compile(
    r"Environmental Information \(Scotland\) Regulations|\bEI\(S\)Rs?\b|\bEISRs?\b", re.I
)
# Scotland's Act or its Environmental Information Regulations
SCOTTISH_RE = re.compile(FOISA_RE.pattern + "|" + EISR_RE.pattern, re.IGNORECASE)
# What marks Scotland's EIRs: an exception only they have, regulation 10(4)(e), 10(5)(b)
# (England's regulation 10 transfers a request, and has no such paragraphs), or their 11(2)
# on personal data (England's 11 is representations); or the Scottish Government by name
EISR_EXCEPTION_RE = re.compile(
    r"(?<![\d.(])10[ \t]?\([45]\)[ \t]?\([a-g]\)|(?<![\d.(])11[ \t]?\(2\)[^.\n]{0,12}"
    r"(?:personal|third part)|\bgov\.scot\b|\bScottish (?:Government|Ministers)\b"
)


@dataclass(frozen=True)
class Reading:
    """What a reply says. ``sections`` are normalised strings ("s31(1)(a)", "FOISA s17",
    "EIR 12(4)(b)"); ``questions`` maps some of them to the request's question numbers;
    ``dates`` are every date the reply gives, in order; ``roles`` the ones whose role its
    words make plain (received, clarified, respond_by, review_by)."""

    kind: str
    ncnd: bool
    sections: tuple[str, ...]
    questions: dict[str, list[str]]
    dates: tuple[dt.date, ...]
    regime: str
    roles: dict[str, dt.date] = field(default_factory=dict)
    text: str = ""  # the reply's own words, cleaned
    unheld: tuple[str, ...] = ()  # the request's questions it says are not held
    rule: str = ""  # the step of the kinds' precedence that decided (``kinds.PRECEDENCE``)

    def cost_questions(self) -> list[str]:
        """The request's questions the reply refuses on cost (s12, FOISA s12), where it
        says which."""
        found = {q for s, qs in self.questions.items() if role(s) == "cost" for q in qs}
        return sorted(found, key=lambda q: (len(q), q))

    def unanswered(self) -> set[str]:
        """The request's questions the reply says it does not answer: refused on any ground
        it ties to them, or not held (advice offered beside an answer refuses nothing)."""
        tied = {q for s, qs in self.questions.items() if role(s) != "advice" for q in qs}
        return tied | set(self.unheld)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``foidraft reply --format json``)."""
        return {
            "kind": self.kind,
            "ncnd": self.ncnd,
            "sections": list(self.sections),
            "questions": {k: list(v) for k, v in self.questions.items()},
            "dates": [d.isoformat() for d in self.dates],
            "regime": self.regime,
            "roles": {k: v.isoformat() for k, v in self.roles.items()},
            "not_held": list(self.unheld),
        }


def detect_regime(text: str) -> str:
    """The Act ``text`` names: Scotland's EIRs when it names them, or speaks of "the EIRs"
    beside FOISA (a Scottish body answers environmental requests under them, FOISA s39(2))."""
    if EISR_RE.search(text) or (EIR_RE.search(text) and FOISA_RE.search(text)):
        return "EISR"
    if FOISA_RE.search(text):
        return "FOISA"
    if EIR_RE.search(text) and not re.search(r"Freedom of Information Act", text, re.I):
        return "EIR"
    return "FOIA"


# A reply that names the EIRs and cites their regulations, and not the FOI Act, was made
# under them, whatever the request cited: the regime follows the information (EIR reg
# 2(1); FOIA s39), so its review is reg 11's (40 working days), not the s45 code's.
NOT_EIR_RE = re.compile(r"Freedom of Information Act|\bFOIA\b|\bFOI Act\b", re.I)
EIR_REGULATION_RE = re.compile(r"\b(?:regulations?|reg\.?)[ \t]*1[0-4]\b", re.I)


def answered_under_eir(text: str) -> bool:
    """Whether ``text`` is a reply made under the EIRs alone (see ``NOT_EIR_RE``)."""
    return bool(
        EIR_RE.search(text) and EIR_REGULATION_RE.search(text) and not NOT_EIR_RE.search(text)
    )


def read_reply(
    text: str, *, regime: str | None = None, letter: str = "", authority: Any = None
) -> Reading:
    """Read ``text`` (the reply as pasted or extracted). ``regime`` is the request's
    (FOIA, FOISA or EIR; found from the text when not given); ``letter`` is the request,
    when known, so the reply's copy of it is not read as the authority's words;
    ``authority`` the body asked (``foidraft.authorities.Authority``), when known, so "held
    by" it is not read as held by another body."""
    cleaned = unflatten(clean(text))
    regime = regime if regime in REGIMES else detect_regime(cleaned)
    if regime == "FOISA" and detect_regime(cleaned) == "EISR":
        regime = "EISR"  # a Scottish body's answer under its EIRs: reviews are reg 16's
    # (the EIRs only named beside FOISA, as a leaflet's title or a footer's "FOISA or the EIRs"
    # would: settled below by what the reply relies on)
    named_only = regime == "EISR" and not EISR_RE.search(cleaned)
    if regime == "FOIA" and answered_under_eir(cleaned):
        regime = "EIR"  # a body that found the information environmental: reg 11's review
    own = own_text(cleaned, letter)
    masked = mask(own)
    parts = sentences(masked)
    citations = find_citations(masked)
    scottish = regime in ("FOISA", "EISR") or bool(SCOTTISH_RE.search(cleaned))
    scottish = scottish or (regime == "EIR" and bool(EISR_EXCEPTION_RE.search(cleaned)))
    labels = relied_on(citations, parts, regime, masked, scottish=scottish)
    if named_only and labels and all(_under_foisa(label) for label in labels.values()):
        regime = "FOISA"  # relying on FOISA's sections alone, none moving it to the EIRs
    roles = {label: role(label, scottish=scottish) for label in labels.values()}
    # (a provision named only where a class is described decides no kind; it is reported
    # only where the reply's decision is of its kind, ``generic.fits``)
    decided = deciding(labels, parts)
    described = set(labels.values()) - set(decided.values())
    acts = read_acts(parts, decided, roles, own_names(authority))
    if (
        acts.whole
        and not acts.everything
        and under_one_question(acts.whole_at, acts.gave_at, blocks(own))
    ):  # "this request" said under one question, another answered: that question's refusal
        acts = dataclasses.replace(acts, whole=False, part=True)
    if acts.has("cost") and goodwill_only(parts, acts.gave_at):
        acts = dataclasses.replace(acts, everything=True)  # figures given as advice: goodwill
    elif acts.has("not_held") and not acts.part and goodwill_only(parts, acts.gave_at):
        # "We do not hold this information. To be of assistance, the fleet numbered 214": what
        # was asked is not held; the figure is advice beside it, no answer to a part
        acts = dataclasses.replace(acts, found=acts.found - {"gave"})
    rule, kind = decide(acts)
    if kind in ("acknowledgement", "clarification_request"):
        labels = {}  # what they mention is background: nothing is refused yet
    elif kind == "extension":  # "it may be exempt under section 27": the one being weighed
        labels = relied_on(citations, parts, regime, masked, scottish=scottish, weighing=True)
    else:  # "section 10(3) allows us more time": said of no decision
        labels = {c: label for c, label in labels.items() if roles[label] != "extension"}
    if kind == "review_outcome":  # the first answer's provisions, told, are not its finding
        labels = reviewed_only(labels, parts)
    labels = {c: s for c, s in labels.items() if s not in described or fits(kind, roles[s])}
    sections = _ordered(labels.values())
    # (EIR's cost refusal is regulation 12(4)(b), "manifestly unreasonable", never s12)
    said_only = regime not in ("EIR", "EISR") and not any(
        role(s) in ("cost", "unreasonable") for s in sections
    )
    # (a review's new decision refuses on the cost limit in the same words)
    # (or refused, naming no ground but the work a search would take)
    if said_only and (
        (acts.has("cost") and kind in ("refused_cost", "partly_answered", "review_outcome"))
        or (acts.has("effort") and kind == "refused_cost")
    ):
        sections = (*sections, "FOISA s12" if regime == "FOISA" else "s12")  # said in words
    questions = questions_for(own, citations, labels, masked)
    said = per_question(masked) if kind not in PENDING else {}
    for label in sections:  # the cost limit said of a question in words, or cited apart
        if role(label) == "cost" and label not in questions and said.get("cost"):
            questions[label] = said["cost"]
    unheld = [q for q in said.get("not_held", []) if q not in said.get("cost", [])]
    dates = find_dates(own)
    ncnd = kind not in PENDING and (acts.has("ncnd") or any(map(is_ncnd_provision, sections)))
    return Reading(
        kind=kind,
        ncnd=ncnd,
        sections=sections,
        questions=questions,
        dates=_unique(d.day for d in dates),
        regime=regime,
        roles=_roles(dates),
        text=own,
        unheld=tuple(unheld),
        rule=rule.name,
    )


def _under_foisa(label: str) -> bool:
    """Whether ``label`` is a FOISA section other than s39(2), which moves a request to the
    EIRs."""
    return label.startswith("FOISA s") and not label.startswith("FOISA s39")


def _ordered(labels: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(labels))


def _unique(days: Any) -> tuple[dt.date, ...]:
    return tuple(dict.fromkeys(days))


def _roles(dates: list[FoundDate]) -> dict[str, dt.date]:
    roles: dict[str, dt.date] = {}
    for d in dates:
        if d.role and d.role not in roles:
            roles[d.role] = d.day
    return roles
