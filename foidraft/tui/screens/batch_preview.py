"""The batch before anything is written: each authority's letter, checked for it.

``plan_batch`` renders and checks every letter in a worker thread (Police Scotland's is
checked against FOISA, with its own Act and cost limit); the requester reads any of
them, sees the advice on piloting, and creates all the drafts or only the first few.
Writing (``write_batch``) also runs in a worker; the screen then dismisses with the
plan and the result for the summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.batch import (
    PILOT_REASONS,
    PILOT_SIZE,
    BatchPlan,
    BatchResult,
    plan_batch,
    write_batch,
)
from foidraft.errors import FoidraftError
from foidraft.tui.batch_text import findings_summary, planned_prompt
from foidraft.tui.keymap import bindings
from foidraft.tui.notify import as_error
from foidraft.tui.text import literal
from foidraft.tui.widgets.findings import finding_prompt
from foidraft.tui.widgets.fitting_footer import FittingFooter
from foidraft.tui.widgets.ticks import TickBox

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts import DraftStore
    from foidraft.rules.model import RuleSet
    from foidraft.templates import Template

PILOT_HOW = (
    "Pilot first: create the drafts for a few authorities now, send them and see how they "
    "answer, then start this batch again from the same template to write the rest "
    "(drafts already written are skipped). "
)


class PlannedList(OptionList):
    HELP = """
## The batch, letter by letter

One line per authority, marked by its most serious finding: **✖** likely to bounce,
**▲** often queried, **●** worth a look, **✓** nothing found. **↑/↓** show that
authority's letter on the right, checked with the advice for it (Police Scotland's
against FOISA, with its own Act and cost limit).

**p** switches the pilot on or off (**+**/**-** change how many), **c** creates the
drafts, **escape** goes back without writing anything.
"""


class PilotAdvice(VerticalScroll, can_focus=True):
    HELP = """
## Why pilot a batch

Send the request to a few authorities first and see how they answer before every one
has it. **↑/↓** scroll this advice; **p** switches the pilot on or off.
"""


class BatchPreviewScreen(Screen["tuple[BatchPlan, BatchResult] | None"]):
    HELP = PlannedList.HELP
    DEFAULT_CSS = """
    BatchPreviewScreen #preview-body { padding: 0 1; }
    BatchPreviewScreen #preview-intro { height: auto; margin-bottom: 1; }
    BatchPreviewScreen #preview-main { height: 1fr; }
    BatchPreviewScreen #planned { width: 34; height: 1fr; margin-right: 1; }
    BatchPreviewScreen #letter-pane {
        width: 1fr; height: 1fr; border: round $primary 50%; padding: 0 1;
    }
    BatchPreviewScreen #preview-findings { margin-bottom: 1; }
    BatchPreviewScreen #preview-title { text-style: bold; margin-bottom: 1; }
    BatchPreviewScreen #pilot-advice {
        height: auto; max-height: 3; color: $text-muted; margin-top: 1;
        &:focus { background: $boost; }
    }
    BatchPreviewScreen #preview-actions { height: 1; margin-top: 1; }
    BatchPreviewScreen #preview-actions Checkbox { width: auto; }
    BatchPreviewScreen #preview-note { width: 1fr; color: $text-muted; padding-left: 1; }
    BatchPreviewScreen #preview-actions Button { margin-left: 1; }
    BatchPreviewScreen #back { width: 8; min-width: 8; }
    BatchPreviewScreen #create { width: 18; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("batch.create", "create"),
        ("batch.toggle-pilot", "toggle_pilot"),
        ("batch.pilot-more", "pilot(1)"),
        ("batch.pilot-fewer", "pilot(-1)"),
        ("batch.back", "back"),
    )

    @dataclass
    class Planned(Message):
        plan: BatchPlan

    @dataclass
    class Written(Message):
        plan: BatchPlan
        result: BatchResult

    @dataclass
    class Failed(Message):
        error: FoidraftError

    def __init__(
        self,
        template: Template,
        authorities: Sequence[Authority],
        values: Mapping[str, str],
        store: DraftStore,
        *,
        today: dt.date,
        rules: RuleSet | None = None,
    ) -> None:
        """``rules``: check the letters with these (None: the knowledge base and yours)."""
        super().__init__(id="batch-preview")
        self.template, self.authorities, self.values = template, list(authorities), dict(values)
        self.store, self.today, self.rules = store, today, rules
        self.plan: BatchPlan | None = None
        self.pilot_size = min(PILOT_SIZE, max(len(self.authorities) - 1, 1))
        self.busy = True

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Vertical(id="preview-body"):
            yield Static(
                literal(f"Writing and checking {letter_count(len(self.authorities))}…"),
                id="preview-intro",
            )
            with Horizontal(id="preview-main"):
                yield PlannedList(id="planned")
                with VerticalScroll(id="letter-pane"):
                    yield Static("", id="preview-findings")
                    yield Static("", id="preview-title")
                    yield Static("", id="preview-letter")
            with PilotAdvice(id="pilot-advice"):
                yield Static(literal(PILOT_HOW + PILOT_REASONS))
            with Horizontal(id="preview-actions"):
                yield TickBox("Pilot", id="pilot", compact=True)
                yield Static("", id="preview-note")
                yield Button("Back", id="back", compact=True)
                yield Button("Create", id="create", variant="primary", compact=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = "New batch"
        self.sub_title = self.template.shown_title
        self.query_one("#letter-pane").border_title = "Letter"
        self.query_one("#pilot-advice").display = False
        self.query_one(PlannedList).focus()
        self._plan()

    @work(thread=True, exclusive=True, group="batch-plan")
    def _plan(self) -> None:
        try:
            plan = plan_batch(
                self.template, self.authorities, self.values, store=self.store, today=self.today,
                ruleset=self.rules,
            )  # fmt: skip
        except Exception as exc:  # a faulty rule or a disk error must not end the app
            self.post_message(self.Failed(as_error(exc)))
            return
        self.post_message(self.Planned(plan))

    def on_batch_preview_screen_planned(self, message: Planned) -> None:
        self.plan, self.busy = message.plan, False
        plan = message.plan
        listing = self.query_one(PlannedList)
        listing.set_options(Option(planned_prompt(d)) for d in plan.drafts)
        listing.highlighted = 0 if plan.drafts else None
        new = len(plan.new)
        intro = f"{letter_count(len(plan.drafts))}, each checked for its authority"
        intro += f" ({new} new)." if new != len(plan.drafts) else "."
        intro += " ↑/↓ choose whose letter to read."
        if plan.left_out:
            names = ", ".join(a.name for a, _ in plan.left_out)
            intro += f" Left out (not subject to FOI): {names}."
        self.query_one("#preview-intro", Static).update(literal(intro))
        pilot = self.query_one("#pilot", Checkbox)
        pilot.value = new > PILOT_SIZE  # the advice is to pilot a batch of more than a few
        self.query_one("#pilot-advice").display = new > PILOT_SIZE
        self._show_letter()
        self._show_actions()

    def on_batch_preview_screen_failed(self, message: Failed) -> None:
        self.busy = False
        error = message.error
        text = error.message + (f"\n{error.hint}" if error.hint else "")
        self.query_one("#preview-intro", Static).update(
            literal(("Cannot write this batch: ", "bold $text-error"), text)
        )
        self._show_actions()

    # -- reading one letter ----------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#planned")
    def _show_letter(self) -> None:
        plan = self.plan
        index = self.query_one(PlannedList).highlighted
        if plan is None or index is None or index >= len(plan.drafts):
            return
        planned = plan.drafts[index]
        findings = [finding_prompt(f) for f in planned.findings]
        head = literal((planned.authority.name, "bold"), ": ").append(findings_summary(planned))
        if planned.terms:
            head = head.append(literal(f" · {planned.terms_text()}"))
        if planned.elsewhere:  # a template's place left in: each force asked about another's
            warning = f"The letter {planned.elsewhere_text()}: put {{authority.area}} in the "
            warning += "template, or take the place out."
            head = head.append(literal("\n", (warning, "bold $warning")))
        self.query_one("#preview-findings", Static).update(Content("\n").join([head, *findings]))
        self.query_one("#preview-title", Static).update(literal(planned.title))
        self.query_one("#preview-letter", Static).update(literal(planned.text))
        self.query_one("#letter-pane", VerticalScroll).scroll_home(animate=False)

    # -- pilot and creating ------------------------------------------------------------
    def pilot(self) -> int | None:
        return self.pilot_size if self.query_one("#pilot", Checkbox).value else None

    def to_write(self) -> int:
        """How many new drafts creating would write now."""
        if self.plan is None:
            return 0
        drafts = self.plan.drafts[: self.pilot()] if self.pilot() else self.plan.drafts
        return sum(1 for d in drafts if d.existing is None)

    @on(Checkbox.Changed, "#pilot")
    def _show_actions(self) -> None:
        total = len(self.plan.drafts) if self.plan else 0
        pilot = self.query_one("#pilot", Checkbox)
        pilot.label = literal(f"Pilot with the first {self.pilot_size}")
        pilot.disabled = total < 2
        count = self.to_write()
        create = self.query_one("#create", Button)
        create.label = f"Create {count} draft{'s' if count != 1 else ''}"
        create.disabled = self.plan is None or count == 0 or self.busy
        note = ""
        if self.plan is not None and self.pilot():
            note = f"{total - self.pilot_size} more later"
        elif self.plan is not None and count == 0:
            note = "every draft is already written"
        self.query_one("#preview-note", Static).update(literal(note))

    def action_toggle_pilot(self) -> None:
        pilot = self.query_one("#pilot", Checkbox)
        if not pilot.disabled:
            pilot.toggle()

    def action_pilot(self, step: int) -> None:
        total = len(self.plan.drafts) if self.plan else 0
        self.pilot_size = max(1, min(total - 1, self.pilot_size + step)) if total > 1 else 1
        self._show_actions()

    @on(Button.Pressed, "#create")
    def action_create(self) -> None:
        if self.plan is None or self.busy or self.to_write() == 0:
            return
        self.busy = True
        self.query_one("#create", Button).disabled = True
        self.query_one("#preview-note", Static).update("Writing the drafts…")
        self._write(self.pilot())

    @work(thread=True, exclusive=True, group="batch-write")
    def _write(self, pilot: int | None) -> None:
        try:
            plan = self.plan
            assert plan is not None
            if pilot is not None:  # planned again for the pilot's authorities only
                plan = plan_batch(
                    self.template, self.authorities, self.values, pilot=pilot,
                    store=self.store, today=self.today, ruleset=self.rules,
                )  # fmt: skip
            result = write_batch(plan, self.store)
        except Exception as exc:  # as above: said, never a traceback
            self.post_message(self.Failed(as_error(exc)))
            return
        self.post_message(self.Written(plan, result))

    def on_batch_preview_screen_written(self, message: Written) -> None:
        self.dismiss((message.plan, message.result))

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        if not self.busy or self.plan is None:
            self.dismiss(None)


def letter_count(n: int) -> str:
    return f"{n} letter{'s' if n != 1 else ''}"  # "1 letter", not "1 letters"
