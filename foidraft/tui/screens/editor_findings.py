"""The findings the editor shows and which one is chosen: the marks in the letter, the list
and the reasons pane kept in step, whichever of them the requester moves in.

:class:`ShownFindings` is lent the screen (for its list, its reasons pane and to notify),
the letter's editor and a way to look up a rule."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from foidraft.lint.merging import folded
from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList, nearest

if TYPE_CHECKING:
    from textual.screen import Screen

    from foidraft.lint.model import Finding
    from foidraft.rules.model import Rule
    from foidraft.tui.lint_scheduler import LintResult
    from foidraft.tui.text_spans import Location
    from foidraft.tui.widgets.draft_editor import DraftEditor


class ShownFindings:
    """The last check's result on screen (``result``) and the chosen finding's index
    (``selected``) in it."""

    def __init__(
        self, screen: Screen[None], editor: DraftEditor, rule: Callable[[str], Rule | None]
    ) -> None:
        self.screen, self.editor, self.rule = screen, editor, rule
        self.result: LintResult | None = None
        self.selected: int | None = None

    @property
    def finding(self) -> Finding | None:
        """The chosen finding, if any."""
        if self.result is None or self.selected is None:
            return None
        if self.selected >= len(self.result.findings):
            return None
        return self.result.findings[self.selected]

    @property
    def text(self) -> str:
        """The text the findings shown were found in."""
        return self.result.text if self.result else ""

    def show(self, result: LintResult) -> None:
        """Show a current result, keeping the same finding chosen where it still is."""
        old = self.finding
        self.result = result
        self.selected = nearest(old, self.selected, result.findings)
        self.editor.set_marks(result.marks, self.selected)
        self.screen.query_one(FindingsList).show(result.findings, result.generation, self.selected)
        self.show_detail()

    def select(self, index: int | None, *, move_cursor: bool) -> None:
        editor, listing = self.editor, self.screen.query_one(FindingsList)
        self.selected = index
        editor.select_mark(index)
        if index is not None and listing.highlighted != index:
            listing.highlighted = index
        if move_cursor and index is not None:
            mark = next((m for m in editor.marks if m.finding == index), None)
            if mark is not None:
                editor.move_cursor(mark.start, center=True)
        self.show_detail()

    def show_detail(self) -> None:
        finding = self.finding
        rule = self.rule(finding.rule) if finding else None
        shorts = {}  # the reasons with a short form, for a pane that holds two or more
        if finding is not None and folded(finding):
            for each in (finding, *folded(finding)):
                if said := each.short:
                    shorts[each.rule] = said
        authority = self.result.authority if self.result else None
        self.screen.query_one(FindingDetail).show(finding, rule, self.text, shorts, authority)

    def list_moved(self, index: int) -> None:
        """The list's highlight moved (by the requester or by :meth:`select`)."""
        if index != self.selected:
            self.select(index, move_cursor=True)

    def cursor_moved(self, location: Location) -> None:
        mark = self.editor.mark_at(location, prefer=self.selected)
        if mark is not None and mark.finding != self.selected:
            self.select(mark.finding, move_cursor=False)

    def jump(self, *, backwards: bool) -> None:
        mark = self.editor.next_mark(self.editor.cursor_location, backwards=backwards)
        if mark is None:  # before the first check comes back there are none yet either
            checked = self.result is not None  # (seconds, on a slow machine's first check)
            said = "No findings in this letter." if checked else "Still checking the letter…"
            self.screen.notify(said, timeout=3)
            return
        self.select(mark.finding, move_cursor=True)
        # Into the list, where 1-9 (or enter) apply a rewording: in the text they would type.
        self.screen.query_one(FindingsList).focus()
