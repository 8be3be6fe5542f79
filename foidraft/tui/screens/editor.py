"""The editor: the letter, checked as it is typed, with the findings and their reasons.

The screen only wires the core together: ``foidraft.lint`` checks (in a thread worker),
``foidraft.drafts`` keeps the file, ``foidraft.deadlines`` dates a sent request.
Scheduling checks lives in ``editor_checking``; saving, status and the external editor
in ``editor_keeping``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, OptionList, Static, TextArea

from foidraft.drafts import Draft, DraftStore
from foidraft.lint.model import Finding
from foidraft.rules.registry import default_ruleset
from foidraft.tui.lint_worker import LintResult
from foidraft.tui.screens.editor_actions import DraftActions
from foidraft.tui.screens.editor_commands import EditorCommands
from foidraft.tui.screens.editor_dialogs import ChoiceDialog, ExplainScreen
from foidraft.tui.widgets.draft_editor import DraftEditor
from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList, nearest

if TYPE_CHECKING:
    from foidraft.templates import TemplateStore


class EditorScreen(DraftActions):
    """Edit one draft. Pushed by the app with the store it came from."""

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {EditorCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - Screen's type
    HELP = DraftEditor.HELP
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", tooltip="Save the draft now", id="editor.save"),
        Binding(
            "ctrl+e",
            "open_external",
            "Editor",
            priority=True,  # TextArea has ctrl+e for "end of line"
            tooltip="Open the draft in your own text editor ($EDITOR)",
            id="editor.open-external",
        ),
        Binding("ctrl+t", "set_status", "Status", tooltip="Ready, sent…", id="editor.set-status"),
        Binding("f8", "next_finding", "Next", tooltip="Next finding", id="editor.next-finding"),
        Binding("shift+f8", "prev_finding", "Prev", show=False, id="editor.prev-finding"),
        Binding("f9", "toggle_findings", "Findings", id="editor.toggle-findings"),
        Binding("ctrl+z", "undo", "Undo", show=False, id="editor.undo"),
        Binding(
            "ctrl+o",
            "export",
            "Export",
            show=False,
            id="editor.export",
            tooltip="Copy the letter or its WhatDoTheyKnow link, or save an email file",
        ),
        Binding(
            "f4",
            "save_as_template",
            "Save as template",
            show=False,
            id="editor.save-as-template",
            tooltip="Reuse this letter for other forces",
        ),
        Binding(
            "f3",
            "find_similar",
            "Similar requests",
            show=False,
            id="editor.find-similar",
            tooltip="Earlier requests like this one on WhatDoTheyKnow (uses the network)",
        ),
        Binding("escape", "back", "Back", tooltip="Save and go back", id="editor.back"),
    ]

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
            #findings-pane { width: 1fr; height: 1fr; }
            FindingDetail { width: 1fr; }
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
    ) -> None:
        super().__init__(store, draft, today=today)
        self.template_store = templates
        self.result: LintResult | None = None
        self.selected: int | None = None
        self._editor = DraftEditor(draft.body, id="draft-editor")

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

    def on_mount(self) -> None:
        self.query_one(FindingsList).border_title = "Findings"
        self.detail.border_title = "Why · rewordings"
        self.loaded_text(self.editor.text)
        self.editor.focus()
        self.recheck()

    # -- checking (scheduled by CheckedEditing) ------------------------------------------
    @on(TextArea.Changed, "#draft-editor")
    def _text_changed(self) -> None:
        self.text_changed(self.editor.text)
        self.letter_changed()

    def apply_lint_result(self, result: LintResult) -> bool:
        """Show ``result`` unless the text moved on since it was requested; True if shown."""
        if result.generation != self.generation or result.text != self.editor.text:
            return False
        old = self.selected_finding
        self.result = result
        self.selected = nearest(old, self.selected, result.findings)
        self.editor.set_marks(result.marks, self.selected)
        self.findings_list.show(result.findings, result.generation, self.selected)
        self._show_detail()
        return True

    # -- choosing a finding ---------------------------------------------------------------
    @property
    def selected_finding(self) -> Finding | None:
        if self.result is None or self.selected is None:
            return None
        if self.selected >= len(self.result.findings):
            return None
        return self.result.findings[self.selected]

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
        rule = default_ruleset().get(finding.rule) if finding else None
        self.detail.show(finding, rule, self.result.text if self.result else "")

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

    # -- acting on a finding -------------------------------------------------------------
    def action_apply_suggestion(self, number: int) -> None:
        finding, result = self.selected_finding, self.result
        if finding is None or result is None:
            self.notify("Choose a finding first.", timeout=3)
            return
        if result.generation != self.generation or result.text != self.editor.text:
            self.notify("Still checking your latest changes; try again in a moment.", timeout=3)
            self.recheck()
            return
        if not 1 <= number <= len(finding.suggestions):
            count = len(finding.suggestions)
            self.notify(
                f"This finding has {count} rewording{'s' if count != 1 else ''}.", timeout=3
            )
            return
        suggestion = finding.suggestions[number - 1]
        if not suggestion.edits:
            self.notify("That one is advice: there is nothing to apply.", timeout=3)
            return
        self._lint_now = True
        self.editor.apply_lint_edits(result.text, suggestion.edits, result.location)
        self.editor.focus()  # back to writing: the next keys type again
        self.notify(f"Applied “{suggestion.title}”. Ctrl+Z undoes it.", markup=False, timeout=3)

    def action_ignore_rule(self) -> None:
        finding = self.selected_finding
        if finding is None:
            self.notify("Choose a finding first.", timeout=3)
            return
        self.set_ignored(finding.rule, ignored=True)

    def action_unignore_rule(self) -> None:
        ignored = self.draft.ignore
        if len(ignored) <= 1:
            if ignored:
                self.set_ignored(ignored[0], ignored=False)
            else:
                self.notify("No rules are ignored for this draft.", timeout=3)
            return

        def chosen(rule_id: str | None) -> None:
            if rule_id:
                self.set_ignored(rule_id, ignored=False)

        choices = [(rule_id, rule_id) for rule_id in ignored]
        self.app.push_screen(ChoiceDialog("Stop ignoring which rule?", choices), chosen)

    def set_ignored(self, rule_id: str, *, ignored: bool) -> None:
        """Add ``rule_id`` to (or remove it from) the draft's ``ignore`` list, save, re-check."""
        rules = [r for r in self.draft.ignore if r != rule_id]
        self.draft.ignore = [*rules, rule_id] if ignored else rules
        self.save()
        self.show_ignored()
        self.recheck()
        if ignored:
            self.notify(
                f"{rule_id} is ignored for this draft. Press u to bring it back.",
                markup=False,
                timeout=4,
            )

    def show_ignored(self) -> None:
        ignored = self.draft.ignore
        label = self.query_one("#ignored", Static)
        label.update(Content(f"Ignored here: {', '.join(ignored)} (u: stop ignoring)"))
        label.set_class(bool(ignored), "-shown")

    def action_explain(self) -> None:
        finding = self.selected_finding
        rule = default_ruleset().get(finding.rule) if finding else None
        if rule is None:
            self.notify("Choose a finding first.", timeout=3)
            return
        from foidraft.explain import explain_text

        self.app.push_screen(ExplainScreen(f"{rule.id} {rule.name}", explain_text(rule)))
