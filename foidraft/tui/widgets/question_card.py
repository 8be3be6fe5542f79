"""One interview question: what is asked, why forces need it, and the field to answer in.

The card is built for one question and replaced by the screen for the next. It does not
judge answers: it posts :class:`QuestionCard.Submitted` with what was entered and the
screen hands that to ``Interview.answer``, whose error message the card then shows.
Flow wording is shown literally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from foidraft.interview import Answer, Choice, Question
from foidraft.interview.answers import default_answer
from foidraft.tui import answer_text as said
from foidraft.tui.text import literal
from foidraft.tui.widgets.answer_fields import AnswerInput, AnswerTicks, ChoiceOptions
from foidraft.tui.widgets.choice_list import listed_first, matching, not_offered_text
from foidraft.tui.widgets.question_fit import FittedCard

OTHER = "__other__"
SEARCH_FROM = 15  # a list this long gets a search box above it
SEARCH_HINT = "Type to search: a name, a code or your own words"


@dataclass(frozen=True)
class Step:
    """Where the card sits in the interview."""

    number: int  # 1-based
    left: int  # questions surely still to come after this one
    known: bool  # and no more: none hangs on an answer still to give
    can_go_back: bool


class QuestionCard(FittedCard):
    DEFAULT_CSS = """
    QuestionCard {
        height: 1fr;
        #progress { color: $text-muted; margin-top: 1; }
        #prompt { text-style: bold; margin-bottom: 1; }
        #question-scroll { height: 1fr; }
        #why { color: $text-muted; margin-bottom: 1; overflow-y: auto; }
        #why.-tight { margin-bottom: 0; }
        #answer { height: auto; max-height: 12; }  /* LIST_ROWS; lowered by _fit_list */
        #choice-hint, #field-hint { color: $text-muted; height: auto; }
        #error { display: none; color: $text-error; text-style: bold; }
        #error.-shown { display: block; }
        #not-offered { margin-top: 1; color: $text-muted; }
        #question-buttons { height: 1; margin-top: 1; }
        #question-buttons Button { margin-right: 2; min-width: 10; }
    }
    """
    HELP = """
## A question

Each question asks for one detail FOI teams need to find the information
quickly. The grey text says why, with the clarifications authorities sent when it was
missing.

- In a list: **↑/↓** to move, **enter** to choose and go on
- In a list of boxes: **space** ticks or unticks, **enter** goes on
- In a text field: type, then **enter**
- **alt+←** goes back a question (your answers are kept); **escape** leaves

The letter on the right grows as you answer (**ctrl+l** shows or hides it; under 100
columns it starts hidden). Nothing is saved until the last question, when the letter
becomes a draft.
"""

    @dataclass
    class Submitted(Message):
        value: object
        question_id: str  # a quick second enter may come from the card just replaced

    def __init__(
        self,
        question: Question,
        initial: Answer,
        step: Step,
        today: dt.date,
        suggested: Answer = None,
    ) -> None:
        super().__init__(id="question-card")
        self.question = question
        self.initial = initial
        self.suggested = suggested  # the requester's words' picks, the closest first
        self.step = step
        self.today = today
        self._picked, self._other_text = said.split_choices(question, initial)
        self._ticked: set[str] = set(self._picked)  # kept while a search hides some rows

    # -- building --------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        q = self.question
        yield Static(
            said.progress_words(self.step.number, self.step.left, self.step.known), id="progress"
        )
        yield Static(literal(q.prompt), id="prompt")
        with VerticalScroll(id="question-scroll"):
            if q.why:
                why = Static(literal(" ".join(q.why.split())), id="why")
                # A search box under it sets the list apart: the line between goes to the
                # list, so at 80x24 the box for other entries is above the fold too.
                why.set_class(q.type == "multi-choice" and len(q.choices) >= SEARCH_FROM, "-tight")
                yield why
            yield Static("", id="error")
            yield from self._field()
            yield Static("", id="choice-hint")
            hint = said.field_hint(q, searchable=len(q.choices) >= SEARCH_FROM)
            if hint:
                yield Static(literal(hint), id="field-hint")
            if q.not_offered:
                yield Static(not_offered_text(q), id="not-offered")
        with Horizontal(id="question-buttons"):
            back = Button("Back", id="back", disabled=not self.step.can_go_back, compact=True)
            yield back
            yield Button("Next", id="next", variant="primary", compact=True)

    def _field(self) -> ComposeResult:
        q, tip = self.question, said.other_hint(self.question)  # tip: for the typed-answer box
        if q.type == "choice" or q.type == "yes-no":
            yield ChoiceOptions(*self._options(), id="answer")
            if q.other is not None:
                other = AnswerInput(self._other_text, placeholder=tip, id="other")
                other.display = bool(self._other_text)
                yield other
        elif q.type == "multi-choice":
            ticks = AnswerTicks(*self._selections(self._listed()), id="answer")
            if len(q.choices) >= SEARCH_FROM:
                ticks.search = Input(placeholder=SEARCH_HINT, id="search", compact=True)
                yield ticks.search
            yield ticks
            if q.other is not None:
                yield AnswerInput(self._other_text, placeholder=tip, id="other", compact=True)
        else:
            kind: Literal["integer", "text"] = "integer" if q.type == "number" else "text"
            shown, hint = said.answer_text(self.initial), self._placeholder()
            yield AnswerInput(shown, placeholder=hint, type=kind, id="answer")

    def _listed(self) -> list[Choice]:
        return listed_first(self.question, self._picked, self.suggested)

    def _selections(self, choices: Iterable[Choice]) -> list[Selection[str]]:
        return [Selection(literal(c.label), c.value, c.value in self._ticked) for c in choices]

    @on(Input.Changed, "#search")
    def _search(self, event: Input.Changed) -> None:
        """Narrow the list to choices whose name, code, hint or search words match."""
        event.stop()
        ticks = self.query_one("#answer", AnswerTicks)
        self._ticked = self._all_ticked(ticks)
        ticks.clear_options()
        ticks.add_options(self._selections(matching(self.question, event.value)))
        if ticks.option_count:
            ticks.highlighted = 0
        self._show_choice_hint()

    def _all_ticked(self, ticks: AnswerTicks) -> set[str]:
        """Ticks on the rows shown now, and those kept for rows a search hides."""
        shown = {ticks.get_option_at_index(i).value for i in range(ticks.option_count)}
        return (self._ticked - shown) | set(ticks.selected)

    def _options(self) -> list[Option]:
        q = self.question
        if q.type == "yes-no":
            return [Option("Yes", id="yes"), Option("No", id="no")]
        options = [Option(literal(c.label), id=f"choice-{i}") for i, c in enumerate(q.choices)]
        if q.other is not None:
            options.append(Option(literal((q.other, "italic")), id=OTHER))
        return options

    def on_mount(self) -> None:
        field = self.query_one("#answer")
        if isinstance(field, ChoiceOptions) or (isinstance(field, AnswerTicks) and self._picked):
            field.highlighted = self._initial_option()  # a list opens on its first pick
        # Not scrolled to by focus: that centres the list before it is fitted, hiding the why.
        other = self._other_text and self.question.type == "choice"
        (self.query_one("#other") if other else field).focus(scroll_visible=False)
        self._show_choice_hint()
        self.call_after_refresh(self._fit_list)

    def _initial_option(self) -> int:
        q = self.question
        if q.type == "yes-no":
            return 1 if self.initial is False else 0
        listed = self._listed() if q.type == "multi-choice" else q.choices
        for i, c in enumerate(listed):
            if c.value in self._picked:
                return i
        return len(q.choices) if self._other_text else 0

    def _placeholder(self) -> str:
        example = default_answer(self.question, self.today, example=True)
        if example is not None:
            return f"e.g. {said.answer_text(example)}"
        return self.question.placeholder

    # -- answering -------------------------------------------------------------------
    def value(self) -> object:
        """What the requester has entered, in a form ``Interview.answer`` accepts."""
        q = self.question
        field = self.query_one("#answer")
        if isinstance(field, AnswerTicks):
            other = self.query("#other")
            extra = said.split_other(other.first(Input).value) if other else []
            all_ticked = self._all_ticked(field)
            ticked = [c.value for c in q.choices if c.value in all_ticked]
            return [*ticked, *extra]
        if isinstance(field, ChoiceOptions):
            index = field.highlighted
            option = field.get_option_at_index(index) if index is not None else None
            if option is None:
                return None
            if option.id == OTHER:
                return self.query_one("#other", Input).value
            if q.type == "yes-no":
                return option.id
            return q.choices[int(str(option.id).removeprefix("choice-"))].value
        assert isinstance(field, Input)
        return field.value

    def show_error(self, message: str) -> None:
        error = self.query_one("#error", Static)
        error.update(literal(message))
        error.add_class("-shown")
        self.call_after_refresh(self._fit_error)

    @on(OptionList.OptionSelected, "#answer")
    def _option_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == OTHER:
            other = self.query_one("#other", Input)
            other.display = True
            other.focus()
            return
        self.post_message(self.Submitted(self.value(), self.question.id))

    @on(OptionList.OptionHighlighted, "#answer")
    @on(AnswerTicks.SelectionHighlighted, "#answer")
    def _highlighted(self, event: Message) -> None:
        event.stop()
        self._show_choice_hint()

    def _show_choice_hint(self) -> None:
        """The highlighted choice's hint, under the list (a list row has room for one line)."""
        field = self.query_one("#answer")
        choice = None
        if isinstance(field, OptionList) and field.highlighted is not None:
            option = field.get_option_at_index(field.highlighted)
            if isinstance(option, Selection):
                choice = self.question.choice(str(option.value))
            elif option.id and option.id.startswith("choice-"):
                choice = self.question.choices[int(option.id.removeprefix("choice-"))]
        hint = " ".join(choice.hint.split()) if choice else ""
        self.query_one("#choice-hint", Static).update(literal((hint, "italic")))

    @on(Input.Submitted)
    @on(AnswerTicks.Done)
    @on(Button.Pressed, "#next")
    def _submit(self, event: Message) -> None:
        event.stop()
        if isinstance(event, Input.Submitted) and event.input.id == "search":
            self.query_one("#answer").focus()  # enter in the search box: on to the list
            return
        self.post_message(self.Submitted(self.value(), self.question.id))
