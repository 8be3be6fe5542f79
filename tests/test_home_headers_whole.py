"""At 80 columns, a draft partly answered with its review date beside it squeezed Home's
Authority column to seven cells, and its heading read "Authori". A column narrower than
its name is now headed by a short word that fits ("To"); wide enough, it says Authority."""

from __future__ import annotations

import datetime as dt

import pytest
from rich.cells import cell_len

from foidraft.drafts import DraftStore
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui import shell_harness as sh


def partly_answered() -> None:
    """A draft partly answered on Home's today, so its Due column says "review by ..."."""
    store = DraftStore()
    draft = store.create("Agency social workers", "Dear GMP,\n\nPlease send it.\n", "gmp")
    draft.status, draft.reply = "partly-answered", "partly_answered"
    draft.sent, draft.replied = sh.TODAY - dt.timedelta(days=40), sh.TODAY
    store.save(draft)


@pytest.mark.parametrize("width", [80, 120])
async def test_every_heading_on_home_is_whole(width: int) -> None:
    partly_answered()
    async with sh.make_app().run_test(size=(width, 24)) as pilot:
        await sh.settle(pilot)
        table = pilot.app.screen.query_one(DraftsTable)
        labels = {str(c.label): c.width for c in table.columns.values()}
        assert "Due" in labels and "Status" in labels, labels
        for label, cells in labels.items():
            assert cell_len(label) <= cells, (label, cells)
        assert ("To" if width == 80 else "Authority") in labels, labels
