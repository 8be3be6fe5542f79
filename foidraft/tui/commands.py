"""Command palette (ctrl+p): namespaced commands, "draft: open …", "view: …", "app: quit".

There is one provider, :class:`CommandsProvider`, and one entry type,
:class:`~foidraft.tui.palette.PaletteCommand`: the provider lists what the app offers
(:func:`app_commands`: the global commands, one "draft: open <title>" per draft, one
"template: …" per template) and then what the screen it was opened on offers, each
through an ``async palette_commands()`` method (``foidraft.tui.palette.OffersCommands``).

Labels quote draft titles and template names, so they are built as literal Content and
highlighted here, never through ``Matcher.highlight`` (which parses markup).
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from foidraft.errors import FoidraftError
from foidraft.tui.palette import OffersCommands, PaletteCommand
from foidraft.tui.screens.details import start_editing
from foidraft.tui.text import escape_markup, literal, shorten

if TYPE_CHECKING:
    from foidraft.tui.host import FoidraftHost

TITLE_WIDTH = 60


def highlighted(matcher: Matcher, label: str) -> Content:
    """``label`` with the characters the query matched styled, without parsing markup."""
    content = literal(label)  # titles of drafts: control characters made visible
    score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    if not score:
        return content
    for offset in offsets:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class CommandsProvider(Provider):
    """The app's commands, then the calling screen's."""

    _commands: list[PaletteCommand]

    async def startup(self) -> None:
        self._commands = []
        for source in (self.app, self.screen):
            if isinstance(source, OffersCommands):
                self._commands += await source.palette_commands()

    async def discover(self) -> Hits:
        for command in self._commands:
            yield DiscoveryHit(
                literal(command.label),
                command.callback,
                text=command.label,
                help=escape_markup(command.help),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands:
            score = matcher.match(command.label)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(matcher, command.label),
                    command.callback,
                    text=command.label,
                    help=escape_markup(command.help),
                )


async def app_commands(app: FoidraftHost) -> list[PaletteCommand]:
    """Everything foidraft offers from anywhere (the drafts and templates read in a thread)."""
    from foidraft.templates.model import shown_title  # "[area]", never {authority.area}

    drafts, templates = [], []
    try:
        drafts = await asyncio.to_thread(app.store.list)
        templates = await asyncio.to_thread(app.templates.list)
    except FoidraftError as exc:
        app.show_error(exc)
    return [
        PaletteCommand(
            "draft: new request", "Start a new request: pick a force, answer a few questions.",
            app.action_new_request,
        ),
        *(
            PaletteCommand(
                f"draft: open {shorten(summary.title, TITLE_WIDTH)}",
                f"Open this draft in the editor ({summary.name}).",
                partial(app.open_draft_path, summary.path),
            )
            for summary in drafts
        ),
        *(
            PaletteCommand(
                f"template: new draft from {shorten(shown_title(template.title), TITLE_WIDTH)}",
                f"Start a draft from the template {template.name}.",
                partial(app.new_from_template, template.path),
            )
            for template in templates
        ),
        PaletteCommand(
            "batch: new batch from template …",
            "One request to many authorities: pick a template and the authorities, preview, pilot.",
            app.action_new_batch,
        ),
        PaletteCommand(
            "draft: show trash", "List deleted drafts and restore them.", app.action_show_trash
        ),
        PaletteCommand(
            "you: your details (name and email)",
            "Your name signs your letters; your email is the From line of a saved .eml.",
            partial(start_editing, app),
        ),
        PaletteCommand(
            "authority: search", "Find a force or commissioner and see its details.",
            app.action_search_authority,
        ),
        PaletteCommand(
            "view: toggle light/dark", "Switch between the light and dark themes.",
            app.action_toggle_dark,
        ),
        PaletteCommand(
            "view: change theme", "Pick any theme (set it for good with [app] theme).",
            app.action_change_theme,
        ),
        PaletteCommand(
            "app: help", "Help for the part of the screen you are in (F1).", app.action_help
        ),
        PaletteCommand("app: quit", "Leave foidraft. Drafts are saved.", app.action_quit),
    ]  # fmt: skip
