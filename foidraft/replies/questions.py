"""Which of the request's questions a reply applies each provision to, where it says so.

A reply answers question by question ("Q3:", "4.", "Question 6 -"), so a provision cited
in the part that follows a question applies to it; a question followed only by the next
one ("3. ... decoy.\\n\\n4. ... decoy.\\nWe can neither confirm nor deny ...") shares the
next one's answer. A sentence that names questions ("in relation to questions 3 and 4")
and cites a provision applies it to those too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidraft.replies.offsets import any_within, span_at
from foidraft.replies.sections import Citation

MARKER_RE = re.compile(
    r"^[ \t]*(?:(?:q(?:uestion)?|part|point|item)[ \t]*)?(?P<id>\d{1,2}[a-z]?)[ \t]*(?:[.):-]|–)[ "
    r"\t]*"
    r"(?=\S)|"
    # a heading of its own that names the question or the answer: "Part 1", "Response 2:"
    r"^[ \t]*(?:q(?:uestion)?|part|response|answer)[ \t]*(?P<head>\d{1,2}[a-z]?)[ \t]*[.:-]?"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
NAMED_RE = re.compile(
    r"\b(?:questions?|q|parts?|points?|items?)[ \t]*(?P<list>\d{1,2}[a-z]?(?:[ \t]*(?:,|&|and|to|-|"
    r"–)[ \t]*(?:q[ \t]*)?\d{1,2}[a-z]?){0,8})",
    re.IGNORECASE,
)
ID_RE = re.compile(r"\d{1,2}[a-z]?", re.IGNORECASE)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth")  # fmt: skip
ORDINAL_RE = re.compile(rf"\b(?P<nth>{'|'.join(ORDINALS)}) (?:question|part|point)\b", re.I)
PARAGRAPH = 800  # characters looked back, within a paragraph, for the question named
ANSWERED_RE = re.compile(r"^\s*(?:\d[\d,]*|nil|none|zero|yes|no|n/a)\s*\.?\s*$", re.I | re.M)


@dataclass(frozen=True)
class Block:
    """The text after a question marker, up to the next one."""

    question: str
    start: int
    end: int


# A line of dots or dashes, or a heading in capitals ("RIGHT OF APPEAL"): the answer to
# the last question has ended.
BREAK_RE = re.compile(r"^[ \t]*(?:[.…_=*~-]{5,}|[A-Z][A-Z &]{5,}:?)[ \t]*$", re.MULTILINE)


def blocks(text: str) -> list[Block]:
    marks = [
        (m.start(), (m.group("id") or m.group("head")).lower()) for m in MARKER_RE.finditer(text)
    ]
    breaks = [m.start() for m in BREAK_RE.finditer(text)]
    out = []
    b = 0
    for i, (start, qid) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        while b < len(breaks) and breaks[b] <= start:
            b += 1
        if b < len(breaks) and breaks[b] < end:
            end = breaks[b]
        out.append(Block(qid, start, end))
    return out


def named_questions(sentence: str) -> list[str]:
    """Question numbers a sentence names: "questions 3&4" -> ["3", "4"]; "Q2 to Q4" ->
    ["2", "3", "4"]."""
    out: list[str] = []
    for m in NAMED_RE.finditer(sentence):
        ids = ID_RE.findall(m.group("list"))
        if (
            re.search(r"\d[ \t]*(?:to|-|–)[ \t]*(?:q[ \t]*)?\d", m.group("list"), re.I)
            and len(ids) == 2
        ):
            a, b = ids
            if a.isdigit() and b.isdigit() and int(a) < int(b) <= int(a) + 20:
                ids = [str(n) for n in range(int(a), int(b) + 1)]
        for qid in ids:
            if qid.lower() not in out:
                out.append(qid.lower())
    for m in ORDINAL_RE.finditer(sentence):  # "your first question" -> ["1"]
        qid = str(ORDINALS.index(m.group("nth").lower()) + 1)
        if qid not in out:
            out.append(qid)
    return out


def questions_for(
    text: str, citations: list[Citation], labels: dict[Citation, str], masked: str = ""
) -> dict[str, list[str]]:
    """{label: [question ids]} for the provisions a question's part of the reply cites;
    ``masked`` is ``text`` with the request it repeats blanked (``echo.mask``), when known."""
    found: dict[str, list[str]] = {}

    def add(label: str, qids: list[str]) -> None:
        have = found.setdefault(label, [])
        have.extend(q for q in qids if q not in have)

    parts = [_echo_ends(b, text, masked) for b in blocks(text)] if masked else blocks(text)
    pending: list[str] = []
    owners: list[tuple[int, int, list[str]]] = []
    starts = sorted(c.start for c in citations)  # (a list's citations may run past the next's)
    for block in parts:
        body = text[block.start : block.end]
        cited = any_within(starts, block.start, block.end)
        if cited:
            owners.append((block.start, block.end, [*pending, block.question]))
            pending = []
        elif _only_question(body):
            pending.append(block.question)
        else:
            pending = []
    owner_starts, owner_ends = [o[0] for o in owners], [o[1] for o in owners]
    for citation in citations:
        label = labels.get(citation)
        if label is None:
            continue
        owner = span_at(owner_starts, owner_ends, citation.start)  # (blocks never overlap)
        owned = owner >= 0
        named = named_questions(_sentence_around(text, citation.start))
        if owned and not named:  # (a sentence naming its questions says which: "Section 12
            add(label, owners[owner][2])  # also applies to question 4" after answer 3)
        if not (named or owned):
            # "... the information requested in your first question would exceed the upper
            # cost limit ... Under section 12 of FOISA ...": named earlier in its paragraph
            named = _named_before(text, citation.start)
        if named:
            add(label, named)
    return {k: sorted(v, key=_order) for k, v in found.items() if v}


def _echo_ends(block: Block, text: str, masked: str) -> Block:
    """A question of the request repeated back ("You requested: 1. ... 3. ...") ends where
    the authority speaks again: "Your request is refused under s21" after the last one is of
    the whole request, not of question 3. (Linear: each block's characters once.)"""
    first = block.start
    while first < block.end and text[first].isspace():
        first += 1
    if first == block.end or not masked[first].isspace():
        return block  # the authority's own words
    for i in range(first + 1, block.end):
        if not masked[i].isspace():
            return Block(block.question, block.start, i)
    return block


# The authority answering, not the question restated: "1. There are currently 92.", "1. No
# information held. We do not hold Strategy Board meeting minutes."
ANSWERING_RE = re.compile(
    r"\b(?:we|our|us|I (?:can|am|have|do|will|would advise)|there (?:is|are|was|were|has been|"
    r"have been)|no (?:information|data|records?)|(?:is|are) not held|not held|nil|none|can be "
    r"found|(?:is|are) attached|please (?:see|find))\b|"
    # "1. Yes. Moray Council declared ...", "1. ... the CoLP have/had 968 police officers." (a
    # count, not a year: "for 2017 through to 2021")
    r"^\W*(?:yes|no)\b|(?<![\d/£.,-])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d,])(?![/.]\d)(?! ?(?:months?|"
    r"years?|weeks?|days?)\b)",
    re.IGNORECASE,
)


def _only_question(body: str) -> bool:
    """A block that holds just the question restated (one sentence, no answer)."""
    lines = [ln for ln in body.strip().split("\n") if ln.strip()]
    if ANSWERED_RE.search(body):
        return False
    if not body.rstrip().endswith("?") and ANSWERING_RE.search(MARKER_RE.sub("", body, count=1)):
        return False
    return len(" ".join(lines)) < 400 and " ".join(lines).rstrip().endswith(("?", ".", ":"))


# Said of the request's questions, not of a document's items or an Act's parts ("an update
# within Item 8", "Part 1 of Schedule 1"): "In relation to question 3", "your first question",
# "the information you have asked for at point 2".
QUESTION_NAMED_RE = re.compile(r"\b(?:questions?|q|points?)[ \t]*\d|" + ORDINAL_RE.pattern, re.I)


def _named_before(text: str, at: int) -> list[str]:
    """The questions the nearest sentence before ``at`` in its paragraph names (up to a
    blank line or a heading in capitals, "REASON FOR DECISION")."""
    lo = max(0, at - PARAGRAPH)
    start = max(
        [text.rfind("\n\n", lo, at), lo, *(m.end() for m in BREAK_RE.finditer(text, lo, at))]
    )
    for sentence in reversed(re.split(r"(?<=[.?!])\s+|\n", text[start:at])):
        if QUESTION_NAMED_RE.search(sentence):
            return named_questions(sentence)
    return []


def _sentence_around(text: str, at: int) -> str:
    lo = max(0, at - 300)
    # (a sentence ends at a full stop before a space or a line break: "... information.\nREASON")
    stops = (". ", ".\n", "\n\n")
    start = max(*(text.rfind(stop, lo, at) for stop in stops), lo - 1) + 1  # bounded
    ends = [i for i in (text.find(stop, at, at + 300) for stop in stops) if i >= 0]
    return " ".join(text[start : min(ends) if ends else min(len(text), at + 300)].split())


def _order(qid: str) -> tuple[int, str]:
    digits = "".join(ch for ch in qid if ch.isdigit())
    return (int(digits) if digits else 0, qid)
