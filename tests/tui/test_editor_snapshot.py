"""What the editor looks like with findings (80x24: the panes stacked)."""

from __future__ import annotations

import copy

import pytest
from textual.pilot import Pilot

from foidraft.rules.model import RuleSet
from foidraft.rules.registry import default_ruleset
from tests.tui.editor_harness import EditorTestApp, make_draft, settled

LETTER = (
    "Dear West Midlands Police,\n\n"
    "1. Please provide the number of arrests you made in 2019/20 for online offences.\n"
    "2. The same for 2020-21, broken down by [offence type].\n\n"
    "Yours faithfully,\nA Requester\n"
)


def pinned_rules() -> RuleSet:
    """FD101 with its wording pinned: the knowledge base may reword it, the layout stays."""
    live = default_ruleset().get("FD101")
    assert live is not None
    rule = copy.copy(live)
    rule.severity = "warning"  # how the editor shows a warning, whatever FD101 measures
    rule.message = "'{match}' could mean a financial year or two calendar years."
    rule.why = "Police figures are kept by financial year; a split year can be read both ways."
    rule.evidence = [
        {
            "title": "A force asked [which year?]",
            "case": "wmp-8a-21",
            "url": "https://example.org/r",
        }
    ]
    return RuleSet([rule])


def test_editor_with_findings(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("NO_COLOR", raising=False)  # colour is what this snapshot is about
    store, draft = make_draft(LETTER, authority="wmp", title="Arrests [online] 2019")
    app = EditorTestApp(store, draft, rules=pinned_rules())

    async def run_before(pilot: Pilot[None]) -> None:
        screen = app.editor_screen
        screen.editor.cursor_blink = False
        await settled(pilot, screen)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
