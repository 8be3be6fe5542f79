"""Pieces every follow-up letter shares: the request's own questions, its greeting and
sign-off, the authority's reference, dates written out, and the rewording foidraft
would use for a finding, told as a sentence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from foidraft.lint.model import Finding, Suggestion
from foidraft.text.dates import long_date
from foidraft.text.signoff import SIGN_OFF_RE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

QUESTION_RE = re.compile(
    r"^[ \t]*(?:q(?:uestion)?[ \t]*)?(?P<id>\d{1,2}[a-z]?)[ \t]*[.):][ \t]+", re.I | re.M
)
REFERENCE_RE = re.compile(
    r"\b(?:our|your|FOI|request)?[ \t]*(?:reference|ref)(?:[ \t]+(?:no|number))?\.?[ \t]*"
    r"[:-]?[ \t]*(?P<ref>[A-Z0-9][A-Z0-9/._-]{1,30})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Letter:
    """A follow-up letter: its title and text, and what the requester should know before
    sending it (``notes``, never part of the letter)."""

    kind: str  # clarify | narrow | review | chaser | complaint
    title: str
    body: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Question:
    """One numbered question of the request: its number and where its text lies."""

    id: str
    start: int  # where the question's words start (after the number)
    end: int


def questions_of(letter: str) -> list[Question]:
    """The request's numbered questions ("1a.", "2)", "Q3:"), each to the next one or to
    the sign-off."""
    sign_off = SIGN_OFF_RE.search(letter)
    limit = sign_off.start() if sign_off else len(letter)
    marks = [m for m in QUESTION_RE.finditer(letter) if m.start() < limit]
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else limit
        out.append(Question(m.group("id").lower(), m.end(), end))
    return out


def as_numbered(letter: str, question: Question) -> str:
    """The question with the number it was written with ("1a. ...", "Q3: ..."): the
    authority and the requester both refer to it by that number."""
    line_start = letter.rfind("\n", 0, question.start) + 1
    return letter[line_start : question.end].strip()


def question_at(questions: list[Question], at: int) -> str | None:
    for q in questions:
        if q.start <= at < q.end:
            return q.id
    return None


def body_of(letter: str) -> str:
    """The letter between its greeting and its sign-off, trimmed."""
    lines = letter.strip().split("\n")
    if lines and re.match(r"^\s*dear\b", lines[0], re.I):
        lines = lines[1:]
    text = "\n".join(lines)
    sign_off = SIGN_OFF_RE.search(text)
    if sign_off:
        text = text[: sign_off.start()]
    return text.strip()


def greeting(authority_name: str) -> str:
    return f"Dear {authority_name or 'Sir or Madam'},"


def sign_off(name: str) -> str:
    return f"Yours faithfully,\n\n{name or '[[your name]]'}"


def reference_in(text: str) -> str:
    """The authority's reference for the request, as its reply gives it."""
    for m in REFERENCE_RE.finditer(text):
        ref = m.group("ref").rstrip(".")
        if any(ch.isdigit() for ch in ref):
            return ref
    return ""


def when(day: dt.date | None) -> str:
    return long_date(day) if day else "[[the date of their letter]]"


def first_rewording(finding: Finding) -> Suggestion | None:
    """The first suggestion that changes the letter (advice-only ones are skipped)."""
    return next((s for s in finding.suggestions if not s.is_advice), None)


def rewording_sentence(letter: str, finding: Finding, suggestion: Suggestion, where: str) -> str:
    """The rewording as a sentence to the authority: "Where question 1a says “2019/20”,
    please read “the financial year ...”."."""
    edits = sorted(suggestion.edits, key=lambda e: e.start)
    if not edits:
        return ""
    edit = edits[0]
    old = " ".join(letter[edit.start : edit.end].split())
    new = " ".join(edit.replacement.split()).strip(" ,")
    place = f" {where}" if where else ""
    if edit.start == edit.end:
        anchor = " ".join(letter[max(0, edit.start - 40) : edit.start].split()[-5:])
        return f"In{place or ' my request'}, after “{anchor}”, please add “{new}”."
    if not new:
        if _whole_question(letter, edit.start, edit.end):
            return f"Please leave out {where or 'that question'} altogether."
        return f"Please leave “{old}” out of{place or ' my request'}."
    says = "say" if where.startswith("questions") else "says"
    return f"Where{place or ' my request'} {says} “{old}”, please read “{new}”."


def _whole_question(letter: str, start: int, end: int) -> bool:
    """A removal that takes a whole question: it starts a line and ends one."""
    starts_line = start == 0 or letter[start - 1] == "\n"
    ends_line = end >= len(letter) or letter[end - 1] == "\n" or letter[end] == "\n"
    return starts_line and ends_line


# A rewording sentence's first quotation is the request's wording as sent ("Where question
# 1a says “2019/20”, please read ...", "Please leave “online” out", "after “X”, add").
OLD_WORDING_RE = re.compile(r"^(?:Where|Please leave|In)\b[^“\n]*“(?P<old>[^”\n]*)”", re.M)


def quiet_old_wording(body: str, authority: Authority | None, title: str = "") -> str:
    """``body`` with an ignore marker on each line whose quotation of the request as sent,
    or of its ``title`` ("my request “...”"), draws findings: those words are being
    replaced or named, not asked for. The marker names only the rules found inside the
    quotation and nowhere else on the line, so the wording asked for instead is still
    checked; exports strip the marker."""
    from foidraft.lint.api import check
    from foidraft.lint.merging import unmerged

    quotes = [m.span("old") for m in OLD_WORDING_RE.finditer(body)]
    if title:
        named = f"“{title}”"
        quotes += [(m.start() + 1, m.end() - 1) for m in re.finditer(re.escape(named), body)]
    if not quotes:
        return body
    findings = unmerged(check(body, authority))  # each rule, one said under another too
    lines: dict[int, tuple[set[str], set[str]]] = {}  # line end -> (inside, elsewhere)
    for f in findings:
        end = body.find("\n", f.start)
        end = len(body) if end < 0 else end
        inside = any(a <= f.start and f.end <= b for a, b in quotes)
        lines.setdefault(end, (set(), set()))[0 if inside else 1].add(f.rule)
    out, last = [], 0
    for end in sorted(lines):
        rules = sorted(lines[end][0] - lines[end][1])
        if rules:
            out.append(body[last:end] + f" <!-- foidraft: ignore {', '.join(rules)} -->")
            last = end
    return "".join(out) + body[last:]


def question_words(ids: list[str]) -> str:
    """["1a"] -> "question 1a"; ["2", "3"] -> "questions 2 and 3"."""
    if not ids:
        return ""
    if len(ids) == 1:
        return f"question {ids[0]}"
    return "questions " + ", ".join(ids[:-1]) + f" and {ids[-1]}"
