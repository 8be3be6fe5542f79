"""Saving the draft as a template: tick which wording becomes a placeholder, name it, save.

``foidraft.templates`` proposes the replacements (the force's name, its Act, its cost
limit) and writes the file; this dialog only lets the requester choose among them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Input, Label
from textual.widgets.selection_list import Selection

from foidraft.errors import FoidraftError
from foidraft.templates import (
    AREA,
    Replacement,
    propose_area,
    propose_replacements,
    propose_title,
    template_from_draft,
)
from foidraft.tui.keymap import bindings
from foidraft.tui.screens.dialogs import ConfirmDialog, Dialog
from foidraft.tui.text import literal, shorten
from foidraft.tui.widgets.ticks import TickList

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft
    from foidraft.templates import Template, TemplateStore

INTRO = (
    "Ticked wording is filled in for each authority the template is used for (tab to the "
    "list; space ticks or unticks)."
)
# What each placeholder stands for, in words: the dialog never shows template syntax.
IN_WORDS = {
    "{authority.name}": "each authority's name",
    "{authority.short_name}": "each authority's short name",
    "{authority.act}": "each authority's Act",
    "{authority.act|cap}": "each authority's Act",
    "{authority.cost_limit}": "each authority's cost limit",
    "{authority.hours} hours": "the hours its cost limit buys",
    AREA: "each authority's area",
}
# Said when the title or letter names a place in the authority's area (left unticked).
PLACES = " Unticked places go to every authority as written."
NOTHING = (
    "Nothing in this letter names the authority, its Act or its cost limit, so the "
    "template keeps the letter exactly as it is."
)


class ReplacementList(TickList[int]):
    HELP = """
## Wording filled in for each authority

Each line is wording in your letter that only fits this authority: its name, the Act it
answers under, its cost limit. Ticked, it is filled in for each authority the template is
used for ("West Midlands Police" becomes each authority's name).

**space** ticks or unticks the highlighted line; unticked wording stays as written.
**ctrl+s** saves the template; **escape** cancels.
"""


def replacement_prompt(body: str | None, replacement: Replacement) -> Content:
    """One tickable line; ``body`` None for wording in the template's name."""
    where = (
        "in the name" if body is None else f"line {body.count(chr(10), 0, replacement.start) + 1}"
    )
    words = IN_WORDS.get(replacement.placeholder, f"{replacement.why}, for each authority")
    return literal(
        (f"“{shorten(replacement.text, 24)}”", "bold"),
        " → ",
        (words, "$text-primary"),
        (f"  {where}", "dim"),
    )


class SaveTemplateDialog(Dialog["Template | None"]):
    """Dismisses with the saved template (with its path), or None."""

    HELP = ReplacementList.HELP

    DEFAULT_CSS = """
    SaveTemplateDialog > #dialog { max-width: 80; padding: 0 2; }
    SaveTemplateDialog #dialog-title { margin: 1 0; }
    SaveTemplateDialog #template-name { margin: 0 0 1 0; }
    SaveTemplateDialog ReplacementList { height: auto; max-height: 8; }
    SaveTemplateDialog .dialog-buttons { margin-bottom: 1; }
    SaveTemplateDialog #template-error { color: $text-error; height: auto; }
    SaveTemplateDialog .field-label { text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("template.save", "save"),
        ("template.cancel", "cancel"),
    )

    def __init__(self, draft: Draft, authority: Authority | None, store: TemplateStore) -> None:
        named = propose_replacements(draft.body, authority)
        places = propose_area(draft.body, authority, besides=named)
        proposals = sorted([*named, *places], key=lambda r: r.start)
        # The name's wording is ticked by what it becomes, so each is listed once.
        in_title = list(
            {(r.text, r.placeholder): r for r in propose_title(draft.title, authority)}.values()
        )
        shown = [*proposals, *in_title]
        intro = (INTRO if shown else NOTHING) + (
            PLACES if any(r.placeholder == AREA for r in shown) else ""
        )
        super().__init__("Save as a template", intro)
        self.draft, self.authority, self.store = draft, authority, store
        self.proposals, self.in_title = proposals, in_title

    def compose_content(self) -> ComposeResult:
        yield Label("Name", classes="field-label")
        yield Input(self.draft.title, id="template-name", compact=True)
        if self.proposals or self.in_title:
            wheres = [self.draft.body] * len(self.proposals) + [None] * len(self.in_title)
            yield ReplacementList(
                *(
                    Selection(replacement_prompt(where, r), n, r.placeholder != AREA)
                    for n, (where, r) in enumerate(zip(wheres, self.shown(), strict=True))
                ),
                id="replacements",
            )
        yield Label("", id="template-error")
        with Horizontal(classes="dialog-buttons"):
            yield Button("Cancel", id="cancel", compact=True)
            yield Button("Save template", id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        # The name first, selected: typing a new name replaces it. On the list, a name
        # typed with a space unticked a line, and the authority's name stayed in.
        self.query_one("#template-name", Input).focus()

    def shown(self) -> list[Replacement]:
        """The letter's wording, then the name's, as the list numbers them."""
        return [*self.proposals, *self.in_title]

    def picked(self) -> set[int]:
        lists = self.query(ReplacementList)
        return set(lists.first().selected) if lists else set()

    def chosen(self) -> list[Replacement]:
        return [r for n, r in enumerate(self.proposals) if n in self.picked()]

    def title_fields(self) -> set[str]:
        """The placeholders ticked for the name (applied to the name as typed at saving)."""
        first = len(self.proposals)
        return {r.placeholder for n, r in enumerate(self.in_title, first) if n in self.picked()}

    @on(Input.Submitted, "#template-name")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        name = self.query_one("#template-name", Input).value
        try:
            template = template_from_draft(
                self.draft,
                self.authority,
                name=name,
                replacements=self.chosen(),
                title_fields=self.title_fields(),
            )
        except FoidraftError as exc:
            self._problem(exc)
            return
        if (self.store.root / template.name).exists():
            question = ConfirmDialog(
                f"Replace the template {template.name}?",
                "A template with this name exists. Replacing it keeps its creation date.",
                yes="Replace",
            )
            self.app.push_screen(
                question, lambda yes: self._write(template, overwrite=True) if yes else None
            )
            return
        self._write(template)

    def _write(self, template: Template, *, overwrite: bool = False) -> None:
        try:
            saved = self.store.save(template, overwrite=overwrite)
        except FoidraftError as exc:
            self._problem(exc)
            return
        self.dismiss(saved)

    def _problem(self, error: FoidraftError) -> None:
        text = error.message + (f" ({error.hint})" if error.hint else "")
        self.query_one("#template-error", Label).update(literal(text))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
