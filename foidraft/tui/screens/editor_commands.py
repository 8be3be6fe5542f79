"""The editor's command palette entries ("draft: …", "rules: …"), built from what is on
screen: the selected finding's rewordings, the rules ignored for this draft."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape

from foidraft.report import describe_suggestion
from foidraft.tui.screens.editor_status import CLARIFIED

STATUS_HELP = {
    "sent": "Asks the date it was sent; the reply is due 20 working days later",
    "clarification": "Asks the date they asked; the clock stops; offers to learn from it",
}

if TYPE_CHECKING:
    from foidraft.tui.screens.editor import EditorScreen


class Command(NamedTuple):
    label: str
    run: Callable[[], object]
    help: str


def editor_commands(screen: EditorScreen) -> list[Command]:
    out = [
        Command("draft: save", screen.action_save, "Save the draft now (ctrl+s)"),
        Command("draft: set status …", screen.action_set_status, "Ready, sent, answered… (ctrl+t)"),
        Command(
            "draft: open in $EDITOR",
            screen.action_open_external,
            "Edit the file in your own text editor, then come back (ctrl+e)",
        ),
    ]
    for status in ("ready", "sent", "clarification", "answered", "refused"):
        if status != screen.draft.status:
            out.append(
                Command(
                    f"draft: mark as {status}",
                    partial(screen.set_status, status),
                    STATUS_HELP.get(status, "Set the status"),
                )
            )
    if screen.draft.sent is not None:
        out.append(
            Command(
                "draft: read the authority's reply …",
                screen.action_read_reply,
                "Paste or load their reply: what it means, the dates, and the next letter",
            )
        )
    if screen.draft.status == "clarification":
        out += [
            Command(
                "draft: mark clarification sent",
                partial(screen.set_status, CLARIFIED),
                "Asks the date you replied: the 20 working days start again from it",
            ),
            Command(
                "draft: learn from the authority's reply",
                screen.action_learn_from_reply,
                "Paste their reply; accept rules that warn about the wording they asked about",
            ),
        ]
    out += [
        Command(
            "draft: save as template", screen.action_save_as_template,
            "Reuse this letter for other forces: the force's name and Act become placeholders (f4)",
        ),
        Command(
            "export: letter, link or email file …", screen.action_export,
            "Copy the letter or a link, or save an .eml file (ctrl+o)",
        ),
        Command(
            "export: copy letter as plain text", partial(screen.action_export, "text"),
            "Copy the letter without foidraft's header (if your terminal allows)",
        ),
        Command(
            "export: copy WhatDoTheyKnow link", partial(screen.action_export, "copy-wdtk"),
            "A link that opens a new request to the authority with this letter filled in",
        ),
        Command(
            "export: open WhatDoTheyKnow link in browser",
            partial(screen.action_export, "open-wdtk"), "Opens the new request in your browser",
        ),
        Command(
            "export: copy mailto link", partial(screen.action_export, "mailto"),
            "A link that opens a new email with this letter",
        ),
        Command(
            "export: save as email file (.eml)", partial(screen.action_export, "eml"),
            "A file your mail program opens as a message ready to send",
        ),
        *(
            [Command(
                f"export: batch {screen.draft.batch} to a folder …",
                partial(screen.action_export, "batch"),
                "Every letter of this draft's batch, one file per authority, and an index",
            )] if screen.draft.batch else []
        ),
        Command(
            "requests: find similar on WhatDoTheyKnow", screen.action_find_similar,
            "Earlier requests to this authority with a title like this one (uses the network; f3)",
        ),
    ]  # fmt: skip
    finding = screen.selected_finding
    if finding is not None:
        out.append(
            Command(
                f"rules: explain finding {finding.rule}", screen.action_explain, finding.message
            )
        )
        source = screen.result.text if screen.result else ""
        for number, suggestion in enumerate(finding.suggestions, 1):
            if suggestion.edits:
                out.append(
                    Command(
                        f"rules: apply suggestion {number}: {suggestion.title}",
                        partial(screen.action_apply_suggestion, number),
                        describe_suggestion(suggestion, source),
                    )
                )
        out.append(
            Command(
                f"rules: ignore {finding.rule} for this draft",
                screen.action_ignore_rule,
                "Hide this rule's findings in this draft only (saved in its header)",
            )
        )
    for rule_id in screen.draft.ignore:
        out.append(
            Command(
                f"rules: stop ignoring {rule_id}",
                partial(screen.set_ignored, rule_id, ignored=False),
                "Check this draft with the rule again",
            )
        )
    out += [
        Command("editor: next finding", screen.action_next_finding, "f8"),
        Command("editor: previous finding", screen.action_prev_finding, "shift+f8"),
        Command("editor: show or hide findings", screen.action_toggle_findings, "f9"),
    ]
    return out


def _display(matcher: Matcher, label: str) -> Content:
    # Matcher.highlight parses markup, and labels quote rule titles: only plain ones go there.
    return Content(label) if "[" in label else matcher.highlight(label)


class EditorCommands(Provider):
    """Commands for the draft being edited."""

    def _commands(self) -> list[Command]:
        from foidraft.tui.screens.editor import EditorScreen

        screen = self.screen
        return editor_commands(screen) if isinstance(screen, EditorScreen) else []

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(
                Content(command.label), command.run, command.label, escape(command.help)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.label)
            if score > 0:
                yield Hit(
                    score,
                    _display(matcher, command.label),
                    command.run,
                    command.label,
                    escape(command.help),
                )
