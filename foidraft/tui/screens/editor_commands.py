"""The editor's command palette entries ("draft: …", "export: …", "rules: …"), built from
what is on screen: the selected finding's rewordings, the rules ignored for this draft."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from foidraft.explain import rule_words
from foidraft.report import describe_suggestion
from foidraft.tui.palette import PaletteCommand
from foidraft.tui.screens.editor_status import CLARIFIED

if TYPE_CHECKING:
    from foidraft.drafts import Draft
    from foidraft.rules.model import Rule
    from foidraft.tui.screens.editor_findings import ShownFindings
    from foidraft.tui.screens.editor_status import StatusSteps

STATUS_HELP = {
    "sent": "Asks the date it was sent; the reply is due 20 working days later",
    "clarification": "Asks the date they asked; the clock stops; offers to learn from it",
}


class Editing(Protocol):
    """What the commands act on: the editor screen."""

    @property
    def draft(self) -> Draft: ...

    @property
    def status(self) -> StatusSteps: ...

    @property
    def findings(self) -> ShownFindings: ...

    def action_save(self) -> None: ...

    def action_open_external(self) -> None: ...

    def action_save_as_template(self) -> None: ...

    def action_export(self, run: str | None = None) -> None: ...

    def action_find_similar(self) -> None: ...

    def action_explain(self) -> None: ...

    def action_apply_suggestion(self, number: int) -> None: ...

    def action_ignore_rule(self, choice: str = "") -> None: ...

    def set_ignored(self, rule_id: str, *, ignored: bool) -> None: ...

    def rule(self, rule_id: str) -> Rule | None: ...

    def action_next_finding(self) -> None: ...

    def action_prev_finding(self) -> None: ...

    def action_toggle_findings(self) -> None: ...


def editor_commands(screen: Editing) -> list[PaletteCommand]:
    return [
        *_draft_commands(screen),
        *_outbound_commands(screen),
        *_rule_commands(screen),
        PaletteCommand("editor: next finding", "f8", screen.action_next_finding),
        PaletteCommand("editor: previous finding", "shift+f8", screen.action_prev_finding),
        PaletteCommand("editor: show or hide findings", "f9", screen.action_toggle_findings),
    ]


def _draft_commands(screen: Editing) -> list[PaletteCommand]:
    draft, status = screen.draft, screen.status
    out = [
        PaletteCommand("draft: save", "Save the draft now (ctrl+s)", screen.action_save),
        PaletteCommand("draft: set status …", "Ready, sent, answered… (ctrl+t)", status.ask),
        PaletteCommand(
            "draft: open in $EDITOR",
            "Edit the file in your own text editor, then come back (ctrl+e)",
            screen.action_open_external,
        ),
    ]
    for value in ("ready", "sent", "clarification", "answered", "refused"):
        if value != draft.status:
            help_text = STATUS_HELP.get(value, "Set the status")
            command = PaletteCommand(
                f"draft: mark as {value}", help_text, partial(status.set, value)
            )
            out.append(command)
    if draft.sent is not None:
        out.append(
            PaletteCommand(
                "draft: read the authority's reply …",
                "Paste or load their reply: what it means, the dates, and the next letter",
                status.read_reply,
            )
        )
    if draft.status == "clarification":
        out += [
            PaletteCommand(
                "draft: mark clarification sent",
                "Asks the date you replied: the 20 working days start again from it",
                partial(status.set, CLARIFIED),
            ),
            PaletteCommand(
                "draft: learn from the authority's reply",
                "Paste their reply; accept rules that warn about the wording they asked about",
                status.learn_from_reply,
            ),
        ]
    out.append(
        PaletteCommand(
            "draft: save as template",
            "Reuse this letter for other authorities: its name and Act become placeholders (f4)",
            screen.action_save_as_template,
        )
    )
    return out


def _outbound_commands(screen: Editing) -> list[PaletteCommand]:
    from foidraft.tui.export_rows import export_rows

    batch = screen.draft.batch
    out = [
        PaletteCommand(
            "export: letter, link or email file …",
            "Copy the letter or a link, or save an .eml file (ctrl+o)",
            screen.action_export,
        )
    ]
    for row in export_rows(batch=bool(batch)):
        label = row.label[0].lower() + row.label[1:].replace("…", " …")
        if row.choice == "batch":
            label = f"batch {batch} to a folder …"
        help_text = row.help[0].upper() + row.help[1:]
        out.append(
            PaletteCommand(f"export: {label}", help_text, partial(screen.action_export, row.choice))
        )
    out.append(
        PaletteCommand(
            "requests: find similar on WhatDoTheyKnow",
            "Earlier requests to this authority with a title like this one (uses the network; f3)",
            screen.action_find_similar,
        )
    )
    return out


def _rule_commands(screen: Editing) -> list[PaletteCommand]:
    out: list[PaletteCommand] = []
    finding = screen.findings.finding
    if finding is not None:
        out.append(
            PaletteCommand("rules: explain this finding", finding.message, screen.action_explain)
        )
        for number, suggestion in enumerate(finding.suggestions, 1):
            if suggestion.edits:
                out.append(
                    PaletteCommand(
                        f"rules: apply suggestion {number}: {suggestion.title}",
                        describe_suggestion(suggestion, screen.findings.text),
                        partial(screen.action_apply_suggestion, number),
                    )
                )
        from foidraft.tui.screens.editor_actions import ignore_choices

        choices = ignore_choices(finding, screen.rule)
        for choice, words in choices:  # i's choices, one entry each
            single = choice != "*" and len(choices) > 1
            label = f"rules: ignore advice on {words[0].lower() + words[1:]}"
            if choice == "*":
                label = f"rules: ignore all {len(choices) - 1} reasons on '{finding.match}'"
            thing = "this reason" if single else "this finding"
            out.append(
                PaletteCommand(
                    label,
                    f"Hides {thing} in this draft only; u brings it back",
                    partial(screen.action_ignore_rule, choice),
                )
            )
    for rule_id in screen.draft.ignore:
        out.append(
            PaletteCommand(
                f"rules: stop ignoring advice on {rule_words(screen.rule(rule_id), rule_id)}",
                "Check this draft with the rule again",
                partial(screen.set_ignored, rule_id, ignored=False),
            )
        )
    return out
