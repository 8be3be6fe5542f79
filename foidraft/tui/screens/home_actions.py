"""Home's actions on the highlighted draft (rename, copy, delete, export, read the
authority's reply) and on batches (show one, export one), and the palette commands for
them. :class:`HomeActions` works on the screen it is given and reloads through the
callable it is given; the screen keeps what is listed
(``foidraft.tui.home_rows.DraftListing``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foidraft.errors import FoidraftError
from foidraft.tui.host import host
from foidraft.tui.palette import PaletteCommand

if TYPE_CHECKING:
    from textual.screen import Screen

    from foidraft.tui.home_rows import DraftListing, DraftRow


class HomeActions:
    def __init__(
        self,
        screen: Screen[Any],
        listing: DraftListing,
        *,
        reload: Callable[[Path | None], None],
        filter_batch: Callable[[str | None], None],
    ) -> None:
        self.screen, self.listing = screen, listing
        self.reload, self.filter_batch = reload, filter_batch

    @property
    def app(self) -> Any:
        return self.screen.app

    def watch(self, folders: Callable[[], tuple[Path, ...]]) -> None:
        """Reload while Home is on top when a draft or template is added, removed or saved
        from outside the app (leaving another screen reloads anyway). The folders are
        asked for after the first paint."""
        from foidraft.tui.folder_watch import WATCH_SECONDS, FolderWatch

        watches: list[FolderWatch] = []

        def look() -> None:
            if watches and watches[0].changed() and self.screen.is_current:
                self.reload(None)

        self.screen.call_after_refresh(lambda: watches.append(FolderWatch(*folders())))
        self.screen.set_interval(WATCH_SECONDS, look)

    def export(self, row: DraftRow) -> None:
        from foidraft.tui.screens.export_menu import ExportScreen

        store = host(self.app).store
        try:
            draft = store.load_path(row.summary.path)
        except FoidraftError as exc:
            host(self.app).show_error(exc)
            return
        self.app.push_screen(ExportScreen(draft, store))

    def read_reply(self, row: DraftRow) -> None:
        if not row.summary.problem:
            host(self.app).read_reply(row.summary.path)

    def choose_batch(self) -> None:
        from foidraft.tui.screens.dialogs import ChoiceDialog

        current = self.listing.batch or ""
        choices = [("", "All drafts"), *((b, f"Batch {b}") for b in self.listing.batches())]
        dialog = ChoiceDialog("Show which drafts?", choices, current=current)
        self.app.push_screen(dialog, lambda b: None if b is None else self.filter_batch(b or None))

    def rename(self, row: DraftRow) -> None:
        from foidraft.tui.screens.dialogs import TextInputDialog

        def rename(title: str | None) -> None:
            if not title or title == row.title:
                return
            store = host(self.app).store
            try:
                store.rename(store.load_path(row.summary.path), title)
            except FoidraftError as exc:
                host(self.app).show_error(exc)
                return
            self.reload(row.summary.path)

        dialog = TextInputDialog("Rename draft", "The file keeps its name.", value=row.title)
        self.app.push_screen(dialog, rename)

    def duplicate(self, row: DraftRow) -> None:
        store = host(self.app).store
        try:
            copy = store.duplicate(store.load_path(row.summary.path))
        except FoidraftError as exc:
            host(self.app).show_error(exc)
            return
        self.app.notify(f"Copied as “{copy.title}”.", title="Duplicated", markup=False)
        self.reload(copy.path)

    def delete(self, row: DraftRow) -> None:
        from foidraft.tui.screens.dialogs import ConfirmDialog

        def delete(confirmed: bool | None) -> None:
            if not confirmed:
                return
            try:
                host(self.app).store.delete(row.summary)
            except FoidraftError as exc:
                host(self.app).show_error(exc)
                return
            self.app.notify("Moved to the trash. Press t to see it or restore it.")
            self.reload(None)

        dialog = ConfirmDialog(
            f"Delete “{row.title}”?",
            "It moves to the trash, where you can restore it (t on this screen).",
            yes="Delete",
        )
        self.app.push_screen(dialog, delete)

    def palette_commands(self, row: DraftRow | None) -> list[PaletteCommand]:
        out: list[PaletteCommand] = []
        for batch_id in self.listing.batches():
            out += [
                PaletteCommand(
                    f"batch: show {batch_id} only", "List only the drafts of this batch.",
                    partial(self.filter_batch, batch_id),
                ),
                PaletteCommand(
                    f"batch: export {batch_id} to a folder …",
                    "One file per authority, and an index with each WhatDoTheyKnow link.",
                    partial(host(self.app).export_batch, batch_id),
                ),
            ]  # fmt: skip
        if self.listing.batch is not None:
            out.append(
                PaletteCommand(
                    "batch: show all drafts", "Stop filtering.", partial(self.filter_batch, None)
                )
            )
        if row is None:
            return out
        return [
            *out,
            PaletteCommand(
                "export: letter, link or email file …",
                "Copy the highlighted draft's letter or WhatDoTheyKnow link, or save an .eml.",
                partial(self.export, row),
            ),
            PaletteCommand(
                "draft: read the authority's reply …",
                "Paste or load their reply (text, .eml, PDF): what it means, and the next "
                "letter (p).",
                partial(self.read_reply, row),
            ),
            PaletteCommand(
                "draft: rename", "Rename the highlighted draft.", partial(self.rename, row)
            ),
            PaletteCommand(
                "draft: duplicate",
                "Copy the highlighted draft as a new draft.",
                partial(self.duplicate, row),
            ),
            PaletteCommand(
                "draft: delete",
                "Move the highlighted draft to the trash.",
                partial(self.delete, row),
            ),
        ]
