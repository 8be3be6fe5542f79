"""Whose provision a citation is: the Act the words around it name ("section 17 of
FOISA", "FOIA s12", "regulation 12(4)(b)"), another Act's ("section 8 of SOA 2003", "section
34 of the DPA 2018"), or none we read (a planning reference, another Act's consent).
"""

from __future__ import annotations

import re

# After a citation: "of the Data Protection Act 2018", "of SOA 2003" (another Act's section).
# (its words may wrap onto the next line: "section 34(1) of the Data Protection\nAct 2018")
OTHER_ACT_RE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:of|under|in)[ \t\n]+(?:the[ "
    r"\t\n]+)?(?P<act>[A-Z][\w'’-]*(?:[ \t,]+\n?[ \t]*(?:[A-Z(][\w'’()-]*|of|and|for|the|on|"
    r"(?:19|20)\d\d\b)|\n[ \t]*(?:[A-Z(][\w'’()-]*|of|and|for|the|on|(?:19|20)\d\d\b)){0,8})"
)
OURS_RE = re.compile(
    r"^(?:Freedom\s+of\s+Information|FOI|FOIA|FOISA|FOI\(S\)A|Environmental\s+Information|EIR|EIRs|"
    r"the\s+Act|Act\b|said\s+Act|Regulations?\b|above|below|this\s+Act|the\s+FOI)",
    re.IGNORECASE,
)
OTHER_ACT_WORDS = re.compile(
    r"\b(?:Act|SOA|DPA|PACE|GDPR|Regulations|Code|Order|Rules|Convention|Bill)\b"
)


# Not a provision of ours, whatever the Act: a planning reference ("08/01200/S36") or a
# consent under another Act named by its number ("Dorenell S36 Wind Farm", "a section 36
# consent", the Electricity Act's).
CONSENT_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:wind[ \t]?farms?|consents?|applications?|variations?|"
    # a police power named by its section ("MPS Section 44 authorisations", "section 60 stop and
    # search", "Section 35 dispersal orders"): the subject of the request, another Act's
    r"authoris\w+|authoriz\w+|stops?[ \t-]+and[ \t-]+search\w*|searches|dispersals?|"
    r"detentions?|powers?)\b",
    re.IGNORECASE,
)


def not_ours(text: str, head: int, end: int) -> bool:
    """A citation at ``head``..``end`` that is no Act's provision we read (see above)."""
    if head >= 2 and text[head - 1] == "/" and text[head - 2].isdigit():
        return True
    return CONSENT_AFTER_RE.match(text, end) is not None


ACT_BEFORE_RE = re.compile(r"(?:FOI\(S\)A|FOISA|FOIA|FOI Act|EIRs?)[ \t]{1,2}$", re.IGNORECASE)


def act_named(text: str, head: int, end: int) -> str:
    """The Act the words around a citation name: "of FOISA" after it or "FOISA" before it
    gives FOISA (FOIA, EIR likewise); "of the DPA 2018" gives "other"; "" when none."""
    m = OTHER_ACT_RE.match(text, end, min(len(text), end + 120))
    if m is not None:
        act = m.group("act")
        if OURS_RE.match(act):
            return _which(act)
        if OTHER_ACT_WORDS.search(act):
            return "other"
    before = ACT_BEFORE_RE.search(text, max(0, head - 12), head)
    return _which(before.group(0)) if before else ""


def _which(words: str) -> str:
    # (the instrument named first: "section 6(1)(b) of the Environmental Information
    # (Scotland) Regulations 2004" is a regulation of Scotland's EIRs, not a section of FOISA;
    # "section 39(2) of the Freedom of Information (Scotland) Act 2002 and the Environmental
    # Information ..." is FOISA's)
    eir = re.search(r"Environmental|\bEIRs?\b|^Regulations?\b", words, re.IGNORECASE)
    foisa = re.search(r"Scotland|FOISA|FOI\(S\)A|\b2002\b", words, re.IGNORECASE)
    if eir and (foisa is None or eir.start() <= foisa.start()):
        return "EIR"
    if foisa:
        return "FOISA"
    if re.search(r"\b2000\b|\bFOIA\b|\bFOI Act\b", words, re.IGNORECASE):
        return "FOIA"  # named plainly: "Freedom of Information Act" alone is said of both
    return ""
