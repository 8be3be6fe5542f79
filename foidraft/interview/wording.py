"""The wording each answer lends the letter: the template fields a question provides
(``{id}``, ``{id.short}``, a period's ``{id.start}`` and the rest), a choice's text, and
the notes that tell the requester how the letter will word an answer."""

from __future__ import annotations

import datetime as _dt

from foidraft.authorities.years import APRIL, SCHOOL_YEAR_NOTE, own_year_note
from foidraft.interview.answers import Answer, academic_example
from foidraft.interview.model import Question
from foidraft.interview.period import RETENTION_NOTE, Period
from foidraft.interview.plain import CODE_AT_START
from foidraft.recorded.offences import code_order
from foidraft.text.dates import long_date

PERIOD_FIELDS = ("dates", "each", "short", "start", "end")


def field_names(question: Question) -> set[str]:
    """The template fields a question provides: ``{id}`` plus its derived forms."""
    q = question.id
    if question.is_choice:
        return {q, f"{q}.short"}
    if question.type == "period":
        return {q, *(f"{q}.{name}" for name in PERIOD_FIELDS)}
    return {q}


EACH_BLANK = "[year by year or month by month]"


def shape_fields(question: Question, assumed: Answer | None) -> dict[str, str]:
    """For a question not answered yet: the fields that say how its answer is broken down
    rather than what it is (``{period.each}``), worded from the default the preview
    assumes, so the answer's one gap ("[period]") is not shown twice in a sentence ("in
    [period], ... for each offence code [period]")."""
    if question.type != "period":
        return {}
    each = assumed.each_text if isinstance(assumed, Period) else EACH_BLANK
    return {f"{question.id}.each": each}


def answer_fields(question: Question, answer: Answer) -> dict[str, str]:
    """The wording of an answer for the letter's templates."""
    q = question.id
    if isinstance(answer, Period):
        last = answer.last_day
        return {
            q: answer.describe(),
            f"{q}.dates": answer.dates_text,
            f"{q}.each": answer.each_text,
            f"{q}.short": answer.short_text,
            f"{q}.start": long_date(answer.first_day),
            f"{q}.end": long_date(last) if last else "the date of this request",
        }
    if question.is_choice:
        values = answer if isinstance(answer, tuple) else (str(answer),)
        return {
            q: _led(question, values),
            f"{q}.short": join_words([choice_text(question, v, short=True) for v in values]),
        }
    if isinstance(answer, bool):
        return {q: "yes" if answer else "no"}
    if isinstance(answer, _dt.date):
        return {q: long_date(answer)}
    return {q: "" if answer is None else str(answer)}


def choice_text(
    question: Question, value: str, *, short: bool = False, picked: tuple[str, ...] = ()
) -> str:
    """A choice's wording in the letter; free text ("other") stands as typed, or in the
    question's ``other_text`` ("the offences you record as ..."). A sub-code ticked with its
    own class says it is to be given separately, so nothing is counted twice."""
    choice = question.choice(value)
    if choice is None:
        return value if short else _other_wording(question, value)
    if short:
        return unnest_brackets(choice.short)
    text = unnest_brackets(choice.text)
    if choice.parent and choice.parent in picked:
        return f"{text}, given separately and not added to {choice.parent}"
    return text


def unnest_brackets(text: str) -> str:
    """A bracket inside a bracket said with commas, as a letter would: "92D (possession of
    controlled drugs (excluding cannabis))" -> "92D (possession of controlled drugs,
    excluding cannabis)". Text whose brackets do not pair is left as it is."""
    depth, closed, out = 0, False, list[str]()
    for ch in text:
        if closed and ch != " ":  # after an inner bracket: a comma if words go on
            if ch not in ",.;:()":
                _comma(out)
            closed = False
        if ch == "(":
            depth += 1
            if depth > 1:
                _comma(out)
                continue
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return text
            if depth:
                closed = True
                continue
        out.append(ch)
    return text if depth else "".join(out)


def _comma(out: list[str]) -> None:
    while out and out[-1] == " ":
        out.pop()
    if out and out[-1] not in ("(", ", "):  # "((a))" has nothing to set apart
        out.append(", ")


def _led(question: Question, values: tuple[str, ...]) -> str:
    """The picks joined; with a ``lead`` ("Home Office offence code"), the picks that are
    codes go after it once: "Home Office offence codes 71/17 (...) and 88A (...)"."""
    words = [choice_text(question, v, picked=values) for v in values]
    if not question.lead:
        return join_words(words)
    # Codes in the order a reader looks them up (10D before 34A), not grouped by class.
    pairs = sorted(
        ((v, w) for v, w in zip(values, words, strict=True) if _is_code(question, v)),
        key=lambda vw: code_order(vw[0]),
    )
    coded = [w for _v, w in pairs]
    rest = [w for v, w in zip(values, words, strict=True) if not _is_code(question, v)]
    if not coded:
        return join_words(rest)
    lead = question.lead + ("s" if len(coded) > 1 else "")
    return join_words([f"{lead} {join_words(coded)}", *rest])


def _is_code(question: Question, value: str) -> bool:
    return question.choice(value) is not None and CODE_AT_START.fullmatch(value) is not None


def _other_wording(question: Question, value: str) -> str:
    if not question.other_text:
        return value
    return question.other_text.replace("{text}", value)


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def notes(question: Question, answer: Answer, today: _dt.date) -> list[str]:
    """Gentle advice about a valid answer: a long or open-ended period, a class ticked with
    its own sub-code, a typed entry the letter words as a recorded category."""
    if isinstance(answer, Period):
        found = answer.notes(today)
        if not question.retention_note:  # counts held as fields: retention is no issue
            found = [n for n in found if n != RETENTION_NOTE]
        if answer.kind == "financial" and answer.start_month != APRIL:
            found.append(own_year_note(answer.start_month))
        elif answer.kind == "financial" and academic_example(question):
            found.append(SCHOOL_YEAR_NOTE)  # an education body that keeps April's year
        return found
    if not question.is_choice or answer is None:
        return []
    values = answer if isinstance(answer, tuple) else (str(answer),)
    out = []
    for value in values:
        choice = question.choice(value)
        if choice is not None and choice.parent and choice.parent in values:
            out.append(
                f"{choice.value} is part of {choice.parent}, which you also ticked: the "
                f"figure for {choice.parent} already includes it. The letter asks for "
                f"{choice.value} separately and not to add it to the total; untick one of "
                "them if you did not mean that."
            )
        if choice is None and question.other_text:
            out.append(
                f"'{value}' is not a category foidraft knows, so the letter asks for "
                f"{_other_wording(question, value)} and the authority will use its own "
                "categories. Pick from the list instead if one fits."
            )
    return out
