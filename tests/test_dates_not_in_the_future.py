"""The day a request was sent (or a clarification asked, a review asked for) cannot be
after today. On 6 December, `drafts status NAME sent --date 2026-12-24` (24/12 for 14/12)
was taken, and `foidraft due` counted the reply as "due in 34 working days" from a day
still to come; the app's date box took it as well."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, Label

from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.tui.screens.dialogs import DateDialog
from tests.tui import shell_harness as sh


@pytest.mark.parametrize("option", ["--date", "--clarified"])
def test_the_command_refuses_a_day_to_come(capsys: pytest.CaptureFixture[str], option: str) -> None:
    draft = DraftStore().create("Tasers", "Dear GMP,\n\nPlease send the policy.\n", "gmp")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    code = main(["drafts", "status", draft.name, "sent", option, tomorrow.isoformat()])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(f"foidraft: error: {option} ") and "is after today" in err
    assert DraftStore().load(draft.name).status == "draft"  # nothing written
    assert (
        main(["drafts", "status", draft.name, "sent", "--date", dt.date.today().isoformat()]) == 0
    )


async def test_the_date_box_asks_again() -> None:
    got: list[dt.date | None] = []
    async with sh.make_app().run_test(size=(80, 24)) as pilot:
        await sh.settle(pilot)
        box = DateDialog("When did you send it?", sh.TODAY, latest=sh.TODAY)
        pilot.app.push_screen(box, got.append)
        await sh.wait_for(pilot, lambda: sh.showing(pilot, DateDialog), "the date")
        await sh.settle(pilot)
        later = sh.TODAY + dt.timedelta(days=18)
        pilot.app.screen.query_one(Input).value = later.isoformat()
        await pilot.press("enter")
        await sh.settle(pilot)
        assert sh.showing(pilot, DateDialog) and got == []
        said = str(pilot.app.screen.query_one("#date-error", Label).content)
        assert said == "20 June 2025 is after today: type the day it happened."
        pilot.app.screen.query_one(Input).value = sh.TODAY.isoformat()
        await pilot.press("enter")
        await sh.wait_for(pilot, lambda: bool(got), "the date taken")
    assert got == [sh.TODAY]


async def test_the_editor_asks_the_day_sent_no_later_than_today() -> None:
    from tests.tui.editor_harness import FIXED_TODAY, make_draft, open_editor

    store, draft = make_draft("Dear GMP,\n\nPlease send the policy.\n", authority="gmp")
    async with open_editor(store, draft) as (app, pilot, _screen):
        await pilot.press("ctrl+t", "down", "down", "enter")  # draft, ready, sent
        assert isinstance(app.screen, DateDialog)
        app.screen.query_one(Input).value = (FIXED_TODAY + dt.timedelta(days=1)).isoformat()
        await pilot.press("enter")
        assert isinstance(app.screen, DateDialog)  # asked again
    assert store.load(draft.name).status == "draft"


def test_a_reply_cannot_have_come_on_a_day_to_come(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Dear Ms Bloggs,\n\nPlease clarify what you mean by 'incidents'.\n")
    draft = DraftStore().create("Tasers", "Dear GMP,\n\nPlease send the policy.\n", "gmp")
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    for argv in (["reply", str(reply)], ["reply", draft.name, str(reply)]):
        code = main([*argv, "--date", tomorrow])
        out, err = capsys.readouterr()
        assert code == 2 and out == ""
        assert err.splitlines()[-2].startswith("foidraft: error: --date ") and "after today" in err
    assert DraftStore().load(draft.name).status == "draft"  # nothing recorded
