"""How a citation's list goes on after one provision: "sections 23(5), 31(3) and 40(5)",
"30(b)(i) (free and frank advice); 38(1)(b)", "Section 23 & 40" (the scanner in
``foidraft.replies.sections`` asks here where the next provision starts, if one does).
"""

from __future__ import annotations

import re

from foidraft.replies.subsections import GAP

HEAD_RE = re.compile(
    # (not the "section" of "sub-section 5", "sub section 5": the subsection of the one before)
    r"(?<![\w.-])(?<!sub )(?:sections?(?:\(s\))?|secs?\.?|ss?\.?|§|regulations?(?:\(s\))?|"
    r"regs?\.?|EIRs?|FOI\(S\)A|FOISA|FOIA):?" + GAP + r"(?=\d)"
    r"|(?<![\w.-])regulations?[ \t]{1,2}R(?=\d{1,2}\()",  # "regulations R12(5)(a)"
    re.IGNORECASE,
)
LIST_RE = re.compile(GAP + r"(?:," + GAP + r"(?:and\s+|or\s+)?|&" + GAP + r"|and\s+|or\s+|/)")


# A provision's title in brackets: "(Free and frank exchange of views for the purposes of
# deliberation)", as long as the Scottish Government writes them.
TITLE_IN_LIST_RE = re.compile(r"[ \t]{0,2}\((?=[^()\n]*(?:[A-Z]|[ \t]))[A-Za-z][^()\n]{2,100}\)")
# After a provision's title: the next of the list, bracketed ("36(1)", "and 41(a)") or a
# bare number with its own title ("; 38 (Personal Information)").
PROVISION_NEXT_RE = re.compile(
    r"[ \t]{0,2}(?:[,;][ \t]{0,2}(?:and[ \t]+)?|and[ \t]+)"
    r"(?=\d{1,2}[A-Z]?(?:\(|[ \t]{0,2}\([A-Za-z][A-Za-z ]{2}))"
)
# A provision's title in words, up to the semicolon (or the "and") before the next bracketed
# provision: "regulations 11 (2) personal data relating to a third party and 10(5)(f)".
# (a title whose opening bracket was left out ends at its closing one: "38(1)(b) personal
# information), 30(b)(i)")
WORDED_TITLE_RE = re.compile(
    r"[ \t]{1,2}[A-Za-z][A-Za-z ,'’-]{2,80}?\)?(?:[;,]|[ \t]and)[ \t]{0,2}(?=\d{1,2}[A-Z]?\()"
)
# A range of whole sections: "sections 21 to 23", "ss. 40-43" (a range of subsections,
# "(1)(a)-(c)", is read with its brackets: ``foidraft.replies.brackets``)
RANGE_RE = re.compile(GAP + r"(?:to|-|–)" + GAP + r"(?=\d{1,2}(?!\d))", re.IGNORECASE)
# The exemptions of Part II: FOIA's sections 21 to 44, FOISA's 25 to 41.
EXEMPTIONS = range(21, 45)
SPACE_LIST_RE = re.compile(r"[ \t]{1,2}(?=\d{1,2}(?:[A-Z]?\(|[a-h](?![\w])))")  # "30b(ii) 30c"


def list_continues(text: str, pos: int) -> int | None:
    m = LIST_RE.match(text, pos) or SPACE_LIST_RE.match(text, pos)  # "31(1)(e) 41(1) and"
    if m is None:
        return None
    nxt = m.end()
    if HEAD_RE.match(text, nxt):  # "s23 and s40": the next head is a citation of its own
        return None
    return nxt


def bare_list(text: str, pos: int) -> bool:
    """After "Section 23 &": is the next number a section ("40 are class based") rather
    than a count or a year ("2 of the Act")?"""
    return not re.match(r"\d{3,}", text[pos : pos + 4])


def exemptions_between(first: str, last: str | None) -> list[str] | None:
    """The sections strictly between ``first`` and ``last`` of a range of exemptions ("21 to
    23": ["22"]), or None when the words are no such range (a count, "1 to 4", or backwards)."""
    if last is None or not (first.isdigit() and last.isdigit()):
        return None
    lo, hi = int(first), int(last)
    if lo not in EXEMPTIONS or hi not in EXEMPTIONS or hi <= lo:
        return None
    return [str(n) for n in range(lo + 1, hi)]
