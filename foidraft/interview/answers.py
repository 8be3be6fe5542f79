"""Answers: checking what the requester gave, and a question's default answer. The wording
each answer lends the letter is in ``foidraft.interview.wording``.

Stored answers are plain values: ``str`` (choice, text), ``tuple[str, ...]`` (multi-choice,
in the order of the choices, then free-text entries), ``int``, ``bool``, :class:`Period`,
``datetime.date``, or ``None`` for an optional question left empty.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from foidraft.errors import FoidraftError
from foidraft.interview.date_input import parse_date
from foidraft.interview.model import Question
from foidraft.interview.period import Period, last_complete_months, last_complete_years
from foidraft.interview.period_input import UnknownPeriod, period_from_value
from foidraft.interview.plain import CODE_AT_START, coaching, plain_place, without_hedge
from foidraft.text.dates import example_date, last_complete_financial_year, long_date

MAX_TEXT = 2000
DATE_DEFAULTS = ("end_of_last_financial_year", "end_of_last_calendar_year")
Answer = str | tuple[str, ...] | int | bool | Period | _dt.date | None
_RELATIVE = re.compile(r"\s*(?:the\s+)?(?:last|past|previous)\b", re.IGNORECASE)


PERIOD_EXAMPLES = {
    "financial": "financial years, e.g. 2021/22 to 2023/24",
    "calendar": "calendar years, e.g. 2021 to 2023",
    "dates": "dates, e.g. 01/04/2024 to 31/03/2025",
}


def normalise(question: Question, value: object, today: _dt.date) -> Answer:
    """The stored form of ``value``, or FoidraftError with a message to show by the field."""
    if _is_empty(value):
        if question.required:
            raise FoidraftError(_needs_answer(question))
        return None
    kind = question.type
    if kind == "choice":
        return _one_choice(question, value)
    if kind == "multi-choice":
        return _many_choices(question, value) or None
    if kind == "yes-no":
        return _yes_no(value)
    if kind == "number":
        return _number(question, value)
    if kind == "period":
        try:
            period = period_from_value(value, today)
        except UnknownPeriod as exc:  # in the forms this question takes, not every form
            ways = [PERIOD_EXAMPLES[k] for k in question.kinds or PERIOD_EXAMPLES]
            if academic_example(question):  # the body counts by them: said first
                ways.insert(0, f"academic years, e.g. {question.example}")
            said = f"'{exc.text}' is not a period foidraft understands: {'; or '.join(ways)}."
            raise FoidraftError(said) from None
        if question.kinds and period.kind not in question.kinds:
            allowed = " or ".join(f"{k} years" if k != "dates" else "dates" for k in question.kinds)
            raise FoidraftError(f"Give the period as {allowed}.")
        if period.open_ended and not question.open_end:
            raise FoidraftError("Give an end date for this period.")
        if period.kind == "financial" and period.start_month != question.year_start:
            period = _own_year(period, question.year_start, value, today)
        period.validate(today)
        return period
    if kind == "date":
        return _date(value, today)
    return _text(question, value)


def academic_example(question: Question) -> bool:
    """True when a period question's example (for this body: ``examples:``) is whole
    academic years, as a school, college or university counts."""
    if question.type != "period" or not isinstance(question.example, str):
        return False
    try:
        return period_from_value(question.example).academic
    except FoidraftError:
        return False


def default_answer(question: Question, today: _dt.date, *, example: bool = False) -> Answer:
    """The question's ``default`` (or ``example``) as an answer for ``today``; None if unset."""
    spec = question.example if example else question.default
    if spec is None:
        return None
    if question.type == "period" and isinstance(spec, dict) and "years" in spec:
        years = spec["years"]
        assert isinstance(years, int)
        # A body that counts by academic years (its example says so) is offered them: a
        # university's "2023/24" financial year is not 1 April to 31 March.
        kind = "academic" if academic_example(question) else str(spec["kind"])
        found = last_complete_years(kind, years, today)
        if found.kind == "financial" and question.year_start != found.start_month:
            return _own_year(found, question.year_start, None, today)
        return found
    if question.type == "period" and isinstance(spec, dict) and "months" in spec:
        months = spec["months"]
        assert isinstance(months, int)
        return last_complete_months(months, today)
    if question.type == "date" and spec in DATE_DEFAULTS:
        if spec == "end_of_last_financial_year":
            return _dt.date(last_complete_financial_year(today) + 1, 3, 31)
        return _dt.date(today.year - 1, 12, 31)
    try:
        return normalise(question, spec, today)
    except FoidraftError:
        return None  # e.g. an explicit default period that has since become too old


def _own_year(period: Period, month: int, typed: object, today: _dt.date) -> Period:
    """``period`` in the body's own financial year (from the first of ``month``). "The last
    3 financial years" are the body's last three complete ones."""
    if typed is None or (isinstance(typed, str) and _RELATIVE.match(typed)):
        shift = last_complete_financial_year(today, month) - period.end_year
        if shift:
            period = replace(period, start_year=period.start_year + shift,
                             end_year=period.end_year + shift)  # fmt: skip
    return replace(period, start_month=month)


# -- per type -----------------------------------------------------------------------------
def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple | set | frozenset) and not value


def _needs_answer(question: Question) -> str:
    if question.type == "multi-choice":
        return "Choose at least one option."
    if question.type == "choice":
        return "Choose one of the options."
    return "This question needs an answer."


def _match_choice(question: Question, raw: str) -> str | None:
    text = raw.strip()
    if question.choice(text) is not None:
        return text
    for c in question.choices:  # a UI may hand back the label it showed
        if c.label.casefold() == text.casefold():
            return c.value
    folded = text.casefold()
    named = [
        c.value
        for c in question.choices
        if folded in (k.casefold() for k in c.keywords) or folded == c.short.casefold()
    ]
    return named[0] if len(named) == 1 else None  # one choice uses the requester's word


def _free_text(question: Question, raw: str) -> str:
    if question.other is None:
        options = ", ".join(c.label for c in question.choices[:12])
        more = ", ..." if len(question.choices) > 12 else ""
        raise FoidraftError(f"'{raw.strip()}' is not one of the options ({options}{more}).")
    text = " ".join(raw.split())
    if len(text) > 300:
        raise FoidraftError("Keep each entry under 300 characters.")
    plain, unsure = without_hedge(text)
    if unsure and not plain:
        if question.unsure:
            return question.unsure
        raise FoidraftError(coaching(question.other))
    if question.place:
        plain = plain_place(plain)
    return plain


def _typed_code(question: Question, text: str) -> str | None:
    """A typed entry that starts with an offence code: the code, if the list has it (a
    Home Office code typed for a Scottish body comes back as the offence's name)."""
    m = CODE_AT_START.match(text)
    if not question.other_codes or m is None:
        return None
    code = m.group(1).upper()
    if question.choice(code) is not None:
        return code
    from foidraft.recorded.offences import load_offences, sentence_case

    known = load_offences().offence(code)
    if known is not None:
        return _free_text(question, sentence_case(known.name))
    raise FoidraftError(
        f"{code} is not an offence code foidraft knows. Type the offence's name instead "
        "(the letter will ask for the offences recorded under it), or pick from the list."
    )


def _one_choice(question: Question, value: object) -> str:
    if not isinstance(value, str):
        raise FoidraftError("Choose one of the options.")
    return (
        _match_choice(question, value)
        or _typed_code(question, value)
        or _free_text(question, value)
    )


def _many_choices(question: Question, value: object) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple | set | frozenset) or not all(
        isinstance(v, str) for v in items
    ):
        raise FoidraftError("Choose options from the list.")
    picked: set[str] = set()
    extra: list[str] = []
    for raw in items:
        if not raw.strip():
            continue
        found = _match_choice(question, raw) or _typed_code(question, raw)
        if found is not None and question.choice(found) is not None:
            picked.add(found)
            continue
        if found is not None:  # a Home Office code typed for a Scottish body: its name
            raw = found
        text = _free_text(question, raw)
        if text.casefold() not in (e.casefold() for e in extra):
            extra.append(text)
    ordered = tuple(c.value for c in question.choices if c.value in picked) + tuple(extra)
    if question.min is not None and len(ordered) < question.min:
        raise FoidraftError(f"Choose at least {question.min}.")
    if question.max is not None and len(ordered) > question.max:
        raise FoidraftError(f"Choose at most {question.max}.")
    for c in question.choices:
        if c.alone and c.value in picked and len(ordered) > 1:
            raise FoidraftError(f"'{c.label}' cannot be ticked with anything else.")
    if not ordered and question.required:
        raise FoidraftError(_needs_answer(question))
    return ordered


def _yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "y", "true"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("no", "n", "false"):
        return False
    raise FoidraftError("Answer yes or no.")


def _number(question: Question, value: object) -> int:
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,9}\s*", value):
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise FoidraftError("Give a whole number.")
    if question.min is not None and value < question.min:
        raise FoidraftError(f"Give a number of at least {question.min}.")
    if question.max is not None and value > question.max:
        raise FoidraftError(f"Give a number no larger than {question.max}.")
    return value


def _date(value: object, today: _dt.date) -> _dt.date:
    """A date as an ISO date, "31/03/2025" or "31 March 2025"; in the past, after 1950."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, str):
        value = parse_date(value)
    if not isinstance(value, _dt.date):
        raise FoidraftError(f"Give a date, e.g. {example_date(today)}.")
    if value > today:
        raise FoidraftError(f"{long_date(value)} is in the future; give a date that has passed.")
    if value.year < 1950:
        raise FoidraftError(f"{value.year} is too far back to ask about.")
    return value


def _text(question: Question, value: object) -> str | None:
    if not isinstance(value, str):
        raise FoidraftError("Type your answer as text.")
    text = " ".join(value.split())  # one line: it is set into a sentence of the letter
    plain, unsure = without_hedge(text)
    if unsure and not plain:
        if question.unsure:
            return question.unsure
        if not question.required:
            return None  # left empty, as if skipped
        raise FoidraftError(coaching(question.placeholder or "this"))
    text = plain_place(plain) if question.place else plain
    limit = question.max_length or MAX_TEXT
    if len(text) > limit:
        raise FoidraftError(f"Keep this under {limit} characters (it has {len(text)}).")
    if question.min_length is not None and len(text) < question.min_length:
        raise FoidraftError(f"Write at least {question.min_length} characters.")
    if question.pattern and not re.search(question.pattern, text):
        raise FoidraftError(question.pattern_message or "That does not look right for this field.")
    return text
