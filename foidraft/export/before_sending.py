"""Before a letter goes: where the authority may already have published the answer (its
disclosure log, searched for the request's key terms), and what sending through
WhatDoTheyKnow makes public. "Already published" (s21) is a common answer, and a
WhatDoTheyKnow request is published with the requester's name, for good."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from foidraft.authorities.names import in_running_text
from foidraft.export.text import plain_text, split_letter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft

WDTK_PRIVACY = "https://www.whatdotheyknow.com/help/privacy"
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
STOP = frozenset(
    {
        "please", "provide", "number", "numbers", "information", "request", "requests",
        "record", "records", "recorded", "which", "where", "there", "their", "these", "those",
        "would", "could", "should", "about", "under", "within", "between", "from", "with",
        "that", "this", "have", "been", "were", "your", "you", "made", "details", "following",
        "total", "each", "years", "year", "financial", "calendar", "period", "including",
        "include", "police", "force", "dear", "yours", "faithfully", "sincerely", "regards",
        "thank", "many", "copy", "copies", "data", "figures", "breakdown", "relating",
        "related", "regarding", "specify", "also", "into", "than", "they", "them", "what",
        "when", "whom", "whose", "will", "shall", "only", "such", "other", "any", "all",
        "month", "months", "week", "weeks", "date", "dates", "since", "during", "insert",
        "section", "against", "freedom", "scotland", "given", "both", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "hold", "held", "published", "publish", "already", "link", "document",
        "documents", "exempt", "redacted", "release", "rather", "withholding", "withheld",
        "part", "parts", "rest", "full", "version", "currently", "send", "electronic", "format",
        "spreadsheet", "excel", "however", "usually", "shown", "fewer", "identify",
        "someone", "small", "enough", "figure", "question", "questions",
    }
)  # fmt: skip


def key_terms(letter: str, limit: int = 5, kind: str | None = None, title: str = "") -> list[str]:
    """The request's subjects, for searching a disclosure log: what it counts and how, as
    the model of what is recorded for a body of type ``kind`` names them (``subjects``);
    for a request that model does not read, its most telling words and pairs of words."""
    from foidraft.export.subjects import recorded_terms

    body = split_letter(plain_text(letter))[1] or plain_text(letter)
    recorded = recorded_terms(body, kind, limit, title)
    if recorded:
        return recorded
    words = [w.casefold().strip("'-") for w in WORD_RE.findall(body)]
    words = [w for w in words if w not in STOP and len(w) > 3]
    pairs = Counter(f"{a} {b}" for a, b in itertools.pairwise(words))
    single = Counter(words)
    out: list[str] = []
    for pair, count in pairs.most_common():
        if count > 1 and len(out) < limit:
            out.append(pair)
    for word, _ in single.most_common():
        if len(out) >= limit:
            break
        if not any(word in term.split() for term in out):
            out.append(word)
    return out


def errors_to_fix(draft: Draft) -> list[str]:
    """The messages of the draft's error-level findings (a gap left to fill, no name...),
    as the editor shows them: its header's authority, ignored rules and kind of letter
    apply. A check that fails says nothing here: the editor reports it."""
    from foidraft.lint.api import check

    try:
        findings = check(draft.render())
    except Exception:  # a faulty rule must not stop an export
        return []
    return [f.message for f in findings if f.severity == "error"]


def fix_first(messages: list[str], where: str) -> str:
    """The line that says a letter is not ready to send, with the first thing to fix;
    ``where`` says how to see them all."""
    count = len(messages)
    return (
        f"Fix before sending: foidraft flags {count} error{'s' if count != 1 else ''} in "
        f"this letter ({where}): {messages[0]}"
    )


def sending_notes(draft: Draft, authority: Authority | None, *, wdtk: bool = True) -> list[str]:
    """Everything to read before sending ``draft``: its own notes (a follow-up letter's:
    where to complain and by when), then :func:`before_sending`'s. A follow-up letter
    answers a request already made, so its disclosure log is not worth searching again."""
    from foidraft.drafts.tracking import follows_up

    where = None if follows_up(draft) else authority
    title = _subject(draft) if draft.letter == "narrow" else draft.title
    return [*draft.notes, *before_sending(_asked(draft), where, wdtk=wdtk, title=title)]


NUMBERED_RE = re.compile(r"^\s*\d+[a-z]?[.)]\s")


def _asked(draft: Draft) -> str:
    """What to find the key terms in: a narrowed request's questions asked again (with
    none numbered, its title less "Narrowed: "), not the words around them ("response",
    "narrowed", the authority's quoted advice)."""
    if draft.letter != "narrow":
        return draft.body
    asked = [p for p in re.split(r"\n[ \t]*\n", draft.body) if NUMBERED_RE.match(p)]
    return "\n\n".join(asked) or _subject(draft)


def _subject(draft: Draft) -> str:
    """A follow-up letter's title less what it is ("Narrowed: knife crime" -> "knife crime")."""
    return draft.title.partition(": ")[2] or draft.title


def before_sending(
    letter: str, authority: Authority | None, *, wdtk: bool = True, title: str = ""
) -> list[str]:
    """Lines to read before sending: the disclosure log with key terms (what the
    ``title`` names first), and (when the letter may go through WhatDoTheyKnow) what
    that site publishes."""
    lines = []
    kind = authority.type if authority is not None else None
    terms = ", ".join(f"“{t}”" for t in key_terms(letter, kind=kind, title=title))
    # Already published: FOIA s21; a Scottish body cites FOISA s25 for the same thing.
    published = "FOISA s25" if authority is not None and authority.regime == "FOISA" else "s21"
    who = in_running_text(authority.name) if authority is not None else ""
    if authority is not None and authority.disclosure_log:
        lines.append(
            f"Before sending: {who} publishes past answers in its disclosure log "
            f"({authority.disclosure_log}). Search it for {terms or 'your subject'}: if the "
            "answer is there, you have it now, and a request for it may be refused as already "
            f"published ({published})."
        )
    elif authority is not None:
        lines.append(
            f"Before sending: search {who}'s website for published answers "
            f"({terms or 'your subject'}); information already published may be refused "
            f"({published})."
        )
    if wdtk:
        lines.append(
            "Sending through WhatDoTheyKnow publishes your name, the request and every reply "
            f"on the web, for good ({WDTK_PRIVACY}). Use your email instead if that matters."
        )
    return lines
