"""The scoping interview as a state machine: one current question, answers, back and forth.

The app shows ``current``, calls ``answer(value)`` (which raises FoidraftError with a
message to show beside the field and leaves the state unchanged), ``back()`` to revisit,
and ``letter()`` for the live preview. Answers to questions that become hidden are kept,
so changing your mind twice does not lose them, but they never reach the letter.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from types import MappingProxyType

from foidraft.errors import FoidraftError
from foidraft.interview.answer_check import answer_notes
from foidraft.interview.answers import Answer, default_answer, normalise
from foidraft.interview.choices import repicked, typed_drop_choices
from foidraft.interview.compose import compose_letter, compose_title
from foidraft.interview.conditions import authority_value, holds
from foidraft.interview.model import Flow, Question
from foidraft.interview.progress import Left, questions_left
from foidraft.interview.regime import for_authority, is_scottish
from foidraft.interview.suggest import suggestion
from foidraft.interview.whys import why_for
from foidraft.interview.wording import notes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

    from foidraft.authorities.model import Authority


class Interview:
    """One requester working through one flow.

    ``authority`` (may be None until chosen, and may be changed) sets the Act, the
    salutation and authority-specific wording; ``requester_name`` signs the letter;
    ``today`` fixes the calendar (defaults, "has not finished yet") for tests.
    """

    def __init__(
        self,
        flow: Flow,
        *,
        authority: Authority | None = None,
        requester_name: str = "",
        today: _dt.date | None = None,
    ) -> None:
        self.base_flow = flow
        self._authority = authority
        self.flow = for_authority(flow, authority)  # in the words of the authority's regime
        self.requester_name = requester_name
        self.today = today or _dt.date.today()
        self._answers: dict[str, Answer] = {}
        self._cursor: str | None = None  # id of the current question; None: past the end
        visible = self.visible_questions()
        self._cursor = visible[0].id if visible else None

    @property
    def authority(self) -> Authority | None:
        return self._authority

    @authority.setter
    def authority(self, authority: Authority | None) -> None:
        # The regime may change the lists (Home Office codes or Scottish crime names): an
        # answer the new lists cannot take is dropped, to be asked again.
        self._authority = authority
        self.flow = for_authority(self.base_flow, authority)
        for qid, value in list(self._answers.items()):
            if value is None:
                continue
            try:  # e.g. Home Office codes become the crimes' names for a Scottish body
                question = self.flow.question(qid)
                typed = typed_drop_choices(self.flow, question, self._answers.get)
                question = replace(question, choices=(*question.choices, *typed))
                self._answers[qid] = normalise(question, _as_input(value), self.today)
            except FoidraftError:
                del self._answers[qid]
        if self._cursor is not None and self._cursor not in self._visible_ids():
            self._cursor = self._next_after(self._cursor)
        if self._cursor is None and not self.is_complete:
            self._cursor = self._first_unanswered()

    # -- where we are --------------------------------------------------------------------
    def visible_questions(self) -> list[Question]:
        """The questions asked given the answers so far, in order."""
        shown: list[Question] = []
        seen: set[str] = set()
        for q in self.flow.questions:
            # show_if only cites earlier questions, so one pass in order is enough.
            if holds(q.show_if, lambda key: self._lookup(key, seen)):
                shown.append(q)
                seen.add(q.id)
        return shown

    @property
    def current(self) -> Question | None:
        """The current question as it is asked now: its choices narrowed to those whose
        ``when`` holds for the answers so far, its why the first of its ``whys`` that holds."""
        return None if self._cursor is None else self.shown(self.flow.question(self._cursor))

    def shown(self, question: Question) -> Question:
        fallback = self.flow.letter.cost_fallback
        drop = fallback is not None and fallback.source == question.id
        if question.whys:  # its why in the words of what was chosen before it
            chosen = set(self._visible_ids())
            question = replace(question, why=why_for(question, lambda k: self._lookup(k, chosen)))
        if not drop and not any(c.when is not None for c in question.choices):
            return question
        seen = set(self._visible_ids())
        typed = typed_drop_choices(self.flow, question, lambda k: self._lookup(k, seen))
        kept = tuple(c for c in question.choices if holds(c.when, lambda k: self._lookup(k, seen)))
        alone = tuple(c for c in kept if c.alone)  # "Nothing" stays last
        rest = tuple(c for c in kept if not c.alone)
        return replace(question, choices=(*rest, *typed, *alone))

    @property
    def scottish(self) -> bool:
        return is_scottish(self._authority)

    @property
    def progress(self) -> tuple[int, int]:
        """(0-based position of the current question, number of questions the answers so
        far and the defaults of the rest would ask); position == total once all answered."""
        _, visible, _ = self._preview()
        order = [q.id for q in self.flow.questions if q.id in visible]
        if self._cursor is None or self._cursor not in order:
            return len(order), len(order)
        return order.index(self._cursor), len(order)

    @property
    def left(self) -> Left:
        """The questions surely still to come after this one, and whether that is all."""
        return questions_left(self.flow.questions, self._answers, self._cursor, self.authority)

    @property
    def can_go_back(self) -> bool:
        return self._previous() is not None

    @property
    def is_complete(self) -> bool:
        visible = self.visible_questions()
        return self._cursor is None and all(q.id in self._answers for q in visible)

    @property
    def answers(self) -> Mapping[str, Answer]:
        """Answers to the visible questions (None: an optional question left empty)."""
        shown = {q.id for q in self.visible_questions()}
        return MappingProxyType({k: v for k, v in self._answers.items() if k in shown})

    # -- moving ------------------------------------------------------------------------
    def answer(self, value: object) -> None:
        """Answer the current question and move to the next visible one."""
        question = self.current
        if question is None:
            raise FoidraftError("Every question has been answered; go back to change one.")
        if isinstance(value, list):
            value = tuple(value)
        # A choice of the full list that another row of the same label stands for here (an
        # answers file's "decision" for referrals, written before outcomes followed the unit).
        value = repicked(self.flow.question(question.id), question, value) or value
        self._answers[question.id] = normalise(question, value, self.today)
        for later in self.flow.questions:  # picks as offered after what was answered now
            held = self._answers.get(later.id)
            if held is not None and any(c.when for c in later.choices):
                kept = repicked(later, self.shown(later), held)
                if kept is None:
                    del self._answers[later.id]  # asked again
                else:
                    self._answers[later.id] = kept  # type: ignore[assignment]
        self._cursor = self._next_after(question.id)
        if self._cursor is None and not self.is_complete:
            self._cursor = self._first_unanswered()

    def back(self) -> None:
        """Go to the previous visible question (its answer is kept); no-op at the first."""
        previous = self._previous()
        if previous is not None:
            self._cursor = previous

    def goto(self, question_id: str) -> None:
        """Jump to a visible question that has been reached already (e.g. from a sidebar)."""
        visible = self._visible_ids()
        if question_id not in visible:
            raise FoidraftError(f"There is no question '{question_id}' to go to.")
        reached = self._reached(visible)
        if visible.index(question_id) > reached:
            raise FoidraftError("Answer the questions before it first.")
        self._cursor = question_id

    # -- helping the app -----------------------------------------------------------------
    def initial_value(self, question: Question | None = None) -> Answer:
        """What to pre-fill: the stored answer, else the default (None if neither)."""
        question = question or self.current
        if question is None:
            return None
        if question.id in self._answers:
            return self._answers[question.id]
        return self._default(question, set(self._visible_ids()))

    def check_answer(self, value: object, question: Question | None = None) -> list[str]:
        """Validate without storing: notes to show (raises FoidraftError when invalid)."""
        question = question or self.current
        if question is None:
            return []
        return notes(question, normalise(question, value, self.today), self.today)

    def suggested(self, question: Question | None = None) -> Answer:
        """What the requester's earlier words suggest for ``question`` (None: nothing)."""
        question = question or self.current
        if question is None:
            return None
        seen = set(self._visible_ids())
        return suggestion(
            question, lambda k: self._lookup(k, seen), self.scottish, self.today, self.authority
        )

    def notes(self, question_id: str) -> list[str]:
        """Notes on a stored answer (e.g. a period reaching past six years' retention)."""
        if question_id not in self._answers:
            return []
        question, answer = self.flow.question(question_id), self._answers[question_id]
        found = notes(question, answer, self.today)
        if question.type == "text" and isinstance(answer, str):  # words put into the letter
            found += answer_notes(self.letter(), answer, self.authority)
        return found

    def letter(self) -> str:
        """The letter so far: answered parts in full, placeholders for the rest (shaped by
        the defaults of the questions still to come)."""
        values, visible, assumed = self._preview()
        return compose_letter(
            self.flow,
            values,
            visible,
            assumed=assumed,
            authority=self.authority,
            requester_name=self.requester_name,
            today=self.today,
        )

    def title(self) -> str:
        """A suggested title for the draft (the flow's title until its parts are answered),
        at most 200 characters (WhatDoTheyKnow's limit), shortened visibly with "…"."""
        values, visible, assumed = self._preview()
        return compose_title(
            self.flow, values, visible, assumed=assumed, authority=self.authority, today=self.today
        )

    # -- internals -----------------------------------------------------------------------
    def _lookup(
        self, key: str, seen: set[str], values: Mapping[str, Answer] | None = None
    ) -> object:
        if key.startswith("authority."):
            return authority_value(self.authority, key)
        source = self._answers if values is None else values
        return source.get(key) if key in seen else None

    def _preview(self) -> tuple[dict[str, Answer], set[str], set[str]]:
        """Answers with defaults standing in for unanswered questions, the questions that
        are then visible, and which of them are only assumed."""
        values: dict[str, Answer] = {}
        visible: set[str] = set()
        assumed: set[str] = set()
        for q in self.flow.questions:
            if not holds(q.show_if, lambda key: self._lookup(key, visible, values)):
                continue
            visible.add(q.id)
            if q.id in self._answers:
                values[q.id] = self._answers[q.id]
                continue
            assumed.add(q.id)
            default = self._default(q, visible, values)
            if default is not None or q.default in ([], ""):  # an empty default: left out
                values[q.id] = default
        return values, visible, assumed

    def _default(
        self, q: Question, seen: set[str], values: Mapping[str, Answer] | None = None
    ) -> Answer:
        """The suggestion from the requester's own words, else the flow's default."""
        look = lambda k: self._lookup(k, seen, values)  # noqa: E731
        found = suggestion(q, look, self.scottish, self.today, self.authority)
        if found is not None:
            try:
                return normalise(self.shown(q), _as_input(found), self.today)
            except FoidraftError:
                pass  # e.g. a suggested choice not offered on this branch
        return default_answer(q, self.today)

    def _first_unanswered(self) -> str | None:
        for q in self.visible_questions():
            if q.id not in self._answers:
                return q.id
        return None

    def _visible_ids(self) -> list[str]:
        return [q.id for q in self.visible_questions()]

    def _next_after(self, question_id: str) -> str | None:
        ids = [q.id for q in self.flow.questions]
        visible = set(self._visible_ids())
        for qid in ids[ids.index(question_id) + 1 :]:
            if qid in visible:
                return qid
        return None

    def _previous(self) -> str | None:
        visible = self._visible_ids()
        if self._cursor is None:
            return visible[-1] if visible else None
        if self._cursor not in visible:  # defensive: the current question became hidden
            return visible[-1] if visible else None
        index = visible.index(self._cursor)
        return visible[index - 1] if index > 0 else None

    def _reached(self, visible: list[str]) -> int:
        """Index of the furthest visible question the requester may jump to."""
        for i, qid in enumerate(visible):
            if qid not in self._answers:
                return i
        return len(visible) - 1


def _as_input(value: Answer) -> object:
    """A stored answer as ``normalise`` takes it again (tuples become lists)."""
    return list(value) if isinstance(value, tuple) else value
