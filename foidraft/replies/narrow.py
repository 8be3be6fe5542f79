"""After a cost refusal, a narrowed request; for a reply that is late, a chaser.

The narrowed request keeps the questions the reply did not say need records read one
by one, drops or bounds those it did (and those foidraft's own checks say need it),
quotes the reply's own advice, and warns the requester that similar requests to the
same authority within 60 working days can be added together (s12(4); FOISA has its own
narrower rule).
"""

from __future__ import annotations

import datetime as dt
import re

from foidraft.drafts.follows import letter_title
from foidraft.replies.letter_parts import (
    Letter,
    Question,
    as_numbered,
    greeting,
    question_words,
    questions_of,
    sign_off,
    when,
)
from foidraft.replies.points import recommends
from foidraft.replies.questions import named_questions
from foidraft.replies.review import Context
from foidraft.text.dates import long_date

MANUAL_RE = re.compile(
    r"\bmanual(?:ly)?\b|\bindividually\b|\bread (?:each|every)\b|\bfree[- ]text\b|\beach "
    r"(?:record|crime|report|occurrence|case|file)\b|\binterrogat|\bnot (?:a )?searchable\b",
    re.IGNORECASE,
)
# A numbered question that asks for itself ("1a. Please provide ..."): no "Please provide:"
ASKS_RE = re.compile(
    r"(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[.):]\s+(?:please|could|can|would|will|i\s|"
    r"provide|specify|state|list|give|tell|confirm|how|what|which|who|when|where|whether)\b",
    re.I,
)
SENTENCE_RE = re.compile(r"[^.?!]+(?:[.?!]+|$)")
# Paragraphs that sit after the last question but ask for nothing: how to send it,
# pleasantries and the like. Bounds and drops go on questions only; a format preference
# is kept, after the questions, and the rest goes (the letter has its own sign-off).
FORMAT_RE = re.compile(
    r"\b(?:spreadsheet|csv|excel|xlsx?|machine[- ]readable|electronic(?:ally| form(?:at)?)|"
    r"format|(?:by|via) e-?mail)\b",
    re.I,
)
PLEASANTRY_RE = re.compile(
    r"^(?:i look forward|i hope|thank you|thanks|many thanks|kind regards|best wishes|"
    r"regards|yours|dear\b|please (?:do not|don't) hesitate|please (?:contact|let) me|"
    r"if you (?:have any|need|require)|i would be grateful if you could acknowledge)",
    re.I,
)
# What a request can give up, in the body's own words: offence codes are police words
# (a council or an NHS trust counts by category, service or site).
GIVE_UP = {
    True: "offence codes or places, or figures the force can count",
    False: "categories, services or places, or figures the authority can count",
}


def _hole(them: str, context: Context, *, questions: bool = False) -> str:
    police = context.authority is not None and context.authority.type == "police"
    fewer = "fewer questions, " if questions else "fewer "
    return (
        f"[[say how you narrow {them}: a shorter period, {fewer}{GIVE_UP[police]} from a "
        "field rather than by reading records]]"
    )


BOUND = (
    " (if answering this part would take the request over the cost limit, please leave it "
    "out and answer the rest)"
)


def _advice_paragraph(advice: list[str]) -> list[str]:
    """The reply's own advice, quoted on a line the check leaves alone ("> ")."""
    if not advice:
        return []
    return ["This follows the advice in your response:\n> " + " ".join(advice)]


# How to answer rather than what to answer: "If any part of these records is exempt,
# please release the rest...", "Please include their attachments." (the interview's own
# paragraphs after a question). Kept after the questions; a bound on them reads as nonsense.
# "If so, how many ...?" is a question, kept as one.
CONDITION_RE = re.compile(
    r"^(?:if (?!so\b)[^?]*$|please include (?:their|the|any) attachments\b)", re.I
)


def _asks_nothing(paragraph: str) -> bool:
    return bool(PLEASANTRY_RE.match(paragraph) or CONDITION_RE.match(paragraph)) or (
        len(paragraph) < 300 and bool(FORMAT_RE.search(paragraph))
    )


def _question_and_rest(letter: str, question: Question) -> tuple[str, list[str]]:
    """The numbered question, and the format preferences that trail it (kept apart: a
    bound or a drop is for the question, not for "Please send it as a spreadsheet")."""
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", as_numbered(letter, question))]
    paragraphs = [p for p in paragraphs if p]
    rest: list[str] = []
    while len(paragraphs) > 1 and _asks_nothing(paragraphs[-1]):
        rest.insert(0, paragraphs.pop())
    kept = [p for p in rest if not PLEASANTRY_RE.match(p)]
    return "\n\n".join(paragraphs), kept


def narrowed_letter(context: Context, letter: str, *, today: dt.date) -> Letter:
    """A narrower request after a cost refusal: questions the reply says need records
    read one by one are dropped; the rest stay, the last of them bounded."""
    r = context.reading
    sentences = [m.group(0).strip() for m in SENTENCE_RE.finditer(" ".join(r.text.split()))]
    manual = {q for s in sentences if MANUAL_RE.search(s) for q in named_questions(s)}
    advice = [s for s in sentences if recommends(s)][:3]
    questions = questions_of(letter)
    refused = set(r.cost_questions()) if r.kind == "partly_answered" else set()
    if refused and any(q.id not in refused for q in questions):
        return _narrowed_part(context, letter, questions, advice, refused, today)
    if r.kind == "partly_answered" and not refused:
        # Part answered, the rest over the limit, and the reply does not say which part:
        # the same request again would be refused again (or called repeated), so the
        # requester says what they give up.
        return _narrowed_part(context, letter, questions, advice, set(), today)
    kept = [q for q in questions if q.id not in manual]
    dropped = [q.id for q in questions if q.id in manual]
    # Each question keeps its own number ("1a", "Q3"), as the authority knows it.
    parts = [_question_and_rest(letter, q) for q in questions]
    lines = [text for q, (text, _) in zip(questions, parts, strict=True) if q in kept]
    trailing = [p for _, rest in parts for p in rest]  # a format preference, kept as asked
    holes = []
    if not lines:
        lines = ["[[your narrowed request: one or two questions the authority can answer "
                 "from a search of its systems]]"]  # fmt: skip
    else:
        if manual or not dropped:
            end = "?" if lines[-1].endswith("?") else "."
            lines[-1] = lines[-1].rstrip(".?") + BOUND + end
        if not dropped:  # nothing named to drop: only the requester can say what to give up
            holes = [_hole("your request", context, questions=True)]
    who = context.authority.name if context.authority else ""
    ref = f" (your reference {context.reference})" if context.reference else ""
    opening = (
        f"Thank you for your response of {when(context.replied)}{ref} to my request "
        f"“{context.title}”. In the light of it I am narrowing my request"
    )
    if dropped:
        opening += f": I have left out {question_words(dropped)}, which you said would need "
        opening += "records to be read one by one"
    asks = all(ASKS_RE.match(ln) for ln in lines)
    lead = [] if asks else ["Please provide:"]  # not "Please provide: 1. Please provide"
    paragraphs = [greeting(who), opening + ".", *lead, "\n\n".join(lines), *holes, *trailing]
    paragraphs.extend(_advice_paragraph(advice))
    paragraphs.append(sign_off(context.name))
    notes = [_aggregation_note(context, today)]
    if not manual:
        notes.append(_unsaid_note(context))
    title = letter_title("narrow", context.title)
    return Letter("narrow", title, "\n\n".join(paragraphs) + "\n", notes)


def _narrowed_part(
    context: Context,
    letter: str,
    questions: list[Question],
    advice: list[str],
    refused: set[str],
    today: dt.date,
) -> Letter:
    """After a partial answer: thanks for what was answered, and what was refused on cost
    asked again, with a hole for the requester to say how it is narrowed (only the
    requester can choose what to give up). ``refused`` are the questions the reply refused
    on cost; empty when it does not say which (then every question is shown)."""
    again = [q for q in questions if q.id in refused] if refused else questions
    # thanks only for what was answered: not for a question not held or refused otherwise
    unanswered = refused | context.reading.unanswered()
    answered = [q.id for q in questions if q.id not in unanswered]
    who = context.authority.name if context.authority else ""
    ref = f" (your reference {context.reference})" if context.reference else ""
    # The reply may number the questions otherwise than the request did ("question 2" of
    # a request with one numbered question): then its own numbers say what it refused.
    unmatched = bool(refused) and not again
    one = len(refused) == 1 if unmatched else len(again) == 1
    them = "it" if one or not refused else "them"
    thanks = (
        f", and for answering {question_words(answered)}"
        if refused and not unmatched and answered
        else ""
        if refused and not unmatched
        else ", and for the part you answered"
    )
    over = question_words([q.id for q in again]) if refused else "the rest"
    if unmatched:
        over = question_words(sorted(refused, key=_in_order))
    opening = (
        f"Thank you for your response of {when(context.replied)}{ref} to my request "
        f"“{context.title}”{thanks}. You said that {over} would cost more than the "
        f"limit allows, so I ask for {them} again, narrowed."
    )
    # The numbers stay those of the request, which the authority has, so that a question
    # that refers to an answered one ("of the crimes in question 1") still makes sense.
    lines = [as_numbered(letter, q) for q in again] or [
        "[[the part of your request still to be answered]]"
    ]
    hole = _hole(them, context)
    provide = "Please provide (numbered as in my request):"
    paragraphs = [greeting(who), opening, provide, "\n\n".join(lines), hole]
    paragraphs.extend(_advice_paragraph(advice))
    paragraphs.append(sign_off(context.name))
    notes = [_aggregation_note(context, today)]
    if not refused:
        notes.append(_unsaid_note(context))
    title = letter_title("narrow", context.title)
    return Letter("narrow", title, "\n\n".join(paragraphs) + "\n", notes)


def _in_order(qid: str) -> tuple[int, str]:
    """Question ids in the reply's order: 2 before 10, 1a after 1."""
    digits = qid[: len(qid) - len(qid.lstrip("0123456789"))]
    return (int(digits) if digits else 0, qid)


def _unsaid_note(context: Context) -> str:
    # advice and assistance: FOISA s15, Scotland's EIRs reg 9, England's EIR reg 9, FOIA s16
    duty = {"FOISA": "FOISA s15", "EISR": "regulation 9", "EIR": "regulation 9"}.get(
        context.reading.regime, "s16"
    )
    return (
        "The reply does not say which questions took it over the limit: decide which to "
        f"drop, or ask it (it must advise you, {duty})."
    )


def _aggregation_note(context: Context, today: dt.date) -> str:
    from foidraft.deadlines import add_working_days

    who = context.authority.name if context.authority else "the authority"
    if context.reading.regime == "FOISA":
        return (
            f"Under FOISA, costs are added together only for requests about the same subject "
            f"from different people that {who} chooses to publish together; keep this request "
            "on one topic."
        )
    until = add_working_days(today, 60, context.reading.regime)
    return (
        f"Similar requests you (or anyone acting with you) send to {who} within any 60 "
        f"consecutive working days can be added together for the cost limit (s12(4)). "
        f"Send this as your only request on the subject until {long_date(until)}."
    )


def chaser_letter(context: Context, *, due: dt.date | None, today: dt.date) -> Letter:
    """A polite reminder that the reply is overdue, with the deadline it missed."""
    from foidraft.deadlines import working_days_between

    who = context.authority.name if context.authority else ""
    late = working_days_between(due, today, context.reading.regime) if due else 0
    promised = context.reading.kind == "extension" and context.reading.roles.get("respond_by")
    missed = (
        "[[say when the reply was due]]"
        if not (due and late > 0)
        # the date their notice gave, not the Act's: "you wrote ... that you would reply by"
        else f"You wrote on {when(context.replied)} that you would reply by {when(due)}; that "
        f"was {late} working days ago."
        if promised == due
        else f"The 20 working days the Act allows ended on {when(due)}, {late} working days ago."
    )
    ref = f" (your reference {context.reference})" if context.reference else ""
    answer = "your response" if promised else "a response"  # (their notice came, not it)
    # when it went (and their reference) first, so they can find it without a search
    asked = (
        f"I sent my request for information, “{context.title}”, on "
        f"{long_date(context.sent)}{ref}, and have not yet received {answer}."
        if context.sent
        else f"I made a request for information, “{context.title}”{ref}, and have not yet "
        f"received {answer}."
    )
    body = "\n\n".join(
        [
            greeting(who),
            f"{asked} {missed}",
            "Please send your response as soon as possible, or tell me when I can expect it "
            "and why it is delayed.",
            sign_off(context.name),
        ]
    )
    complaint = (
        "the Scottish Information Commissioner"
        if context.reading.regime in ("FOISA", "EISR")
        else "the Information Commissioner's Office"
    )
    notes = [
        f"If there is still no reply, you can ask for a review of the failure to respond, "
        f"then complain to {complaint}."
    ]
    return Letter("chaser", letter_title("chaser", context.title), body + "\n", notes)
