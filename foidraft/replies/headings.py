"""What a letter's heading says it is: "Acknowledgement of Request", "REVIEW OF A REQUEST
UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", "FOI Review 101003097591".

Officers head a letter with what it is before any of its sentences; the sentences then
explain the law, quote the request or the review's grounds, and may use any words. So a
heading is read by its place, not its phrasing: a short line without a sentence's ending,
near the top of the letter (before, or just after, its salutation). A heading that names a
receipt makes the letter one whatever the boilerplate below it says of exemptions and
costs, unless something is given or the request said considered; one that names a review
makes the letter about a review (its outcome when it decides anything). A disclosure log
heads its answer with the outcome ("Decision: Partially disclosed", "Outcome" and then
"Partially successful" on its own line).
"""

from __future__ import annotations

import re

from foidraft.replies.clauses import Sentence

ZONE = 400  # characters after the salutation (or the letter's start) a heading may stand
WORDS = 16  # a heading is a title, not a sentence
ENDED_RE = re.compile(r"(?<!\bNo)(?<!\bRef)[.?!,;]\W*$")  # ("Request No." ends no sentence)
ACK_HEADING_RE = re.compile(r"\backnowledge?ments?\b|\breceipt of (?:your )?request\b", re.I)
# What a review is of: a request, a decision, or a reference number ("Review of 101003796583").
_WHAT = "FOI|FOISA|EIR|freedom|information|request|decision|response|handling"
_OF = rf"(?:(?:a|the|your|my|our) )?(?:(?:{_WHAT})\b|[\w/-]*\d)"
# the complaint a requester makes to the body itself is its internal review
_COMPLAINT = r"^(?:re:? )?complaint (?:in respect of|about|regarding|concerning)\b"
REVIEW_HEADING_RE = re.compile(
    # (a council's "FOI APPEAL", "Freedom of Information Appeal": its internal review)
    rf"\b(?:internal|FOI|FOISA|EIR|information) (?:review\b|appeal\b(?! (?:process|procedure|"
    rf"rights)))|\breview request\b|\breview of {_OF}|"
    rf"\brequest for (?:an? )?(?:internal )?review\b|{_COMPLAINT}",
    re.IGNORECASE,
)


def heading_acts(sentences: list[Sentence], salutation: int) -> set[str]:
    """ "ack_heading", "review_asked" and "part_heading" where the letter's heading says so;
    ``salutation`` is where the letter's "Dear ..." stands (0 when it opens without a
    letterhead)."""
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
        if PART_HEADING_RE.search(s.text):  # a part given, the rest not
            out |= {"part_heading", "gave"}
    return out


# The outcome in the letter's title: "Access to Information request – Partial Release –
# Request No. RFI 1416" (only a part of what was asked is given)
PART_HEADING_RE = re.compile(
    r"\bpartial(?:ly)?[ \t]+(?:release|disclosure|response|refusal|disclosed|released|granted)\b|"
    r"\b(?:released|disclosed) in part\b",
    re.IGNORECASE,
)


# A disclosure log's heading for the outcome: "Decision: Disclosed", "Outcome: Information
# Provided", "Decision: Partially disclosed", "Decision: Refused" ...
LOG_DECISION_RE = re.compile(
    r"^(?:decision|outcome|status)\s*[:-]\s*(?:(?P<part>partial(?:ly)?|"
    r"part) ?)?(?:(?:information )?(?:disclosed|provided|released?|supplied|disclosure)|"
    r"(?P<refused>refused|withheld|exempt(?:ion)?s? applied|not disclosed))\b",
    re.IGNORECASE,
)
# ... or said alone on its line, under an "Outcome" heading: "Partially successful", "Some
# information provided.", "Information withheld", "Information not held"
OUTCOME_LINE_RE = re.compile(
    r"^(?:outcome\s*[:-]?\s*)?(?:(?P<part>(?:partially|partly|part) successful|some "
    r"information (?:provided|disclosed|released))|(?P<gave>(?:information|all information) "
    r"(?:provided|disclosed|released)|successful)|(?P<refused>information withheld|"
    r"unsuccessful)|(?P<not_held>(?:no )?information not held|no information held))\W*$",
    re.IGNORECASE,
)


def log_outcome(text: str) -> tuple[set[str], bool]:
    """What a disclosure log's outcome line ``text`` decides ("gave", "refused", "not_held"),
    and whether it says only a part was given; nothing for any other line."""
    log = LOG_DECISION_RE.match(text)
    if log:
        return {"refused" if log.group("refused") else "gave"}, bool(log.group("part"))
    outcome = OUTCOME_LINE_RE.match(text)
    if outcome is None:
        return set(), False
    said = next(name for name, value in outcome.groupdict().items() if value)
    return {{"part": "gave"}.get(said, said)}, said == "part"


SALUTATION_RE = re.compile(r"^(?:dear|good (?:morning|afternoon))\b", re.IGNORECASE)
LETTERHEAD = 1500  # a salutation further in greets a letter quoted, not this one


def letterhead(sentences: list[Sentence]) -> int:
    """Where the letter's salutation is, when it opens with a letterhead (addresses,
    telephone numbers, references) before "Dear ...": 0 when it does not."""
    for s in sentences:
        if s.start > LETTERHEAD:
            break
        if SALUTATION_RE.match(s.text):
            return s.start
    return 0
