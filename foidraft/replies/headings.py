"""What a letter's heading says it is: "Acknowledgement of Request", "REVIEW OF A REQUEST
UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", "FOI Review 101003097591".

Officers head a letter with what it is before any of its sentences; the sentences then
explain the law, quote the request or the review's grounds, and may use any words. So a
heading is read by its place, not its phrasing: a short line without a sentence's ending,
near the top of the letter (before, or just after, its salutation). A heading that names a
receipt makes the letter one whatever the boilerplate below it says of exemptions and
costs, unless something is given or the request said considered; one that names a review
makes the letter about a review (its outcome when it decides anything).
"""

from __future__ import annotations

import re

from foidraft.replies.clauses import Sentence

ZONE = 400  # characters after the salutation (or the letter's start) a heading may stand
WORDS = 16  # a heading is a title, not a sentence
ENDED_RE = re.compile(r"[.?!,;]\W*$")
ACK_HEADING_RE = re.compile(r"\backnowledge?ments?\b|\breceipt of (?:your )?request\b", re.I)
# What a review is of: a request, a decision, or a reference number ("Review of 101003796583").
_WHAT = "FOI|FOISA|EIR|freedom|information|request|decision|response|handling"
_OF = rf"(?:(?:a|the|your|my|our) )?(?:(?:{_WHAT})\b|[\w/-]*\d)"
# the complaint a requester makes to the body itself is its internal review
_COMPLAINT = r"^(?:re:? )?complaint (?:in respect of|about|regarding|concerning)\b"
REVIEW_HEADING_RE = re.compile(
    rf"\b(?:internal|FOI|FOISA|EIR|information) review\b|\breview request\b|\breview of {_OF}|"
    rf"\brequest for (?:an? )?(?:internal )?review\b|{_COMPLAINT}",
    re.IGNORECASE,
)


def heading_acts(sentences: list[Sentence], salutation: int) -> set[str]:
    """ "ack_heading" and "review_asked" where the letter's heading says so; ``salutation``
    is where the letter's "Dear ..." stands (0 when it opens without a letterhead)."""
    out: set[str] = set()
    for s in sentences:
        if s.start > salutation + ZONE:
            break
        if ENDED_RE.search(s.text) or len(s.text.split()) > WORDS:
            continue
        if ACK_HEADING_RE.search(s.text):
            out.add("ack_heading")
        if REVIEW_HEADING_RE.search(s.text):
            out.add("review_asked")
    return out
