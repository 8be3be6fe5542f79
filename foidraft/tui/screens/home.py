"""Home: the requester's drafts and templates, and "New request".

The lists are read in a worker thread (deadlines need the bank-holiday tables, names need
the authority directory) which posts :class:`HomeScreen.Loaded`; the screen fills its
widgets from that message. It reloads whenever it comes back into view.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.errors import FoidraftError
from foidraft.tui.home_detail import detail_text
from foidraft.tui.home_rows import DraftListing, DraftRow, build_rows, template_label
from foidraft.tui.keymap import bindings, shown_key
from foidraft.tui.palette import PaletteCommand
from foidraft.tui.screens.base import FoidraftScreen
from foidraft.tui.screens.home_actions import HomeActions
from foidraft.tui.text import literal
from foidraft.tui.widgets.aside_keys import AsideKeys
from foidraft.tui.widgets.drafts_table import DraftsTable
from foidraft.tui.widgets.fitting_footer import FittingFooter
from foidraft.tui.widgets.home_widgets import NewBatchButton, NewRequestButton, TemplatesList

if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.templates import TemplateSummary

EMPTY_DRAFTS = (
    "No drafts yet.\n\n"
    "Press n (or choose New request) to write your first Freedom of Information request. "
    "foidraft asks which police force or other public body it is for and what you want to "
    "know, one question at a time, says why each detail matters, and writes the letter as "
    "you go. "
    "You can change every word in the editor afterwards."
)
SHORT = 24  # rows: below this, Home keeps only the lines that say something (on_resize)
EMPTY_TEMPLATES = (
    "No templates yet. A template is a letter you reuse: open a draft and press F4 (save "
    "as template), or put a .md file in {folder}."
)


class HomeScreen(FoidraftScreen[None]):
    HELP = """
## Home

Your drafts and templates. Press **n** to start a new request, **b** for one request
to many authorities (from a template), **ctrl+p** for every command, **F1** for help on
whatever is highlighted.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("home.new-request", "new_request"),  # the footer's order: what is used most first
        ("home.read-reply", "read_reply"),
        ("home.export", "export"),
        ("home.new-batch", "new_batch"),
        ("home.delete", "delete"),
        ("home.rename", "rename"),
        ("home.duplicate", "duplicate"),
        ("home.trash", "trash"),
        ("home.filter-batch", "filter_batch"),
        ("home.clear-filter", "clear_filter"),
        ("home.refresh", "refresh"),
        ("home.sort-due", "sort_by_due"),
    )

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
        self._back_from_draft = False  # the drafts table takes the focus once loaded
        self.loaded = False
        self.listing = DraftListing()
        self.actions = HomeActions(
            self, self.listing, reload=self.reload, filter_batch=self.filter_batch
        )

    def compose(self) -> ComposeResult:
        # A plain title bar rather than Header, and the templates list mounted only when
        # there are templates: fewer widget styles to parse before the first paint.
        yield Static("foidraft", id="title-bar")
        with Vertical(id="home-body"):
            with Horizontal(id="home-actions"):
                yield NewRequestButton("+ New request", id="new-request")
                yield NewBatchButton("+ Batch from a template", id="new-batch")
            with Horizontal(id="drafts-head"):  # the keys the footer has no room for
                yield Static("Drafts", id="drafts-title", classes="section-title")
                yield AsideKeys(id="aside-keys")
            yield DraftsTable(id="drafts")
            yield Static(literal(EMPTY_DRAFTS), id="drafts-empty", classes="empty")
            yield Static("", id="draft-detail")
            yield Static("Templates", id="templates-title", classes="section-title")
            yield Static("", id="templates-empty", classes="empty")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#drafts-empty").display = False
        self.on_resize()  # before the first paint, as Textual's breakpoints come after it
        self.foidraft.first_paint_hook(self)
        # Read the drafts once Home is painted: the worker would compete for the GIL.
        self.call_after_refresh(self.reload)
        self.actions.watch(lambda: (self.foidraft.store.root, self.foidraft.templates.root))

    def on_resize(self) -> None:
        # Under 24 rows (60x20) the lines that say nothing there give their rows to the
        # drafts: the blanks, the "Drafts" heading (the title bar counts the drafts) and,
        # with no templates, their heading and hint (app.tcss, "#home.-short").
        self.set_class(self.app.size.height < SHORT, "-short")

    def on_screen_resume(self) -> None:
        # Back from the editor, the cursor is on the draft just left (a new request sorts
        # first; `p` must not read a reply onto the row the cursor was on before), and the
        # focus too (left on a template, enter started another draft from it).
        edited, self.foidraft.last_edited = self.foidraft.last_edited, None
        if self.loaded:
            self._back_from_draft = edited is not None
            self.reload(edited)

    # -- loading --------------------------------------------------------------------
    def reload(self, keep: Path | None = None) -> None:
        # A pending reload's draft wins: the watch sees the editor's last save as Home resumes.
        self._keep = keep or self._keep or self.query_one(DraftsTable).selected_path()
        self._load()

    @work(thread=True, exclusive=True, group="home-load")
    def _load(self) -> None:
        app = self.foidraft
        try:
            app.ensure_folders()
            directory = app.directory()
            rows = build_rows(app.store, directory.find, app.today(), app.now())
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
        self.listing.rows = message.rows
        if self.listing.batch not in self.listing.batches():
            self.listing.batch = None
        self._show_rows()
        self._keep = None
        await self._show_templates(message.templates)
        table = self.query_one(DraftsTable)
        has_drafts = table.display
        self._show_detail(table.selected())
        focused, new_request = self.focused, self.query_one("#new-request")
        back, self._back_from_draft = self._back_from_draft, False
        if focused is None or (has_drafts and (back or focused is new_request)):
            (table if has_drafts else new_request).focus()
        self.refresh_bindings()

    def _show_rows(self) -> None:
        rows = self.listing.shown()
        table = self.query_one(DraftsTable)
        table.display = bool(rows)
        self.query_one("#drafts-empty").display = not rows
        table.show(rows, keep=self._keep)
        self.query_one("#title-bar", Static).update(literal(self.listing.title()))
        self._show_detail(table.selected())
        self.refresh_bindings()

    def filter_batch(self, batch_id: str | None) -> None:
        """Show only ``batch_id``'s drafts (None: every draft)."""
        self.listing.batch = batch_id
        self._keep = None
        if self.loaded and (batch_id is None or batch_id in self.listing.batches()):
            self._show_rows()
        self.reload()  # the batch may have just been written

    def on_home_screen_load_failed(self, message: LoadFailed) -> None:
        self.loaded, self._keep = True, None
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
                if template.problem:
                    label = literal((f"! {template.title}", "$text-error"), f"  {template.problem}")
                else:
                    label = literal(
                        template_label(template.title, template.fields, template.authority)
                    )
                listing.add_option(Option(label, id=str(template.path)))
            listing.display = bool(templates)
            if templates:
                listing.highlighted = 0
        self.set_class(bool(templates), "-has-templates")  # the hint goes (app.tcss)
        empty = self.query_one("#templates-empty", Static)
        empty.update(literal(EMPTY_TEMPLATES.format(folder=str(self.foidraft.templates.root))))

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail(self.query_one(DraftsTable).selected())

    def _show_detail(self, row: DraftRow | None) -> None:
        chase_key = shown_key(self, "home.read-reply")  # the key the user bound, if any
        cut = self.query_one(DraftsTable).names_cut(row) if row else (False, False)
        self.query_one("#draft-detail", Static).update(literal(detail_text(row, chase_key, cut)))

    # -- actions (the draft and batch ones are in HomeActions) -----------------------
    def selected(self) -> DraftRow | None:
        table = self.query_one(DraftsTable)
        return table.selected() if table.display else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("rename", "duplicate", "delete", "export", "read_reply"):
            if isinstance(self.focused, TemplatesList):
                return False  # they act on the draft in the table, not on the template
            return self.selected() is not None or None  # None: shown dimmed
        if action == "filter_batch":
            return bool(self.listing.batches()) or None
        if action == "clear_filter":
            return self.listing.batch is not None
        return True

    def _on_selected(self, act: Callable[[DraftRow], None]) -> None:
        row = self.selected()
        if row is not None:
            act(row)

    def action_rename(self) -> None:
        self._on_selected(self.actions.rename)

    def action_duplicate(self) -> None:
        self._on_selected(self.actions.duplicate)

    def action_delete(self) -> None:
        self._on_selected(self.actions.delete)

    def action_export(self) -> None:
        self._on_selected(self.actions.export)

    def action_read_reply(self) -> None:
        self._on_selected(self.actions.read_reply)

    def action_filter_batch(self) -> None:
        self.actions.choose_batch()

    def action_clear_filter(self) -> None:
        self.filter_batch(None)

    def action_new_batch(self) -> None:
        listing = self.query(TemplatesList)
        path = None
        if listing and listing.first().has_focus:
            option = listing.first().highlighted_option
            path = Path(option.id) if option is not None and option.id else None
        self.foidraft.new_batch(path)

    async def palette_commands(self) -> list[PaletteCommand]:
        by = "last changed first" if self.listing.by_due else "soonest due first"
        sort = PaletteCommand(f"view: drafts {by}", "s on Home.", self.action_sort_by_due)
        return [*self.actions.palette_commands(self.selected()), sort]

    def action_sort_by_due(self) -> None:
        self.listing.by_due = not self.listing.by_due
        self._keep = self.query_one(DraftsTable).selected_path()  # the cursor stays on it
        self._show_rows()

    @on(NewRequestButton.Pressed)
    def action_new_request(self) -> None:
        self.foidraft.action_new_request()

    def action_trash(self) -> None:
        self.foidraft.action_show_trash()

    def action_refresh(self) -> None:
        self.reload()

    @on(NewBatchButton.Pressed)
    def _batch_pressed(self) -> None:
        self.foidraft.new_batch()

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
