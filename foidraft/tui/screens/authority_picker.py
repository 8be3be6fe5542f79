"""Pick an authority by fuzzy search over the directory ("GMP", "the Met", "west mids").

The directory is loaded (and its search index built) in a worker thread, which posts
:class:`AuthorityPickerScreen.DirectoryLoaded`; searches after that are fast enough to
run as the requester types. Names come from public lists, so they are shown literally.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from foidraft.authorities.describe import NATION_TEXT, TYPE_TEXT, describe, no_match
from foidraft.authorities.former import replaced_line
from foidraft.authorities.infer import MAX_NAME, infer_authority, resolve_any, type_words
from foidraft.authorities.names import in_running_text
from foidraft.authorities.search import names_every_word
from foidraft.errors import FoidraftError
from foidraft.tui.keymap import bindings
from foidraft.tui.screens.dialogs import Dialog, MessageDialog
from foidraft.tui.screens.directory_screen import DirectoryScreen
from foidraft.tui.text import literal
from foidraft.tui.widgets.fitting_footer import FittingFooter

if TYPE_CHECKING:
    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority

LIMIT = 30
# A fuzzy match this good may be chosen with enter alone (the batch screen's ticks); one
# this good is taken to be the body meant, so the name as typed is not offered beside it.
CONFIDENT = 80.0
EXACT = 95.0
TYPING = 90.0  # a listed name's start, being typed, scores above this
BROWSE_TYPES = ("police", "pcc")  # listed before anything is typed


class AuthorityQuery(Input):
    HELP = """
## Find the authority

Type part of a name or a short form: **GMP**, **the Met**, **west mids**, **PSNI**.
Spelling mistakes are forgiven. **↑/↓** move through the matches and **enter** picks the
highlighted one; **escape** goes back.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("picker.choose", "submit"))


class AuthorityResults(OptionList):
    HELP = AuthorityQuery.HELP
    BINDINGS: ClassVar[list[BindingType]] = bindings(("picker.choose", "select"))


class AuthorityPickerScreen(DirectoryScreen["Authority | None"]):
    """Dismisses with the chosen authority, or None. ``purpose`` "look-up" allows bodies
    outside FOI (to read about them); "request" does not."""

    DEFAULT_CSS = """
    AuthorityPickerScreen #picker-body { padding: 0 1; }
    AuthorityPickerScreen #query { margin-bottom: 1; }
    AuthorityPickerScreen #results { height: 1fr; }
    AuthorityPickerScreen #authority-detail { color: $text-muted; height: auto; max-height: 2; }
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("picker.cancel", "cancel"),
        ("picker.next-match", "move(1)"),
        ("picker.previous-match", "move(-1)"),
    )

    def __init__(self, *, query: str = "", purpose: str = "request") -> None:
        super().__init__(id="authority-picker")
        self.query_text = query
        self.purpose = purpose
        self.directory: Directory | None = None
        self.matches: list[Authority] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Vertical(id="picker-body"):
            question = (
                "Which authority do you want to look up?"
                if self.purpose == "look-up"
                else "Which police force or other public body is the request for?"
            )
            yield Static(question, classes="screen-question")
            yield Static(
                "Type a name or short form (GMP, the Met, west mids), or any public body's "
                "full name (Leeds City Council). ↑↓ move, enter chooses.",
                classes="hint",
            )
            yield AuthorityQuery(self.query_text, placeholder="Search authorities", id="query")
            yield AuthorityResults(id="results")
            yield Static("", id="authority-detail")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = "Look up" if self.purpose == "look-up" else "New request"
        results = self.query_one(AuthorityResults)
        results.add_option(Option("Loading the authority directory…", disabled=True))
        self.query_one(AuthorityQuery).focus()
        self._load()

    def current_query(self) -> str:
        return self.query_one(AuthorityQuery).value

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._search(event.value)

    def _search(self, query: str) -> None:
        if self.directory is None:
            return
        if query.strip():
            found = self.directory.search(query, limit=LIMIT)
            self.matches = [a for a, _score in found]
            if self.purpose != "look-up":
                self._offer_unlisted(query, found)
        else:
            everyone = self.directory.all()
            self.matches = [a for a in everyone if a.type in BROWSE_TYPES] or everyone[:LIMIT]
        results = self.query_one(AuthorityResults)
        results.clear_options()
        if not self.matches:
            results.add_option(Option(literal(no_match(query)), disabled=True))
        for authority in self.matches:
            results.add_option(Option(option_prompt(authority), id=authority.id))
        results.highlighted = 0 if self.matches else None
        self._show_detail()

    def _offer_unlisted(self, query: str, found: list[tuple[Authority, float]]) -> None:
        offer_unlisted(query, found, self.matches)

    @on(OptionList.OptionHighlighted, "#results")
    def _show_detail(self) -> None:
        authority = self.highlighted()
        text = "" if authority is None else detail_line(authority)
        # a former name ("Harrogate Borough Council") is offered as its successor: say why
        replaced = "" if authority is None else replaced_line(self.query_text, authority)
        self.query_one("#authority-detail", Static).update(literal(replaced or text))

    def highlighted(self) -> Authority | None:
        index = self.query_one(AuthorityResults).highlighted
        return self.matches[index] if index is not None and index < len(self.matches) else None

    def action_move(self, step: int) -> None:
        results = self.query_one(AuthorityResults)
        if self.matches:
            current = results.highlighted or 0
            results.highlighted = max(0, min(len(self.matches) - 1, current + step))

    @on(Input.Submitted, "#query")
    @on(OptionList.OptionSelected, "#results")
    def _choose(self) -> None:
        if self.directory is None:
            self.app.notify("Still loading the authority directory…")
            return
        authority = self.highlighted()
        if authority is None:
            return
        if self.purpose != "look-up" and not authority.foi_applies:
            why = authority.notes or "Requests to it cannot be made under FOI."
            self.app.push_screen(
                MessageDialog(
                    f"{in_running_text(authority.name, sentence_start=True)} is not covered by "
                    "FOI law",
                    why,
                    error=True,
                )
            )
            return
        self.answer(authority)

    def action_cancel(self) -> None:
        self.answer(None)


def offer_unlisted(
    query: str, found: list[tuple[Authority, float]], matches: list[Authority]
) -> bool:
    """Any public body may be written to: a name the directory does not list is offered
    in ``matches`` as typed, read from its words (a council, an NHS trust...). It comes
    first (and True is returned) when `foidraft check --authority` would read the name so
    too (``resolve_any``), the name says what kind of body it is or nothing listed matches
    it well, and no listed body has every word of it; otherwise it comes after the listed
    bodies that have every word (the name may be a misspelling of theirs), or last."""
    name = " ".join(query.split())
    if not 4 <= len(name) <= MAX_NAME or " " not in name:
        return False
    try:
        chosen, assumed = resolve_any(name)
    except FoidraftError:
        return False  # listed under that very name (several bodies, or outside FOI)
    # A name of no known kind ("west york") is first only when no listed body matches
    # it well: the start of a listed name scores 92 and is what the requester is typing.
    # Nor does it come before a listed body it may be a misspelling of ("Cty of Lndn").
    # Nor when a listed name starts with what was typed ("Police Scot"): that name is
    # being typed, so the name as typed (a force in England?) comes last.
    plain = chosen.type == "other" and bool(found) and found[0][1] >= TYPING
    plain = plain or any(_starts_with(a.name, name) for a, _score in found)
    meant = [a for a, _score in found if names_every_word(name, a)]
    if assumed is not None and not plain and not meant:
        matches.insert(0, chosen)
        return True
    if assumed is not None:
        after = max((matches.index(a) + 1 for a in meant), default=len(matches))
        matches.insert(len(matches) if plain else after, chosen)
        return False
    if found and found[0][1] < EXACT:
        matches.append(infer_authority(name))
    return False


def _starts_with(listed: str, typed: str) -> bool:
    return " ".join(listed.split()).casefold().startswith(typed.casefold())


def option_prompt(authority: Authority) -> Content:
    kind = TYPE_TEXT.get(authority.type, authority.type)
    if "inferred" in authority.tags:
        # The letter names it as typed ("Dear bolton nhs,"): said, so a short form is
        # written out in full before choosing it.
        kind = f"not in foidraft's list: write to it as {type_words(authority)}"
        kind += ", by the name as typed"
    return literal((authority.name, "bold"), "  ", (kind, "dim"))


def detail_line(authority: Authority) -> str:
    parts = [TYPE_TEXT.get(authority.type, authority.type)]
    parts.append(NATION_TEXT.get(authority.nation, authority.nation))
    if authority.foi_applies:
        parts.append(f"{authority.regime}, cost limit £{authority.cost_limit}")
    else:
        parts.append("not subject to FOI")
    return " · ".join(parts)


class AuthorityDetailsDialog(Dialog[bool]):
    """What foidraft knows about an authority; True when a request to it is wanted."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(("dialog.close", "close"))

    def __init__(self, authority: Authority) -> None:
        rows = describe(authority)
        width = max(len(label) for label, _ in rows)
        lines = [literal((label.ljust(width), "bold"), "  ", value) for label, value in rows]
        super().__init__(authority.name, Content("\n").join(lines))
        self.authority = authority

    def compose_content(self) -> ComposeResult:
        with Horizontal(classes="dialog-buttons"):
            yield Button("Close", id="close")
            if self.authority.foi_applies:
                yield Button("New request", id="request", variant="primary")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "request")

    def action_close(self) -> None:
        self.dismiss(False)
