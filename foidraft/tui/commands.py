"""Command palette (ctrl+p): namespaced commands, "draft: open …", "view: …", "app: quit".

The app's provider lists the global commands, one "draft: open <title>" per draft, one
"template: …" per template and "batch: new batch from template …", then whatever the
calling screen offers through a ``palette_commands()`` method (see
``foidraft.tui.palette``). A screen may instead add its own provider through
``Screen.COMMANDS``; Textual merges both.

Labels quote draft titles and template names, so they are built as literal Content and
highlighted here, never through ``Matcher.highlight`` (which parses markup).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from foidraft.errors import FoidraftError
from foidraft.tui.palette import OffersCommands, PaletteCommand
from foidraft.tui.text import escape_markup, shorten

if TYPE_CHECKING:
    from foidraft.drafts import DraftSummary
    from foidraft.templates import TemplateSummary
    from foidraft.tui.app import FoidraftApp

TITLE_WIDTH = 60


def highlighted(matcher: Matcher, label: str) -> Content:
    """``label`` with the characters the query matched styled, without parsing markup."""
    content = Content(label)
    score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    if not score:
        return content
    for offset in offsets:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class NamespacedProvider(Provider):
    """Shared discover/search over a list of :class:`PaletteCommand`."""

    def commands(self) -> Iterable[PaletteCommand]:
        return ()

    async def discover(self) -> Hits:
        for command in self.commands():
            yield DiscoveryHit(
                Content(command.label),
                command.callback,
                text=command.label,
                help=escape_markup(command.help),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            score = matcher.match(command.label)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(matcher, command.label),
                    command.callback,
                    text=command.label,
                    help=escape_markup(command.help),
                )


class AppCommands(NamespacedProvider):
    """Everything foidraft offers from anywhere, plus the calling screen's commands."""

    _drafts: list[DraftSummary]
    _templates: list[TemplateSummary]

    async def startup(self) -> None:
        app = self.foidraft_app
        self._drafts, self._templates = [], []
        try:
            self._drafts = await asyncio.to_thread(app.store.list)
            self._templates = await asyncio.to_thread(app.templates.list)
        except FoidraftError as exc:
            app.show_error(exc)

    @property
    def foidraft_app(self) -> FoidraftApp:
        from foidraft.tui.app import FoidraftApp

        app = self.app
        assert isinstance(app, FoidraftApp)
        return app

    def commands(self) -> Iterable[PaletteCommand]:
        app = self.foidraft_app
        yield PaletteCommand(
            "draft: new", "Start a new request: pick a force, answer a few questions.",
            app.action_new_request,
        )  # fmt: skip
        for summary in self._drafts:
            yield PaletteCommand(
                f"draft: open {shorten(summary.title, TITLE_WIDTH)}",
                f"Open this draft in the editor ({summary.name}).",
                partial(app.open_draft_path, summary.path),
            )
        for template in self._templates:
            yield PaletteCommand(
                f"template: new draft from {shorten(template.title, TITLE_WIDTH)}",
                f"Start a draft from the template {template.name}.",
                partial(app.new_from_template, template.path),
            )
        yield PaletteCommand(
            "batch: new batch from template …",
            "One request to many forces: pick a template and the authorities, preview, pilot.",
            app.action_new_batch,
        )
        yield PaletteCommand(
            "draft: show trash", "List deleted drafts and restore them.", app.action_show_trash
        )
        yield PaletteCommand(
            "authority: search", "Find a force or commissioner and see its details.",
            app.action_search_authority,
        )  # fmt: skip
        if isinstance(self.screen, OffersCommands):
            yield from self.screen.palette_commands()
        yield PaletteCommand(
            "view: toggle light/dark", "Switch between the light and dark themes.",
            app.action_toggle_dark,
        )  # fmt: skip
        yield PaletteCommand(
            "view: change theme", "Pick any theme (set it for good with [app] theme).",
            app.action_change_theme,
        )  # fmt: skip
        yield PaletteCommand(
            "app: help", "Help for the part of the screen you are in (F1).", app.action_help
        )
        yield PaletteCommand("app: quit", "Leave foidraft. Drafts are saved.", app.action_quit)
