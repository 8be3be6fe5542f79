"""The authority's reply on a draft: paste it (or give a file: text, .eml or PDF), see
what it means, and get the next letter.

``foidraft.replies`` does the work in worker threads: reading the reply, recording it on
the draft (status, dates, the reply kept beside the drafts), explaining it, and writing
the next letter as a new draft linked to this one. Everything the reply says is shown
literally (Content, never markup); ``reply_layout`` says where each part sits. The screen
dismisses with the path of the letter it wrote, or None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, Static

from foidraft.authorities.names import in_running_text
from foidraft.errors import FoidraftError
from foidraft.tui import reply_reading
from foidraft.tui.date_keys import keep_digit
from foidraft.tui.keymap import bindings
from foidraft.tui.notify import as_error
from foidraft.tui.reply_reading import UNREAD, NeedDate, chaser_context, indented_blocks, missed
from foidraft.tui.screens.dialogs import Dialog, dismiss_if_confirmed
from foidraft.tui.screens.reply_layout import REPLY_CSS, reply_parts
from foidraft.tui.text import literal
from foidraft.tui.widgets.reply_fields import GroundBox, LetterButtons, ReplyText

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.binding import BindingType
    from textual.widget import Widget

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore
    from foidraft.replies import Reading
    from foidraft.replies.review import Context


class ReplyScreen(Dialog["Path | None"]):
    """Dismisses with the path of the letter it wrote, or None."""

    HELP = ReplyText.HELP
    DEFAULT_CSS = REPLY_CSS
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("reply.continue", "continue"),
        ("reply.cancel", "cancel"),
        ("reply.more", "scroll_meaning(1)"),
        ("reply.less", "scroll_meaning(-1)"),
    )

    @dataclass
    class Read(Message):
        reading: Reading
        context: Context
        meaning: str
        recorded: str
        steps: list[str]

    @dataclass
    class Wrote(Message):
        path: Path

    @dataclass
    class Failed(Message):
        error: FoidraftError

    def __init__(
        self,
        draft: Draft,
        store: DraftStore,
        authority: Authority | None,
        today: dt.date,
        name: str = "",
        followed: str = "",  # the title of the request a letter follows: the reply goes there
    ) -> None:
        who = in_running_text(authority.name) if authority else "the authority"
        super().__init__(f"The reply from {who}")  # "from the Home Office"
        self.draft, self.store, self.authority = draft, store, authority
        self.today, self.requester, self.followed = today, name, followed
        self.context: Context | None = None
        self.notes: list[str] = []  # what to know before sending the letter written
        self.step, self.busy = "paste", False  # paste -> meaning -> grounds
        self.missed = missed(draft, authority, today)  # no answer by then: a chaser fits
        self.kept = reply_reading.kept_reply_day(draft)  # read before: its letters again

    def compose_content(self) -> ComposeResult:
        yield from reply_parts(self.missed, self.followed, self.kept, self.today)

    @on(Button.Pressed, "#chase-now")
    def _chase(self) -> None:
        if self.busy:
            return
        self.context = chaser_context(self.draft, self.authority, self.requester)
        self._write("chaser", [])

    @on(Button.Pressed, "#kept-letters")
    def _kept_letters(self) -> None:
        if not self.busy:
            self.busy = True
            self._read("", "", None, again=True)

    def on_mount(self) -> None:
        self.query_one("#meaning").display = self.query_one("#reply-error").display = False
        self.query_one(ReplyText).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "scroll_meaning":  # what the reply means, once shown (the pasted
            return self.step != "paste"  # reply's box has its own page keys)
        return True

    def action_scroll_meaning(self, direction: int) -> None:
        """Page through what the reply means while a letter's button has the focus: at
        80x24 it shows eight lines, and nothing said how to see the rest."""
        box = self.query_one("#meaning", VerticalScroll)
        if direction > 0:
            box.scroll_page_down(animate=False)
        else:
            box.scroll_page_up(animate=False)

    def _problem(self, text: str) -> None:
        # While pasting it stands in for the help: at 80x24 both left the box one line high.
        error = self.query_one("#reply-error", Label)
        error.update(literal(text))
        error.display = bool(text)
        self.query_one("#paste-help").display = not text

    @property
    def focus_chain(self) -> list[Widget]:
        """Close last: Tab from the date reaches "Read the reply" (or, once read, the next
        letters) before Close, which would throw a pasted reply away."""
        chain = super().focus_chain
        last = [w for name in ("chase-now", "close") for w in chain if w.id == name]
        return [w for w in chain if w not in last] + last

    def on_key(self, event: events.Key) -> None:
        if self.step == "paste":  # a date typed on a button: in the date field, not lost
            keep_digit(event, self.focused, self.query_one("#reply-date", Input))

    @on(Input.Submitted)
    def _entered(self) -> None:  # in the file or date field: read the reply, as ctrl+s
        if self.step == "paste":
            self.action_continue()

    # -- reading -------------------------------------------------------------------------
    @on(Button.Pressed, "#go")
    def action_continue(self) -> None:
        if self.busy:
            return
        if self.step == "paste":
            if (
                self.kept
                and not self.query_one(ReplyText).text.strip()
                and not self.query_one("#reply-file", Input).value.strip()
            ):  # nothing new pasted: on with the reply already read
                self._kept_letters()
                return
            self._start_reading()
        elif self.step == "meaning":  # ctrl+s goes on with the focused (or first) next letter
            focused = self.focused
            letters = [b for b in self.query(Button) if (b.id or "").startswith("letter-")]
            button = focused if focused in letters else (letters[0] if letters else None)
            if isinstance(button, Button):
                button.press()
        elif self.step == "grounds":
            chosen = [b.name for b in self.query(GroundBox) if b.value and b.name]
            if not chosen:
                self._problem("Tick at least one ground, or close.")
                return
            self._write("review", chosen)

    def _start_reading(self) -> None:
        text = self.query_one(ReplyText).text
        file = self.query_one("#reply-file", Input).value.strip()
        date = self.query_one("#reply-date", Input)
        try:
            file, day = reply_reading.to_read(text, file, date.value)
        except FoidraftError as exc:
            self._problem(exc.message)
            return
        if day is not None and not date.value.strip():  # typed in the file field: shown
            self.query_one("#reply-file", Input).value, date.value = "", f"{day:%d/%m/%Y}"
        self.busy = True
        self._problem("")
        self.query_one("#go", Button).label = "Reading…"
        self._read(text, file, day)

    @work(thread=True, exclusive=True, group="reply-read")
    def _read(self, text: str, file: str, day: dt.date | None, *, again: bool = False) -> None:
        try:
            message = self._reread() if again else self._reading(text, file, day)
        except Exception as exc:  # a faulty reply must never end the app
            self.post_message(self.Failed(as_error(exc)))
            return
        self.post_message(message)

    def _reading(self, text: str, file: str, day: dt.date | None) -> Read:
        from foidraft.tui.reply_reading import read_and_record

        done = read_and_record(
            self.draft, self.store, self.authority, self.today, self.requester,
            text=text, file=file, typed=day,
        )  # fmt: skip
        return self.Read(done.reading, done.context, done.meaning, done.recorded, done.steps)

    def _reread(self) -> Read:
        done = reply_reading.reread(self.draft, self.authority, self.today, self.requester)
        return self.Read(done.reading, done.context, done.meaning, done.recorded, done.steps)

    def on_reply_screen_failed(self, message: Failed) -> None:
        self.busy = False
        error = message.error
        self._problem(error.message + (f" ({error.hint})" if error.hint else ""))
        self.query_one("#go", Button).label = "Read the reply" if self.step == "paste" else "Go on"
        if isinstance(error, NeedDate):
            self.query_one("#reply-date", Input).focus()

    async def on_reply_screen_read(self, message: Read) -> None:
        from foidraft.replies.followup import TITLES

        self.busy, self.step, self.context = False, "meaning", message.context
        self.refresh_bindings()  # the footer shows how to page through the meaning
        self.query_one("#paste-step").display = False
        box = self.query_one("#meaning", VerticalScroll)
        box.display = True
        lines = [Static(literal((message.recorded, "bold")), classes="dialog-body")]
        for indent, line in indented_blocks(message.meaning):
            lines.append(Static(literal(line), classes="meaning-line"))
            lines[-1].styles.padding = (0, 0, 0, indent)  # wrapped lines keep the indent
        await box.mount_all(lines)
        buttons = self.query_one(LetterButtons)
        for chase in self.query("#chase-now, #kept-letters"):
            await chase.remove()  # a reply came: its own next letters follow
        self.query_one("#go", Button).display = False
        for step in message.steps:
            title, _ = TITLES[step]
            await buttons.mount(Button(title, id=f"letter-{step}", variant="primary", compact=True))
        first = [*self.query(f"#letter-{message.steps[0]}")] if message.steps else []
        first = first or [*self.query("#close")]  # the first letter offered, else Close
        if not first:
            return  # the screen closed while its buttons went up: nothing left to focus
        first[0].focus()
        self.call_after_refresh(buttons.fit)  # one a row if they do not fit in one

    # -- the next letter -----------------------------------------------------------------
    @on(Button.Pressed)
    async def _letter_pressed(self, event: Button.Pressed) -> None:
        button_id = event.button.id or ""
        if not button_id.startswith("letter-") or self.busy or self.context is None:
            return
        kind = button_id.removeprefix("letter-")
        if kind == "review":
            await self._show_grounds()
            return
        self._write(kind, [])

    async def _show_grounds(self) -> None:
        from foidraft.replies.review import grounds_for
        from foidraft.tui.widgets.reply_fields import ground_widgets

        assert self.context is not None
        fitting = grounds_for(self.context.reading, late=self.context.late)
        box = self.query_one("#meaning", VerticalScroll)
        await box.remove_children()
        await box.mount_all(ground_widgets(fitting))
        for button in self.query(Button):
            if (button.id or "").startswith("letter-"):
                button.display = False
        go = self.query_one("#go", Button)
        go.label, go.display = "Write the review request", True
        self.step = "grounds"
        (self.query(GroundBox).first() if fitting else go).focus()

    def _write(self, kind: str, grounds: list[str]) -> None:
        self.busy = True
        self.run_worker(self._sign_and_write(kind, grounds), group="reply-name", exclusive=True)

    async def _sign_and_write(self, kind: str, grounds: list[str]) -> None:
        if not self.requester and self.context is not None:  # its sign-off would be a gap
            from foidraft.tui.screens.details import name_for_letter

            self.requester = await name_for_letter(self.app)  # asked once
            self.context = replace(self.context, name=self.requester)
        self._problem("Writing the letter…")
        self._write_letter(kind, grounds)

    @work(thread=True, exclusive=True, group="reply-write")
    def _write_letter(self, kind: str, grounds: list[str]) -> None:
        from foidraft.replies.followup import next_letter, save_letter

        assert self.context is not None
        try:
            letter = next_letter(kind, self.draft, self.context, grounds=grounds, today=self.today)
            new = save_letter(self.store, self.draft, letter)
            self.notes = letter.notes
        except (FoidraftError, OSError) as exc:
            self.post_message(self.Failed(as_error(exc)))
            return
        assert new.path is not None
        self.post_message(self.Wrote(new.path))

    def on_reply_screen_wrote(self, message: Wrote) -> None:
        self.dismiss(message.path)

    @property
    def has_unread_reply(self) -> bool:
        """A reply pasted and not read yet: it is kept nowhere, so closing asks (quitting
        too, foidraft.tui.quitting)."""
        return self.step == "paste" and bool(self.query_one(ReplyText).text.strip())

    @on(Button.Pressed, "#close")
    def action_cancel(self) -> None:
        if self.busy:
            return
        if not self.has_unread_reply:
            self.dismiss(None)
            return
        # A long reply pasted and then escape pressed by habit: it is not kept anywhere.
        dismiss_if_confirmed(self, "Close without reading the reply?", UNREAD, yes="Close",
                             no="Keep it")  # fmt: skip
