"""The answer to a clarification request: the authority's points one by one, numbered as
it numbered them, each answered with the rewording foidraft's own checks propose for
the part of the request it is about, then the request as clarified.

A point's findings are the ones ``foidraft.lint`` makes on the original letter inside
the questions the point names (all of them when it names none), chosen by the words
the point quotes, else by the kind of problem it raises: the louder findings (warnings)
first, a quieter one only when no louder one answers the point. A rule's loudness says
how often it is right about a letter nobody has objected to; here the authority has
objected, so a quiet rule about the very words it asks about is still the answer. Where
foidraft has no rewording, the answer is a ``[[...]]`` hole the requester must fill:
checking the new letter flags it until they do.
"""

from __future__ import annotations

import datetime as dt
import re

from foidraft.drafts.follows import letter_title
from foidraft.lint.fixes import apply_edits, overlaps
from foidraft.lint.model import Edit, Finding
from foidraft.replies.letter_parts import (
    Letter,
    Question,
    body_of,
    first_rewording,
    greeting,
    question_at,
    question_words,
    questions_of,
    quiet_old_wording,
    rewording_sentence,
    sign_off,
    when,
)
from foidraft.replies.points import ASKS_RE, Point, clarification_points

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

LOUD = ("warning", "error")
# Kinds of finding that answer a kind of point, beyond the same kind.
RELATED = {
    "manual_review": {"manual_review", "not_recorded_field", "law_enforcement_sensitive"},
    "too_broad": {"too_broad", "not_recorded_field", "undefined_term"},
    "undefined_term": {"undefined_term", "not_recorded_field"},
    "unnamed_entities": {"unnamed_entities"},
    "ambiguous_period": {"ambiguous_period"},
}
MAX_PER_POINT = 3


def draft_clarification(
    letter: str,
    reply_text: str,
    *,
    authority: Authority | None,
    title: str,
    asked: dt.date | None,
    name: str,
    reference: str = "",
) -> Letter:
    """The clarification answer to ``reply_text`` for the request ``letter``."""
    from foidraft.lint.api import check
    from foidraft.lint.merging import one_per_kind

    findings = one_per_kind(check(letter, authority))  # a point's kind picks among them
    questions = questions_of(letter)
    points = clarification_points(reply_text)
    answers: list[str] = []
    chosen: list[Edit] = []
    for point in points:
        sentences = _answer(point, letter, findings, questions, chosen)
        label = f"{point.number}. " if point.number else ""
        asked_text = _quote(point)
        answer = "\n".join(sentences) or "[[your answer to this point]]"
        # The authority's words go on a quoted line ("> "), which the check skips: the
        # answers below it are the requester's own and are checked.
        answers.append(f"{label}You wrote:\n> {asked_text}\n{answer}")
    who = authority.name if authority else ""
    ref = f" (your reference {reference})" if reference else ""
    numbered = ", numbered as you numbered them" if any(p.number for p in points) else ""
    clarified = body_of(apply_edits(letter, chosen)) if chosen else body_of(letter)
    body = "\n\n".join(
        [
            greeting(who),
            f"Thank you for your letter of {when(asked)}{ref} asking me to clarify my request "
            f"“{title}”. I take your points in turn{numbered}.",
            *answers,
            "For clarity, here is my request as clarified:",
            clarified,
            "I understand that the 20 working days for your reply run from the day you "
            "receive this clarification.",
            sign_off(name),
        ]
    )
    body = quiet_old_wording(body, authority, title)  # replaced or named, not asked for
    notes = [
        "Each answer is foidraft's suggested rewording; change any you do not mean. "
        "Fill in every [[...]] before sending.",
    ]
    if not points:
        notes.append("foidraft found no points in the reply; answer it in your own words.")
    return Letter("clarify", letter_title("clarify", title), body + "\n", notes)


def _answer(
    point: Point,
    letter: str,
    findings: list[Finding],
    questions: list[Question],
    chosen: list[Edit],
) -> list[str]:
    targets = set(point.questions) or {q.id for q in questions}
    inside = [
        f for f in findings
        if not questions or question_at(questions, f.start) in targets
    ]  # fmt: skip
    quoted = [t.casefold() for t in point.terms]
    terms = quoted + _subject_words(point)
    related = RELATED.get(point.kind or "", set())

    def about(found: list[Finding]) -> list[Finding]:
        found = [f for f in found if _answers(point, f)]
        by_term = [f for f in found if any(t in f.match.casefold() for t in terms)]
        if point.terms and not any(t in f.match.casefold() for f in by_term for t in quoted):
            # the words it quotes ("clarify the term 'Golden Handshake'") are found by no
            # check: the requester says what they mean, no finding elsewhere answers it
            return []
        return by_term or [f for f in found if f.kind in related]

    # What the authority asked about comes first (a finding of the point's kind), then the
    # loud ones: "name the groups" answers "which groups?", "leave them out" does not.
    candidates = sorted(
        about(inside), key=lambda f: (f.kind not in related, f.severity not in LOUD)
    )
    picked = candidates[: MAX_PER_POINT * 4]
    groups: dict[tuple[str, ...], list[Finding]] = {}
    for f in picked:
        suggestion = first_rewording(f)
        if suggestion is None:
            continue
        # The words replaced (or added after) are part of the key: one sentence quotes
        # one wording, so "sexual offences against children" in question 2 is not said
        # to read "sexual offences of any kind related to children" as question 1a does.
        said = tuple(_wording(letter, e) for e in suggestion.edits)
        key = (f.rule, " ".join(e.replacement for e in suggestion.edits), *said)
        groups.setdefault(key, []).append(f)
    out: list[str] = []
    spans: list[Edit] = []
    dropped: dict[str, int] = {}  # question left out whole -> its sentence in ``out``
    for same in list(groups.values()):
        if len(out) >= MAX_PER_POINT:
            break
        lead = first_rewording(same[0])
        if lead is None or any(_clash(e, t) for e in lead.edits for t in spans):
            continue  # another rewording of the same words was already offered
        spans.extend(lead.edits)
        ids = [question_at(questions, f.start) or "" for f in same]
        ids = [i for i in dict.fromkeys(ids) if i]
        first = same[0]
        suggestion = first_rewording(first)
        assert suggestion is not None
        where = question_words(ids) if len(ids) < 2 or point.questions else _wherever(ids)
        sentence = rewording_sentence(letter, first, suggestion, where)
        if sentence not in out:
            out.append(sentence)
            if sentence.endswith(" altogether.") and len(ids) == 1:
                dropped[ids[0]] = len(out) - 1
        for f in same:
            s = first_rewording(f)
            if s is None:
                continue
            # A question taken out takes with it the rewordings already chosen inside it.
            for cut in (e for e in s.edits if not e.replacement and e.start < e.end):
                chosen[:] = [t for t in chosen if not (cut.start <= t.start and t.end <= cut.end)]
            # The authority numbered its points by the request as sent: keep its numbers.
            edits = [e for e in s.edits if not e.replacement.isdigit()]
            if not any(_clash(e, t) for e in edits for t in chosen):
                chosen.extend(edits)
    _drop_alike(point, letter, questions, spans, dropped, out, chosen)
    return [s for s in out if s]


# Points on what words mean: answered by rewording those words, not by an addition elsewhere
MEANING = {"undefined_term", "ambiguous_period", "unnamed_entities"}


def _answers(point: Point, finding: Finding) -> bool:
    """Whether a finding may answer the point: of the point's own kind, or, for a point on
    what words mean ("Are you referring to incidents or crimes?"),
    a rewording of the words it found (a bound added after another question's words, "if
    answering this part would take the request over the cost limit ...", says nothing of what
    a word means)."""
    if finding.kind == point.kind or point.kind not in MEANING:
        return True
    suggestion = first_rewording(finding)
    return suggestion is not None and any(
        e.start <= finding.end and e.end >= finding.start for e in suggestion.edits
    )


def _wording(letter: str, edit: Edit) -> str:
    """The request's words an edit replaces, or for an addition the words before it, as
    the rewording sentence quotes them."""
    if edit.start < edit.end:
        return " ".join(letter[edit.start : edit.end].split()).casefold()
    return " ".join(letter[max(0, edit.start - 40) : edit.start].split()[-5:]).casefold()


def _drop_alike(
    point: Point,
    letter: str,
    questions: list[Question],
    spans: list[Edit],
    dropped: dict[str, int],
    out: list[str],
    chosen: list[Edit],
) -> None:
    """A point about several questions ("Question 2 and 3 ... remove these questions")
    whose answer leaves one of them out: the others it names that got no answer of their
    own go with it, in the same sentence ("Please leave out questions 2 and 3")."""
    if not dropped:
        return
    by_id = {q.id: q for q in questions}
    alike = [
        by_id[qid] for qid in point.questions
        if qid in by_id and qid not in dropped
        and not any(by_id[qid].start <= e.start < by_id[qid].end for e in spans)
    ]  # fmt: skip
    if not alike:
        return
    for q in alike:
        cut = Edit(letter.rfind("\n", 0, q.start) + 1, q.end, "")
        chosen[:] = [t for t in chosen if not (cut.start <= t.start and t.end <= cut.end)]
        chosen.append(cut)
    ids = sorted(
        [*dropped, *(q.id for q in alike)], key=lambda i: [q.id for q in questions].index(i)
    )
    first = min(dropped.values())
    out[first] = f"Please leave out {question_words(ids)} altogether."
    for i in dropped.values():
        if i != first:
            out[i] = ""


def _clash(a: Edit, b: Edit) -> bool:
    """Two rewordings that cannot both be asked for: they overlap, or one adds words at
    the edge of words the other leaves out ("leave out X", then "after X, add ...")."""
    if overlaps(a, b):
        return True
    return any(
        not cut.replacement and add.start == add.end and cut.start <= add.start <= cut.end
        for cut, add in ((a, b), (b, a))
        if cut.start < cut.end
    )


STOP = frozenset(
    {
        "about", "above", "after", "again", "their", "there", "these", "those", "which",
        "would", "could", "should", "where", "while", "question", "questions", "request",
        "please", "information", "number", "provide", "specify", "search", "records",
        "recorded", "record", "details", "within", "general", "option", "relevant",
    }
)  # fmt: skip


def _subject_words(point: Point) -> list[str]:
    """The longer words of the point's objections ("decoys", "organisations"): a finding
    whose words include one is about what the point is about."""
    words = {w.casefold().strip(".,;:'\"“”‘’()") for s in point.objections for w in s.split()}
    return sorted(w for w in words if len(w) >= 5 and w.isalpha() and w not in STOP)


def _wherever(ids: list[str]) -> str:
    return f"my request (in {question_words(ids)})"


def _quote(point: Point) -> str:
    """The point's first sentence that asks (else its first), with a neighbour when short
    (the one before an ask that points back, "Please confirm if this is acceptable.", or
    that ends the point; else the next): enough to see what it asked."""
    said = point.objections or [point.text]
    i = next((n for n, s in enumerate(said) if ASKS_RE.search(s)), 0)
    text = said[i]
    back = re.search(r"\b(?:this|that|these|it)\b", text, re.I) or i + 1 == len(said)
    if len(text) < 60 and i > 0 and back:
        text = f"{said[i - 1]} {text}"
    elif len(text) < 60 and i + 1 < len(said):
        text = f"{text} {said[i + 1]}"
    return text if len(text) <= 240 else text[:239].rstrip() + "…"
