"""What a reply says of each of the request's questions, where it says it question by
question: which it refuses on cost ("Section 12 also applies to question 4", "4. To answer
this we would have to read every report, which would exceed the cost limit") and which it
says are not held ("Question 3: not held", "The information requested in question 3 is
not held").

A question is read so from its own part of the reply (after its marker,
``questions.blocks``) or from a clause that names it. A part that gives a figure or an
attachment beside "not held" ("412 reports; figures before 2019 are not held") is
answered, and stays so. Bounded patterns: linear in the text.
"""

from __future__ import annotations

import re

from foidraft.replies.phrases import DECISION_WORDS
from foidraft.replies.questions import MARKER_RE, blocks, named_questions

# The cost limit by its section: "Section 12 also applies to question 4", "s.12 applies"
COST_SECTION_RE = re.compile(r"\b(?:section|s\.?)[ \t]?12\b(?![ \t]?\((?:2|3)\))", re.I)
# A count given (not a year, a question's number or a date's part): "412 reports", "£23,000"
COUNT_RE = re.compile(
    r"£[ \t]?\d|(?<![\d/.,-])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d,])(?![/.]\d)(?! ?(?:months?|"
    r"years?|weeks?|days?|working days?)\b)"
)
# Something given beside it: "Please see attached for your response. We don't keep ..."
GIVEN_RE = re.compile(r"\b(?:attached|enclosed|please (?:see|find) (?:below|attached|the))\b", re.I)
# A paragraph that names a question: "Section 12 also applies to question 4" after answer 3
NAMING_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n(?=[^\n]{0,200}?\b(?:questions?|q)[ \t]*\d)", re.I)
# A sentence or a line, to its end: one that ends "?" restates a question ("3. How many
# reports were not held?"). Each match takes a whole piece, so the scan is linear.
PIECE_RE = re.compile(r"[^.?!\n]*[.?!\n]?")
# A clause: a sentence, or one of the parts "; " or ", but" join
CLAUSE_RE = re.compile(r"[^.;?!]+")
PARTS = ("cost", "not_held")


def per_question(text: str) -> dict[str, list[str]]:
    """{"cost": [question ids], "not_held": [question ids]}: what ``text`` (the reply's own
    words) says of each question it names, by its parts and by the clauses naming them."""
    out: dict[str, list[str]] = {p: [] for p in PARTS}
    for block in blocks(text):
        body = MARKER_RE.sub("", text[block.start : block.end], count=1)
        others = NAMING_PARAGRAPH_RE.search(body)  # a paragraph of its own about others
        body = body[: others.start()] if others else body
        body = _unasked(body)  # the question restated asks; it decides nothing
        given = COUNT_RE.search(body) or GIVEN_RE.search(body)
        for part in _said(body, counted=bool(given)):
            _add(out, part, [block.question])
    for clause in CLAUSE_RE.findall(_unasked(text)):
        named = named_questions(clause) if re.search(r"\b(?:questions?|q)\b", clause, re.I) else []
        if not named:
            continue
        for part in _said(clause, counted=bool(COUNT_RE.search(_unnamed(clause)))):
            _add(out, part, named)
    return {p: qs for p, qs in out.items() if qs}


def _unasked(text: str) -> str:
    """``text`` without the questions it restates (each a space)."""
    return "".join(" " if p.endswith("?") else p for p in PIECE_RE.findall(text))


def _said(words: str, *, counted: bool) -> list[str]:
    """What ``words`` decide of a question: its cost limit, or nothing held (unless a
    figure is given beside it: then the question is answered, in part)."""
    said = []
    if DECISION_WORDS["cost"].search(words) or COST_SECTION_RE.search(words):
        said.append("cost")
    elif DECISION_WORDS["not_held"].search(words) and not counted:
        said.append("not_held")
    return said


def _unnamed(clause: str) -> str:
    """The clause without the question numbers it names ("question 3" is no figure)."""
    return re.sub(r"\b(?:questions?|q)[ \t]*\d{1,2}[a-z]?\b", " ", clause, flags=re.I)


def _add(out: dict[str, list[str]], part: str, ids: list[str]) -> None:
    have = out[part]
    have.extend(q for q in ids if q not in have)
