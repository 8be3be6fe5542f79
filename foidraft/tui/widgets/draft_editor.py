"""The letter: a TextArea that highlights findings by severity, and dims the
``<!-- foidraft: ignore ... -->`` markers (kept in the text, so ``$EDITOR`` and the next
check see them as they are; export leaves them out). Typing inside a marker would break
it silently (its advice back, and a mangled note sent in the letter), so the keyboard
keeps it whole: text typed or pasted into one is refused, and a deletion that takes part
of one takes all of it; either way a notice says what happened.

TextArea paints ``_highlights`` (per row: start byte, end byte, style name) with the
styles in its theme's ``syntax_styles``; it rebuilds them in ``_build_highlight_map``
after every edit, undo and redo. Here that rebuild draws the findings' marks instead of
syntax, and every edit first moves the marks with the text, so highlights stay on their
words while the next check runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.actions import SkipAction
from textual.binding import BindingType
from textual.document._document import EditResult
from textual.document._edit import Edit
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets.text_area import Selection

from foidraft.export.text import strip_markers
from foidraft.lint.fixes import apply_edits
from foidraft.lint.model import SEVERITIES
from foidraft.lint.model import Edit as LintEdit
from foidraft.text.markers import find_markers
from foidraft.text.terminal import visible
from foidraft.tui.keymap import bindings
from foidraft.tui.text_spans import (
    Location,
    Mark,
    byte_column,
    cut_markers,
    inserted_end,
    row_highlights,
    shift_marks,
)
from foidraft.tui.widgets.visible_text_area import VisibleTextArea

SELECTED_SUFFIX = "-selected"
MARKER = "marker"  # the style name of a dimmed ``<!-- foidraft: ... -->`` marker
KEPT = (
    "The dimmed note tells foidraft which advice to leave out on its line. Typing inside "
    "it would break it and bring that advice back, so it is kept whole. To remove it, "
    "delete it from either end; to change it, ctrl+e opens the letter in your own editor."
)
REMOVED = (
    "Removed the whole note {note}: the advice it left out is checked again. ctrl+z puts it back."
)


class DraftEditor(VisibleTextArea):
    """The letter being written; findings are underlined and tinted by severity."""

    HELP = """\
## The letter

Type your request here. foidraft checks it as you type: wording that authorities
often ask about is **underlined** (red: likely to bounce, amber: often queried,
blue: worth a look) and listed beside the letter.

- Move the cursor onto underlined words to see why, and the suggested rewordings.
- **Tab** moves to the list of findings, where **1**-**9** apply a rewording.
- **F8** / **Shift+F8** jump to the next / previous finding and into the list, so a
  number applies one of its rewordings; then you are back in the letter.
- **Ctrl+Z** undoes, including a rewording you applied.
- **Ctrl+Home** / **Ctrl+End** go to the start of the letter / the end of its words.
- **Ctrl+S** saves (foidraft also saves a moment after you stop typing).
- **Ctrl+E** opens the draft in your own text editor (`$EDITOR`).
- A dimmed `<!-- foidraft: ignore ... -->` note silences the advice it names on its line;
  it is left out when you export or copy the letter. It is kept whole: typing inside it
  does nothing, and deleting from either end removes all of it.
"""

    # TextArea has no keys for the whole text's start and end (ctrl+home did nothing).
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("editor.letter-start", "letter_start"), ("editor.letter-end", "letter_end")
    )
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "draft-editor--error",
        "draft-editor--warning",
        "draft-editor--info",
        "draft-editor--selected",
        "draft-editor--marker",
    }

    DEFAULT_CSS = """
    DraftEditor {
        height: 1fr;
        & > .draft-editor--error { background: $error 30%; text-style: underline; }
        & > .draft-editor--warning { background: $warning 30%; text-style: underline; }
        & > .draft-editor--info { background: $primary 25%; text-style: underline; }
        & > .draft-editor--selected { text-style: bold reverse; }
        & > .draft-editor--marker { color: $text-disabled; text-style: italic; }
    }
    """

    def __init__(
        self,
        text: str = "",
        *,
        id: str | None = None,  # noqa: A002
        cursor: tuple[Location, Location] | None = None,
    ) -> None:
        # Set first: TextArea's constructor already builds the highlight map.
        self._marks: list[Mark] = []
        self._selected: int | None = None
        self._start = cursor
        self._told = ""  # the notice about a marker last given, until the next edit
        super().__init__(text, soft_wrap=True, tab_behavior="focus", id=id)

    def on_mount(self) -> None:
        # Here, not after the first paint: keys typed while the editor opened come after
        # this in its queue, so they land where the letter wants them (``cursor``).
        if self._start is not None:
            self.selection = Selection(*self._start)

    def on_resize(self) -> None:
        # Reading the findings at 80x24 leaves the letter five lines: the words the
        # chosen finding marks (where the cursor is) stay in them.
        self.call_after_refresh(self.scroll_cursor_visible, center=True)

    def action_letter_start(self) -> None:
        self.move_cursor((0, 0))

    def action_letter_end(self) -> None:
        # The end of the letter's words, after the signature: a draft file ends with a
        # newline (and often blank lines), and the document's end was the empty line below.
        lines = self.text.rstrip().split("\n")
        self.move_cursor((len(lines) - 1, len(lines[-1])))

    # -- marks ------------------------------------------------------------------------
    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark], selected: int | None = None) -> None:
        self._marks = list(marks)
        self._selected = selected
        self._repaint_marks()

    def select_mark(self, index: int | None) -> None:
        if index != self._selected:
            self._selected = index
            self._repaint_marks()

    def mark_at(self, location: Location, prefer: int | None = None) -> Mark | None:
        """The mark under ``location`` (its end counts, so the cursor just after a word
        does); of overlapping marks, the one for finding ``prefer`` if it is there."""
        found = [m for m in self._marks if m.start <= location <= m.end]
        return next((m for m in found if m.finding == prefer), found[0] if found else None)

    def next_mark(self, location: Location, backwards: bool = False) -> Mark | None:
        """The first mark starting after (or before) ``location``, wrapping round."""
        ordered = sorted(self._marks, key=lambda m: m.start, reverse=backwards)
        if not ordered:
            return None
        for mark in ordered:
            if (mark.start < location) if backwards else (mark.start > location):
                return mark
        return ordered[0]

    def _repaint_marks(self) -> None:
        self._build_highlight_map()
        self.refresh()

    def _build_highlight_map(self) -> None:
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        lines = self.document.lines
        for row, line in enumerate(lines):  # first, so a finding paints over a marker
            if "<!--" not in line:
                continue  # most lines: no call at each keystroke's rebuild
            for left, right, _ in find_markers(line):
                highlights[row].append((byte_column(line, left), byte_column(line, right), MARKER))
        for mark in self._marks:
            name = mark.severity
            if mark.finding == self._selected:
                name += SELECTED_SUFFIX
            for row, start, end, style in row_highlights(mark, lines, name):
                highlights[row].append((start, end, style))
        # Later highlights paint over earlier ones: the selected finding wins on overlap.
        for row_marks in highlights.values():
            row_marks.sort(key=lambda h: h[2].endswith(SELECTED_SUFFIX))

    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles come from CSS so they follow the app's light or dark theme.
        styles = self._theme.syntax_styles
        selected = self.get_component_rich_style("draft-editor--selected")
        styles[MARKER] = self.get_component_rich_style("draft-editor--marker")
        for severity in SEVERITIES:
            style = self.get_component_rich_style(f"draft-editor--{severity}")
            styles[severity] = style
            styles[severity + SELECTED_SUFFIX] = style + selected
        return super().render_lines(crop)

    # -- keeping markers whole -------------------------------------------------------
    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        cut = cut_markers(self.document.lines, start, end)
        if not cut:
            return super()._replace_via_keyboard(insert, start, end)
        if insert:
            self._tell(KEPT)
            return None
        return self._delete_whole(start, end, cut)

    def _delete_via_keyboard(self, start: Location, end: Location) -> EditResult | None:
        cut = cut_markers(self.document.lines, start, end)
        if not cut:
            return super()._delete_via_keyboard(start, end)
        return self._delete_whole(start, end, cut)

    def _delete_whole(self, start: Location, end: Location, cut: list[Mark]) -> EditResult | None:
        top = min(start, end, *(m.start for m in cut))
        bottom = max(start, end, *(m.end for m in cut))
        notes = " ".join(self.document.get_text_range(m.start, m.end) for m in cut)
        result = super()._delete_via_keyboard(top, bottom)
        if result is not None:
            self._tell(REMOVED.format(note=visible(notes, one_line=True)))
        return result

    def _tell(self, message: str) -> None:
        if message != self._told:  # once, not at every key typed into the same note
            self._told = message
            self.notify(message, title="foidraft note", markup=False)

    # -- copying: the letter as it is sent ---------------------------------------------
    def action_copy(self) -> None:
        """The selection without foidraft's markers, as export copies the letter: a note
        pasted into an email reached the authority."""
        if not self.selected_text:
            raise SkipAction()
        self.app.copy_to_clipboard(strip_markers(self.selected_text))

    def action_cut(self) -> None:
        if self.read_only:
            return
        start, end = self.selection
        cut = self._delete_cursor_line() if start == end else self._delete_via_keyboard(start, end)
        if cut is not None:
            self.app.copy_to_clipboard(strip_markers(cut.replaced_text))

    # -- keeping marks on their words while the text changes ---------------------------
    def edit(self, edit: Edit) -> EditResult:
        self._told = ""
        self._marks = shift_marks(
            self._marks, edit.top, edit.bottom, inserted_end(edit.top, edit.text)
        )
        return super().edit(edit)

    def _undo_batch(self, edits: Sequence[Edit]) -> None:
        for edit in reversed(edits):
            if edit._edit_result is not None:
                replaced = edit._edit_result.replaced_text
                self._marks = shift_marks(
                    self._marks,
                    edit.top,
                    edit._edit_result.end_location,
                    inserted_end(edit.top, replaced),
                )
        super()._undo_batch(edits)

    def _redo_batch(self, edits: Sequence[Edit]) -> None:
        for edit in edits:
            self._marks = shift_marks(
                self._marks, edit.top, edit.bottom, inserted_end(edit.top, edit.text)
            )
        super()._redo_batch(edits)

    def load_text(self, text: str) -> None:
        self._marks = []
        super().load_text(text)

    # -- rewording ----------------------------------------------------------------------
    def apply_lint_edits(
        self, text: str, edits: Sequence[LintEdit], locate: Callable[[int], Location]
    ) -> tuple[int, int]:
        """Apply a suggestion's edits (offsets into ``text``, the current text) as ONE
        replacement, so a single ctrl+z undoes the whole rewording; where the reworded
        text now is, as offsets."""
        low = min(e.start for e in edits)
        high = max(e.end for e in edits)
        local = [LintEdit(e.start - low, e.end - low, e.replacement) for e in edits]
        new = apply_edits(text[low:high], local)
        self.replace_range(new, locate(low), locate(high))
        return low, low + len(new)

    def replace_range(self, text: str, start: Location, end: Location) -> None:
        """Replace ``start``-``end`` with ``text`` as one step of its own for ctrl+z."""
        self.history.checkpoint()  # never merged with the typing before it
        cursor = self.selection
        edit = Edit(text, start, end, maintain_selection_offset=False)
        self.edit(edit)
        self.history.checkpoint()
        if cursor.is_empty and start <= cursor.end < end:
            # Choosing the finding put the cursor at the start of its words: ctrl+z puts
            # it after the words it gives back, so typing goes on after them, not before.
            edit._original_selection = Selection.cursor(end)

    def select_range(self, start: Location, end: Location) -> None:
        from textual.widgets.text_area import Selection

        self.selection = Selection(start, end)
        self.scroll_cursor_visible(center=True)
