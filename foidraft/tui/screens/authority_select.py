"""Choosing many authorities for a batch: fuzzy search with ticks, plus quick picks.

Quick picks are ``Directory.select`` specs ("police", "nation:wales", "pcc"); the ticked
set survives searching, so "all police forces" then un-ticking two is easy. The
directory is loaded in a worker thread. Names come from public lists: shown literally.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Header, Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from foidraft.authorities.describe import no_match
from foidraft.authorities.search import PLACE_SCORE
from foidraft.errors import FoidraftError
from foidraft.tui.keymap import bindings
from foidraft.tui.screens.authority_picker import (
    CONFIDENT,
    offer_unlisted,
    option_prompt,
)
from foidraft.tui.screens.directory_screen import DirectoryScreen
from foidraft.tui.text import literal, shorten
from foidraft.tui.widgets.fitting_footer import FittingFooter
from foidraft.tui.widgets.ticks import TickList

if TYPE_CHECKING:
    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority

LIMIT = 40
BROWSE_TYPES = ("police", "pcc")
QUICK_PICKS = (
    ("police", "All police forces"),
    ("territorial", "Territorial forces"),
    ("pcc", "Commissioners (PCCs)"),
    ("police nation:england", "Forces in England"),
    ("nation:wales", "Wales: forces and PCCs"),
    ("regime:foisa", "Scotland (FOISA)"),
    ("nation:northern_ireland", "Northern Ireland"),
    ("", "Clear: untick everyone"),
)


class SelectQuery(Input):
    HELP = """
## Choose the authorities

Type part of a name or a short form (**GMP**, **the Met**, **west mids**); **enter**
ticks or unticks the highlighted match and you can type the next one. **↑/↓** move
through the matches. **Tab** reaches the list, where **space** ticks or unticks the
highlighted authority and **enter** goes on, and the quick picks, which tick a whole
group at once (again to untick it).

**ctrl+n** goes on with the ticked authorities; **escape** goes back.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("select.tick", "submit"))


class AuthorityChecklist(TickList[str]):
    """Space ticks the highlighted authority, enter goes on: a force is ticked only by a
    key pressed on it, never by enter on the first row that Tab happened to land on."""

    HELP = SelectQuery.HELP
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("select.list-tick", "select"), ("select.list-next", "screen.next")
    )


class QuickPicks(OptionList):
    HELP = """
## Quick picks

Whole groups at once: every police force, the territorial forces, the commissioners,
a nation. **enter** ticks everyone in the group, or unticks them all if they are all
ticked already. "Clear" unticks everyone.
"""


class AuthoritySelectScreen(DirectoryScreen["list[Authority] | None"]):
    """Dismisses with the ticked authorities (in the order ticked), or None."""

    HELP = SelectQuery.HELP

    DEFAULT_CSS = """
    AuthoritySelectScreen #select-body { padding: 0 1; }
    AuthoritySelectScreen #select-main { height: 1fr; }
    AuthoritySelectScreen #quick { width: 32; height: 1fr; margin-right: 1; }
    AuthoritySelectScreen #select-list { width: 1fr; }
    AuthoritySelectScreen #authorities { height: 1fr; }
    AuthoritySelectScreen #no-match { color: $warning; height: auto; display: none; }
    AuthoritySelectScreen #chosen-row { height: 1; margin-top: 1; }
    AuthoritySelectScreen #chosen { width: 1fr; color: $text-muted; }
    AuthoritySelectScreen #next { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("select.next", "next"),
        ("select.cancel", "cancel"),
        ("select.next-match", "move(1)"),
        ("select.previous-match", "move(-1)"),
    )

    def __init__(self, template_title: str = "") -> None:
        super().__init__(id="authority-select")
        self.template_title = template_title
        self.directory: Directory | None = None
        self.matches: list[Authority] = []
        self.chosen: dict[str, Authority] = {}
        # Enter ticks the top match only when it is clearly what was typed, or was chosen
        # with the arrows: "Leeds City Council" must not tick City of London Police.
        self.top_score = 100.0
        self.moved = False

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Vertical(id="select-body"):
            yield Static("Which authorities should get the letter?", classes="screen-question")
            yield Static(
                "Type a name, enter ticks it; in the list, space ticks. ctrl+n: next.",
                classes="hint",
            )
            with Horizontal(id="select-main"):
                yield QuickPicks(
                    *(Option(label, id=f"quick-{n}") for n, (_, label) in enumerate(QUICK_PICKS)),
                    id="quick",
                )
                with Vertical(id="select-list"):
                    yield SelectQuery(placeholder="Search authorities", id="select-query")
                    yield Static("", id="no-match")
                    yield AuthorityChecklist(id="authorities")
            with Horizontal(id="chosen-row"):
                yield Static("", id="chosen")
                yield Button("Next →", id="next", variant="primary", compact=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = f"New batch: {self.template_title}" if self.template_title else "New batch"
        self.query_one("#quick", QuickPicks).border_title = "Quick picks"
        self.query_one(SelectQuery).focus()
        self._show_chosen()
        self._load()

    def current_query(self) -> str:
        return self.query_one(SelectQuery).value

    # -- searching and ticking -----------------------------------------------------------
    @on(Input.Changed, "#select-query")
    def _changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        if self.directory is None:
            return
        self.moved = False
        if query.strip():
            hits = [h for h in self.directory.search(query, limit=LIMIT) if h[0].foi_applies]
            self.top_score = hits[0][1] if hits else 0.0
            self.matches = [a for a, _ in hits]
            if offer_unlisted(query, hits, self.matches):  # a council, an NHS trust...
                self.top_score = 100.0  # read from its name, as `drafts new` would
        else:
            self.top_score = 100.0
            found = [a for a in self.directory.all() if a.type in BROWSE_TYPES]
            self.matches = [a for a in found if a.foi_applies]
        checklist = self.query_one(AuthorityChecklist)
        checklist.clear_options()
        checklist.add_options(
            Selection(option_prompt(a), a.id, a.id in self.chosen) for a in self.matches
        )
        checklist.highlighted = 0 if self.matches else None
        said = self.query_one("#no-match", Static)
        said.update(literal(no_match(query)) if not self.matches else "")
        said.display = not self.matches

    @on(SelectionList.SelectionToggled, "#authorities")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        authority = next((a for a in self.matches if a.id == value), None)
        if authority is not None:
            self._tick([authority], on=value in event.selection_list.selected)

    def _tick(self, authorities: list[Authority], *, on: bool) -> None:
        for authority in authorities:
            if on:
                self.chosen.setdefault(authority.id, authority)
            else:
                self.chosen.pop(authority.id, None)
        checklist = self.query_one(AuthorityChecklist)
        with checklist.prevent(SelectionList.SelectionToggled, SelectionList.SelectedChanged):
            for authority in authorities:
                if authority in self.matches:
                    (checklist.select if on else checklist.deselect)(authority.id)
        self._show_chosen()

    @on(Input.Submitted, "#select-query")
    def _tick_highlighted(self) -> None:
        index = self.query_one(AuthorityChecklist).highlighted
        if index is None or index >= len(self.matches):
            return
        # A place names an area, not a body ("Leeds": the force or the council?): its force
        # is listed first but ticked only when chosen with the arrows.
        if not self.moved and (self.top_score < CONFIDENT or self.top_score == PLACE_SCORE):
            self.notify(
                f"No authority in foidraft's list is clearly “{self.current_query()}”: choose "
                "one with ↑↓ and press enter, or type a body's full name (Leeds City "
                "Council) to write to one foidraft does not list.",
                title="Nothing ticked",
                severity="warning",
                markup=False,
                timeout=8,
            )
            return
        authority = self.matches[index]
        self._tick([authority], on=authority.id not in self.chosen)
        self.query_one(SelectQuery).clear()  # ready for the next name, as the help says

    @on(OptionList.OptionSelected, "#quick")
    def _quick(self, event: OptionList.OptionSelected) -> None:
        if self.directory is None:
            self.notify("Still loading the authority directory…")
            return
        spec = QUICK_PICKS[event.option_index][0]
        if not spec:
            self._tick(list(self.chosen.values()), on=False)
            return
        try:
            group = self.directory.select(spec)
        except FoidraftError as exc:
            self.foidraft.show_error(exc)
            return
        self._tick(group, on=not all(a.id in self.chosen for a in group))

    def _show_chosen(self) -> None:
        names = [a.short_name or a.name for a in self.chosen.values()]
        count = len(names)
        text = f"{count} ticked: " + shorten(", ".join(names), 200) if names else "None ticked yet."
        self.query_one("#chosen", Static).update(literal(text))
        self.query_one("#next", Button).label = f"Next: {count} →" if count else "Next →"

    def action_move(self, step: int) -> None:
        checklist = self.query_one(AuthorityChecklist)
        if self.matches:
            current = checklist.highlighted or 0
            checklist.highlighted = max(0, min(len(self.matches) - 1, current + step))
            self.moved = True

    @on(Button.Pressed, "#next")
    def action_next(self) -> None:
        if not self.chosen:
            self.notify(
                "Nothing is ticked yet: space ticks the highlighted authority in the list, or "
                "type a name and press enter.",
                timeout=6,
            )
            return
        self.answer(list(self.chosen.values()))

    def action_cancel(self) -> None:
        self.answer(None)
