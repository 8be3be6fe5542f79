"""The drafts list on Home: one row per draft, keyed by its file path.

Column widths are fitted to the table's width, so an 80-column terminal shows every
column; long titles and authority names are shortened with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.color import Color, ColorParseError
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from foidraft.tui.home_rows import MIN_AUTHORITY, DraftRow, short_body_name
from foidraft.tui.keymap import bindings
from foidraft.tui.text import literal_rich, shorten, shorten_title

HEADERS = ("Title", "Authority", "Status", "Changed", "Due")
BATCH_HEADERS = ("Title", "Authority", "Batch", "Status", "Changed", "Due")
MIN_TITLE = 16
LAST_TITLE, LAST_AUTHORITY = 12, 7  # the narrowest either gets when the row must fit ("West M…")
MAX_AUTHORITY = 30
MIN_BATCH = 6
# Its name whole ("Bat" at 80 columns read as nothing), "knif…"; narrower, the column goes
# (``DROPPED_WHEN_NARROW``): the detail line below the table names the batch in full.
LAST_BATCH = len("Batch")
MAX_BATCH = 16
CELL_PADDING = 2  # DataTable pads each cell by one column either side
SCROLLBAR = 2
# DataTable cells are Rich renderables, which cannot use theme variables: the colours are
# taken from the current theme (and refreshed when it changes) so they read in any theme.
DUE_COLOUR = {"overdue": "text-error", "due-today": "text-error", "due-soon": "text-warning"}


READABLE = 4.5  # WCAG AA contrast for text


def readable_on(colour: str, grounds: list[str]) -> str:
    """``colour``, darkened on a light background or lightened on a dark one until it reads
    at ``READABLE`` contrast on each of ``grounds``: a light theme's text-warning ("9 Dec
    soon" in textual-light) read at 2.7 to 1. ANSI colours and unparsable ones are kept."""
    try:
        fg, bgs = Color.parse(colour), [Color.parse(g) for g in grounds if g]
    except ColorParseError:
        return colour
    bgs = [b for b in bgs if b.a == 1 and not b.ansi]
    if fg.ansi is not None or fg.a < 1 or not bgs:
        return colour
    light = sum(_luminance(b) for b in bgs) / len(bgs) > 0.18
    for _ in range(20):
        if min(_contrast(fg, b) for b in bgs) >= READABLE:
            break
        fg = fg.darken(0.05) if light else fg.lighten(0.05)
    return fg.hex


def _luminance(c: Color) -> float:
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def _contrast(a: Color, b: Color) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class DraftsTable(DataTable[Text]):
    HELP = """
## Your drafts

Every request you have started, most recently changed first (**s**: soonest due first).
The **Due** column fills in once a request is marked sent: *soon* means five working
days or fewer are left, and *overdue* that the authority has missed the 20-working-day
deadline. While the authority waits for your clarification the clock is *paused*; it
starts again from the day you reply. The **Batch** column names the batch a draft was
written in (**f** shows one batch only).

- **enter** opens the draft in the editor; **home** and **end** go to the first and last
- **r** renames it (the file keeps its name), **d** makes a copy
- **delete** moves it to the trash; **t** shows the trash, where you can restore it
- **n** starts a new request; **b** starts a batch from a template
- **e** exports the draft: copy the letter or its WhatDoTheyKnow link, save an .eml

Drafts are plain files in your drafts folder (`foidraft locate drafts`), so you can also
edit them in any text editor. A row marked **!** has a header foidraft cannot read: the
letter is safe; fix the header by hand.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("home.open", "select_cursor"),
        ("home.first-draft", "scroll_top"),
        ("home.last-draft", "scroll_bottom"),
    )

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.draft_rows: list[DraftRow] = []
        self.rows_by_path: dict[str, DraftRow] = {}
        self._fitted_width = -1
        self.name_widths = (0, 0)  # the title's and the authority's columns, as fitted

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self._fill(self.selected_path()), init=False)

    def show(self, rows: list[DraftRow], keep: Path | None = None) -> None:
        """Replace the rows; the cursor stays on ``keep`` (or the same draft) if present."""
        current = keep or self.selected_path()
        self.draft_rows = rows
        self.rows_by_path = {str(row.summary.path): row for row in rows}
        self._fill(current)

    def _fill(self, current: Path | None) -> None:
        width = self.size.width or self.app.size.width
        self._fitted_width = width
        headers, widths = fit_columns(self.draft_rows, width)
        self.name_widths = widths[0], widths[1]
        self.clear(columns=True)
        for header, column_width in zip(headers, widths, strict=True):
            self.add_column(label_for(header, column_width), width=column_width, key=header.lower())
        colours = self.app.get_css_variables()
        grounds = [colours.get(name, "") for name in ("surface", "background", "panel")]
        styles = {
            state: f"bold {readable_on(colours.get(variable, ''), grounds)}".strip()
            for state, variable in DUE_COLOUR.items()
        }
        for row in self.draft_rows:
            self.add_row(*cells(row, headers, widths, styles), key=str(row.summary.path))
        if current is not None and str(current) in self.rows_by_path:
            self.move_cursor(row=self.get_row_index(str(current)))

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._fitted_width and self.draft_rows:
            self._fill(self.selected_path())

    def names_cut(self, row: DraftRow) -> tuple[bool, bool]:
        """Whether the row's title and authority name are shortened in their columns."""
        title, authority = self.name_widths
        return cell_len(row.list_title) > title, cell_len(row.authority_name) > authority

    def selected_path(self) -> Path | None:
        row = self.selected()
        return row.summary.path if row else None

    def selected(self) -> DraftRow | None:
        if not self.draft_rows or not 0 <= self.cursor_row < self.row_count:
            return None
        key = self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0)).row_key.value
        return self.rows_by_path.get(key or "")


# A column squeezed narrower than its name ("Authori" at 80 columns) is labelled by a
# short word that fits whole.
SHORT_HEADERS = {"Authority": "To"}


def label_for(header: str, width: int) -> str:
    return SHORT_HEADERS.get(header, header) if cell_len(header) > width else header


def headers_for(rows: list[DraftRow]) -> tuple[str, ...]:
    """The columns: a Batch column when it tells drafts apart (not when every draft
    listed is in the same batch, as when Home shows one batch)."""
    return BATCH_HEADERS if len({r.batch for r in rows}) > 1 else HEADERS


# Where even the narrowest names would push the due date past the right edge (Home at 60
# columns cut "8 Jan 2027" to "8 J"), these columns go, in this order: the detail line
# below the table names the selected draft's batch, and its file keeps the time.
DROPPED_WHEN_NARROW = ("Batch", "Changed")
NARROWEST_TITLE = 6  # "Knif…", once the columns above have gone


def fit_columns(rows: list[DraftRow], total: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The columns shown and their widths: every column when the row fits ``total``,
    else without those in ``DROPPED_WHEN_NARROW``, one at a time, until it does."""
    headers = headers_for(rows)
    widths = fit_widths(rows, total, headers)
    for header in DROPPED_WHEN_NARROW:
        if row_width(widths) <= total or header not in headers:
            continue
        headers = tuple(h for h in headers if h != header)
        widths = fit_widths(rows, total, headers)
    return headers, widths


def row_width(widths: tuple[int, ...]) -> int:
    return sum(widths) + CELL_PADDING * len(widths) + SCROLLBAR


def fit_widths(
    rows: list[DraftRow], total: int, headers: tuple[str, ...] | None = None
) -> tuple[int, ...]:
    """Column widths, one per header (``headers_for(rows)`` unless given): status,
    changed and due as wide as their text; title, authority (and batch) too when they
    fit, else they share what is left, the title getting most."""

    def widest(header: str, values: list[str]) -> int:
        return max([len(header), *(cell_len(v) for v in values)])

    headers = headers or headers_for(rows)
    status = widest("Status", [r.status_cell for r in rows])
    changed = widest("Changed", [r.changed_text for r in rows]) if "Changed" in headers else 0
    due = widest("Due", [r.due_cell for r in rows])
    authority = min(MAX_AUTHORITY, widest("Authority", [r.authority_name for r in rows]))
    batch = min(MAX_BATCH, widest("Batch", [r.batch for r in rows])) if "Batch" in headers else 0
    spare = total - SCROLLBAR - CELL_PADDING * len(headers) - status - changed - due - batch
    title = need = widest("Title", [r.list_title for r in rows]) + 2  # room for a "! " mark
    if title + authority > spare and batch:  # the batch column gives way first
        give = min(batch - MIN_BATCH, title + authority - spare)
        batch, spare = batch - give, spare + give
    if title + authority > spare:  # squeeze, keeping about three fifths for the title
        title_share = min(title, max(MIN_TITLE, spare * 3 // 5))  # short titles need less
        authority = max(MIN_AUTHORITY, min(authority, spare - title_share))
        title = max(min(title, MIN_TITLE), spare - authority)
    # Still too wide (a "partly answered" status beside "review by 4 Feb 2027" at 80
    # columns): the names give way further, never the due date at the right edge; the
    # authority first, as the detail line below the table names it in full.
    if title + authority > spare and batch:  # the batch column gives way again first
        give = min(batch - LAST_BATCH, title + authority - spare)
        batch, spare = batch - give, spare + give
    if title + authority > spare:
        title = max(LAST_TITLE, min(need, spare - LAST_AUTHORITY))  # a short one gives room
        authority = max(LAST_AUTHORITY, min(authority, spare - title))
    if title + authority > spare and "Changed" not in headers:  # nothing left to give way
        authority = LAST_AUTHORITY
        title = max(NARROWEST_TITLE, spare - authority)
    width = {"Title": title, "Authority": authority, "Batch": batch, "Status": status,
             "Changed": changed, "Due": due}  # fmt: skip
    return tuple(width[h] for h in headers)


def cells(
    row: DraftRow, headers: tuple[str, ...], widths: tuple[int, ...], styles: dict[str, str]
) -> tuple[Text, ...]:
    """The row's cells under ``headers``; ``styles`` maps a due state (and "overdue" for
    problems) to a style."""
    problem = row.summary.problem is not None
    title = f"! {row.title}" if problem else row.list_title
    first = (
        literal_rich(shorten_title(title, widths[0]), styles["overdue"] if problem else ""),
        literal_rich(
            shorten(short_body_name(row.authority_name, widths[1], row.short_names), widths[1])
            or "—"
        ),
    )
    rest: dict[str, Callable[[int], Text]] = {
        "Batch": lambda width: literal_rich(shorten(row.batch, width)),
        "Status": lambda _: literal_rich(row.status_cell),
        "Changed": lambda _: literal_rich(row.changed_text),
        "Due": lambda _: literal_rich(row.due_cell, styles.get(row.due_state, "")),
    }
    return (*first, *(rest[h](w) for h, w in zip(headers[2:], widths[2:], strict=True)))
