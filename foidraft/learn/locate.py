"""Finding the authority's term in the requester's own letter: exactly (any spacing or
case, a plural allowed), else approximately (rapidfuzz), and the sentence around it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidraft.learn.cues import Cue

# Where a letter names a period the authority may read two ways.
PERIOD_RES = (
    re.compile(r"(?<![\w/£$.-])(?:19|20)\d\d\s*[/-]\s*(?:19|20)?\d\d(?![\w/%-])"),
    re.compile(
        r"\b(?:the\s+)?(?:last|past|previous)\s+(?:\w+\s+)?"
        r"(?:years?|months?)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:recently|in\s+recent\s+years|this\s+year|last\s+year)\b", re.IGNORECASE),
)
LIST_MARK_RE = re.compile(r"^\s*(?:\d{1,2}[a-z]?[.):]|\(?[a-z][.)]|[-*•]|Q\d+[.:)]?)\s+", re.I)
FUZZY_SCORE = 88.0
MAX_SENTENCE = 300


@dataclass(frozen=True)
class Located:
    """Where the term is in the letter: ``text`` is the letter's own wording."""

    start: int
    end: int
    text: str
    sentence: str
    fuzzy: bool = False


def locate(letter: str, cue: Cue) -> Located | None:
    """The first place in ``letter`` (outside ``>`` quotes) the cue's term appears, or
    for a period cue the first split year or relative period; None when absent."""
    if cue.term is None:
        for pattern in PERIOD_RES:
            for m in pattern.finditer(letter):
                if not _quoted(letter, m.start()):
                    return _located(letter, m.start(), m.end())
        return None
    words = [re.escape(w) for w in cue.term.split()]
    exact = re.compile(r"(?<!\w)" + r"[\s-]+".join(words) + r"(?:s|es)?(?!\w)", re.IGNORECASE)
    for m in exact.finditer(letter):
        if not _quoted(letter, m.start()):
            return _located(letter, m.start(), m.end())
    return _fuzzy(letter, cue.term)


def _fuzzy(letter: str, term: str) -> Located | None:
    if len(term) < 6:
        return None  # short words match too much approximately
    from rapidfuzz import fuzz

    hit = fuzz.partial_ratio_alignment(term.casefold(), letter.casefold(), score_cutoff=FUZZY_SCORE)
    if hit is None:
        return None
    start, end = hit.dest_start, hit.dest_end
    while start > 0 and letter[start - 1].isalnum():
        start -= 1
    while end < len(letter) and letter[end].isalnum():
        end += 1
    found = letter[start:end]
    if not found.strip() or len(found.split()) > len(term.split()) + 2 or _quoted(letter, start):
        return None
    return _located(letter, start, end, fuzzy=True)


def _located(letter: str, start: int, end: int, *, fuzzy: bool = False) -> Located:
    text = " ".join(letter[start:end].split())
    return Located(start, end, text, sentence_around(letter, start, end), fuzzy)


def sentence_around(letter: str, start: int, end: int) -> str:
    """The sentence holding ``start``..``end``, on one line, without a list number."""
    left = max(
        letter.rfind("\n", 0, start), *(letter.rfind(p, 0, start) for p in (". ", "? ", "! "))
    )
    a = 0 if left < 0 else left + (1 if letter[left] == "\n" else 2)
    ends = [i for i in (letter.find(c, end) for c in ".?!\n") if i >= 0]
    b = min(ends) + 1 if ends else len(letter)
    sentence = LIST_MARK_RE.sub("", " ".join(letter[a:b].split()))
    if len(sentence) > MAX_SENTENCE:  # keep a window around the term
        text = " ".join(letter[start:end].split())
        at = sentence.find(text)
        lo = max(0, at - MAX_SENTENCE // 2)
        sentence = sentence[lo : lo + MAX_SENTENCE].strip()
    return sentence


def _quoted(letter: str, at: int) -> bool:
    line_start = letter.rfind("\n", 0, at) + 1
    return letter[line_start:at].lstrip().startswith(">")
