"""Export one draft: each format of ``foidraft.export.FORMATS`` the way its kind allows
(copy the letter or a link, open the WhatDoTheyKnow link, save an .eml), or, for a batch
draft, the whole batch (the rows come from ``foidraft.tui.export_rows``).

The authority and the requester's details are looked up in a worker thread when the
menu opens. Terminals may ignore a program's request to set the clipboard, so the
WhatDoTheyKnow link is also shown whole, on one line of a read-only field where it can be
scrolled and selected, with the command that prints it for the terminal's own copying.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option, OptionDoesNotExist

from foidraft.errors import FoidraftError
from foidraft.export import (
    LONG_URL,
    WDTK_TITLE_LIMIT,
    ExportFormat,
    draft_wdtk_url,
    export_format,
    shortened_title,
)
from foidraft.export.before_sending import fix_first, sending_notes
from foidraft.export.formats import LINK_KINDS
from foidraft.tui.export_rows import export_help, export_rows
from foidraft.tui.keymap import bindings
from foidraft.tui.notify import copy_text, notify_error, open_in_browser
from foidraft.tui.screens.dialogs import Dialog
from foidraft.tui.text import literal, shorten

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.binding import BindingType

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore, Profile

HELP = export_help()


class ExportChoices(OptionList):
    HELP = HELP
    BINDINGS: ClassVar[list[BindingType]] = bindings(("export.choose", "select"))


class LinkField(TextArea):
    HELP = """\
## The WhatDoTheyKnow link

The whole link on one line (the arrow keys scroll it), to copy by hand if copying with
**w** did not reach your clipboard. **F7** selects all of it and **ctrl+c** copies the
selection (where the terminal allows); the command under it prints the link on one line,
for your terminal's own copying. **tab** goes back to the choices.
"""

    def _on_resize(self) -> None:
        # TextArea rewraps on a resize but leaves the lines drawn at the old width on
        # screen; the dialog's scrollbar appearing narrows the field, and each drawn line
        # then lost a character of the link at its edge.
        super()._on_resize()
        self.refresh()


class ExportScreen(Dialog[None]):
    HELP = HELP
    DEFAULT_CSS = """
    ExportScreen {
        & > #dialog { max-width: 84; padding: 0 2; overflow-y: auto; }
        & #dialog-title { margin: 1 0; }
        & #export-link-label { color: $text-muted; }
        /* One line, scrolled sideways: wrapped, a 258-character link took four of an 80x24
           terminal's lines and pushed what to know before sending out of sight. */
        & LinkField {
            height: 1; border: none; padding: 0; scrollbar-size-horizontal: 0;
        }
        & #export-command { color: $text-muted; margin-bottom: 1; }
        & #export-note { height: auto; color: $text-warning; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        *((row.binding_id, f"export('{row.choice}')") for row in export_rows()),
        ("export.close", "close"),
    )

    @dataclass
    class Looked(Message):
        authority: Authority | None
        profile: Profile | None
        to_fix: list[str]  # the letter's error-level findings (a gap, no name...)

    def __init__(self, draft: Draft, store: DraftStore, *, run: str | None = None) -> None:
        """``run``: a choice to make as soon as the menu is ready (from the palette)."""
        super().__init__(f"Export “{shorten(draft.title, 60)}”")
        self.draft, self.store, self.run = draft, store, run
        self.authority: Authority | None = None
        self.profile: Profile | None = None
        self.ready = False
        self.link = ""

    def compose_content(self) -> ComposeResult:
        rows = export_rows(batch=bool(self.draft.batch))
        yield ExportChoices(
            *(Option(literal((f"{row.key}  ", "bold"), row.label), id=row.choice) for row in rows)
        )
        # The link comes before the notes, so a small terminal shows it without scrolling.
        yield Static("Looking up the authority and checking the letter…", id="export-link-label")
        yield LinkField("", read_only=True, soft_wrap=False, show_cursor=False, id="export-link")
        yield Static("", id="export-command")
        yield Static("", id="export-note")

    def on_mount(self) -> None:
        self.query_one(LinkField).display = False
        self.query_one(ExportChoices).focus()
        self._look_up()

    @work(thread=True, exclusive=True, group="export-lookup")
    def _look_up(self) -> None:
        from foidraft.export.before_sending import errors_to_fix
        from foidraft.tui.lint_scheduler import find_authority
        from foidraft.tui.screens.exporting import load_profile_quietly

        self.post_message(
            self.Looked(
                find_authority(self.draft.authority),
                load_profile_quietly(),
                errors_to_fix(self.draft),
            )
        )

    def on_export_screen_looked(self, message: Looked) -> None:
        self.authority, self.profile, self.ready = message.authority, message.profile, True
        label = self.query_one("#export-link-label", Static)
        notes = []
        try:
            self.link = draft_wdtk_url(self.draft, self.authority)
        except FoidraftError as exc:
            self.link = ""
            how = f"; {exc.hint}" if exc.hint else ""
            label.update(literal(f"No WhatDoTheyKnow link: {exc.message}{how}."))
            choices = self.query_one(ExportChoices)
            for row in export_rows(batch=bool(self.draft.batch)):
                if row.choice.endswith("-wdtk"):  # nothing to copy or open: not offered
                    choices.disable_option(row.choice)
        else:
            self._show_link("wdtk", self.link)
            short = shortened_title(self.draft, self.authority)
            if short is not None:
                notes.append(
                    f"The title is over WhatDoTheyKnow's {WDTK_TITLE_LIMIT} characters, so the "
                    f"link shortens it to: {short}"
                )
            if len(self.link) > LONG_URL:
                notes.append(
                    f"The link is {len(self.link)} characters long; some browsers cut long "
                    "links short. If the letter arrives incomplete, copy the text instead."
                )
        if message.to_fix:  # first: the letter is not ready, whatever the format
            notes.insert(0, fix_first(message.to_fix, "open it to see them"))
        if not (self.authority and self.authority.email):
            notes.append("No confirmed email address: a mailto: link or .eml leaves “To” empty.")
        notes.extend(sending_notes(self.draft, self.authority))
        self.query_one("#export-note", Static).update(literal("\n".join(notes)))
        if self.run:
            self.action_export(self.run)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A row disabled (no WhatDoTheyKnow link) is not run by its key either: the key
        gave an error that stayed over the .eml dialog's buttons; the label says why."""
        if action != "export" or not parameters:
            return True
        try:
            option = self.query_one(ExportChoices).get_option(str(parameters[0]))
        except (NoMatches, OptionDoesNotExist):  # not composed yet, or not a row ("batch")
            return True
        return None if option.disabled else True  # None: shown dimmed, does nothing

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.action_export(event.option.id)

    def action_export(self, choice: str) -> None:
        """``choice`` is a row's: "<verb>-<format>" (copy-txt, open-wdtk, …) or "batch"."""
        if choice == "batch":
            if self.draft.batch:
                self._ask(None)
            return
        verb, _, name = choice.partition("-")
        fmt = export_format(name)
        if fmt.kind != "text" and not self.ready:
            self.notify("Still looking up the authority…", timeout=3)
            return
        if verb == "save":
            self._ask(fmt)
            return
        try:
            data = fmt.render(self.draft, self.authority, self.profile).decode("utf-8")
        except FoidraftError as exc:
            notify_error(self.app, exc)
            return
        if verb == "open":
            open_in_browser(self.app, data.strip())
        else:
            copy_text(self.app, data.strip() if fmt.kind in LINK_KINDS else data, fmt.title)
            if fmt.kind in LINK_KINDS:  # shown too: the clipboard may not have taken it
                self._show_link(fmt.name, data.strip())
                self.query_one(LinkField).scroll_visible(animate=False)

    def _show_link(self, name: str, link: str) -> None:
        """``link`` whole in the read-only field, with the command that prints it."""
        title = export_format(name).title  # "the WhatDoTheyKnow link", "a mailto: link"
        self.query_one("#export-link-label", Static).update(
            literal(f"{title[0].upper()}{title[1:]} ({len(link):,} characters, on one line):")
        )
        field = self.query_one(LinkField)
        field.load_text(link)
        field.display = True
        command = f"foidraft export {shlex.quote(self.draft.name)} -f {name}"
        self.query_one("#export-command", Static).update(
            literal("Or in a terminal: ", (command, "bold"))
        )

    @work(exclusive=True, group="export-ask")
    async def _ask(self, fmt: ExportFormat | None) -> None:
        """Save ``fmt`` to a file, or (None) the whole batch to a folder. Once it is
        written the menu closes (the notice says where): it stayed open over Home or the
        editor, as if nothing had happened."""
        from foidraft.tui.screens.exporting import export_batch_to_folder, save_file

        if fmt is not None:
            path = await save_file(self.app, self.draft, fmt, self.authority, self.profile)
            written = path is not None
        else:
            written = await export_batch_to_folder(self.app, self.store, self.draft.batch)
        if written and self.is_attached and self.app.screen is self:
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
