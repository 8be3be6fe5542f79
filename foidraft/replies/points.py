"""The points of a clarification request, as the authority numbered them, and what each
is about: which of the request's questions it names, what kind of problem it raises,
which of its sentences object and which recommend other wording.

Officers write "1. Is it the financial year ...", "3: Question 1B refers to ...", or one
unnumbered paragraph. The points are the first run of numbers 1, 2, 3 ... after the
request is first asked to be clarified (earlier numbers are the request, copied back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidraft.replies.echo import opening
from foidraft.replies.questions import named_questions

# The kind of problem a sentence describes, most specific first (also used by
# ``foidraft.learn`` to classify what an authority asked about).
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
# A sentence that offers other wording rather than objecting to the requester's.
# (what the requester may do with the request, however it is put between: "You may however,
# wish to consider reducing the scope", "you could restrict your request by ..."; not what
# they may wish to know: "you may wish to be aware that much of this would be exempt")
_NARROW = r"narrow|limit|restrict|reduce|refine|focus|specify"
RECOMMEND_RE = re.compile(
    r"\b(?:may I suggest|I would suggest|we would suggest|(?:my|our|the) (?:only )?suggestion|"
    r"you (?:may|might)(?:,? however,?)? (?:wish|want|like) to (?!be aware\b|note\b|know\b)|"
    r"it would be (?:easier|better|helpful|quicker)|"
    r"(?:would|might) be a better way|a better way (?:for us|to)|(?:we|I) could (?:search|"
    r"provide|look)|if you (?:could|were to|can|would) (?:name|provide|ask|"
    rf"{_NARROW})|you could (?:ask|request|{_NARROW})|consider (?:asking|"
    r"narrowing|limiting|restricting|reducing|refining|focusing|rephrasing|re-?wording))",
    re.IGNORECASE,
)
START_RE = re.compile(r"clarif|further (?:details|information) from you", re.IGNORECASE)
# A point's number or letter as the authority wrote it: "1.", "2)", "Point 3:", "Q4:", "(4)", "b)",
# "(c)" (a letter counts as its place in the alphabet: a, b, c are 1, 2, 3)
POINT_RE = re.compile(
    r"^[ \t]*(?:point[ \t]+|q(?:uestion)?[ \t]*)?(?:\((\d{1,2}|[a-h])\)|(\d{1,2})[ \t]*[.:)]|"
    r"([a-h])\))[ \t]+(?=\S)",
    re.I | re.M,
)
# Where the points end: the request to rewrite, offers of help, the deadline, the footer.
CLOSING_RE = re.compile(
    # (at a line's start, or a sentence's where the letter lost its lines)
    r"(?:^|(?<=[.?!][ \t]))[ \t]*(?:please (?:re-?write|contact|note that the freedom|"
    r"let (?:me|us) know if)|to enable us|if you (?:need|require|have)|additional information|"
    r"yours (?:sincerely|faithfully)|"
    r"i look forward to (?:receiving |hearing )?(?:your|from)|kind regards|"
    r"once we (?:receive|have)|we will (?:not )?(?:be able to )?(?:proceed|process))",
    re.IGNORECASE | re.MULTILINE,
)
# A sentence's end before the next on its line (not a point's number: "1. Please ...")
SENTENCE_END_RE = re.compile(r"(?<![\d\s])[.?!][\"'”’)]*[ \t]+")
# The letter's salutation, greeting or reference line, which a point never is
DEAR_RE = re.compile(
    r"^[ \t]*(?:dear|hi|hello|good (?:morning|afternoon))\b[^\n]{0,80}$|^[ \t]*(?:[\w/]+ )?"
    r"ref(?:erence)?(?: no\.?)?[ \t]*:[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE,
)
# What opens or closes the letter, or says how the request proceeds, not what is asked:
# "Thank you for your below request", "I am writing with regards to your request", "If we
# hear nothing further from you by 19 February", "With kind regards."
FRAME_RE = re.compile(
    r"^\W*(?:(?:thank you|thanks|many thanks) for\b|I am writing (?:with regards?|in "
    r"relation|in response|regarding|about)\b|if (?:we|I) (?:hear nothing|do not hear|have not "
    r"(?:heard|received))\b|(?:with )?(?:kind|best|warm) regards\b|in the meantime\b|please "
    r"note that the (?:20|twenty) working day)",
    re.IGNORECASE,
)
# A sentence that asks the requester for something: "Could you please confirm the time
# period ...?", "please provide us with a timeframe", "If you could specify ..."
ASKS_RE = re.compile(
    r"\?[\"'”’)]*$|\b(?:please|could you|can you|would you|if you could|we (?:would )?ask "
    r"(?:that )?you)\b[^.]{0,60}?\b(?:provide|confirm|specify|clarify|define|tell|explain|"
    r"let (?:us|me) know|indicate|identify|narrow|name|state)\b",
    re.IGNORECASE,
)
# A sentence that says clarification is needed and nothing of what: "We require
# clarification before we can proceed.", "..., which we need you to clarify.", "Please
# clarify the following points:" (not "clarify what you mean by 'online'")
FRAMING_RE = re.compile(r"\bclarif\w*|\bfurther (?:details|information) from you\b", re.I)
WHAT_RE = re.compile(
    r"\b(?:what|which|whether|how|who|where|when|if|mean|meant|term|word|phrase|period|dates?|"
    r"years?|defin\w*|scope|type|kind|refer\w*)\b|[“‘\"']",
    re.IGNORECASE,
)
URL_LINE_RE = re.compile(r"^[ \t]*(?:\[\d+\])?[ \t]*https?://\S*[ \t]*$", re.MULTILINE)
SENTENCE_RE = re.compile(r"[^.?!]+(?:[.?!]+[\"'”’)]*|$)")
QUOTED_RE = re.compile(
    r"“([^”\n]{1,80})”|‘([^’\n]{1,80})’|\"([^\"\n]{1,80})\"|(?<!\w)'([^'\n]{1,80})'(?!\w)"
)


@dataclass(frozen=True)
class Point:
    """One point the authority raised."""

    number: str  # as the authority numbered it; "" for an unnumbered request
    text: str  # its words, on one line
    questions: list[str] = field(default_factory=list)  # request questions it names
    kind: str | None = None  # ambiguous_period, manual_review, too_broad, ...
    objections: list[str] = field(default_factory=list)  # sentences that object
    suggestions: list[str] = field(default_factory=list)  # sentences offering other wording

    @property
    def terms(self) -> list[str]:
        """Words it quotes in its objections (never in its suggestions)."""
        out: list[str] = []
        for sentence in self.objections:
            for m in QUOTED_RE.finditer(sentence):
                term = next(g for g in m.groups() if g is not None).strip(" .,;:")
                if (
                    term
                    and len(term.split()) <= 6
                    and term.casefold() not in (o.casefold() for o in out)
                ):
                    out.append(term)
        return out


def classify(sentence: str) -> str | None:
    """The kind of problem a sentence describes, or None."""
    for kind, pattern in KINDS:
        if pattern.search(sentence):
            return kind
    return None


def recommends(sentence: str) -> bool:
    """True when the sentence offers wording ("May I suggest you ask for ...")."""
    return bool(RECOMMEND_RE.search(sentence))


def clarification_points(text: str) -> list[Point]:
    """The authority's points, in its order and numbering."""
    start = START_RE.search(text)
    offset = _sentence_start(text, start.start()) if start else 0
    line, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    if start and text[line : end if end >= 0 else None].rstrip().endswith("?"):
        offset = line  # "Q1) Could you please clarify the term ...?" is asked whole
    marks = [
        (m.start(), m.end(), m.group(m.lastindex or 1)) for m in POINT_RE.finditer(text, offset)
    ]
    runs: dict[bool, list[tuple[int, int, str]]] = {True: [], False: []}  # numbers, letters
    for mark in marks:
        run = runs[mark[2].isdigit()]
        if _place(mark[2]) == (_place(run[-1][2]) if run else 0) + 1:
            run.append(mark)
        elif run and mark[2].lower() == run[-1][2].lower():
            run.append(mark)  # the same number again ("Q2) ... Q2) Over what period?"): kept
        elif run and _place(mark[2]) == 1:
            run[:] = [mark]  # a fresh list: the earlier one was something else
    # numbered points, or lettered ones (letters within a numbered point are its own)
    run = runs[True] if len(runs[True]) >= 2 else runs[False]
    if len(run) < 2:
        body = text[offset:]
        if not (start and _asking(body)):  # no cue, or what is asked came before it
            context, ask = _first_ask(text)
            body = text[context:]
            closing = CLOSING_RE.search(body, ask - context + 1)  # ("To enable us, please ...")
            return _unnumbered(body[: closing.start()] if closing else body)
        # "we need the following clarification:" introduces them
        first = body.find("\n")
        if first >= 0 and body[:first].rstrip().endswith(":"):
            body = body[first + 1 :]
        closing = CLOSING_RE.search(body)
        body = body[: closing.start()] if closing else body
        return _unnumbered(body) if body.strip() else []
    points = []
    for i, (_, end, number) in enumerate(run):
        stop = run[i + 1][0] if i + 1 < len(run) else len(text)
        body = text[end:stop]
        if i + 1 == len(run):
            closing = CLOSING_RE.search(body)
            body = body[: closing.start()] if closing else body
        points.append(_point(number, body))
    return points


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, within its line ("Thank you ..., which we
    need you to clarify" is read whole, then left out as framing; "1. Please clarify ..."
    keeps its number)."""
    line = text.rfind("\n", 0, at) + 1
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, line, at)]
    return ends[-1] if ends else line


def _said(sentences: list[str]) -> list[str]:
    """The sentences that say something of the request: not the letter's thanks for it,
    nor that clarification is needed with nothing of what (``FRAMING_RE``); all of them
    when nothing else is left."""
    kept = [
        s for s in sentences
        if not (opening(s) or _framing(s) or (FRAME_RE.match(s) and not s.endswith("?")))
    ]  # fmt: skip
    return kept or sentences


def _first_ask(text: str) -> tuple[int, int]:
    """Where the first sentence that asks the requester for something starts, and the one
    before it that says what it is about, unless that one opens the letter (both 0 if none
    asks): "To enable us to assist, please provide a timeframe" after the letter's thanks."""
    before = 0
    for m in SENTENCE_RE.finditer(DEAR_RE.sub(lambda d: " " * len(d.group(0)), text)):
        words = " ".join(m.group(0).split())
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        framed = bool(FRAME_RE.match(words)) or opening(words) or _framing(words)
        if ASKS_RE.search(words) and not framed:
            return (before or start), start
        before = 0 if framed or not words else start
    return 0, 0


def _asking(body: str) -> bool:
    """Whether ``body``, up to the letter's close, asks the requester for something."""
    closing = CLOSING_RE.search(body)
    words = " ".join(body[: closing.start() if closing else None].split())
    return any(ASKS_RE.search(m.group(0).strip()) for m in SENTENCE_RE.finditer(words))


def _framing(sentence: str) -> bool:
    m = FRAMING_RE.search(sentence)
    if m is None or sentence.rstrip("\"'”’)").endswith("?"):
        return False
    return not WHAT_RE.search(sentence, m.end())


def _place(number: str) -> int:
    """A point's place: its number, or its letter's in the alphabet ("b" is 2)."""
    return int(number) if number.isdigit() else ord(number.lower()) - ord("a") + 1


def _unnumbered(body: str) -> list[Point]:
    """Unnumbered points: one a question when the officer asks two or more ("... are you
    referring to just council schemes or all roadworks? Also ... is it the cost of the
    scheme or of the permits?"), each with the sentences that explain it (after it; those
    before the first question go with the first); else one point."""
    words = " ".join(URL_LINE_RE.sub("", DEAR_RE.sub("", body)).split())
    sentences = [m.group(0).strip() for m in SENTENCE_RE.finditer(words) if m.group(0).strip()]
    sentences = _said(sentences)
    asks = [i for i, s in enumerate(sentences) if s.rstrip("\"'”’)").endswith("?")]
    if len(asks) < 2:
        return [_point("", body)]
    starts = [0, *asks[1:]]
    ends = [*asks[1:], len(sentences)]
    return [_point("", " ".join(sentences[a:b])) for a, b in zip(starts, ends, strict=True)]


def _point(number: str, body: str) -> Point:
    words = " ".join(URL_LINE_RE.sub("", DEAR_RE.sub("", body)).split())
    sentences = [m.group(0).strip() for m in SENTENCE_RE.finditer(words) if m.group(0).strip()]
    sentences = _said(sentences)
    words = " ".join(sentences)
    suggestions = [s for s in sentences if recommends(s)]
    objections = [s for s in sentences if s not in suggestions]
    kinds = [k for k in (classify(s) for s in objections) if k]
    return Point(
        number=number,
        text=words,
        questions=named_questions(words),
        kind=kinds[0] if kinds else None,
        objections=objections,
        suggestions=suggestions,
    )
