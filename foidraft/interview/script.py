"""An interview answered from a mapping (a YAML file of answers), without the app.

``foidraft new --flow ID --authority NAME --answers FILE`` and the tests use this: each
question is answered from the mapping, or else by what the requester's words suggest, or
else by its default; a required question with none of these is an error that names it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from foidraft.errors import FoidraftError
from foidraft.interview.answers import Answer, default_answer
from foidraft.interview.flow import Interview
from foidraft.interview.model import Flow, Question

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

MAX_STEPS = 200


def answer_all(
    flow: Flow,
    answers: Mapping[str, object],
    *,
    authority: Authority | None,
    requester_name: str = "",
    today: _dt.date | None = None,
    examples: bool = False,
) -> tuple[Interview, list[str]]:
    """The finished interview and the notes it gave (one line each, "question: note").

    ``examples`` answers a question with neither answer nor default from its example (for
    tests). Unknown question ids are an error, so a typo never goes unnoticed.
    """
    known = {q.id for q in flow.questions}
    unknown = sorted(str(k) for k in answers if k not in known)
    if unknown:
        raise FoidraftError(
            f"no question {', '.join(repr(u) for u in unknown)} in the flow {flow.id}",
            hint=f"see the questions with: foidraft flows show {flow.id}",
        )
    interview = Interview(flow, authority=authority, requester_name=requester_name, today=today)
    notes: list[str] = []
    for _ in range(MAX_STEPS):
        question = interview.current
        if question is None:
            break
        value = _value(interview, question, answers, examples)
        try:
            interview.answer(value)
        except FoidraftError as exc:
            raise FoidraftError(f"question {question.id}: {exc.message}") from None
        notes.extend(f"{question.id}: {n}" for n in interview.notes(question.id))
    if not interview.is_complete:
        raise FoidraftError("the interview did not finish")
    return interview, notes


def _value(
    interview: Interview, question: Question, answers: Mapping[str, object], examples: bool
) -> object:
    if question.id in answers:
        return answers[question.id]
    found: Answer = interview.initial_value(question)
    if found is None and examples:
        found = default_answer(question, interview.today, example=True)
    if found is None and question.required:
        raise FoidraftError(
            f"question {question.id} needs an answer: {question.prompt}",
            hint=_add_hint(question),
        )
    return list(found) if isinstance(found, tuple) else found


def _add_hint(question: Question) -> str:
    """What to add for a missing answer: a choice's values are named, since the file takes
    them, not the labels the app shows: "add `drop_first: [flagged]` ... (one or more of:
    flagged, none)"."""
    values = [c.value for c in question.choices]
    if not values:
        return f"add `{question.id}: ...` to the answers file"
    many = question.type == "multi-choice"
    first, which = (f"[{values[0]}]", "one or more of") if many else (values[0], "one of")
    return f"add `{question.id}: {first}` to the answers file ({which}: {', '.join(values)})"
