"""Export one draft: copy the letter, copy or open its WhatDoTheyKnow link, copy a mailto:
link, save an .eml file, or (for a batch draft) export the whole batch.

The exports come from ``foidraft.export``; the authority and the requester's details
are looked up in a worker thread when the menu opens. Terminals may ignore a program's
request to set the clipboard, so the WhatDoTheyKnow link is also shown, to copy by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from foidraft.errors import FoidraftError
from foidraft.export import LONG_URL, draft_mailto_url, draft_text, draft_wdtk_url
from foidraft.tui.notify import copy_text, notify_error, open_in_browser
from foidraft.tui.screens.editor_dialogs import DIALOG_CSS
from foidraft.tui.text import literal

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore, Profile

CHOICES = (
    ("text", "t", "Copy the letter as plain text"),
    ("copy-wdtk", "w", "Copy the WhatDoTheyKnow link"),
    ("open-wdtk", "o", "Open the WhatDoTheyKnow link in your browser"),
    ("mailto", "m", "Copy a mailto: link (opens a new email)"),
    ("eml", "s", "Save as an email file (.eml)…"),
    ("batch", "b", "Export the whole batch to a folder…"),
)


class ExportChoices(OptionList):
    HELP = """
## Export

Get the letter out of foidraft to send it:

- **t** copies the letter as plain text (no foidraft header or markers)
- **w** copies the WhatDoTheyKnow link: it opens a new request to the authority with
  your title and letter filled in (the site adds "Dear …" and signs with your account
  name); **o** opens it in your web browser
- **m** copies a mailto: link; **s** saves an .eml file your mail program opens
- **b** (a draft written in a batch) exports every letter of the batch to a folder

Copying works only where the terminal lets programs set the clipboard; the link is
shown below so you can copy it by hand. **escape** closes.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Export", id="export.choose"),
    ]


class ExportScreen(ModalScreen[None]):
    HELP = ExportChoices.HELP
    DEFAULT_CSS = (
        "ExportScreen {"
        + DIALOG_CSS
        + """
    & > Vertical { max-width: 84; }
    & > Vertical { padding: 0 2; }
    & .dialog-title { margin: 1 0; }
    & #export-link { height: auto; max-height: 5; color: $text-muted; margin-top: 1; }
    & #export-note { margin-bottom: 1; }
    & #export-note { height: auto; color: $text-warning; }
    }"""
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "export('text')", "Copy text", show=False, id="export.copy-text"),
        Binding("w", "export('copy-wdtk')", "Copy link", show=False, id="export.copy-wdtk"),
        Binding("o", "export('open-wdtk')", "Open link", show=False, id="export.open-wdtk"),
        Binding("m", "export('mailto')", "Copy mailto", show=False, id="export.copy-mailto"),
        Binding("s", "export('eml')", "Save .eml", show=False, id="export.save-eml"),
        Binding("b", "export('batch')", "Batch", show=False, id="export.batch-folder"),
        Binding("escape", "close", "Close", id="export.close"),
    ]

    @dataclass
    class Looked(Message):
        authority: Authority | None
        profile: Profile | None

    def __init__(self, draft: Draft, store: DraftStore, *, run: str | None = None) -> None:
        """``run``: a choice to make as soon as the menu is ready (from the palette)."""
        super().__init__()
        self.draft, self.store, self.run = draft, store, run
        self.authority: Authority | None = None
        self.profile: Profile | None = None
        self.ready = False
        self.link = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(f"Export “{self.draft.title}”"), classes="dialog-title")
            yield ExportChoices(
                *(
                    Option(literal((f"{key}  ", "bold"), label), id=value)
                    for value, key, label in CHOICES
                    if value != "batch" or self.draft.batch
                ),
            )
            with VerticalScroll(id="export-link"):
                yield Static("Looking up the authority…", id="export-link-text")
            yield Static("", id="export-note")

    def on_mount(self) -> None:
        self.query_one(ExportChoices).focus()
        self._look_up()

    @work(thread=True, exclusive=True, group="export-lookup")
    def _look_up(self) -> None:
        from foidraft.tui.exporting import load_profile_quietly
        from foidraft.tui.lint_worker import find_authority

        self.post_message(self.Looked(find_authority(self.draft.authority), load_profile_quietly()))

    def on_export_screen_looked(self, message: Looked) -> None:
        self.authority, self.profile, self.ready = message.authority, message.profile, True
        notes = []
        try:
            self.link = draft_wdtk_url(self.draft, self.authority)
        except FoidraftError as exc:
            self.link = ""
            text = literal(f"No WhatDoTheyKnow link: {exc.message}")
        else:
            text = literal("WhatDoTheyKnow link (to copy by hand):\n", (self.link, "underline"))
            if len(self.link) > LONG_URL:
                notes.append(
                    f"The link is {len(self.link)} characters long; some browsers cut long "
                    "links short. If the letter arrives incomplete, copy the text instead."
                )
        if not (self.authority and self.authority.email):
            notes.append("No confirmed email address: a mailto: link or .eml leaves “To” empty.")
        from foidraft.export.before_sending import before_sending

        notes.extend(before_sending(self.draft.body, self.authority))
        self.query_one("#export-link-text", Static).update(text)
        self.query_one("#export-note", Static).update(literal("\n".join(notes)))
        if self.run:
            self.action_export(self.run)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.action_export(event.option.id)

    def action_export(self, choice: str) -> None:
        if choice == "text":
            copy_text(self.app, draft_text(self.draft), "the letter")
        elif not self.ready:
            self.notify("Still looking up the authority…", timeout=3)
        elif choice in ("copy-wdtk", "open-wdtk"):
            if not self.link:
                notify_error(self.app, "This draft has no WhatDoTheyKnow link (see below).")
            elif choice == "copy-wdtk":
                copy_text(self.app, self.link, "the WhatDoTheyKnow link")
            else:
                open_in_browser(self.app, self.link)
        elif choice == "mailto":
            copy_text(self.app, draft_mailto_url(self.draft, self.authority), "the mailto: link")
        elif choice in ("eml", "batch") and (choice == "eml" or self.draft.batch):
            self._ask(choice)

    @work(exclusive=True, group="export-ask")
    async def _ask(self, choice: str) -> None:
        from foidraft.tui.exporting import export_batch_to_folder, save_eml

        if choice == "eml":
            await save_eml(self.app, self.draft, self.authority, self.profile)
        else:
            await export_batch_to_folder(self.app, self.store, self.draft.batch)

    def action_close(self) -> None:
        self.dismiss(None)
