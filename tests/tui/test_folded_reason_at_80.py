"""A second reason folded under a finding, as a new user meets it in an 80x24 terminal:
the example request's 'in connection with' is a field the records do not hold (FD340,
shown) and a link the authority would have to judge (FD203, folded under it). The row
said only the first, and the second sat below the detail pane's fold; then its name came
into the pane's first lines, its words still a scroll below. Reading the findings (the
list focused), the pane now grows and says both whole."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.geometry import Region
from textual.pilot import Pilot

from foidraft.lint.merging import folded
from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList, finding_prompt
from tests.tui.editor_harness import EditorTestApp, make_draft, settled, wait_until
from tests.tui.shell_harness import screen_text

SCROLLBAR = " ▁▂▃▄▅▆▇█"  # a scrollbar's thumb, drawn at the right of the region
SEED = Path(__file__).parent.parent / "data" / "seed-first-request.txt"


def shown_in(text: str, region: Region) -> str:
    """The words of the screen inside ``region`` (a widget's box), joined as one line."""
    rows = text.splitlines()[region.y : region.bottom]
    cut = (row[region.x : region.right].rstrip(SCROLLBAR) for row in rows)
    return " ".join(" ".join(cut).split())


@asynccontextmanager
async def findings_at_80(text: str) -> AsyncIterator[tuple[EditorTestApp, Pilot[None]]]:
    """``text`` (to West Midlands Police) in the editor at 80x24, checked by the knowledge
    base, the findings list focused."""
    store, draft = make_draft(text, authority="wmp")
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        screen.query_one(FindingsList).focus()
        yield app, pilot


@asynccontextmanager
async def on_in_connection_with() -> AsyncIterator[tuple[EditorTestApp, Pilot[None]]]:
    """The example request in the editor at 80x24, its 'in connection with' chosen."""
    async with findings_at_80(SEED.read_text(encoding="utf-8")) as (app, pilot):
        screen = app.editor_screen
        listing = screen.query_one(FindingsList)
        listing.highlighted = next(
            i for i, f in enumerate(listing.findings) if f.match == "in connection with"
        )
        chosen = screen.findings
        await wait_until(
            pilot,
            lambda: chosen.finding is not None and chosen.finding.rule == "FD340",
            "FD340 chosen",
        )
        yield app, pilot


async def test_at_80x24_a_folded_reason_is_marked_in_its_row_and_said_whole_in_the_pane() -> None:
    async with on_in_connection_with() as (app, pilot):
        screen = app.editor_screen
        listing = screen.query_one(FindingsList)
        findings = listing.findings
        shown = screen.findings.finding
        assert shown is not None
        (also,) = folded(shown)
        assert (shown.rule, also.rule) == ("FD340", "FD203")
        detail = screen.query_one(FindingDetail)
        await wait_until(pilot, lambda: also.message in detail.text, "the folded reason")
        await pilot.pause()
        text = screen_text(pilot)
        in_list = shown_in(text, listing.content_region)
        assert f"L{shown.line} +1 'in connec" in in_list, in_list  # cut short, marked
        marked = [f.rule for f in findings if f" L{f.line} +" in finding_prompt(f).plain]
        assert marked == [f.rule for f in findings if folded(f)]  # those rows alone
        # Reading the findings, the pane has room for both reasons, whole, unscrolled.
        pane = shown_in(text, detail.content_region)
        assert detail.scroll_y == 0
        assert "Not recorded field · warning" in pane, pane
        short = "'in connection with': not a field in arrests and custody records, so each record"
        assert short in pane, pane  # FD340's short form; in full below the rewordings, and on e
        assert shown.message not in pane and shown.message in detail.text
        assert "Also ● undefined term · info: " + " ".join(also.message.split()) in pane, pane
        # ... while the letter keeps the words they are about in sight, above.
        letter = shown_in(text, screen.editor.content_region)
        assert "in connection with" in letter or "connection with" in letter, letter
        # The reason itself comes before the rewordings.
        said = detail.text
        assert said.index(also.message) < said.index("1. ")
        # Back in the letter, it has its lines back and the pane its size.
        screen.editor.focus()
        await wait_until(pilot, lambda: detail.content_region.height < 13, "the pane back")
        assert screen.editor.content_region.height > 5


async def test_at_80x24_the_advice_ignored_line_keeps_to_one_row_under_the_list() -> None:
    """With two rules ignored, "Advice ignored here: ..." wrapped to four lines under the
    27-column list while a finding was read, and the list lost those rows."""
    from textual.widgets import Static

    from foidraft.tui.screens import editor_actions

    async with on_in_connection_with() as (app, pilot):
        screen = app.editor_screen
        listing = screen.query_one(FindingsList)
        rows_before = listing.region.height
        editor_actions.ignore_rules(screen, ["FD101", "FD213"])  # as i, then i again
        await settled(pilot, screen)
        label = screen.query_one("#ignored", Static)
        await wait_until(pilot, lambda: label.region.height > 0, "the ignored line")
        assert label.region.height == 1 and listing.region.height == rows_before - 1
        said = shown_in(screen_text(pilot), label.region)
        assert said.startswith("2 ignored (u undoes):"), said  # the key, whatever is cut


async def test_at_80x24_three_reasons_on_the_same_words_are_each_in_view() -> None:
    """The example request's 'based on evidence acquired by your own officers acting as
    decoys' is FD701 (forces neither confirm nor deny decoys) with FD340 and FD322 folded
    in: said whole, the three took 16-21 lines of a 13-row pane. Each is now in its
    shortest form, all in view, the whole of each further down and on e. (Until the
    Checker read 'these arrests' as the whole-letter reading does, 'that involved at least
    one child decoy' drew the three in the editor alone.)"""
    from foidraft.tui.widgets.finding_detail import short_reason

    async with on_in_connection_with() as (app, pilot):
        screen = app.editor_screen
        listing = screen.query_one(FindingsList)
        listing.highlighted = next(i for i, f in enumerate(listing.findings) if len(folded(f)) == 2)
        chosen = screen.findings
        await wait_until(
            pilot,
            lambda: chosen.finding is not None and len(folded(chosen.finding)) == 2,
            "three reasons",
        )
        finding = chosen.finding
        assert finding is not None and finding.rule == "FD701"
        detail = screen.query_one(FindingDetail)
        await wait_until(pilot, lambda: detail._last[0] is finding, "the finding shown")
        await pilot.pause()
        shown = shown_in(screen_text(pilot), detail.content_region)
        words = "based on evidence acquired by your own officers acting as decoys"
        assert finding.match == words
        assert f"3 reasons on '{words}' (e: each in full)" in shown
        for each in (finding, *folded(finding)):
            assert short_reason(each, each.short or "") in shown, (each.rule, shown)
        assert "Not a field in arrests and custody records." in shown  # FD340's short form
        assert "Whether decoys were used is a tactic." in shown  # its quote said once above
        assert "1. " in shown  # the first rewording starts in view too
        assert "Each reason in full" in detail.text and finding.message in detail.text
