"""Reading a reply: ``read_reply(text)`` gives its kind, whether any part is neither
confirmed nor denied, the provisions it relies on (normalised), which questions each
applies to, and the dates it gives."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from foidraft.replies.dates import FoundDate, find_dates
from foidraft.replies.kinds import classify, signals
from foidraft.replies.questions import questions_for
from foidraft.replies.sections import Citation, find_citations
from foidraft.replies.text import clean, own_text

REGIMES = ("FOIA", "FOISA", "EIR")
PENDING = ("acknowledgement", "clarification_request", "extension")  # no decision yet
FOISA_RE = re.compile(
    r"Freedom of Information \(Scotland\) Act|\bFOISA\b|\bFOI\(S\)A\b|Scottish Information "
    r"Commissioner",
    re.IGNORECASE,
)
EIR_RE = re.compile(r"Environmental Information Regulations|\bEIRs?\b", re.IGNORECASE)
# Provisions that set out the Act's machinery (the right itself, time, the notice, the
# review and the Commissioner): cited in nearly every reply, relied on by none.
MACHINERY = {
    "FOIA": {"1", "2", "3", "5", "8", "11", "17", "19", "45", "46", "50", "51", "52", "54",
             "57", "77", "84"},
    "FOISA": {"1", "2", "3", "8", "11", "15", "16", "19", "20", "21", "23", "47", "48", "49",
              "56", "60", "65", "73"},
    "EIR": {"2", "3", "5", "11", "14", "18"},
}  # fmt: skip


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
        }


def detect_regime(text: str) -> str:
    if FOISA_RE.search(text):
        return "FOISA"
    if EIR_RE.search(text) and not re.search(r"Freedom of Information Act", text, re.I):
        return "EIR"
    return "FOIA"


def read_reply(text: str, *, regime: str | None = None, letter: str = "") -> Reading:
    """Read ``text`` (the reply as pasted or extracted). ``regime`` is the request's
    (FOIA, FOISA or EIR; found from the text when not given); ``letter`` is the request,
    when known, so the reply's copy of it is not read as the authority's words."""
    cleaned = clean(text)
    regime = regime if regime in REGIMES else detect_regime(cleaned)
    own = own_text(cleaned, letter)
    citations = find_citations(own)
    labels = relied_on(citations, regime, own)
    sections = _ordered(labels.values())
    found = signals(own, {_number(s) for s in sections})
    kind = classify(found, regime)
    if kind in ("acknowledgement", "clarification_request"):
        sections = ()  # what they mention is background: nothing is refused yet
        labels = {}
    elif kind == "refused_cost" and not any(_number(x) == "12" for x in sections):
        sections = (*sections, "FOISA s12" if regime == "FOISA" else "s12")  # said in words
    dates = find_dates(own)
    return Reading(
        kind=kind,
        ncnd=found.has("ncnd")
        or (kind not in PENDING and any(is_ncnd_provision(s) for s in sections)),
        sections=sections,
        questions=questions_for(own, citations, labels),
        dates=_unique(d.day for d in dates),
        regime=regime,
        roles=_roles(dates),
        text=own,
    )


# Statute quoted, not relied on: "A public authority which ... is relying on a claim that
# section 12 or section 14 applies must ...".
QUOTED_LAW_RE = re.compile(
    r"\b(?:a|any) public authority which\b|\brelying on a claim that\b", re.IGNORECASE
)
HYPOTHETICAL_RE = re.compile(
    r"\b(?:may|might|could|would|likely to)\s+(?:\w+\s+){0,3}?(?:encounter|incur|attract|face|"
    r"result in|lead to)\b",
    re.IGNORECASE,
)


def relied_on(citations: list[Citation], regime: str, text: str = "") -> dict[Citation, str]:
    """Normalised labels of the citations the reply relies on. Left out: the Act's
    machinery; a provision only warned of ("may encounter a s12 refusal"); a bare "s31"
    where the reply also cites s31(...); and s40(5A)/(5B) where it cites s40(5) itself
    (the subsections are what s40(5) means)."""
    machinery = MACHINERY.get(regime, set())
    labels = {
        c: c.label(regime)
        for c in citations
        if c.number not in machinery and not _hypothetical(text, c)
    }
    specific = {c.number for c in labels if "(" in c.section}
    firsts = {(c.number, _first(c.section)) for c in labels}
    out = {}
    for c, label in labels.items():
        if "(" not in c.section and c.number in specific:
            continue
        first = _first(c.section)
        stem = first.rstrip("ABCDEFGHZ")
        if stem != first and (c.number, stem) in firsts:
            continue  # s40(5B)(a)(i) beside s40(5)
        out[c] = label
    return out


def _first(section: str) -> str:
    """The first bracketed part: "40(5B)(a)" -> "5B"; "" when there is none."""
    return section.split("(", 2)[1].rstrip(")") if "(" in section else ""


def _hypothetical(text: str, c: Citation) -> bool:
    if not text:
        return False
    lo = max(0, c.start - 200)
    # From the sentence's start, or at most 200 characters back (a reply with no full
    # stop would otherwise be read from its first character for every citation).
    start = max(text.rfind(". ", lo, c.start), text.rfind("\n\n", lo, c.start), lo - 1) + 1
    end = min(len(text), c.end + 40)
    return bool(HYPOTHETICAL_RE.search(text, start, end) or QUOTED_LAW_RE.search(text, start, end))


def _number(label: str) -> str:
    return label.split()[-1].removeprefix("s").split("(", 1)[0]


def is_ncnd_provision(label: str) -> bool:
    """Provisions that are themselves a refusal to confirm or deny."""
    return label == "FOISA s18" or bool(
        re.fullmatch(r"s(?:23\(5\)|24\(2\)|26\(3\)|27\(4\)|30\(3\)|31\(3\)|38\(2\)|40\(5[AB]?\).*|"
                     r"41\(2\)|42\(2\)|43\(3\)|12\(2\))", label)
    )  # fmt: skip


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
