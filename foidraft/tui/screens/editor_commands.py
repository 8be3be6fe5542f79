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
                    "Asks the date it was sent" if status == "sent" else "Set the status",
                )
            )
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
