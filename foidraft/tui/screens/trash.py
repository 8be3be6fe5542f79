"""The trash: deleted drafts, most recent first; restore them or delete them for good."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from foidraft.drafts import TrashItem
from foidraft.errors import FoidraftError
from foidraft.text.dates import changed_text
from foidraft.tui.keymap import bindings
from foidraft.tui.palette import PaletteCommand
from foidraft.tui.screens.base import FoidraftScreen
from foidraft.tui.screens.dialogs import ConfirmDialog
from foidraft.tui.text import literal, literal_rich, shorten
from foidraft.tui.widgets.fitting_footer import FittingFooter

if TYPE_CHECKING:
    pass

EMPTY = (
    "The trash is empty.\n\n"
    "Drafts you delete on the Home screen wait here until you restore them or delete "
    "them for good."
)


class TrashTable(DataTable[Text]):
    HELP = """
## Trash

Drafts you deleted, most recent first. **enter** or **r** puts the highlighted draft
back among your drafts (under a new file name if its old one is taken). **delete**
removes it for good, after asking. **escape** goes back.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("trash.restore", "restore"))

    def action_restore(self) -> None:
        screen = self.screen
        if isinstance(screen, TrashScreen):
            screen.action_restore()


class TrashScreen(FoidraftScreen[None]):
    DEFAULT_CSS = """
    TrashScreen #trash-body { padding: 0 1; }
    TrashScreen #trash-table { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("trash.purge", "purge"),
        ("trash.close", "close"),
    )

    @dataclass
    class Loaded(Message):
        items: list[TrashItem]

    @dataclass
    class LoadFailed(Message):
        error: FoidraftError

    def __init__(self) -> None:
        super().__init__(id="trash")
        self.items: list[TrashItem] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Vertical(id="trash-body"):
            yield Static("Deleted drafts", classes="section-title")
            yield TrashTable(id="trash-table", cursor_type="row", zebra_stripes=True)
            yield Static(literal(EMPTY), id="trash-empty", classes="empty")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = "Trash"
        table = self.query_one(TrashTable)
        table.add_column("Title", key="title")
        table.add_column("Deleted", key="deleted")
        table.add_column("File", key="file")
        self.query_one("#trash-empty").display = False
        self.reload()

    @work(thread=True, exclusive=True, group="trash-load")
    def reload(self) -> None:
        try:
            items = self.foidraft.store.trash()
        except FoidraftError as exc:
            self.post_message(self.LoadFailed(exc))
            return
        except OSError as exc:  # reported, never a traceback
            self.post_message(self.LoadFailed(FoidraftError(str(exc))))
            return
        self.post_message(self.Loaded(items))

    def on_trash_screen_loaded(self, message: Loaded) -> None:
        self.items = message.items
        table = self.query_one(TrashTable)
        table.clear()
        now = self.foidraft.now()
        for item in self.items:
            table.add_row(
                literal_rich(shorten(item.title, 50)),
                literal_rich(changed_text(item.deleted, now)),
                literal_rich(item.name),
                key=item.id,
            )
        table.display = bool(self.items)
        self.query_one("#trash-empty").display = not self.items
        if self.items:
            table.focus()
        self.refresh_bindings()

    def on_trash_screen_load_failed(self, message: LoadFailed) -> None:
        self.foidraft.show_error(message.error)

    def selected(self) -> TrashItem | None:
        table = self.query_one(TrashTable)
        if not self.items or not 0 <= table.cursor_row < len(self.items):
            return None
        return self.items[table.cursor_row]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("restore", "purge"):
            return self.selected() is not None or None
        return True

    def action_restore(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            path = self.foidraft.store.restore(item)
        except FoidraftError as exc:
            self.foidraft.show_error(exc)
            return
        renamed = f" as {path.name}" if path.name != item.name else ""
        self.app.notify(f"“{item.title}” is back among your drafts{renamed}.", markup=False)
        self.reload()

    def action_purge(self) -> None:
        item = self.selected()
        if item is None:
            return

        def purge(confirmed: bool | None) -> None:
            if not confirmed:
                return
            try:
                self.foidraft.store.purge(item)
            except FoidraftError as exc:
                self.foidraft.show_error(exc)
                return
            self.reload()

        dialog = ConfirmDialog(
            f"Delete “{item.title}” for good?", "This cannot be undone.", yes="Delete for good"
        )
        self.app.push_screen(dialog, purge)

    def action_close(self) -> None:
        self.dismiss(None)

    async def palette_commands(self) -> list[PaletteCommand]:
        return list(self._palette_commands())

    def _palette_commands(self) -> Iterable[PaletteCommand]:
        if self.selected() is None:
            return
        yield PaletteCommand(
            "trash: restore", "Restore the highlighted draft.", self.action_restore
        )
        yield PaletteCommand(
            "trash: delete for good", "Remove the highlighted draft for good.", self.action_purge
        )
