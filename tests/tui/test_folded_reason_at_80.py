"""A second reason folded under a finding, as a new user meets it in an 80x24 terminal:
the example request's 'in connection with' is a field the records do not hold (FD340,
shown) and a link the authority would have to judge (FD203, folded under it). The row
said only the first, and the second sat below the detail pane's fold."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region

from foidraft.lint.merging import folded
from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList, finding_prompt
from tests.tui.editor_harness import EditorTestApp, make_draft, settled, wait_until
from tests.tui.shell_harness import screen_text

SEED = Path(__file__).parent.parent / "data" / "seed-first-request.txt"


def shown_in(text: str, region: Region) -> str:
    """The words of the screen inside ``region`` (a widget's box), joined as one line."""
    rows = text.splitlines()[region.y : region.bottom]
    return " ".join(" ".join(row[region.x : region.right] for row in rows).split())


async def test_at_80_by_24_a_folded_reason_is_marked_in_the_row_and_named_in_the_pane() -> None:
    store, draft = make_draft(SEED.read_text(encoding="utf-8"), authority="wmp")
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        listing = screen.query_one(FindingsList)
        findings = listing.findings
        (index, shown) = next(
            (i, f) for i, f in enumerate(findings) if f.match == "in connection with"
        )
        (also,) = folded(shown)
        assert (shown.rule, also.rule) == ("FD340", "FD203")
        listing.focus()
        listing.highlighted = index
        detail = screen.query_one(FindingDetail)
        await wait_until(pilot, lambda: also.message in detail.text, "the folded reason")
        await pilot.pause()
        text = screen_text(pilot)
        in_list = shown_in(text, listing.content_region)
        assert f"L{shown.line} +1 'in connection" in in_list, in_list  # cut short, marked
        marked = [f.rule for f in findings if f" L{f.line} +" in finding_prompt(f).plain]
        assert marked == [f.rule for f in findings if folded(f)]  # those rows alone
        # The pane's first lines name both reasons, the louder's message still first.
        pane = shown_in(text, detail.content_region)
        assert "Not recorded field · warning" in pane, pane
        assert "+1 more reason: undefined term · info" in pane, pane
        assert shown.message.split()[0] in pane
        # The reason itself comes before the rewordings, and the pane scrolls to it.
        said = detail.text
        assert said.index(also.message) < said.index("1. ")
        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is detail, "the pane focused")
        for _ in range(4):
            await pilot.press("down")
        await pilot.pause()
        assert "Also undefined term · info" in shown_in(screen_text(pilot), detail.content_region)
