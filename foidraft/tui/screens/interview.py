"""The scoping interview: one question at a time, the letter growing beside it.

The screen drives ``foidraft.interview.Interview`` and nothing else decides anything: a
rejected answer comes back as the FoidraftError message shown under the field. When the
last question is answered, the letter becomes a draft (``DraftStore.create``) and the
editor replaces this screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Header, Input

from foidraft.errors import FoidraftError
from foidraft.interview import Interview
from foidraft.text.holes import typing_start
from foidraft.tui.keymap import bindings
from foidraft.tui.palette import PaletteCommand
from foidraft.tui.screens.base import FoidraftScreen
from foidraft.tui.screens.dialogs import dismiss_if_confirmed
from foidraft.tui.type_ahead import HoldsTypeAhead
from foidraft.tui.widgets.fitting_footer import FittingFooter
from foidraft.tui.widgets.letter_preview import LetterPreview
from foidraft.tui.widgets.question_card import QuestionCard, Step

if TYPE_CHECKING:
    import datetime as dt

    from foidraft.authorities.model import Authority
    from foidraft.interview import Flow


class InterviewScreen(FoidraftScreen[None]):
    DEFAULT_CSS = """
    InterviewScreen #interview-body { height: 1fr; }
    InterviewScreen #question-pane { width: 1fr; padding: 0 1; }
    InterviewScreen #preview {
        width: 45%;
        border-left: vkey $primary 50%;
        padding: 0 1;
        background: $surface;
        &:focus { border-left: vkey $primary; }
    }
    /* Under 100 columns the card needs the width (beside the letter, 44 columns cut a
       question's why at 80x24): the letter starts hidden and ctrl+l shows it, since
       toggling sets display on the widget, which outranks this rule. */
    InterviewScreen.-narrow #preview { width: 40%; display: none; }
    """
    HELP = QuestionCard.HELP
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("interview.back", "back"),
        ("interview.cancel", "cancel"),
        ("interview.toggle-preview", "toggle_preview"),
    )
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - Screen's type

    def __init__(
        self,
        flow: Flow,
        authority: Authority,
        *,
        requester_name: str = "",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(id="interview")
        self.flow = flow
        self.authority = authority
        self._requester_name = requester_name
        self._today = today
        self.interview: Interview | None = None
        self.finished = False
        self._card_ready = False  # the current question's field has the focus

    def keys_ready(self) -> bool:
        """Keys typed while a question is being shown wait for its field (``type_ahead``)."""
        return self._card_ready

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if any(isinstance(n, QuestionCard) for n in event.widget.ancestors):
            self._card_ready = True

    @property
    def has_unsaved_answers(self) -> bool:
        """True while answers exist that have not yet become a draft (the app asks before
        quitting), the words typed for the first one before enter included: ctrl+q there
        quit at once over the request's topic (walk23)."""
        if self.interview is None or self.finished:
            return False
        typed = (i.value.strip() for i in self.query("#question-pane Input").results(Input))
        return bool(self.interview.answers) or any(typed)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="interview-body"):
            yield Vertical(id="question-pane")
            yield LetterPreview(id="preview")
        yield FittingFooter()

    async def on_mount(self) -> None:
        today = self._today or self.foidraft.today()
        self.interview = Interview(
            self.flow, authority=self.authority, requester_name=self._requester_name, today=today
        )
        self.title = self.flow.title
        self.sub_title = self.authority.name
        await self.show_current()

    # -- moving through the questions ------------------------------------------------
    async def show_current(self) -> None:
        interview = self.interview
        assert interview is not None
        question = interview.current
        self.query_one(LetterPreview).show(interview.letter())
        if question is None:
            return
        left = interview.left
        step = Step(interview.progress[0] + 1, left.surely, left.known, interview.can_go_back)
        self._card_ready = False
        pane = self.query_one("#question-pane", Vertical)
        await pane.remove_children()
        card = QuestionCard(question, interview.initial_value(), step, interview.today,
                            suggested=interview.suggested())  # fmt: skip
        await pane.mount(card)
        self.refresh_bindings()

    @on(QuestionCard.Submitted)
    async def _answered(self, event: QuestionCard.Submitted) -> None:
        interview = self.interview
        assert interview is not None
        question = interview.current
        if question is None or event.question_id != question.id:
            return  # an enter meant for the question just answered: not this one's answer
        try:
            interview.answer(event.value)
        except FoidraftError as exc:
            self.query_one(QuestionCard).show_error(exc.message)
            return
        for note in interview.notes(question.id):
            self.app.notify(note, title="Worth knowing", severity="warning", markup=False)
        if interview.is_complete:
            await self.finish()
        else:
            await self.show_current()

    async def finish(self) -> None:
        """Turn the letter into a saved draft and open it in the editor."""
        interview = self.interview
        assert interview is not None
        try:
            draft = self.foidraft.store.create(
                interview.title(), interview.letter(), self.authority.ref
            )
        except FoidraftError as exc:
            self.foidraft.show_error(exc, title="The draft could not be saved")
            interview.back()  # stay on the last question, answers intact
            await self.show_current()
            return
        self.finished = True
        if isinstance(self.app, HoldsTypeAhead):  # an enter pressed twice: not the letter's
            self.app.type_ahead.drop_until_shown()
        self.app.notify(f"Saved as {draft.name}.", title="Draft created", markup=False)
        # Typing starts where the letter wants words (a gap, the first question), not
        # above "Dear ...".
        self.foidraft.open_editor(draft, replace=True, cursor=typing_start(draft.body))

    @on(Button.Pressed, "#back")
    async def action_back(self) -> None:
        interview = self.interview
        if interview is None or not interview.can_go_back:
            return
        interview.back()
        await self.show_current()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return bool(self.interview and self.interview.can_go_back) or None
        return True

    def action_cancel(self) -> None:
        if not self.has_unsaved_answers:
            self.dismiss(None)
            return
        dismiss_if_confirmed(
            self,
            "Leave this request?",
            "Your answers so far will be lost. They become a draft only at the last question.",
            yes="Leave",
            no="Keep going",
        )

    def action_toggle_preview(self) -> None:
        preview = self.query_one(LetterPreview)
        preview.display = not preview.display

    async def palette_commands(self) -> list[PaletteCommand]:
        return list(self._palette_commands())

    def _palette_commands(self) -> Iterable[PaletteCommand]:
        yield PaletteCommand("interview: back", "Go back a question.", self.action_back)
        yield PaletteCommand(
            "interview: toggle letter preview", "Hide or show the letter.",
            self.action_toggle_preview,
        )  # fmt: skip
        yield PaletteCommand("interview: leave", "Stop this request.", self.action_cancel)
