"""What a batch wrote: one line per authority with its findings, warnings stand out.

From here a draft opens in the editor, the batch shows on Home as a filter, and the
whole batch exports to a folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.tui.batch_text import findings_summary, worst_mark
from foidraft.tui.keymap import bindings
from foidraft.tui.screens.base import FoidraftScreen
from foidraft.tui.text import literal
from foidraft.tui.widgets.fitting_footer import FittingFooter

if TYPE_CHECKING:
    from foidraft.batch import BatchPlan, BatchResult, PlannedDraft


class SummaryList(OptionList):
    HELP = """
## The batch, written

One line per authority: what was written (or already was) and what the check found in
that letter. Letters marked **▲** or **✖** have warnings: open them and fix those before
sending.

- **enter** opens the highlighted draft in the editor
- **h** shows the batch on Home (only its drafts, until **escape** there)
- **x** exports the whole batch to a folder: one file per authority and an index
- **escape** goes back to Home
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("batch.open", "select"))


def summary_prompt(planned: PlannedDraft, outcome: str) -> Content:
    icon, style = worst_mark(planned)
    name_style = f"bold {style}" if planned.warned else "bold"
    head = literal(
        (icon, style), " ", (planned.authority.name, name_style), (f"  {outcome}", "dim")
    )
    lines = [head, literal("   ").append(findings_summary(planned))]
    if planned.elsewhere:  # its ▲ says why: the check found nothing on its own
        lines.append(literal("   ", (f"▲ The letter {planned.elsewhere_text()}.", style)))
    return Content("\n").join(lines)


class BatchSummaryScreen(FoidraftScreen[None]):
    HELP = SummaryList.HELP
    DEFAULT_CSS = """
    BatchSummaryScreen #summary-body { padding: 0 1; }
    BatchSummaryScreen #summary-intro { height: auto; margin: 1 0; }
    BatchSummaryScreen #summary-list { height: 1fr; }
    BatchSummaryScreen #summary-notes { height: auto; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("batch.show-on-home", "show_on_home"),
        ("batch.export", "export"),
        ("batch.close", "close"),
    )

    def __init__(self, plan: BatchPlan, result: BatchResult) -> None:
        super().__init__(id="batch-summary")
        self.plan, self.result = plan, result
        self.rows: list[tuple[PlannedDraft, Path, str]] = [
            *(
                (p, draft.path, f"written: {draft.name}")
                for p, draft in result.written
                if draft.path
            ),
            *((p, path, f"already in the batch: {path.name}") for p, path in result.skipped),
        ]

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Vertical(id="summary-body"):
            yield Static(literal(self._intro()), id="summary-intro")
            yield SummaryList(
                *(Option(summary_prompt(p, outcome)) for p, _, outcome in self.rows),
                id="summary-list",
            )
            yield Static(literal(self._notes()), id="summary-notes")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = "Batch written"
        self.sub_title = self.plan.template.shown_title
        self.query_one(SummaryList).focus()

    def _intro(self) -> str:
        written = len(self.result.written)
        errors = sum(1 for p, _ in self.result.written if "error" in p.counts())
        warned = sum(1 for p, _ in self.result.written if p.warned) - errors
        text = f"{written} draft{'s' if written != 1 else ''} written"
        if self.result.skipped:
            text += f", {len(self.result.skipped)} already in the batch"
        said = [f"{errors} with errors to fix before sending"] if errors else []
        said += [f"{warned} with warnings"] if warned else []
        text += f"; {', '.join(said)}." if said else "; none with warnings."
        return text + " enter opens a draft."

    def _notes(self) -> str:
        notes = []
        if self.plan.held_back:
            n = len(self.plan.held_back)
            notes.append(
                f"Pilot: {n} more authorit{'ies' if n != 1 else 'y'} held back. When the pilot "
                "answers, start the batch again from the same template to write the rest."
            )
        for authority, why in self.plan.left_out:
            notes.append(f"Left out: {authority.name} ({why})")
        return "\n".join(notes)

    @on(OptionList.OptionSelected, "#summary-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.foidraft.open_draft_path(self.rows[event.option_index][1])

    def action_show_on_home(self) -> None:
        self.foidraft.show_batch_on_home(self.result.batch_id)

    def action_export(self) -> None:
        self._export()

    @work(exclusive=True, group="batch-export")
    async def _export(self) -> None:
        from foidraft.tui.screens.exporting import export_batch_to_folder

        await export_batch_to_folder(self.app, self.foidraft.store, self.result.batch_id)

    def action_close(self) -> None:
        self.dismiss(None)
