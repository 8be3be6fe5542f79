"""The editor: the letter, checked as it is typed, with the findings and their reasons.

The screen wires parts that each work alone: a :class:`DraftKeeper` saves the draft
(autosave, changed on disk), a :class:`LintScheduler` decides when to check it (and
drops stale results) with the rules it is given (its view: ``editor_checking``),
:class:`ShownFindings` keeps the marks, the list and the reasons on the chosen finding,
:class:`StatusSteps` asks the dates a status needs, ``editor_actions`` applies rewordings
and reaches outside the letter; ``editor_layout`` says where each part sits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList, Static, TextArea

from foidraft.config import AUTOSAVE_DEFAULT
from foidraft.explain import rule_words
from foidraft.text.controls import without_controls
from foidraft.tui.draft_keeper import CONFLICT_TITLE, DraftKeeper, SaveState
from foidraft.tui.folder_watch import WATCH_SECONDS
from foidraft.tui.keymap import bindings
from foidraft.tui.screens import editor_actions
from foidraft.tui.screens.dialogs import ChoiceDialog
from foidraft.tui.screens.editor_checking import LetterChecking, LintFinished
from foidraft.tui.screens.editor_findings import ShownFindings
from foidraft.tui.screens.editor_layout import (
    EDITOR_CSS,
    HEAD_SHARE,
    TALL,
    TITLE_MIN,
    WIDE,
    editor_parts,
)
from foidraft.tui.screens.editor_status import StatusSteps, title_line
from foidraft.tui.text import literal
from foidraft.tui.widgets.draft_editor import DraftEditor
from foidraft.tui.widgets.finding_detail import FindingDetail, letter_notes
from foidraft.tui.widgets.findings import FindingsList
from foidraft.tui.widgets.hole_field import HoleField

if TYPE_CHECKING:
    from textual.binding import BindingType

    from foidraft.drafts import Draft, DraftStore
    from foidraft.rules.model import Rule, RuleSet
    from foidraft.templates import TemplateStore
    from foidraft.tui.lint_scheduler import LintResult, LintScheduler
    from foidraft.tui.palette import PaletteCommand


class EditorScreen(Screen[None]):
    """Edit one draft. ``rules``: check with these (None: the knowledge base and yours);
    ``autosave_seconds``: how long after typing stops the draft is saved (config.toml);
    ``cursor``: where typing starts, a selection ((row, column), (row, column)) that
    typing replaces when it is not empty (a gap to fill)."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]  # noqa: RUF012 - Screen's type
    VERTICAL_BREAKPOINTS = [(0, "-short"), (TALL, "-tall")]  # noqa: RUF012 - Screen's type
    HELP = DraftEditor.HELP
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("editor.export", "export"),  # first: the footer shows it at any width
        ("editor.save", "save"),
        ("editor.open-external", "open_external"),
        ("editor.set-status", "set_status"),
        ("editor.next-finding", "next_finding"),
        ("editor.prev-finding", "prev_finding"),
        ("editor.toggle-findings", "toggle_findings"),
        ("editor.undo", "undo"),
        ("editor.save-as-template", "save_as_template"),
        ("editor.find-similar", "find_similar"),
        ("editor.back", "back"),
    )
    DEFAULT_CSS = EDITOR_CSS

    def __init__(
        self,
        store: DraftStore,
        draft: Draft,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        templates: TemplateStore | None = None,
        rules: RuleSet | None = None,
        autosave_seconds: float = AUTOSAVE_DEFAULT,
        cursor: tuple[tuple[int, int], tuple[int, int]] | None = None,
    ) -> None:
        super().__init__()
        self.today, self.template_store = today, templates
        self.keeper = DraftKeeper(self, store, draft, delay=autosave_seconds)
        self.checking = LetterChecking(self, rules, draft)
        self.status = StatusSteps(
            self,
            self.keeper,
            today=today,
            authority=self.checking.known_authority,
            changed=self.show_title,
            learned=self.recheck,
        )
        body, self._removed = without_controls(draft.body)
        self._editor = DraftEditor(body, id="draft-editor", cursor=cursor)
        self.findings = ShownFindings(self, self._editor, self.checking.rule)

    @property
    def draft(self) -> Draft:
        return self.keeper.draft

    @property
    def store(self) -> DraftStore:
        return self.keeper.store

    @property
    def lint(self) -> LintScheduler:
        return self.checking.scheduler

    @property
    def generation(self) -> int:
        return self.lint.generation

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield from editor_parts(self._editor)

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
        # Textual sets the breakpoint classes on the screen's first resize, after its first
        # layout: at 80 columns the editor was laid out side by side, and the letter kept
        # that half width's wrapping for seconds after. Set them before any layout.
        width, height = self.app.size
        self.set_class(width < WIDE, "-narrow")
        self.set_class(width >= WIDE, "-wide")
        self.set_class(height < TALL, "-short")
        self.set_class(height >= TALL, "-tall")
        if not self.query(FindingsList):
            return  # the app closed as the editor opened: its parts are gone
        self.findings_list.border_title = "Findings"
        self.detail.show_notes(letter_notes(self.draft.notes, self.editor.text))  # in its title
        self._loaded(self.draft)
        self.show_ignored()
        self.editor.focus()
        self.recheck()
        # The draft edited elsewhere ($EDITOR in another terminal) while shown here.
        self.set_interval(WATCH_SECONDS, self._look_at_the_file)

    def _look_at_the_file(self) -> None:
        if self.app.screen is self:  # not under a dialog that is about this text
            self.keeper.look()

    def on_unmount(self) -> None:
        # Notices about this letter go with it: left up over Home at 80 columns they hid
        # the status and due columns for up to half a minute.
        self.app.clear_notifications()
        self.keeper.save_on_exit()

    # -- what the keeper asks of the screen -----------------------------------------------
    def draft_text(self) -> str:
        return self.editor.text

    def show_save_state(self, state: SaveState) -> None:
        self.show_title()

    def ask_about_conflict(self, body: str, choices: list[tuple[str, str]]) -> None:
        self.app.push_screen(ChoiceDialog(CONFLICT_TITLE, choices, body=body), self.keeper.resolve)

    def show_reloaded(self, draft: Draft) -> None:
        self.checking.authority = None
        body, self._removed = without_controls(draft.body)
        self.editor.load_text(body)
        self._loaded(draft)
        self.detail.show_notes(letter_notes(draft.notes, body))
        self.show_ignored()
        self.recheck()

    def _loaded(self, draft: Draft) -> None:
        """The keeper told what the editor holds; control characters the file held (a
        NUL from another editor) are gone from it, said once, and saved away soon."""
        if not self._removed:
            self.keeper.loaded(self.editor.text)
            return
        self.keeper.loaded(draft.body)
        self.keeper.changed(self.editor.text)  # autosave writes the file clean
        self.tell(f"{draft.name}: {self._removed}.")

    def tell(self, message: str, *, error: bool = False) -> None:
        self.notify(message, markup=False, severity="error" if error else "information")

    # -- checking -----------------------------------------------------------------------
    @on(TextArea.Changed, "#draft-editor")
    def _text_changed(self) -> None:
        self.keeper.changed(self.editor.text)
        self.lint.changed()

    def recheck(self) -> None:
        """Check again now, with the rules ignored for this draft as they are now."""
        self.checking.recheck()

    @on(LintFinished)
    def _lint_finished(self, message: LintFinished) -> None:
        self.checking.finished(message)

    def apply_lint_result(self, result: LintResult) -> bool:
        """Show ``result`` unless the text moved on since it was requested; True if shown."""
        if not self.lint.is_current(result) or result.text != self.editor.text:
            return False
        self.findings.show(result)
        return True

    def rule(self, rule_id: str) -> Rule | None:
        return self.checking.rule(rule_id)

    def on_resize(self) -> None:
        if self.query("#editor-state"):  # its first resize comes before its parts
            self.show_title()  # the authority's name is cut to the width

    def show_title(self) -> None:
        # The body by name from the first paint: the directory is cached by the process
        # (Home read it to list the drafts), so this look-up does not wait for the check.
        authority = self.checking.known_authority()
        width = self.app.size.width  # #editor-state's max-width, beside the title's minimum
        room = min(width * HEAD_SHARE // 100, width - TITLE_MIN) - 1  # less its padding
        state = title_line(self.draft, self.keeper.state, authority, self.today(), room)
        self.query_one("#editor-title", Static).update(literal((self.draft.title, "bold")))
        self.query_one("#editor-state", Static).update(state)

    # -- choosing a finding ---------------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#findings")
    def _list_moved(self, event: OptionList.OptionHighlighted) -> None:
        self.findings.list_moved(event.option_index)

    @on(TextArea.SelectionChanged, "#draft-editor")
    def _cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        self.findings.cursor_moved(event.selection.end)

    def action_next_finding(self) -> None:
        self.findings.jump(backwards=False)

    def action_prev_finding(self) -> None:
        self.findings.jump(backwards=True)

    def action_toggle_findings(self) -> None:
        self.query_one("#editor-side").toggle_class("-hidden")

    def action_undo(self) -> None:
        self.editor.undo()
        self.hole_field.after_undo()  # the gap it asks for may be gone, or back

    # -- acting on a finding (applying, ignoring, explaining) -----------------------------
    def action_apply_suggestion(self, number: int) -> None:
        editor_actions.apply_suggestion(self, number)

    @on(HoleField.Finished)
    def _holes_done(self, event: HoleField.Finished) -> None:
        self.editor.focus()  # back to writing
        if event.left:
            self.notify("The gap stays in the letter: fill it in before sending.", timeout=4)

    def action_ignore_rule(self, choice: str = "") -> None:
        editor_actions.ignore(self, choice)

    def action_unignore_rule(self) -> None:
        editor_actions.unignore(self)

    def set_ignored(self, rule_id: str, *, ignored: bool) -> None:
        editor_actions.set_ignored(self, rule_id, ignored=ignored)

    def show_ignored(self) -> None:
        ignored = self.draft.ignore
        label = self.query_one("#ignored", Static)
        words = ", ".join(rule_words(self.rule(r), r) for r in ignored)
        label.update(literal(f"{len(ignored)} ignored (u undoes): {words}"))  # key first
        label.set_class(bool(ignored), "-shown")

    def action_explain(self) -> None:
        editor_actions.explain(self)

    # -- the draft as a whole (saving, status, $EDITOR, exports) --------------------------
    def action_save(self) -> None:
        if self.keeper.save():
            self.notify(f"Saved {self.draft.name}", markup=False, timeout=2)

    def action_back(self) -> None:
        if self.findings_list.has_focus:  # out of the findings, back to the letter first
            self.editor.focus()
            return
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
