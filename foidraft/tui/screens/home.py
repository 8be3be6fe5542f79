"""Home: the requester's drafts and templates, and "New request".

The lists are read in a worker thread (deadlines need the bank-holiday tables, names need
the authority directory) which posts :class:`HomeScreen.Loaded`; the screen fills its
widgets from that message. It reloads whenever it comes back into view.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.errors import FoidraftError
from foidraft.tui.home_rows import DraftRow, build_rows, long_date
from foidraft.tui.palette import PaletteCommand
from foidraft.tui.text import literal
from foidraft.tui.widgets.drafts_table import DraftsTable

if TYPE_CHECKING:
    from foidraft.templates import TemplateSummary
    from foidraft.tui.app import FoidraftApp

EMPTY_DRAFTS = (
    "No drafts yet.\n\n"
    "Press n (or choose New request) to write your first Freedom of Information request. "
    "foidraft asks which police force it is for and what you want to know, one question "
    "at a time, says why forces need each detail, and writes the letter as you go. "
    "You can change every word in the editor afterwards."
)
EMPTY_TEMPLATES = (
    "No templates yet. A template is a letter you reuse: put a .md file in {folder} "
    "and it appears here."
)


class TemplatesList(OptionList):
    HELP = """
## Templates

Letters you reuse. **enter** starts a new draft from the highlighted template; the
template itself is left as it is. Templates are files in your templates folder.
"""


class NewRequestButton(Static, can_focus=True):
    """A one-line button (a Static: Button's styles cost start-up time to parse)."""

    HELP = """
## New request

**enter** (or **n** anywhere on Home) starts a new request: choose the police force,
then the kind of request, then answer a few questions while the letter is written.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "press", "Start", show=False, id="home.press-new-request"),
    ]

    class Pressed(Message):
        pass

    def action_press(self) -> None:
        self.post_message(self.Pressed())

    def on_click(self) -> None:
        self.post_message(self.Pressed())


class HomeScreen(Screen[None]):
    HELP = """
## Home

Your drafts and templates. Press **n** to start a new request, **ctrl+p** for every
command, **F1** for help on whatever is highlighted.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_request", "New", id="home.new-request", tooltip="Start a new request"),
        Binding("r", "rename", "Rename", id="home.rename"),
        Binding("d", "duplicate", "Copy", id="home.duplicate", tooltip="Duplicate the draft"),
        Binding("delete,x", "delete", "Delete", id="home.delete"),
        Binding("t", "trash", "Trash", id="home.trash"),
        Binding("f5,ctrl+r", "refresh", "Refresh", id="home.refresh", show=False),
    ]

    @dataclass
    class Loaded(Message):
        rows: list[DraftRow]
        templates: list[TemplateSummary]

    @dataclass
    class LoadFailed(Message):
        error: FoidraftError

    def __init__(self) -> None:
        super().__init__(id="home")
        self._keep: Path | None = None  # the draft to keep the cursor on after a reload
        self.loaded = False

    @property
    def foidraft(self) -> FoidraftApp:
        from foidraft.tui.app import FoidraftApp

        assert isinstance(self.app, FoidraftApp)
        return self.app

    def compose(self) -> ComposeResult:
        # A plain title bar rather than Header, and the templates list mounted only when
        # there are templates: fewer widget styles to parse before the first paint.
        yield Static("foidraft", id="title-bar")
        with Vertical(id="home-body"):
            with Horizontal(id="home-actions"):
                yield NewRequestButton("+ New request", id="new-request")
            yield Static("Drafts", classes="section-title")
            yield DraftsTable(id="drafts")
            yield Static(literal(EMPTY_DRAFTS), id="drafts-empty", classes="empty")
            yield Static("", id="draft-detail")
            yield Static("Templates", classes="section-title")
            yield Static("", id="templates-empty", classes="empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#drafts-empty").display = False
        self.foidraft.first_paint_hook(self)
        # Read the drafts once Home is painted: the worker would compete for the GIL.
        self.call_after_refresh(self.reload)

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload()

    # -- loading --------------------------------------------------------------------
    def reload(self, keep: Path | None = None) -> None:
        self._keep = keep or self.query_one(DraftsTable).selected_path()
        self._load()

    @work(thread=True, exclusive=True, group="home-load")
    def _load(self) -> None:
        app = self.foidraft
        try:
            app.ensure_folders()
            directory = app.directory()
            rows = build_rows(app.store, directory.get, app.today(), app.now())
            templates = app.templates.list()
        except FoidraftError as exc:
            self.post_message(self.LoadFailed(exc))
            return
        except OSError as exc:  # a disk problem is reported, never a traceback
            self.post_message(self.LoadFailed(FoidraftError(f"cannot read your drafts: {exc}")))
            return
        self.post_message(self.Loaded(rows, templates))

    async def on_home_screen_loaded(self, message: Loaded) -> None:
        self.loaded = True
        table = self.query_one(DraftsTable)
        has_drafts = bool(message.rows)
        table.display = has_drafts
        self.query_one("#drafts-empty").display = not has_drafts
        table.show(message.rows, keep=self._keep)
        count = len(message.rows)
        title = f"foidraft — {count} draft{'s' if count != 1 else ''}"
        self.query_one("#title-bar", Static).update(title)
        await self._show_templates(message.templates)
        self._show_detail(table.selected())
        focused = self.focused
        if focused is None or (focused is self.query_one("#new-request") and has_drafts):
            (table if has_drafts else self.query_one("#new-request")).focus()
        self.refresh_bindings()

    def on_home_screen_load_failed(self, message: LoadFailed) -> None:
        self.loaded = True
        self.foidraft.show_error(message.error)

    async def _show_templates(self, templates: list[TemplateSummary]) -> None:
        found = self.query(TemplatesList)
        if templates and not found:
            await self.query_one("#home-body").mount(
                TemplatesList(id="templates"), before="#templates-empty"
            )
        listing = self.query(TemplatesList).first() if templates or found else None
        if listing is not None:
            listing.clear_options()
            for template in templates:
                label = f"! {template.title}" if template.problem else template.title
                listing.add_option(Option(literal(label), id=str(template.path)))
            listing.display = bool(templates)
            if templates:
                listing.highlighted = 0
        empty = self.query_one("#templates-empty", Static)
        empty.display = not templates
        empty.update(literal(EMPTY_TEMPLATES.format(folder=str(self.foidraft.templates.root))))

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail(self.query_one(DraftsTable).selected())

    def _show_detail(self, row: DraftRow | None) -> None:
        self.query_one("#draft-detail", Static).update(literal(detail_text(row)))

    # -- actions --------------------------------------------------------------------
    def selected(self) -> DraftRow | None:
        table = self.query_one(DraftsTable)
        return table.selected() if table.display else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("rename", "duplicate", "delete"):
            return self.selected() is not None or None  # None: shown dimmed
        return True

    def action_new_request(self) -> None:
        self.foidraft.action_new_request()

    def action_trash(self) -> None:
        self.foidraft.action_show_trash()

    def action_refresh(self) -> None:
        self.reload()

    @on(NewRequestButton.Pressed)
    def _new_pressed(self) -> None:
        self.foidraft.action_new_request()

    @on(DataTable.RowSelected)
    def _open(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.summary.problem:
            from foidraft.tui.screens.dialogs import MessageDialog

            self.app.push_screen(
                MessageDialog(
                    f"{row.title} cannot be opened",
                    f"{row.summary.problem}.\n\nThe letter is safe. Fix the header in a text "
                    f"editor:\n{row.summary.path}",
                    error=True,
                )
            )
            return
        self.foidraft.open_draft_path(row.summary.path)

    @on(OptionList.OptionSelected, "#templates")
    def _template_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.foidraft.new_from_template(Path(event.option.id))

    def action_rename(self) -> None:
        row = self.selected()
        if row is None:
            return

        def rename(title: str | None) -> None:
            if not title or title == row.title:
                return
            store = self.foidraft.store
            try:
                store.rename(store.load_path(row.summary.path), title)
            except FoidraftError as exc:
                self.foidraft.show_error(exc)
                return
            self.reload(keep=row.summary.path)

        from foidraft.tui.screens.dialogs import TextInputDialog

        dialog = TextInputDialog("Rename draft", "The file keeps its name.", value=row.title)
        self.app.push_screen(dialog, rename)

    def action_duplicate(self) -> None:
        row = self.selected()
        if row is None:
            return
        store = self.foidraft.store
        try:
            copy = store.duplicate(store.load_path(row.summary.path))
        except FoidraftError as exc:
            self.foidraft.show_error(exc)
            return
        self.app.notify(f"Copied as “{copy.title}”.", title="Duplicated", markup=False)
        self.reload(keep=copy.path)

    def action_delete(self) -> None:
        row = self.selected()
        if row is None:
            return

        def delete(confirmed: bool | None) -> None:
            if not confirmed:
                return
            try:
                self.foidraft.store.delete(row.summary)
            except FoidraftError as exc:
                self.foidraft.show_error(exc)
                return
            self.app.notify("Moved to the trash. Press t to see it or restore it.")
            self.reload()

        from foidraft.tui.screens.dialogs import ConfirmDialog

        dialog = ConfirmDialog(
            f"Delete “{row.title}”?",
            "It moves to the trash, where you can restore it (t on this screen).",
            yes="Delete",
        )
        self.app.push_screen(dialog, delete)

    def palette_commands(self) -> Iterable[PaletteCommand]:
        if self.selected() is None:
            return
        yield PaletteCommand("draft: rename", "Rename the highlighted draft.", self.action_rename)
        yield PaletteCommand(
            "draft: duplicate", "Copy the highlighted draft as a new draft.", self.action_duplicate
        )
        yield PaletteCommand(
            "draft: delete", "Move the highlighted draft to the trash.", self.action_delete
        )


def detail_text(row: DraftRow | None) -> str:
    """One line about the highlighted draft: its problem, or file, sending and due date."""
    if row is None:
        return ""
    if row.summary.problem:
        return f"! {row.summary.problem} ({row.summary.name})"
    parts = [row.summary.name]
    if row.sent:
        parts.append(f"sent {long_date(row.sent)}")
    if row.due:
        parts.append(f"due {long_date(row.due)}" + (f" ({row.due_text})" if row.due_text else ""))
    return " · ".join(parts)
