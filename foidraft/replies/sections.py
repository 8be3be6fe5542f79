"""Finding the provisions a reply cites and writing them one way: ``s31(1)(a)``,
``s40(5)``, ``FOISA s17``, ``EIR 12(4)(b)``.

Officers write them every which way: "Section 31(1)(a)(b)", "S31 (3)", "s.40(5A)&(5B)",
"sections 23(5), 31(3) and 40(5)", "regulation 12(4)(b)", "exemption under 38(1)(b)",
"| 40(2) | Personal information |". A citation is found by a short regex for its head
(``section``/``s``/``regulation`` before a number; a bare provision after "exemption
under" or before an exemption's title) and then read by a small scanner, so each
character is looked at a bounded number of times. The Act it belongs to is read from the
words around it ("section 17 of FOISA", "FOIA s12", "regulation 12(4)(b)"); a provision
of another Act ("section 8 of SOA 2003", "section 34 of the DPA 2018") is left out
(``foidraft.replies.whose``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidraft.replies.brackets import IN_FIRST, RUN_ON, groups
from foidraft.replies.citelists import (
    HEAD_RE,
    PROVISION_NEXT_RE,
    RANGE_RE,
    TITLE_IN_LIST_RE,
    WORDED_TITLE_RE,
    bare_list,
    exemptions_between,
    list_continues,
)
from foidraft.replies.provisions import TITLE_RE
from foidraft.replies.subsections import GAP
from foidraft.replies.whose import act_named, not_ours


@dataclass(frozen=True)
class Citation:
    """One provision as written at ``start``..``end`` of the text, normalised."""

    section: str  # "31(1)(a)", "12", "12(4)(b)" (without the regime's prefix)
    start: int
    end: int
    regulation: bool = False  # written "regulation 12(4)(b)" (EIR)
    act: str = ""  # FOIA, FOISA or EIR when the words around it name the Act
    lead: int = -1  # where its list's first provision starts ("sections 23, 24 and 31")

    @property
    def number(self) -> str:
        return self.section.split("(", 1)[0]

    def regime(self, regime: str) -> str:
        """The regime the provision belongs to: its own Act's when named, else the reply's."""
        if self.regulation:
            return "EIR"
        if regime == "EISR":  # a section beside Scotland's EIRs is FOISA's (s39(2))
            return self.act or "FOISA"
        return self.act or regime

    def label(self, regime: str) -> str:
        """The normalised string: s31(1)(a), FOISA s17, EIR 12(4)(b)."""
        own = self.regime(regime)
        if own == "EIR":
            return f"EIR {self.section}"
        if own == "FOISA":
            return f"FOISA s{self.section}"
        return "s" + IN_FIRST_RE.sub(r"\1(1)(", self.section)


IN_FIRST_RE = re.compile(rf"^({'|'.join(IN_FIRST)})\((?=[a-h]\))")


# A provision written without "section": "exemption under 38(1)(b)", "exempt under
# 30(c)", "relying on 43(2)" (it must have a bracketed part, so a count is never read).
BARE_AFTER_RE = re.compile(
    r"\b(?:exemptions?|exceptions?|exempt|relying|rely|relied|applied|engaged?|by[ \t]+virtue)"
    r"[ \t]+(?:(?:under|"
    r"at|in|on|upon|by)[ \t]+)?(?:(?:the|virtue|of)[ \t]+){0,3}"
    r"(?=\d{1,2}[A-Z]?[ \t]?\((?:\d|[a-h]\)))"  # (or FOISA's s30: "exemption 30(b)(ii)")
    # "an exception to the right of access under 12(4)(d)": the exception's provision, the
    # words between (not "withheld entirely under 29(1)(a)", said of other requests)
    r"|\bexce?ptions?\b[^.\n]{0,60}?\bunder[ \t]+(?=\d{1,2}\(\d{1,2}\)\([a-h]\))",
    re.IGNORECASE,
)
# At a line's, a table cell's or a list item's start: kept only when an exemption's title
# follows ("31(1)(a) Law enforcement", "• 36(1) (confidentiality in legal proceedings)").
BARE_CELL_RE = re.compile(
    r"(?:^|(?<=\|)|(?<=[•▪]))[ \t]*(?:[•*-][ \t]*)?(?=\d{1,2}[A-Z]?[ \t]?\([\da-z])", re.M
)
# An exception written without "regulation", the Regulations named after it: "we give notice
# under 10(4)(a) of EI(S)R 2004" (a bracket needed, so a count is never read: "2 of the EIRs";
# not another instrument's numbering: "paragraph 3(2) of the Regulations"). A bare section of
# the Act is read only after an exemption's words (``BARE_AFTER_RE``): "withheld entirely under
# 29(1)(a) of FOISA" may be said of other requests.
BARE_OF_ACT_RE = re.compile(
    r"(?<![\w.(/£-])(?<!paragraph )(?<!article )(?<!schedule )(?<!page )(?<!part )(?<!rule )"
    r"(?=\d{1,2}[A-Z]?[ \t]?\(\d{1,2}[A-Z]?\))",
    re.IGNORECASE,
)
OF_REGULATIONS_RE = re.compile(
    r"[ \t]{1,2}of[ \t]+(?:the[ \t]+)?(?:EI\(S\)Rs?|EIRs?|Environmental Information|Regulations\b)",
    re.IGNORECASE,
)
NAMED_RE = re.compile(GAP + r"\((?=[^()\n]*[ \t])[A-Za-z][^)\n]{3,80}")


def find_citations(text: str) -> list[Citation]:
    """Every provision of the Act (or Regulations) cited in ``text``, in order."""
    groups: dict[int, list[Citation]] = {}  # by where the first provision starts
    for m in HEAD_RE.finditer(text):
        regulation = m.group(0).lower().startswith(("reg", "eir"))  # "EIR 12(5)(a)" too
        head = m.group(0).lower().rstrip(". \t").replace("(s)", "s")
        plural = head in ("sections", "ss", "secs", "regulations", "regs")
        scanned = _scan(text, m.end(), plural=plural)
        if head.startswith("foi"):  # "FOIA 40(2)", "FOISA 17": the Act named as the head
            # (a bare "FOIA 12" may be a count or a year's part: FOIA's needs its brackets)
            if head != "foia" or (scanned and "(" in scanned[0][0]):
                _add(groups, text, m.start(), scanned, False, "FOIA" if head == "foia" else "FOISA")
            continue
        _add(groups, text, m.start(), scanned, regulation)
    for m in BARE_AFTER_RE.finditer(text):
        _add(groups, text, m.start(), _scan(text, m.end(), plural=True), False)
    for m in BARE_CELL_RE.finditer(text):
        scanned = _scan(text, m.end(), plural=False)
        end = scanned[-1][2] if scanned else 0
        if scanned and (TITLE_RE.match(text, end) or NAMED_RE.match(text, end)):
            _add(groups, text, m.start(), scanned, False)
    found = {c.start for cs in groups.values() for c in cs}  # (a list's later provisions too)
    for m in BARE_OF_ACT_RE.finditer(text):
        scanned = _scan(text, m.start(), plural=False)
        if scanned and m.start() not in found and OF_REGULATIONS_RE.match(text, scanned[-1][2]):
            _add(groups, text, m.start(), scanned, True)
    return [c for start in sorted(groups) for c in groups[start]]


def _add(
    groups: dict[int, list[Citation]],
    text: str,
    head: int,
    scanned: list[tuple[str, int, int]],
    regulation: bool,
    named: str = "",
) -> None:
    if not scanned or scanned[0][1] in groups or not_ours(text, head, scanned[-1][2]):
        return
    act = named or act_named(text, head, scanned[-1][2])
    if act != "other":
        first = scanned[0][1]
        groups[first] = [Citation(s, a, b, regulation, act, first) for s, a, b in scanned]


def _scan(text: str, pos: int, *, plural: bool) -> list[tuple[str, int, int]]:
    """The provisions of one citation starting at ``pos``: a number, its bracketed parts,
    and (for "sections ..." or after "&"/"and") further numbers of the same list."""
    out: list[tuple[str, int, int]] = []
    first = True
    while True:
        number, pos2 = _number(text, pos)
        if number is None:
            break
        parts, pos3 = groups(text, pos2, number)
        start = pos
        for variant in parts or [[]]:
            out.append((number + "".join(f"({p})" for p in variant), start, pos3))
        pos = pos3
        same = SAME_SECTION_RE.match(text, pos)  # "s31(1)(g) by virtue of (2)(b)": s31(2)(b)
        if same and parts:
            more, pos4 = groups(text, same.end(), number)
            for variant in more:
                out.append((number + "".join(f"({p})" for p in variant), same.end(), pos4))
            pos = pos4 if more else pos
        ranged = RANGE_RE.match(text, pos) if plural and not parts else None
        between = exemptions_between(number, _number(text, ranged.end())[0]) if ranged else None
        if (
            ranged and between is not None
        ):  # "sections 21 to 23": 21, 22 and 23 (the last read next)
            out += [(n, start, ranged.end()) for n in between]
            pos, first = ranged.end(), False
            continue
        title = TITLE_IN_LIST_RE.match(text, pos)  # "12(1) (Excessive cost) and 16(4)"
        if title and not plural and PROVISION_NEXT_RE.match(text, title.end()):
            # "Section 29(1)(a) (formulation of policy), 36(1) (confidentiality ...)": a list
            plural = True
        worded = WORDED_TITLE_RE.match(text, pos) if plural else None
        # "sections 38(1)(b) third party personal data; 30(b)(i) free and frank ...": each
        # provision followed by its title in words, the next after a semicolon
        titled = PROVISION_NEXT_RE.match(text, title.end()) if title and plural else None
        # ("sections: 29 (Formulation of policy); 30(b)(i) (Free and frank advice); 38")
        nxt = (
            worded.end()
            if worded
            else titled.end()
            if titled
            else list_continues(text, title.end() if title and plural else pos)
        )
        if nxt is None or not (plural or first):
            break
        # "Section 23 & 40 are ...": a second bare number after "&"/"and" is another section.
        after, _ = _number(text, nxt)
        if after is None or (not plural and not bare_list(text, nxt)):
            break
        pos = nxt
        first = False
    return out


def _number(text: str, pos: int) -> tuple[str | None, int]:
    i = pos
    while i < len(text) and i - pos < 2 and text[i].isdigit():
        i += 1
    if i == pos or (i < len(text) and text[i].isdigit()):
        return None, pos
    if i < len(text) and text[i] in "ABCDEFGHZ" and not _word_char(text, i + 1):
        i += 1  # s22A, s40A
    elif i < len(text) and text[i] in "abcdefgh" and not _word_char(text, i + 1):
        # "S17b": a paragraph's letter run onto the number, its subsection unwritten; the
        # section alone is what can be read (where its letters sit, "30b(i)", ``_groups``)
        return text[pos:i], i + (text[pos:i] not in RUN_ON)
    if _word_char(text, i) and text[i] not in "(" and not text.startswith("of ", i):
        return None, pos  # "12th", "31st": not a section ("40of FOIA" is one run together)
    return text[pos:i], i


def _word_char(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


# Another subsection of the same section, named as the basis: "s31(1)(g) by virtue of (2)(b)".
# (or "s31(1)(g) subsection 2(b)")
SAME_SECTION_RE = re.compile(
    r"[ \t]{1,2}(?:by[ \t]+virtue[ \t]+of[ \t]+(?=\(\d)|(?=sub-?section[ \t]{0,2}\(?\d))",
    re.IGNORECASE,
)
