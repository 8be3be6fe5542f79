"""What the editor does with the whole letter: save it as a template, export it, look for
similar earlier requests on WhatDoTheyKnow. Each saves the draft first, so what is on
screen is what goes out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foidraft.tui.screens.editor_checking import CheckedEditing

if TYPE_CHECKING:
    from foidraft.templates import Template, TemplateStore


class DraftActions(CheckedEditing):
    """The outward-facing half of the editor screen."""

    template_store: TemplateStore | None = None  # the app's; else the default folder

    def action_save_as_template(self) -> None:
        from foidraft.templates import TemplateStore
        from foidraft.tui.screens.template_save import SaveTemplateDialog

        if not self.save():
            return
        store = self.template_store or TemplateStore()
        dialog = SaveTemplateDialog(self.draft, self.known_authority(), store)
        self.app.push_screen(dialog, self._template_saved)

    def _template_saved(self, template: Template | None) -> None:
        if template is not None:
            self.notify(
                f"Saved the template “{template.title}” ({template.name}). Start a draft or "
                "a batch from it on Home.",
                title="Template saved",
                markup=False,
                timeout=6,
            )

    def action_export(self, run: str | None = None) -> None:
        from foidraft.tui.screens.export_menu import ExportScreen

        if self.save():
            self.app.push_screen(ExportScreen(self.draft, self.store, run=run))

    def action_find_similar(self) -> None:
        from foidraft.tui.screens.similar import SimilarScreen

        authority = self.known_authority()
        if authority is None:
            self.notify(
                "This draft has no authority, so there is no one to search the requests of.",
                severity="warning",
                timeout=5,
            )
            return
        self.app.push_screen(SimilarScreen(self.draft.title, authority))
