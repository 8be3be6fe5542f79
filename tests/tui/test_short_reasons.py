"""FD340's message runs to 367 characters ('repeat calls outs': incidents and calls
records do not hold whether the caller...); folded with FD217 on the same words, the two
needed scrolling in the reasons pane at 80x24 (`python benchmarks/folded_reasons_at_80.py`
said "cut"). A rule may now give its message a short form (``short:`` in the rule file,
validated: at most 120 characters, only fields the full message gives), which the pane
says beside another reason; the whole message is below the rewordings, and first on e
(the rule file's side: tests/test_short_messages.py)."""

from __future__ import annotations

from foidraft.lint.merging import folded
from foidraft.tui.screens.dialogs import MessageDialog
from foidraft.tui.widgets.finding_detail import FindingDetail
from foidraft.tui.widgets.findings import FindingsList
from tests.tui.editor_harness import wait_until
from tests.tui.shell_harness import screen_text
from tests.tui.test_folded_reason_at_80 import findings_at_80, shown_in

REPEAT_CALLS = (
    "Dear Sir or Madam,\n\nQ2. For every year between 2010 and 2015 inclusive, how many repeat "
    "calls outs were there under domestic violence law?\n\nYours faithfully,\n\nJo Bloggs\n"
)


async def test_fd340_with_another_reason_is_read_whole_at_80x24_and_in_full_on_e() -> None:
    async with findings_at_80(REPEAT_CALLS) as (app, pilot):
        screen = app.editor_screen
        listing = screen.query_one(FindingsList)
        index = next(i for i, f in enumerate(listing.findings) if f.rule == "FD340")
        finding = listing.findings[index]
        assert [f.rule for f in folded(finding)] == ["FD217"]
        listing.highlighted = index
        detail = screen.query_one(FindingDetail)
        await wait_until(pilot, lambda: detail._last[0] is finding, "the finding shown")
        await pilot.pause()
        pane = shown_in(screen_text(pilot), detail.content_region)
        short = (
            "'repeat calls outs': not a field in incidents and calls (command and control) "
            "records, so each record would have to be read."
        )
        assert short in pane, pane
        # FD217 is info on its record since the eleventh round's answered samples joined
        assert "Also ● undefined term · info: " in pane and "by the same person)." in pane, pane
        assert detail.scroll_y == 0
        assert finding.message in detail.text  # in full, below the rewordings
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, MessageDialog), "the explanation")
        said = " ".join(screen_text(pilot).split())
        assert "Reason 1 of 2" in said and "'repeat calls outs': incidents and calls" in said
