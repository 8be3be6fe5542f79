"""What the editor does beyond showing the letter: apply a rewording (and ask for its
placeholders), ignore a rule or explain it, hand the file to $EDITOR, save the letter as
a template, look for similar earlier requests. Each works on the screen's parts
(:class:`EditorParts`), so none needs the screen's class."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from textual.app import SuspendNotSupported

from foidraft.explain import rule_words
from foidraft.tui.external_editor import EditorCommand, editor_command

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App
    from textual.notifications import SeverityLevel

    from foidraft.drafts import Draft
    from foidraft.lint.model import Finding
    from foidraft.rules.model import Rule
    from foidraft.templates import Template, TemplateStore
    from foidraft.tui.draft_keeper import DraftKeeper
    from foidraft.tui.lint_scheduler import LintScheduler
    from foidraft.tui.screens.editor_checking import LetterChecking
    from foidraft.tui.screens.editor_findings import ShownFindings
    from foidraft.tui.widgets.draft_editor import DraftEditor
    from foidraft.tui.widgets.hole_field import HoleField


class EditorParts(Protocol):
    keeper: DraftKeeper
    checking: LetterChecking
    findings: ShownFindings
    template_store: TemplateStore | None

    @property
    def app(self) -> App[object]: ...

    @property
    def lint(self) -> LintScheduler: ...

    @property
    def editor(self) -> DraftEditor: ...

    @property
    def draft(self) -> Draft: ...

    @property
    def hole_field(self) -> HoleField: ...

    def rule(self, rule_id: str) -> Rule | None: ...

    def recheck(self) -> None: ...

    def show_ignored(self) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...


def apply_suggestion(screen: EditorParts, number: int) -> None:
    """Apply rewording ``number`` of the selected finding; then ask for its placeholders."""
    finding, result = screen.findings.finding, screen.findings.result
    if finding is None or result is None:
        screen.notify("Choose a finding first.", timeout=3)
        return
    if not screen.lint.is_current(result) or result.text != screen.editor.text:
        screen.notify("Still checking your latest changes; try again in a moment.", timeout=3)
        screen.recheck()
        return
    if not 1 <= number <= len(finding.suggestions):
        count = len(finding.suggestions)
        screen.notify(f"This finding has {count} rewording{'s' if count != 1 else ''}.", timeout=3)
        return
    suggestion = finding.suggestions[number - 1]
    if not suggestion.edits:
        # A gap's advice says "type what it asks for": the key that applies asks for it.
        if screen.hole_field.fill_in(
            screen.editor, finding.start, finding.end, screen.lint.check_next_change_now
        ):
            return
        screen.notify("That one is advice: there is nothing to apply.", timeout=3)
        return
    screen.lint.check_next_change_now()
    start, end = screen.editor.apply_lint_edits(result.text, suggestion.edits, result.location)
    applied = f"Applied “{suggestion.title}”. Ctrl+Z undoes it."
    if screen.hole_field.fill_in(
        screen.editor, start, end, screen.lint.check_next_change_now, said=applied
    ):
        return  # said under the field that asks for the gap: a toast at 80x24 covered it
    screen.notify(applied, markup=False, timeout=3)
    screen.editor.focus()  # back to writing: the next keys type again


def set_ignored(screen: EditorParts, rule_id: str, *, ignored: bool) -> None:
    """Add ``rule_id`` to (or remove it from) the draft's ``ignore`` list, save, re-check."""
    if ignored:
        ignore_rules(screen, [rule_id])
        return
    screen.draft.ignore = [r for r in screen.draft.ignore if r != rule_id]
    _kept(screen)


def ignore_rules(screen: EditorParts, rule_ids: list[str]) -> None:
    """Ignore ``rule_ids`` for this draft, say which, save and re-check."""
    draft = screen.draft
    draft.ignore = [*(r for r in draft.ignore if r not in rule_ids), *rule_ids]
    _kept(screen)
    names = " and ".join(f"“{rule_words(screen.rule(r), r)}”" for r in rule_ids)
    screen.notify(
        f"Advice on {names} {'is' if len(rule_ids) == 1 else 'are'} ignored for this draft. "
        "Press u to bring it back.",
        markup=False,
        timeout=4,
    )


def _kept(screen: EditorParts) -> None:
    screen.keeper.save()
    screen.show_ignored()
    screen.recheck()


def ignore(screen: EditorParts, choice: str = "") -> None:
    """Ignore the chosen finding's advice. A finding with other reasons folded in asks
    which (``choice``, from the palette, answers in advance): ignoring the louder alone
    would bring the quieter up in its place."""
    from foidraft.tui.screens.dialogs import ChoiceDialog

    finding = screen.findings.finding
    if finding is None:
        screen.notify("Choose a finding first.", timeout=3)
        return
    choices = ignore_choices(finding, screen.rule)
    if len(choices) == 1 or choice:
        every = [rule_id for rule_id, _ in choices[1:]] or [finding.rule]
        ignore_rules(screen, every if choice in ("*", "") else [choice])
        return

    def chosen(choice: str | None) -> None:
        if choice:
            ignore(screen, choice)

    title = f"Ignore which advice on '{finding.match}'?"
    body = "Only in this draft; u brings it back."
    screen.app.push_screen(ChoiceDialog(title, choices, body, current="*"), chosen)


def ignore_choices(finding: Finding, rule: Callable[[str], Rule | None]) -> list[tuple[str, str]]:
    """What i offers on ``finding``: its rule alone, or, with reasons folded in, "*" (all
    of them) then each reason, as the findings pane names it."""
    from foidraft.lint.merging import folded

    reasons = [finding, *folded(finding)]
    if len(reasons) == 1:
        return [(finding.rule, rule_words(rule(finding.rule), finding.rule))]
    each = [(f.rule, _reason(rule, f)) for f in reasons]
    return [("*", f"All {len(reasons)} reasons on these words"), *each]


def _reason(rule: Callable[[str], Rule | None], finding: Finding) -> str:
    """'Not recorded field (attribute not held by dataset)': the kind as the pane says it."""
    kind = finding.kind.replace("_", " ").capitalize()
    return f"{kind} ({rule_words(rule(finding.rule), finding.rule)})"


def unignore(screen: EditorParts) -> None:
    """Stop ignoring a rule: the only one, or the one the requester picks."""
    from foidraft.tui.screens.dialogs import ChoiceDialog

    ignored = screen.draft.ignore
    if len(ignored) <= 1:
        if ignored:
            set_ignored(screen, ignored[0], ignored=False)
        else:
            screen.notify("No rules are ignored for this draft.", timeout=3)
        return

    def chosen(rule_id: str | None) -> None:
        if rule_id:
            set_ignored(screen, rule_id, ignored=False)

    choices = [(rule_id, rule_words(screen.rule(rule_id), rule_id)) for rule_id in ignored]
    screen.app.push_screen(ChoiceDialog("Stop ignoring which advice?", choices), chosen)


def explain(screen: EditorParts) -> None:
    """The selected finding's rule in full (the text of ``foidraft explain``), then that
    of each other reason folded in on the same words."""
    from foidraft.explain import explain_text
    from foidraft.lint.merging import folded
    from foidraft.tui.screens.dialogs import MessageDialog

    finding = screen.findings.finding
    rule = screen.rule(finding.rule) if finding else None
    if finding is None or rule is None:
        screen.notify("Choose a finding first.", timeout=3)
        return
    # Unfilled: the dialog wraps to its own width (text filled to 88 came out ragged).
    found = [(f, r) for f in (finding, *folded(finding)) if (r := screen.rule(f.rule)) is not None]
    rules = [r for _, r in found]
    # A reason the pane gave in its short form is said here in full first.
    authority = screen.checking.known_authority()  # its why in the Act's own numbering
    texts = [
        (f"{f.message}\n\n" if r.short else "") + explain_text(r, width=0, authority=authority)
        for f, r in found
    ]
    title = "Why foidraft flags this"
    if len(rules) > 1:  # each reason in turn, headed so the second is found by scrolling
        title += f": {len(rules)} reasons, each below"
        texts = [f"── Reason {n} of {len(rules)} ──\n\n{t}" for n, t in enumerate(texts, 1)]
    screen.app.push_screen(MessageDialog(title, "\n\n\n".join(texts), wide=True))


def open_external(screen: EditorParts) -> None:
    """Save, run $EDITOR on the file, and load what it left."""
    keeper = screen.keeper
    if not keeper.save() or keeper.draft.path is None:
        return
    command = editor_command(str(keeper.draft.path))
    if command is None:
        screen.notify(
            "No text editor found. Set $EDITOR (for example: export EDITOR=nano).",
            severity="error",
            timeout=8,
        )
        return
    if command.ask_first:
        from foidraft.tui.screens.dialogs import ConfirmDialog

        editor = Path(command.argv[0]).name
        ask = ConfirmDialog(f"Open the draft in {editor}?", command.ask_first, yes=f"Open {editor}")
        screen.app.push_screen(ask, lambda yes: _run_editor(screen, command) if yes else None)
        return
    _run_editor(screen, command)


def _run_editor(screen: EditorParts, command: EditorCommand) -> None:
    keeper = screen.keeper
    try:
        with screen.app.suspend():
            subprocess.run(command.argv, check=False)
    except SuspendNotSupported:
        screen.notify("This terminal cannot hand over to another program.", severity="error")
        return
    except OSError as exc:
        screen.notify(f"Could not run {command.argv[0]}: {exc}", markup=False, severity="error")
        return
    if command.note:
        screen.notify(command.note, markup=False, timeout=5)
    if keeper.changed_on_disk():
        keeper.reload()


def save_as_template(screen: EditorParts) -> None:
    from foidraft.templates import TemplateStore
    from foidraft.tui.screens.template_save import SaveTemplateDialog

    if not screen.keeper.save():
        return
    store = screen.template_store or TemplateStore()
    dialog = SaveTemplateDialog(screen.draft, screen.checking.known_authority(), store)

    def saved(template: Template | None) -> None:
        if template is not None:
            screen.notify(
                f"Saved the template “{template.shown_title}” ({template.name}). Start a draft or "
                "a batch from it on Home.",
                title="Template saved",
                markup=False,
                timeout=6,
            )

    screen.app.push_screen(dialog, saved)


def find_similar(screen: EditorParts) -> None:
    from foidraft.tui.screens.similar import SimilarScreen

    authority = screen.checking.known_authority()
    if authority is None:
        screen.notify(
            "This draft has no authority, so there is no one to search the requests of.",
            severity="warning",
            timeout=5,
        )
        return
    screen.app.push_screen(SimilarScreen(screen.draft.title, authority))
