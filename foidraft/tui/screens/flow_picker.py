"""Pick what kind of request to make: one of the scoping flows that suit the authority,
or a blank letter. Flows are read from YAML in a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.authorities.names import in_running_text, running_parts
from foidraft.errors import FoidraftError
from foidraft.interview.regime import for_authority
from foidraft.tui.keymap import bindings
from foidraft.tui.screens.base import FoidraftScreen
from foidraft.tui.text import literal
from foidraft.tui.type_ahead import HoldsTypeAhead
from foidraft.tui.widgets.fitting_footer import FittingFooter

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.interview import Flow

BLANK_LETTER = "blank-letter"
BLANK_TEXT = "Write the letter yourself, with foidraft's checks as you type."
LOADING = "Reading the kinds of request…"


class FlowList(OptionList):
    HELP = """
## What kind of request?

Each kind asks the questions that FOI teams most often come back with, so your
request can be answered the first time. **enter** starts the highlighted one; **escape**
goes back to choosing the authority. *Blank letter* skips the questions.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("flows.start", "select"))


class FlowPickerScreen(FoidraftScreen["Flow | str | None"]):
    """Dismisses with a Flow, BLANK_LETTER, or None (go back)."""

    DEFAULT_CSS = """
    FlowPickerScreen #flows-body { padding: 0 1; }
    /* The scrollbar's room kept from the start: options wrapped before it appeared lost
       their last line to it at 80x24 ("...and breakdowns the force"). */
    FlowPickerScreen #flows { height: 1fr; scrollbar-gutter: stable; }
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings(("flows.cancel", "cancel"))

    @dataclass
    class FlowsLoaded(Message):
        flows: list[Flow]

    @dataclass
    class FlowsFailed(Message):
        error: FoidraftError

    def __init__(self, authority: Authority) -> None:
        super().__init__(id="flow-picker")
        self.authority = authority
        self.flows: list[Flow] = []
        self._listed = False  # the kinds are read and listed (or failed to be)

    def keys_ready(self) -> bool:
        """Keys typed while the kinds are being read wait for the list (``type_ahead``): an
        enter pressed on "Reading the kinds of request…" was lost."""
        return self._listed

    def _ready(self) -> None:
        self._listed = True
        if isinstance(self.app, HoldsTypeAhead):
            self.app.call_later(self.app.type_ahead.release)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        the, name = running_parts(self.authority.name)  # "ask the Home Office for?"
        with Vertical(id="flows-body"):
            yield Static(
                literal(f"What do you want to ask {the}", (name, "bold"), " for?"),
                classes="screen-question",
            )
            yield Static("Pick the closest kind of request.", classes="hint")
            # Said until the flows are read: on a busy machine the list stood empty for
            # seconds, as if there were nothing to choose.
            yield FlowList(Option(LOADING, id="loading", disabled=True), id="flows")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = "New request"
        self.query_one(FlowList).focus()
        self._load()

    @work(thread=True, exclusive=True, group="flows")
    def _load(self) -> None:
        from foidraft.interview import load_flows

        try:
            flows = list(load_flows().values())
        except FoidraftError as exc:
            self.post_message(self.FlowsFailed(exc))
            return
        except OSError as exc:  # reported, never a traceback
            self.post_message(self.FlowsFailed(FoidraftError(str(exc))))
            return
        self.post_message(self.FlowsLoaded(flows))

    def on_flow_picker_screen_flows_loaded(self, message: FlowsLoaded) -> None:
        self.flows = [f for f in message.flows if f.suits(self.authority)]
        listing = self.query_one(FlowList)
        listing.clear_options()
        for flow in self.flows:
            words = for_authority(flow, self.authority).description  # Scottish words for one
            listing.add_option(Option(flow_prompt(flow.title, words), id=flow.id))
        listing.add_option(Option(flow_prompt("Blank letter", BLANK_TEXT), id=BLANK_LETTER))
        for flow in message.flows:  # the rest, greyed, each saying why it does not apply
            why = flow.why_not(self.authority)
            if why:
                title = f"{flow.title} (not for {in_running_text(self.authority.name)})"
                listing.add_option(
                    Option(flow_prompt(title, why), id=f"not-{flow.id}", disabled=True)
                )
        listing.highlighted = 0
        self._ready()

    def on_flow_picker_screen_flows_failed(self, message: FlowsFailed) -> None:
        from foidraft.tui.host import host

        host(self.app).show_error(message.error, title="The request flows could not be read")
        listing = self.query_one(FlowList)
        listing.clear_options()
        listing.add_option(Option(flow_prompt("Blank letter", BLANK_TEXT), id=BLANK_LETTER))
        listing.highlighted = 0
        self._ready()

    @on(OptionList.OptionSelected, "#flows")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == BLANK_LETTER:
            self.answer(BLANK_LETTER)
            return
        for flow in self.flows:
            if flow.id == event.option.id:
                self.answer(flow)

    def action_cancel(self) -> None:
        self.answer(None)


def flow_prompt(title: str, description: str) -> Content:
    return literal((title, "bold"), "\n", (" ".join(description.split()), "dim"))
