"""An interview answer written back as the text a requester would type, to pre-fill a field.

The core reads these texts (``foidraft.interview.period.parse_period``, ISO dates), so a
default or an earlier answer shown in a field goes back in unchanged when accepted.
"""

from __future__ import annotations

import datetime as dt

from foidraft.interview import Period, Question
from foidraft.interview.answers import academic_example
from foidraft.interview.period import split_year
from foidraft.text.dates import Today, example_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.interview import Answer

OTHER_SEPARATOR = "; "  # between several free-text entries in one field


def answer_text(answer: Answer) -> str:
    """Text for a free-text field: periods, dates, numbers and text."""
    if answer is None:
        return ""
    if isinstance(answer, Period):
        return period_text(answer)
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    if isinstance(answer, dt.date):
        return uk_date(answer)
    if isinstance(answer, tuple):
        return OTHER_SEPARATOR.join(answer)
    return str(answer)


def period_text(period: Period) -> str:
    """'2021/22 to 2023/24', '2021 to 2023', '2022/23 academic year', '01/01/2024 to
    31/03/2024', '... to date'.
    One year reads as it was typed ('2019/20', not '2019/20 to 2019/20')."""
    if period.kind in ("financial", "calendar"):
        name = split_year if period.kind == "financial" else str
        start, end = name(period.start_year), name(period.end_year)
        return start if start == end else f"{start} to {end}"
    if period.academic:  # read back as typed, so going back keeps its name
        low, high = (split_year(y) for y in period.academic_span)
        return f"{low} academic year" if low == high else f"{low} to {high} academic years"
    first = uk_date(period.first_day)
    last = period.last_day
    return f"{first} to {uk_date(last) if last else 'date'}"


def uk_date(day: dt.date) -> str:
    """31/03/2024: the order UK requesters write and read."""
    return day.strftime("%d/%m/%Y")


PERIOD_HINTS = {
    "financial": "financial years: 2021/22 to 2023/24, or 'last 3 financial years'",
    "calendar": "calendar years: 2021 to 2023",
    "dates": "dates: 01/01/{year} to {today}, 'last 12 months' or '{year} to date'",
}


def period_hint(question: Question) -> list[str]:
    """How to type a period this question accepts; academic years first where the body
    counts by them (its example, from the flow's ``examples:``, is academic years)."""
    kinds = question.kinds or tuple(PERIOD_HINTS)
    today = Today()  # the dates' example ends today
    said = [PERIOD_HINTS[k] for k in kinds if k in PERIOD_HINTS]
    said = [s.format(year=today.year, today=example_date(today)) for s in said]
    if "dates" in kinds and academic_example(question):  # the body counts by them
        said.insert(0, f"academic years: {question.example}")
    parts = ["Give " + "; or ".join(said) + "."]
    if question.open_end and "dates" in kinds:
        parts.append("End with 'to date' to ask up to the day of the request.")
    return parts


def field_hint(q: Question, searchable: bool) -> str:
    """How to answer in the field under a question (``searchable``: a long list has a search
    box above it)."""
    parts: list[str] = []
    if q.type == "period":
        parts.extend(period_hint(q))
    elif q.type == "date":
        parts.append(f"A date, e.g. {example_date()}.")
    elif q.type == "number":
        parts.append("A whole number.")
    elif q.type == "multi-choice":
        parts.append("space ticks or unticks; enter when done.")
        if searchable:
            parts.append("Type in the search box to narrow the list.")
        if q.other is not None:
            parts.append("Type other entries below, separated by ';'.")
    if not q.required:
        parts.append("Optional: leave it empty and press enter to skip.")
    return " ".join(parts)


def split_choices(question: Question, answer: Answer) -> tuple[set[str], str]:
    """(choice values picked, free text) from a choice or multi-choice answer."""
    if answer is None:
        return set(), ""
    values = answer if isinstance(answer, tuple) else (str(answer),)
    known = {c.value for c in question.choices}
    picked = {v for v in values if v in known}
    other = OTHER_SEPARATOR.join(v for v in values if v not in known)
    return picked, other


def other_hint(question: Question) -> str:
    """The placeholder of the box for typed answers: a whole, short example where the
    flow gives one (the choice's label is cut off mid-word in a narrow terminal)."""
    return f"e.g. {question.other_example}" if question.other_example else question.other or ""


def split_other(text: str) -> list[str]:
    """Several free-text entries typed in one field, separated by ';'."""
    return [part.strip() for part in text.split(";") if part.strip()]


def progress_words(number: int, left: int, known: bool) -> str:
    """Where the requester is: "Question 2, 12 more" when that is sure, "Question 2, at
    least 9 more" while answers still to come may open questions. A count said as "about"
    rose from one question to the next ("about 10 more", then "about 11 more")."""
    if left > 0:
        return f"Question {number}, {'' if known else 'at least '}{left} more"
    return (
        f"Question {number}, the last one" if known else f"Question {number}, maybe more after it"
    )
