"""Home's actions on the highlighted draft (rename, copy, delete, export) and on batches
(start one, show one, export one), and the palette commands for them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from foidraft.errors import FoidraftError
from foidraft.tui.home_rows import DraftRow
from foidraft.tui.palette import PaletteCommand
from foidraft.tui.screens.base import FoidraftScreen
from foidraft.tui.widgets.drafts_table import DraftsTable
from foidraft.tui.widgets.home_widgets import TemplatesList

if TYPE_CHECKING:
    pass


class HomeActions(FoidraftScreen[None]):
    """The acting half of Home; the screen supplies loading and showing."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.all_rows: list[DraftRow] = []
        self.batch_filter: str | None = None  # show only this batch's drafts

    def reload(self, keep: Path | None = None) -> None:
        raise NotImplementedError

    def filter_batch(self, batch_id: str | None) -> None:
        raise NotImplementedError

    def batches(self) -> list[str]:
        return sorted({r.batch for r in self.all_rows if r.batch})

    def selected(self) -> DraftRow | None:
        table = self.query_one(DraftsTable)
        return table.selected() if table.display else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("rename", "duplicate", "delete", "export", "read_reply"):
            return self.selected() is not None or None  # None: shown dimmed
        if action == "filter_batch":
            return bool(self.batches()) or None
        if action == "clear_filter":
            return self.batch_filter is not None
        return True

    def action_export(self) -> None:
        row = self.selected()
        if row is None:
            return
        from foidraft.tui.screens.export_menu import ExportScreen

        store = self.foidraft.store
        try:
            draft = store.load_path(row.summary.path)
        except FoidraftError as exc:
            self.foidraft.show_error(exc)
            return
        self.app.push_screen(ExportScreen(draft, store))

    def action_read_reply(self) -> None:
        row = self.selected()
        if row is not None and not row.summary.problem:
            self.foidraft.read_reply(row.summary.path)

    def action_new_batch(self) -> None:
        listing = self.query(TemplatesList)
        path = None
        if listing and listing.first().has_focus:
            option = listing.first().highlighted_option
            path = Path(option.id) if option is not None and option.id else None
        self.foidraft.new_batch(path)

    def action_filter_batch(self) -> None:
        from foidraft.tui.screens.editor_dialogs import ChoiceDialog

        choices = [("", "All drafts"), *((b, f"Batch {b}") for b in self.batches())]
        dialog = ChoiceDialog("Show which drafts?", choices, current=self.batch_filter or "")
        self.app.push_screen(dialog, lambda b: None if b is None else self.filter_batch(b or None))

    def action_clear_filter(self) -> None:
        self.filter_batch(None)

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
        for batch_id in self.batches():
            yield PaletteCommand(
                f"batch: show {batch_id} only", "List only the drafts of this batch.",
                partial(self.filter_batch, batch_id),
            )  # fmt: skip
            yield PaletteCommand(
                f"batch: export {batch_id} to a folder …",
                "One file per authority, and an index with each WhatDoTheyKnow link.",
                partial(self.foidraft.export_batch, batch_id),
            )
        if self.batch_filter is not None:
            yield PaletteCommand(
                "batch: show all drafts", "Stop filtering.", self.action_clear_filter
            )
        if self.selected() is None:
            return
        yield PaletteCommand(
            "export: letter, link or email file …",
            "Copy the highlighted draft's letter or WhatDoTheyKnow link, or save an .eml.",
            self.action_export,
        )
        yield PaletteCommand(
            "draft: read the authority's reply …",
            "Paste or load their reply (text, .eml, PDF): what it means, and the next letter (p).",
            self.action_read_reply,
        )
        yield PaletteCommand("draft: rename", "Rename the highlighted draft.", self.action_rename)
        yield PaletteCommand(
            "draft: duplicate", "Copy the highlighted draft as a new draft.", self.action_duplicate
        )
        yield PaletteCommand(
            "draft: delete", "Move the highlighted draft to the trash.", self.action_delete
        )
