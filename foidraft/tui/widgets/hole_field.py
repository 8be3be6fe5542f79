"""Filling in a rewording's ``[[...]]`` placeholders, one at a time, in a small field
under the letter: the placeholder is selected in the letter, the field shows what the
rule says to write, and **enter** puts the words in its place. A placeholder is filled,
never deleted: **escape** leaves it in the letter (FD903 then reminds you of it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from foidraft.text.terminal import visible
from foidraft.tui.keymap import bindings
from foidraft.tui.text import literal
from foidraft.tui.text_spans import Hole, first_hole, line_starts, location_of

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.binding import BindingType

    from foidraft.tui.widgets.draft_editor import DraftEditor


class HoleInput(Input):
    HELP = """\
## Fill in the placeholder

The rewording you applied has a gap for you to fill: the highlighted **[[…]]** in the
letter. Type what belongs there (the grey text says what the rule needs) and press
**enter**; the next gap, if there is one, comes up next. **escape** leaves the gap in
the letter to fill in later; foidraft flags it until you do. **ctrl+z** in the letter
undoes a filled gap.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("editor.fill-hole", "submit"), ("editor.leave-hole", "leave")
    )

    def action_leave(self) -> None:
        parent = self.parent
        if isinstance(parent, HoleField):
            parent.leave()


class HoleField(Vertical):
    DEFAULT_CSS = """
    HoleField {
        height: auto;
        display: none;
        padding: 0 1;
        background: $boost;
        &.-asking { display: block; }
        #hole-hint { color: $text-muted; }
        #hole-error { color: $text-error; height: auto; }
        #hole-note { color: $text-muted; height: auto; }
    }
    """

    class Finished(Message):
        """No placeholder is left to ask about (filled, or left for later)."""

        def __init__(self, left: bool) -> None:
            super().__init__()
            self.left = left

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._editor: DraftEditor | None = None
        self._span = (0, 0)  # where the rewording's text is, in the letter
        self._hole: Hole | None = None
        self._before_edit: Callable[[], object] = lambda: None
        self._filled: list[tuple[int, int]] = []  # the span before each gap filled: undo

    def compose(self) -> ComposeResult:
        yield Static(id="hole-hint")
        yield HoleInput(placeholder="type the words to put in its place", id="hole-input")
        yield Static(id="hole-error")
        yield Static(id="hole-note")  # what was just applied: a toast here covered the field

    @property
    def asking(self) -> bool:
        return self.has_class("-asking")

    def fill_in(
        self,
        editor: DraftEditor,
        start: int,
        end: int,
        before_edit: Callable[[], object],
        *,
        said: str = "",
    ) -> bool:
        """Ask for each placeholder in the editor's ``text[start:end]``; False if none.
        ``said`` (what was just done) is said under the first question."""
        self._editor, self._span, self._before_edit = editor, (start, end), before_edit
        self._filled = []
        return self._ask_next(said)

    def _ask_next(self, said: str = "") -> bool:
        editor = self._editor
        assert editor is not None
        text = editor.text
        hole = first_hole(text, *self._span)
        self._hole = hole
        if hole is None:
            self._close(left=False)
            return False
        starts = line_starts(text, editor.document.newline)
        editor.select_range(location_of(hole.start, starts), location_of(hole.end, starts))
        self.query_one("#hole-hint", Static).update(
            literal(("Fill in: ", "bold"), hole.hint or "the placeholder")
        )
        self.query_one("#hole-note", Static).update(literal(said))
        self.query_one("#hole-error", Static).update("")
        field = self.query_one(HoleInput)
        field.value = ""
        field.placeholder = visible(
            hole.hint or "type the words to put in its place", one_line=True
        )
        self.add_class("-asking")
        field.focus()
        # The field takes rows from the letter: once laid out, bring the gap into sight.
        self.call_after_refresh(editor.scroll_cursor_visible, center=True, animate=False)
        return True

    @on(Input.Submitted, "#hole-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        words = " ".join(event.value.split())
        editor, hole = self._editor, self._hole
        if editor is None or hole is None:
            return
        if not words:
            self.query_one("#hole-error", Static).update(
                "Type the words for this gap, or press escape to fill it in later."
            )
            return
        text = editor.text
        if first_hole(text, hole.start, hole.end) != hole:  # changed meanwhile ($EDITOR)
            self.notify("The placeholder has moved; fill it in in the letter.", timeout=4)
            self._close(left=True)
            return
        starts = line_starts(text, editor.document.newline)
        self._before_edit()
        editor.replace_range(words, location_of(hole.start, starts), location_of(hole.end, starts))
        self._filled.append(self._span)
        end = self._span[1] + len(words) - (hole.end - hole.start)
        self._span = (hole.start + len(words), end)
        self._ask_next()

    def leave(self) -> None:
        self._close(left=True)

    def after_undo(self) -> None:
        """ctrl+z while asking: a gap filled comes back and is asked for again; once the
        rewording itself is undone there is nothing to ask for (its note invites ctrl+z)."""
        editor = self._editor
        if not self.asking or editor is None:
            return
        if self._filled:
            self._span = self._filled.pop()
            if first_hole(editor.text, *self._span) is not None:
                self._ask_next()
                return
        self._close(left=first_hole(editor.text) is not None)

    def _close(self, *, left: bool) -> None:
        was_asking = self.asking
        self.remove_class("-asking")
        self._hole = None
        if was_asking or left:
            self.post_message(self.Finished(left))
