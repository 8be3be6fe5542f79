"""Reading an authority's clarification request: which words of the letter it objected to,
and what kind of problem it saw.

Replies are free text, so this looks for the ways FOI officers put it: a term in quotes
in a sentence that complains ("We cannot identify 'online' offences"), "X is too
broad", "please clarify what you mean by X", "you asked for X", "we cannot search for
X", and "financial or calendar year". Sentences the reply copies from the request
itself, lines quoted with ``>``, and sentences that recommend other wording ("May I
suggest you ask for all 'crimes recorded'") are not objections and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidraft.replies.points import classify, recommends

# The kind of problem a sentence describes, and whether it recommends wording rather than
# objecting to the letter's, are read the way ``foidraft.replies`` reads any reply.
QUOTED_RE = re.compile(
    r"“([^”\n]{1,200})”|‘([^’\n]{1,120})’|\"([^\"\n]{1,200})\"|(?<![\w'])'([^'\n]{1,120})'(?!\w)"
)
# A term after a cue: quoted, or a few words up to punctuation or a linking word.
_TERM = (
    r"(?:the\s+(?:term|word|phrase|expression)\s+)?"
    r"(?P<t>[“‘\"'][^”’\"'\n]{1,120}[”’\"']|[\w][\w/&' -]{0,60}?)"
    r"(?=\s*(?:[.,;:?!()]|$|\s(?:as|because|since|is|are|was|in\s+your|within|on\s+our|"
    r"which|that|so|unless|and\s+we|but)\b))"
)
CUE_PATTERNS = (
    ("undefined_term", r"\b(?:clarify|explain|confirm|define|specify|tell\s+us)\s+what\s+you\s+"
     r"(?:mean|meant)\s+by\s+" + _TERM),
    ("undefined_term", r"\bwhat\s+(?:do|did)\s+you\s+mean\s+by\s+" + _TERM),
    ("undefined_term", r"\b(?:please\s+)?define\s+" + _TERM),
    (None, r"(?:^|[.;]\s+)(?:the\s+(?:term|word|phrase)\s+)?(?P<t>[“‘\"'][^”’\"'\n]{1,120}"
     r"[”’\"']|[\w][\w/&' -]{0,40}?)\s+is\s+(?:too|very|rather|quite)\s+(?:broad|wide|vague|"
     r"general|ambiguous)\b"),
    (None, r"\bthe\s+(?:term|word|phrase)\s+(?P<t>[“‘\"'][^”’\"'\n]{1,120}[”’\"']|[\w][\w/&' -]"
     r"{0,40}?)\s+is\s+(?:unclear|ambiguous|not\s+clear|too\s+\w+)\b"),
    ("manual_review", r"\b(?:we|I|the\s+force)\s+(?:cannot|can\s*not|can't|(?:are|am|is)\s+"
     r"unable\s+to)\s+(?:search|identify|filter|extract|locate|retrieve)\s+(?:for\s+|by\s+)?"
     r"(?:from\s+our\s+(?:data|systems?|records)\s+)?" + _TERM),
    (None, r"\byou\s+(?:have\s+)?ask(?:ed)?\s+(?:for|about)\s+" + _TERM),
)  # fmt: skip
CUES = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in CUE_PATTERNS]

SENTENCE_RE = re.compile(r"[^.?!\n]+(?:[.?!]+[\"'”’)]*|$)")
# A cue that names the request itself, or one of its parts, is no term.
NOT_TERMS = re.compile(
    r"^(?:this|that|it|which|these|those|your|the|my|our|we|you|request|question|part|point|"
    r"(?:your|the|this)\s+(?:request|question|query|enquiry)|(?:question|part|point|q)\s*"
    r"\w{0,3}|information|data|details|records?|search)$",
    re.IGNORECASE,
)
MAX_TERM_WORDS = 6  # a longer quote is the authority quoting the question, not a term


@dataclass(frozen=True)
class Cue:
    """A term the authority objected to (None: the period, which it may not quote), the
    kind of problem, and its sentence."""

    term: str | None
    kind: str
    sentence: str


def reply_sentences(reply: str, letter: str = "") -> list[str]:
    """The reply's own sentences: line breaks inside paragraphs joined, ``>`` quotes and
    sentences copied from ``letter`` left out."""
    lines = [
        ln for ln in reply.replace("\r\n", "\n").split("\n") if not ln.lstrip().startswith(">")
    ]
    paragraphs = re.split(r"\n\s*\n", "\n".join(lines))
    own = _squash(letter).casefold()
    out: list[str] = []
    for paragraph in paragraphs:
        text = _squash(paragraph)
        for m in SENTENCE_RE.finditer(text):
            sentence = m.group(0).strip()
            if len(sentence) < 4:
                continue
            if own and len(sentence) > 30 and _squash(sentence).casefold().rstrip(".?!") in own:
                continue  # the reply reproducing the request
            out.append(sentence)
    return out


def find_cues(reply: str, letter: str = "") -> list[Cue]:
    """Every cue in ``reply``, in order, each (term, kind) once."""
    found: dict[tuple[str | None, str], Cue] = {}
    for sentence in reply_sentences(reply, letter):
        if recommends(sentence):
            continue  # "May I suggest you ask for 'crimes recorded'": wording they want
        kind = classify(sentence)
        for cue in _sentence_cues(sentence, kind):
            key = (cue.term.casefold() if cue.term else None, cue.kind)
            found.setdefault(key, cue)
    return list(found.values())


def _sentence_cues(sentence: str, kind: str | None) -> list[Cue]:
    out: list[Cue] = []
    if kind == "ambiguous_period":
        out.append(Cue(None, kind, sentence))
    for cue_kind, pattern in CUES:
        for m in pattern.finditer(sentence):
            term = clean_term(m.group("t"))
            if term:
                out.append(Cue(term, cue_kind or kind or "undefined_term", sentence))
    if kind is not None:
        for m in QUOTED_RE.finditer(sentence):
            term = clean_term(next(g for g in m.groups() if g is not None))
            if term:
                out.append(Cue(term, kind, sentence))
    return out


def clean_term(raw: str) -> str | None:
    """The term without quotes, articles and edge punctuation; None when it is not one
    (a pronoun, the request itself, or a whole quoted question)."""
    term = raw.strip().strip("“”‘’\"'").strip(" .,;:?!()-")
    term = re.sub(r"^(?:the|a|an|any|all)\s+", "", term, flags=re.IGNORECASE)
    words = term.split()
    if not words or len(words) > MAX_TERM_WORDS or len(term) < 2:
        return None
    if NOT_TERMS.match(" ".join(words)):
        return None
    return " ".join(words)


def _squash(text: str) -> str:
    return " ".join(text.split())
