"""Learning from a reply: paste the authority's clarification request, accept the rules
foidraft proposes for the wording it asked about, and the letter is checked with them.

``foidraft.learn`` proposes the rules (``propose_rules``) and adds the accepted ones to
the personal rule file (``add_rules``, validated, atomic), both in worker threads. The
reply and everything quoted from it are shown literally.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Checkbox, Input, Label, Static

from foidraft.errors import FoidraftError
from foidraft.learn import Lesson, Proposal, add_rules, propose_rules
from foidraft.tui.keymap import bindings
from foidraft.tui.notify import as_error
from foidraft.tui.screens.dialogs import Dialog, dismiss_if_confirmed
from foidraft.tui.text import literal
from foidraft.tui.widgets.ticks import TickBox
from foidraft.tui.widgets.visible_text_area import VisibleTextArea

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft

PASTE_HELP = (
    "Paste their reply below. foidraft finds the wording they asked about and proposes "
    "rules that warn about it in later letters; nothing is added until you accept."
)


class ReplyArea(VisibleTextArea):
    HELP = """
## The authority's reply

Paste the whole reply that asks you to clarify your request. foidraft looks for the
wording it asked about ("please clarify what you mean by …", "we cannot search by …")
and, for each term your letter uses that no rule flags yet, proposes a personal rule.

Give the request's page (for example on WhatDoTheyKnow) below if you have it: each rule
keeps it as its evidence. **ctrl+s** goes on; **escape** cancels.
"""


UNREAD_HERE = "The reply you pasted is not kept: foidraft learns from it only once it reads it."
NO_NEW_RULE = (
    "No new rule needed: foidraft already flags the wording they asked about, or it is not "
    "in your letter. Each point they raised is listed with the reason."
)


class ProposalBox(TickBox):
    HELP = """
## Proposed rules

Each rule would warn, in this and later letters to this authority, about wording it
asked you to clarify. Nothing is ticked for you: **space** or **enter** ticks or unticks
a rule; **ctrl+s** adds the ticked rules to your personal rule file (rules.yaml in your
config folder) and checks the letter again. Remove a rule later by editing that file.
"""


def proposal_text(proposal: Proposal) -> str:
    from foidraft.text.template import render

    rule = proposal.rule
    message = render(str(rule["message"]), {"match": proposal.where.text})
    return (
        f"{message}\nWould flag: “{proposal.where.text}” in “{proposal.where.sentence.strip()}”"
        f"\nWhy: {rule['why']}"
    )


class LearnScreen(Dialog["list[str] | None"]):
    """Dismisses with the ids of the rules added (maybe none), or None when cancelled."""

    HELP = ReplyArea.HELP

    DEFAULT_CSS = """
    LearnScreen {
    & > #dialog { max-width: 96; height: 90%; padding: 0 2; }
    & #dialog-title { margin: 1 0 0 0; }
    & #reply { height: 1fr; min-height: 4; }
    & #proposals { height: 1fr; }
    & .proposal-text { padding-left: 4; margin-bottom: 1; }
    & .passed { color: $text-muted; }
    & #learn-error { color: $text-error; height: auto; }
    & TickBox, & #learn-error { width: 1fr; height: auto; text-wrap: wrap; }  /* 80 columns */
    & #url { margin: 1 0 0 0; }
    & .dialog-buttons { height: auto; align-horizontal: right; margin-bottom: 1; }
    & .dialog-buttons Button { margin-left: 1; }
    & #go { width: 24; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("learn.continue", "continue"),
        ("learn.cancel", "cancel"),
    )

    @dataclass
    class Proposed(Message):
        lesson: Lesson

    @dataclass
    class Added(Message):
        ids: list[str]

    @dataclass
    class Failed(Message):
        error: FoidraftError

    def __init__(self, draft: Draft, authority: Authority | None, asked: dt.date) -> None:
        super().__init__(f"Learn from {authority.name if authority else 'the authority'}'s reply")
        self.draft, self.authority, self.asked = draft, authority, asked
        self.lesson: Lesson | None = None
        self.busy = False

    def compose_content(self) -> ComposeResult:
        who = self.authority.name if self.authority else "the authority"
        with Vertical(id="paste-step"):
            yield Static(literal(PASTE_HELP), classes="dialog-body")
            yield ReplyArea(id="reply", soft_wrap=True, show_line_numbers=False)
            yield Input(
                placeholder="The request's page, if it has one (optional): https://…",
                id="url",
                compact=True,
            )
            yield TickBox(
                literal(f"Warn about this wording for every authority, not only {who}"),
                value=False,
                id="everywhere",
            )
        yield VerticalScroll(id="proposals")
        yield Label("", id="learn-error")
        with Horizontal(classes="dialog-buttons"):
            yield Button("Cancel", id="cancel", compact=True)
            yield Button("Find the wording", id="go", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#proposals").display = False
        self.query_one(ReplyArea).focus()

    def _problem(self, text: str) -> None:
        self.query_one("#learn-error", Label).update(literal(text))

    @on(Button.Pressed, "#go")
    def action_continue(self) -> None:
        if self.busy:
            return
        if self.lesson is None:
            from foidraft.replies.text import readable

            reply = self.query_one(ReplyArea).text
            if not readable(reply):  # empty, or only spaces, control codes and escapes
                self._problem("Paste the reply first: there are no words in it to learn from.")
                return
            self._busy("Reading the reply…")
            everywhere = self.query_one("#everywhere", TickBox).value
            self._propose(reply, self.query_one("#url", Input).value.strip() or None, everywhere)
            return
        chosen = [box.name for box in self.query(ProposalBox) if box.value and box.name is not None]
        if not chosen:
            self.dismiss([])
            return
        by_id = {p.id: p for p in self.lesson.proposals}
        self._busy("Adding the rules…")
        self._add([by_id[i].rule for i in chosen])

    def _busy(self, text: str) -> None:
        self.busy = True
        self._problem("")
        self.query_one("#go", Button).label = text

    @work(thread=True, exclusive=True, group="learn-propose")
    def _propose(self, reply: str, url: str | None, everywhere: bool = False) -> None:
        try:
            lesson = propose_rules(
                self.draft, reply, authority=self.authority, asked=self.asked, url=url,
                everywhere=everywhere,
            )  # fmt: skip
        except Exception as exc:  # it checks the letter: a faulty rule must not end the app
            self.post_message(self.Failed(as_error(exc)))
            return
        self.post_message(self.Proposed(lesson))

    @work(thread=True, exclusive=True, group="learn-add")
    def _add(self, rules: list[dict[str, object]]) -> None:
        try:
            add_rules(rules)
        except (FoidraftError, OSError) as exc:
            self.post_message(self.Failed(as_error(exc)))
            return
        self.post_message(self.Added([str(r["id"]) for r in rules]))

    def on_learn_screen_failed(self, message: Failed) -> None:
        self.busy = False
        error = message.error
        self._problem(error.message + (f" ({error.hint})" if error.hint else ""))
        self.query_one("#go", Button).label = (
            "Find the wording" if self.lesson is None else "Add the ticked rules"
        )

    async def on_learn_screen_proposed(self, message: Proposed) -> None:
        self.busy, self.lesson = False, message.lesson
        self.query_one("#paste-step").display = False
        box = self.query_one("#proposals", VerticalScroll)
        box.display = True
        widgets: list[Static | Checkbox] = []
        lesson = message.lesson
        if not lesson.proposals:
            widgets.append(
                Static(
                    literal(NO_NEW_RULE),
                    classes="dialog-body",
                )
            )
        for proposal in lesson.proposals:
            label = literal((proposal.id, "bold"), f": warn about “{proposal.where.text}”")
            widgets.append(ProposalBox(label, value=False, name=proposal.id))  # never pre-ticked
            widgets.append(Static(literal(proposal_text(proposal)), classes="proposal-text"))
        for passed in lesson.passed:
            widgets.append(Static(literal(f"“{passed.term}”: {passed.reason}"), classes="passed"))
        await box.mount_all(widgets)
        go = self.query_one("#go", Button)
        go.label = "Add the ticked rules" if lesson.proposals else "Close"
        self.query_one("#cancel").display = bool(lesson.proposals)
        (self.query(ProposalBox).first() if lesson.proposals else go).focus()

    def on_learn_screen_added(self, message: Added) -> None:
        self.dismiss(message.ids)

    @property
    def has_unread_reply(self) -> bool:
        """A reply pasted and not read yet: closing asks first (quitting too)."""
        return self.lesson is None and bool(self.query_one(ReplyArea).text.strip())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if self.busy:
            return
        if not self.has_unread_reply:
            self.dismiss(None)
            return
        # escape by habit after a long paste: the reply is kept nowhere (as on the reply screen)
        dismiss_if_confirmed(self, "Close without reading the reply?", UNREAD_HERE, yes="Close",
                             no="Keep it")  # fmt: skip
