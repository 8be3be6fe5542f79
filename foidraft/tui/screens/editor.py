"""The editor: the letter, checked as it is typed, with the findings and their reasons.

The screen wires parts that each work alone: a :class:`DraftKeeper` saves the draft
(autosave, changed on disk), a :class:`LintScheduler` decides when to check it (and
drops stale results) with the rules it is given, :class:`StatusSteps` asks the dates a
status needs, ``editor_outbound`` applies rewordings and reaches outside the letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TextArea

from foidraft.config import AUTOSAVE_DEFAULT
from foidraft.tui.draft_keeper import CONFLICT_TITLE, DraftKeeper, SaveState
from foidraft.tui.keymap import bindings
from foidraft.tui.lint_scheduler import LintRequest, LintResult, LintScheduler, make_checker
from foidraft.tui.screens import editor_actions
from foidraft.tui.screens.dialogs import ChoiceDialog
from foidraft.tui.screens.editor_status import StatusSteps, title_line
from foidraft.tui.text import literal
from foidraft.tui.widgets.draft_editor import DraftEditor
from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList, nearest
from foidraft.tui.widgets.hole_field import HoleField

if TYPE_CHECKING:
    from textual.binding import BindingType

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore
    from foidraft.lint.model import Finding
    from foidraft.rules.model import Rule, RuleSet
    from foidraft.templates import TemplateStore
    from foidraft.tui.palette import PaletteCommand


class LintFinished(Message):
    """Posted by the lint worker: a result (perhaps out of date), or why the check failed."""

    def __init__(self, result: LintResult | None, error: str = "") -> None:
        super().__init__()
        self.result, self.error = result, error


class EditorScreen(Screen[None]):
    """Edit one draft. ``rules``: check with these (None: the knowledge base and yours);
    ``autosave_seconds``: how long after typing stops the draft is saved (config.toml)."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - Screen's type
    HELP = DraftEditor.HELP
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("editor.save", "save"),
        ("editor.open-external", "open_external"),
        ("editor.set-status", "set_status"),
        ("editor.next-finding", "next_finding"),
        ("editor.prev-finding", "prev_finding"),
        ("editor.toggle-findings", "toggle_findings"),
        ("editor.undo", "undo"),
        ("editor.export", "export"),
        ("editor.save-as-template", "save_as_template"),
        ("editor.find-similar", "find_similar"),
        ("editor.back", "back"),
    )
    DEFAULT_CSS = """
    EditorScreen {
        layout: vertical;
        #editor-title { height: 1; padding: 0 1; background: $panel; width: 1fr; }
        #editor-body { height: 1fr; }
        #editor-side { width: 42%; min-width: 36; }
        #findings-pane { height: 1fr; }
        #ignored { height: auto; padding: 0 1; color: $text-muted; display: none; }
        #ignored.-shown { display: block; }
        &.-narrow {
            #editor-body { layout: vertical; }
            #draft-editor { height: 1fr; }
            #editor-side { width: 1fr; height: 11; layout: horizontal; }
            #findings-pane { width: 2fr; height: 1fr; }
            FindingDetail { width: 3fr; }
        }
        #editor-side.-hidden { display: none; }
    }
    """

    def __init__(
        self,
        store: DraftStore,
        draft: Draft,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        templates: TemplateStore | None = None,
        rules: RuleSet | None = None,
        autosave_seconds: float = AUTOSAVE_DEFAULT,
    ) -> None:
        super().__init__()
        self.today, self.template_store, self.rules = today, templates, rules
        self.keeper = DraftKeeper(self, store, draft, delay=autosave_seconds)
        self.lint = LintScheduler(self, make_checker(rules, draft.ignore, draft.letter))
        self.status = StatusSteps(
            self,
            self.keeper,
            today=today,
            authority=self.known_authority,
            changed=self.show_title,
            learned=self.recheck,
        )
        self.authority: Authority | None = None  # looked up by the first check, off the UI thread
        self.result: LintResult | None = None
        self.selected: int | None = None
        self._editor = DraftEditor(draft.body, id="draft-editor")

    @property
    def draft(self) -> Draft:
        return self.keeper.draft

    @property
    def store(self) -> DraftStore:
        return self.keeper.store

    @property
    def generation(self) -> int:
        return self.lint.generation

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="editor-title")
        with Horizontal(id="editor-body"):
            yield self._editor
            with Vertical(id="editor-side"):
                with Vertical(id="findings-pane"):
                    yield FindingsList(id="findings")
                    yield Static(id="ignored")
                yield FindingDetail(id="finding-detail")
        yield HoleField(id="hole-field")
        yield Footer()

    @property
    def editor(self) -> DraftEditor:
        return self._editor  # held directly: still readable while unmounting, to save

    @property
    def findings_list(self) -> FindingsList:
        return self.query_one(FindingsList)

    @property
    def detail(self) -> FindingDetail:
        return self.query_one(FindingDetail)

    @property
    def hole_field(self) -> HoleField:
        return self.query_one(HoleField)

    def on_mount(self) -> None:
        self.findings_list.border_title = "Findings"
        self.detail.border_title = "Rewordings · why"
        self.keeper.loaded(self.editor.text)
        self.show_ignored()
        self.editor.focus()
        self.recheck()

    def on_unmount(self) -> None:
        self.keeper.save_on_exit()

    # -- what the keeper and the scheduler ask of the screen ------------------------------
    def draft_text(self) -> str:
        return self.editor.text

    def show_save_state(self, state: SaveState) -> None:
        self.show_title()

    def ask_about_conflict(self, body: str, choices: list[tuple[str, str]]) -> None:
        self.app.push_screen(ChoiceDialog(CONFLICT_TITLE, choices, body=body), self.keeper.resolve)

    def show_reloaded(self, draft: Draft) -> None:
        self.authority = None
        self.editor.load_text(draft.body)
        self.keeper.loaded(self.editor.text)
        self.show_ignored()
        self.recheck()

    def tell(self, message: str, *, error: bool = False) -> None:
        self.notify(message, markup=False, severity="error" if error else "information")

    def lint_snapshot(self) -> tuple[str, str, Authority | str | None]:
        editor = self.editor
        return editor.text, editor.document.newline, self.authority or self.draft.authority or None

    def run_lint(self, request: LintRequest) -> None:
        self._lint_in_thread(request)

    def show_lint(self, result: LintResult) -> None:
        self.apply_lint_result(result)

    def lint_failed(self, error: str) -> None:
        self.notify(
            f"Checking failed ({error}). Your letter is safe; keep writing.",
            severity="error",
            markup=False,
        )

    # -- checking -----------------------------------------------------------------------
    @on(TextArea.Changed, "#draft-editor")
    def _text_changed(self) -> None:
        self.keeper.changed(self.editor.text)
        self.lint.changed()

    def recheck(self) -> None:
        """Check again now, with the rules ignored for this draft as they are now."""
        self.lint.recheck(make_checker(self.rules, self.draft.ignore, self.draft.letter))

    @work(thread=True, exclusive=True, group="lint", exit_on_error=False)
    def _lint_in_thread(self, request: LintRequest) -> None:
        from foidraft.tui.lint_scheduler import run_check

        try:
            result = run_check(request)
        except Exception as exc:  # a faulty rule must not take the editor down
            self.post_message(LintFinished(None, f"{type(exc).__name__}: {exc}"))
        else:
            self.post_message(LintFinished(result))

    @on(LintFinished)
    def _lint_finished(self, message: LintFinished) -> None:
        found = message.result.authority if message.result else None
        if self.authority is None and found is not None:
            self.authority = found
            self.show_title()
        self.lint.finished(message.result, message.error)

    def apply_lint_result(self, result: LintResult) -> bool:
        """Show ``result`` unless the text moved on since it was requested; True if shown."""
        if not self.lint.is_current(result) or result.text != self.editor.text:
            return False
        old = self.selected_finding
        self.result = result
        self.selected = nearest(old, self.selected, result.findings)
        self.editor.set_marks(result.marks, self.selected)
        self.findings_list.show(result.findings, result.generation, self.selected)
        self._show_detail()
        return True

    def known_authority(self) -> Authority | None:
        """The draft's authority; looked up here only before the first check has."""
        if self.authority is None:
            from foidraft.tui.lint_scheduler import find_authority

            self.authority = find_authority(self.draft.authority)
        return self.authority

    def rule(self, rule_id: str) -> Rule | None:
        if self.rules is not None:
            return self.rules.get(rule_id)
        from foidraft.rules.registry import default_ruleset

        return default_ruleset().get(rule_id)

    def show_title(self) -> None:
        title = title_line(self.draft, self.keeper.state, self.authority)
        self.query_one("#editor-title", Static).update(title)

    # -- choosing a finding ---------------------------------------------------------------
    @property
    def selected_finding(self) -> Finding | None:
        if self.result is None or self.selected is None:
            return None
        if self.selected >= len(self.result.findings):
            return None
        return self.result.findings[self.selected]

    @property
    def checked_text(self) -> str:
        """The text the findings shown were found in."""
        return self.result.text if self.result else ""

    def select_finding(self, index: int | None, *, move_cursor: bool) -> None:
        self.selected = index
        self.editor.select_mark(index)
        if index is not None and self.findings_list.highlighted != index:
            self.findings_list.highlighted = index
        if move_cursor and index is not None:
            mark = next((m for m in self.editor.marks if m.finding == index), None)
            if mark is not None:
                self.editor.move_cursor(mark.start, center=True)
        self._show_detail()

    def _show_detail(self) -> None:
        finding = self.selected_finding
        rule = self.rule(finding.rule) if finding else None
        self.detail.show(finding, rule, self.checked_text)

    @on(OptionList.OptionHighlighted, "#findings")
    def _list_moved(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.selected:
            self.select_finding(event.option_index, move_cursor=True)

    @on(TextArea.SelectionChanged, "#draft-editor")
    def _cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        mark = self.editor.mark_at(event.selection.end, prefer=self.selected)
        if mark is not None and mark.finding != self.selected:
            self.select_finding(mark.finding, move_cursor=False)

    def action_next_finding(self) -> None:
        self._jump(backwards=False)

    def action_prev_finding(self) -> None:
        self._jump(backwards=True)

    def _jump(self, *, backwards: bool) -> None:
        mark = self.editor.next_mark(self.editor.cursor_location, backwards=backwards)
        if mark is None:
            self.notify("No findings in this letter.", timeout=3)
            return
        self.select_finding(mark.finding, move_cursor=True)
        # Into the list, where 1-9 (or enter) apply a rewording: in the text they would type.
        self.findings_list.focus()

    def action_toggle_findings(self) -> None:
        self.query_one("#editor-side").toggle_class("-hidden")

    def action_undo(self) -> None:
        self.editor.undo()

    # -- acting on a finding (applying, ignoring, explaining) -----------------------------
    def action_apply_suggestion(self, number: int) -> None:
        editor_actions.apply_suggestion(self, number)

    @on(HoleField.Finished)
    def _holes_done(self, event: HoleField.Finished) -> None:
        self.editor.focus()  # back to writing
        if event.left:
            self.notify("The gap stays in the letter: fill it in before sending.", timeout=4)

    def action_ignore_rule(self) -> None:
        finding = self.selected_finding
        if finding is None:
            self.notify("Choose a finding first.", timeout=3)
            return
        editor_actions.set_ignored(self, finding.rule, ignored=True)

    def action_unignore_rule(self) -> None:
        editor_actions.unignore(self)

    def set_ignored(self, rule_id: str, *, ignored: bool) -> None:
        editor_actions.set_ignored(self, rule_id, ignored=ignored)

    def show_ignored(self) -> None:
        ignored = self.draft.ignore
        label = self.query_one("#ignored", Static)
        label.update(literal(f"Ignored here: {', '.join(ignored)} (u: stop ignoring)"))
        label.set_class(bool(ignored), "-shown")

    def action_explain(self) -> None:
        editor_actions.explain(self)

    # -- the draft as a whole (saving, status, $EDITOR, exports) --------------------------
    def action_save(self) -> None:
        if self.keeper.save():
            self.notify(f"Saved {self.draft.name}", markup=False, timeout=2)

    def action_back(self) -> None:
        if self.keeper.save():
            self.dismiss(None)

    def action_set_status(self) -> None:
        self.status.ask()

    def action_open_external(self) -> None:
        editor_actions.open_external(self)

    def action_save_as_template(self) -> None:
        editor_actions.save_as_template(self)

    def action_export(self, run: str | None = None) -> None:
        from foidraft.tui.screens.export_menu import ExportScreen

        if self.keeper.save():
            self.app.push_screen(ExportScreen(self.draft, self.store, run=run))

    def action_find_similar(self) -> None:
        editor_actions.find_similar(self)

    async def palette_commands(self) -> list[PaletteCommand]:
        from foidraft.tui.screens.editor_commands import editor_commands

        return editor_commands(self)
