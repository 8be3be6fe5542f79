"""The foidraft terminal app: screens, key bindings, the command palette and errors.

``foidraft`` with no arguments calls :func:`run`. The app is a thin layer over the core
(drafts, authorities, interview, lint); screens call it and show FoidraftErrors as
notifications or dialogs.

Start-up is kept lean: only Home is imported before the first paint; the interview,
pickers, trash, help, editor, template, batch and export screens are imported when first
used, and the drafts list is read in a worker after Home is on screen. Flows that ask
several questions in turn (a new request, a draft from a template, a batch) run in
workers that wait for each screen's answer; the steps of the template ones live in
``template_flows``.

Environment:
    FOIDRAFT_EXIT_AFTER_FIRST_PAINT=1  quit as soon as Home has been painted (used by
                                       benchmarks/tui_startup.py to time start-up).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App

from foidraft.config import Config, load_config
from foidraft.errors import FoidraftError
from foidraft.text.terminal import visible
from foidraft.tui import keymap
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.settings import apply_settings
from foidraft.tui.type_ahead import HoldsTypeAhead

if TYPE_CHECKING:
    from textual.binding import BindingType
    from textual.command import Provider
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore
    from foidraft.rules.model import RuleSet
    from foidraft.templates import TemplateStore
    from foidraft.tui.host import FoidraftHost
    from foidraft.tui.palette import PaletteCommand

EXIT_AFTER_FIRST_PAINT = "FOIDRAFT_EXIT_AFTER_FIRST_PAINT"


def _load_directory() -> Directory:
    from foidraft.authorities.directory import load_directory

    return load_directory()


def app_commands_provider() -> type[Provider]:
    """The app's palette provider, imported when the palette first opens (textual.command
    costs about 25 ms to import)."""
    from foidraft.tui.commands import CommandsProvider

    return CommandsProvider


class FoidraftApp(HoldsTypeAhead, App[None]):
    """``today``/``now`` fix the clock (tests, snapshots); ``directory`` replaces the
    authority directory loader; ``config`` skips reading config.toml; ``rules`` checks
    letters with those rules instead of the knowledge base and the user's."""

    CSS_PATH = "app.tcss"
    TITLE = "foidraft"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        app_commands_provider  # imports textual.command only when the palette opens
    }
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings(
        ("app.quit", "quit"), ("app.help", "help"), ("app.command-palette", "command_palette")
    )

    def __init__(
        self,
        *,
        store: DraftStore | None = None,
        templates: TemplateStore | None = None,
        config: Config | None = None,
        directory: Callable[[], Directory] | None = None,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
        rules: RuleSet | None = None,
        exit_after_first_paint: bool | None = None,
    ) -> None:
        super().__init__()
        self._store, self._templates = store, templates
        self.rules = rules
        self._directory_loader = directory or _load_directory
        self._today, self._now = today, now
        self.last_edited: Path | None = None  # Home's cursor goes back to it
        self._startup_problems: list[str] = []
        if exit_after_first_paint is None:
            exit_after_first_paint = os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1"
        self.exit_after_first_paint = exit_after_first_paint
        if config is None:
            try:
                config = load_config()
            except FoidraftError as exc:
                self._startup_problems.append(str(exc))
                config = Config()
        self.config = config
        self._startup_problems += apply_settings(self, config)

    def get_default_screen(self) -> Screen[None]:
        return HomeScreen()

    def on_mount(self) -> None:
        from foidraft.tui.hangup import save_on_hangup

        save_on_hangup(self)  # the terminal closed: save what is typed, then exit
        for problem in self._startup_problems:
            self.notify(problem, title="Settings", severity="warning", markup=False, timeout=15)

    def first_paint_hook(self, screen: Screen[None]) -> None:
        """Called by Home once mounted; quits after painting when timing start-up."""
        if self.exit_after_first_paint:
            screen.call_after_refresh(self.exit)

    # -- the stores (imported on first use: not needed for the first paint) ----------
    @property
    def store(self) -> DraftStore:
        if self._store is None:
            from foidraft.drafts import DraftStore

            self._store = DraftStore()
        return self._store

    @property
    def templates(self) -> TemplateStore:
        if self._templates is None:
            from foidraft.templates import TemplateStore

            self._templates = TemplateStore()
        return self._templates

    def ensure_folders(self) -> None:
        """Create the drafts and templates folders on first use (private, 0700)."""
        from foidraft.drafts import files

        try:
            files.private_dir(self.store.root)
            files.private_dir(self.templates.root)
        except OSError as exc:
            raise FoidraftError(f"cannot create foidraft's folders: {exc}") from None

    # -- the clock and the directory -------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def now(self) -> dt.datetime:
        return self._now or dt.datetime.now().astimezone()

    def directory(self) -> Directory:
        """The authority directory (cached by the core; call from a worker thread)."""
        return self._directory_loader()

    # -- errors -----------------------------------------------------------------------
    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification's text made visible and harmless (it often quotes a file
        name or a draft title): see ``foidraft.text.terminal``."""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout,
            markup=markup,
        )  # fmt: skip

    def show_error(self, error: FoidraftError | str, title: str = "Problem") -> None:
        """A FoidraftError as a notification: its message and hint, shown literally."""
        from foidraft.tui.notify import notify_error

        notify_error(self, error, title)

    # -- drafts -----------------------------------------------------------------------
    def open_editor(
        self,
        draft: Draft,
        *,
        replace: bool = False,
        cursor: tuple[tuple[int, int], tuple[int, int]] | None = None,
    ) -> None:
        """Show ``draft`` in the editor (``cursor``: where typing starts, a (start, end)
        selection); ``replace`` swaps screens."""
        from foidraft.tui.screens.editor import EditorScreen

        screen = EditorScreen(
            self.store, draft, today=self.today, templates=self.templates, rules=self.rules,
            autosave_seconds=self.config.autosave_seconds, cursor=cursor,
        )  # fmt: skip
        self.last_edited = draft.path
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def open_draft_path(self, path: Path) -> None:
        try:
            draft = self.store.load_path(path)
        except FoidraftError as exc:
            self.show_error(exc)
            return
        self.open_editor(draft)

    @work(exclusive=True, group="read-reply")
    async def read_reply(self, path: Path, draft: Draft | None = None) -> None:
        """Paste or load the authority's reply to a draft; see what it means; write the
        next letter (``reply_flow``)."""
        from foidraft.tui.reply_flow import read_reply

        await read_reply(self, path, draft)

    # -- templates and batches (the steps are in template_flows) ------------------------
    @work(exclusive=True, group="template-draft")
    async def new_from_template(self, path: Path) -> None:
        from foidraft.tui.template_flows import new_draft_from_template

        await new_draft_from_template(self, path)

    def action_new_batch(self) -> None:
        self.new_batch()

    @work(exclusive=True, group="new-batch")
    async def new_batch(self, path: Path | None = None) -> None:
        from foidraft.tui.template_flows import new_batch

        await new_batch(self, path)

    @work(exclusive=True, group="batch-export")
    async def export_batch(self, batch_id: str) -> None:
        from foidraft.tui.screens.exporting import export_batch_to_folder

        await export_batch_to_folder(self, self.store, batch_id)

    def show_batch_on_home(self, batch_id: str) -> None:
        """Back to Home, showing only ``batch_id``'s drafts."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        home = self.screen_stack[0]
        if isinstance(home, HomeScreen):
            home.filter_batch(batch_id)

    def action_show_trash(self) -> None:
        from foidraft.tui.screens.trash import TrashScreen

        if not isinstance(self.screen, TrashScreen):
            self.push_screen(TrashScreen())

    # -- new requests -----------------------------------------------------------------
    def action_new_request(self) -> None:
        self.type_ahead.hold_between()  # a worker shows the search: keys typed wait for it
        self.start_request()

    @work(exclusive=True, group="new-request")
    async def start_request(self, authority: Authority | None = None) -> None:
        from foidraft.tui.request_flows import new_request

        await new_request(self, authority)

    # -- authorities ------------------------------------------------------------------
    def action_search_authority(self) -> None:
        self.look_up_authority()

    @work(exclusive=True, group="authority-lookup")
    async def look_up_authority(self) -> None:
        from foidraft.tui.request_flows import look_up_authority

        await look_up_authority(self)

    async def palette_commands(self) -> list[PaletteCommand]:
        from foidraft.tui.commands import app_commands

        return await app_commands(self)

    # -- view, help, quitting --------------------------------------------------------
    def action_toggle_dark(self) -> None:
        self.theme = keymap.toggled_theme(self.current_theme.dark)

    def action_help(self) -> None:
        from foidraft.tui.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen.for_screen(self.screen))

    async def action_quit(self) -> None:
        """Quit, never over unsaved text: see ``foidraft.tui.quitting``."""
        self.confirm_quit()

    @work(exclusive=True, group="quit")
    async def confirm_quit(self) -> None:
        from foidraft.tui.quitting import quit_app

        await quit_app(self)


if TYPE_CHECKING:

    def _offers_what_screens_use(app: FoidraftApp) -> FoidraftHost:
        return app  # mypy checks FoidraftApp against the protocol screens rely on


def run() -> int:
    """Open the app (``foidraft`` with no arguments); the exit status."""
    app = FoidraftApp()
    app.run()
    return app.return_code or 0
