"""The editor's layout: where the letter, the findings and their reasons sit, at 80
columns (one above the other) and from ``WIDE`` columns (side by side)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList
from foidraft.tui.widgets.fitting_footer import FittingFooter
from foidraft.tui.widgets.hole_field import HoleField

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from foidraft.tui.widgets.draft_editor import DraftEditor

WIDE = 100  # columns from which the letter and the findings sit side by side
TALL = 24  # rows from which the findings below the letter keep their 80x24 height
HEAD_SHARE = 85  # the head's share (%) for who it is for, status and saved (#editor-state)
TITLE_MIN = 12  # #editor-title's min-width

EDITOR_CSS = """
EditorScreen {
    layout: vertical;
    #editor-head { height: 1; background: $panel; }
    /* min-width is TITLE_MIN, max-width HEAD_SHARE: the head cuts the authority to fit */
    #editor-title {
        width: 1fr; min-width: 12; padding: 0 0 0 1; text-wrap: nowrap; text-overflow: ellipsis;
    }
    #editor-state { width: auto; max-width: 85%; padding: 0 1 0 0; text-wrap: nowrap; }
    #editor-body { height: 1fr; }
    #editor-side { width: 42%; min-width: 36; }
    #findings-pane { height: 1fr; }
    #ignored { height: 1; padding: 0 1; color: $text-muted; display: none;
               text-wrap: nowrap; text-overflow: ellipsis; }  /* the list keeps its rows */
    #ignored.-shown { display: block; }
    &.-narrow {
        #editor-body { layout: vertical; }
        #draft-editor { height: 1fr; }
        #editor-side { width: 1fr; height: 11; layout: horizontal; }
        #findings-pane { width: 2fr; height: 1fr; }
        FindingDetail { width: 3fr; }
        /* Reading the findings (the list or the pane focused): a finding's reasons in
           sight at 80x24, five lines of the letter around its words still shown. */
        #editor-side:focus-within { height: 15; #findings-pane { width: 1fr; } }
        #editor-side:focus-within FindingDetail { width: 2fr; }
    }
    /* Under 24 rows (60x20) the findings below took 11 of 20 rows, empty or not, and the
       letter kept five lines: they take 7 (11 while read), the letter nine (five). */
    &.-narrow.-short {
        #editor-side { height: 7; }
        #editor-side:focus-within { height: 11; }
    }
    #editor-side.-hidden { display: none; }
}
"""


def editor_parts(editor: DraftEditor) -> ComposeResult:
    """The title and save state, the letter, the findings and the chosen one's reasons,
    the field for a rewording's gaps, the footer."""
    with Horizontal(id="editor-head"):
        yield Static(id="editor-title")
        yield Static(id="editor-state")
    with Horizontal(id="editor-body"):
        yield editor
        with Vertical(id="editor-side"):
            with Vertical(id="findings-pane"):
                yield FindingsList(id="findings")
                yield Static(id="ignored")
            yield FindingDetail(id="finding-detail")
    yield HoleField(id="hole-field")
    yield FittingFooter()
