"""Reading an authority's clarification request: which words of the letter it objected to,
and what kind of problem it saw.

Replies are free text, so this looks for the ways FOI officers put it: a term in quotes
in a sentence that complains ("We cannot identify 'online' offences"), "X is too
broad", "please clarify what you mean by X", "you asked for X", "we cannot search for
X", and "financial or calendar year". Sentences the reply copies from the request
itself, and lines quoted with ``>``, are not the authority's words and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Kinds, most specific first: the first whose words appear in the sentence wins.
KIND_PATTERNS = (
    ("ambiguous_period", r"\b(?:financial|calendar)\s+(?:or|and|/)\s+(?:financial|calendar)\s+"
     r"years?\b|\bfinancial\s+years?\b.{0,80}\bcalendar\s+years?\b|\bcalendar\s+"
     r"years?\b.{0,80}\bfinancial\s+years?\b|\b(?:which|what)\s+(?:time\s+)?(?:period|dates?|"
     r"years?)\b[^.?]{0,300}\?|\bdate\s+range\s+(?:you|do\s+you)\b"),
    ("manual_review", r"\b(?:cannot|can\s*not|can't|unable\s+to|not\s+able\s+to|no\s+way\s+to)"
     r"\s+(?:\w+\s+){0,2}?(?:identify|search|filter|extract|locate|retrieve|isolate)|\bnot\s+"
     r"(?:a\s+)?(?:general\s+)?search(?:able)?\b|\bno\s+(?:field|marker|flag|MO)\b|"
     r"\bindividually\b|\bmanual(?:ly)?\b|\bfree[- ]text\b|\bword\s+search\b|\bnot\s+"
     r"(?:recorded|captured|held)\s+(?:in\s+a\s+way|as\s+a|in\s+a\s+searchable)"),
    ("too_broad", r"\btoo\s+(?:broad|wide|general|wide[- ]ranging)\b|\bvery\s+(?:broad|wide)\b|"
     r"\bopen[- ]ended\b"),
    ("unnamed_entities", r"\b(?:name|specify|list|tell\s+us)\s+(?:the|which)\s+(?:organisations?"
     r"|organizations?|groups?|bodies|agencies|companies|charities)\b"),
    ("undefined_term", r"\bclarif|\bmean\s+by\b|\bdefin|\bunclear\b|\bambiguous\b|\bnot\s+clear\b|"
     r"\bspecify\b|\bvague\b|\binterpret"),
)  # fmt: skip
KINDS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in KIND_PATTERNS]

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
        kind = classify(sentence)
        for cue in _sentence_cues(sentence, kind):
            key = (cue.term.casefold() if cue.term else None, cue.kind)
            found.setdefault(key, cue)
    return list(found.values())


def classify(sentence: str) -> str | None:
    """The kind of problem a sentence describes, or None when it complains of nothing."""
    for kind, pattern in KINDS:
        if pattern.search(sentence):
            return kind
    return None


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
