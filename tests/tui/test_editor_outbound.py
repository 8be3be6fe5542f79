"""The editor and the world outside the letter: status dates through tracking, learning
rules from a clarification reply, exporting, and similar requests from WhatDoTheyKnow
(a real HTTP server on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from foidraft import paths
from foidraft.deadlines import due_dates
from foidraft.drafts import DraftStore
from foidraft.export import draft_text
from foidraft.tui.screens.dialogs import ChoiceDialog, DateDialog
from foidraft.tui.screens.export_menu import ExportScreen
from foidraft.tui.screens.learn import LearnScreen, ProposalBox, ReplyArea
from foidraft.tui.screens.similar import SimilarList, SimilarScreen
from foidraft.tui.widgets.ticks import TickBox
from tests.http_fixtures import LocalServer, Reply, closed_port_url, local_server, wdtk_server
from tests.tui.editor_harness import (
    FIXED_TODAY,
    EditorTestApp,
    make_draft,
    open_editor,
    settled,
    wait_until,
)
from tests.tui.shell_harness import screen_text, text_of

__all__ = ["local_server", "wdtk_server"]  # fixtures used by name below

# A local name no bundled rule flags ('Operation X' draws FD717, an operation's code name),
# so that what the reply teaches is new.
LETTER = (
    "Dear Northumbria Police,\n\n"
    "1. Please provide the number of crimes logged under Project Nightjar in the calendar "
    "year 2023.\n\n"
    "2. Please provide the number of crimes recorded in the calendar year 2023.\n\n"
    "Yours faithfully,\n\nJane Smith\n"
)
REPLY = """Dear Ms Smith

Thank you for your request. Before we can proceed, please clarify what you mean by
'Project Nightjar'; we hold no records under that name.

Yours sincerely
Information Compliance Unit
"""
SENT = dt.date(2024, 4, 2)


def on_top(app: App[None], kind: type) -> bool:
    return isinstance(app.screen, kind)


def sent_draft() -> tuple[DraftStore, object]:
    store, draft = make_draft(LETTER, authority="northumbria_police", title="Nightjar")
    draft.set_status("sent", SENT)
    store.save(draft)
    return store, draft


async def choose_status(pilot: object, app: App[None], value: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("ctrl+t")
    await wait_until(pilot, lambda: on_top(app, ChoiceDialog), "the statuses")
    dialog = app.screen
    assert isinstance(dialog, ChoiceDialog)
    values = [value for value, _ in dialog.choices]
    options = dialog.query_one("OptionList")
    options.highlighted = values.index(value)  # type: ignore[attr-defined]
    await pilot.press("enter")


async def test_clarification_stops_the_clock_and_the_reply_restarts_it() -> None:
    store, draft = sent_draft()
    async with open_editor(store, draft) as (app, pilot, screen):
        await choose_status(pilot, app, "clarification")
        await wait_until(pilot, lambda: on_top(app, DateDialog), "the date asked")
        app.screen.query_one(Input).value = "2024-04-10"
        await pilot.press("enter")
        await wait_until(pilot, lambda: on_top(app, ChoiceDialog), "the offer to learn")
        assert "learn from it?" in screen_text(pilot)
        await pilot.press("down", "enter")  # not now
        assert app.screen is screen
        saved = store.load_path(screen.draft.path)  # type: ignore[arg-type]
        assert (saved.status, saved.clarification, saved.due) == (
            "clarification", dt.date(2024, 4, 10), None,
        )  # fmt: skip

        await choose_status(pilot, app, "clarified")
        await wait_until(pilot, lambda: on_top(app, DateDialog), "the date replied")
        await pilot.press("enter")  # the default: today
        assert app.screen is screen
    saved = store.load_path(saved.path)  # type: ignore[arg-type]
    assert (saved.status, saved.sent, saved.clarified) == ("sent", SENT, FIXED_TODAY)
    assert saved.due == due_dates(SENT, clarified=FIXED_TODAY).due != due_dates(SENT).due


async def to_the_learn_screen(pilot: Pilot[None], app: EditorTestApp) -> Screen[Any]:
    """From the editor: mark the letter "clarification asked", take the date offered, and
    accept the offer to paste the authority's reply (the learn screen)."""
    await choose_status(pilot, app, "clarification")
    await wait_until(pilot, lambda: on_top(app, DateDialog), "the date asked")
    await pilot.press("enter")
    await wait_until(pilot, lambda: on_top(app, ChoiceDialog), "the offer to learn")
    await pilot.press("enter")  # paste their reply
    await wait_until(pilot, lambda: on_top(app, LearnScreen), "the reply box")
    return app.screen


async def test_a_reply_becomes_a_rule_that_flags_the_letter() -> None:
    store, draft = sent_draft()
    app = EditorTestApp(store, draft, knowledge_base=True)  # the user's rules, once learned
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        assert not any(f.rule.startswith("U") for f in screen.findings_list.findings)
        learn = await to_the_learn_screen(pilot, app)
        learn.query_one(ReplyArea).load_text(REPLY)
        learn.query_one("#url", Input).value = "https://www.whatdotheyknow.com/request/nightjar"
        assert not learn.query_one("#everywhere", TickBox).value  # this authority only
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(learn.query(ProposalBox)), "the proposals")
        [box] = learn.query(ProposalBox)
        assert not box.value and "Project Nightjar" in str(box.label)  # never pre-ticked
        assert "clarify what you mean by 'Project Nightjar'" in screen_text(pilot)
        box.focus()
        await pilot.press("space")
        assert box.value
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is screen, "the rules to be added")
        await settled(pilot, screen)
        learned = [f for f in screen.findings_list.findings if f.rule.startswith("U")]
        assert [(f.rule, f.match) for f in learned] == [("U001", "Project Nightjar")]
    added = yaml.safe_load(Path(paths.user_rules_file()).read_text(encoding="utf-8"))
    assert [r.get("applies_to") for r in added["rules"]] == [
        {"authorities": ["northumbria_police"]}
    ]


async def test_a_paste_of_only_control_codes_is_no_reply_to_learn_from() -> None:
    store, draft = sent_draft()
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        learn = await to_the_learn_screen(pilot, app)
        learn.query_one(ReplyArea).load_text("\x1b[2J\x07 \t\x00\n\x1b]0;title\x07\n")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "no words in it to learn from" in screen_text(pilot)
        assert not learn.query(ProposalBox) and on_top(app, LearnScreen)


async def test_export_from_the_editor_copies_what_is_on_screen() -> None:
    from tests.tui.test_shell_help_palette import palette_prompts

    store, draft = make_draft("Dear GMP,\n\nPlease provide the figures.\n", authority="gmp")
    async with open_editor(store, draft) as (app, pilot, screen):
        screen.editor.move_cursor((2, 0))
        await pilot.press("N", "B", ":", "space")
        await pilot.press("ctrl+p")
        await pilot.pause()
        labels = [p.split("\n")[0] for p in await palette_prompts(pilot)]
        assert "draft: read the authority's reply …" not in labels  # not sent yet
        await pilot.press("escape")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: on_top(app, ExportScreen), "the export menu")
        await wait_until(pilot, lambda: app.screen.ready, "the look-up")  # type: ignore[attr-defined]
        note = text_of(app.screen.query_one("#export-note"))
        assert "Greater Manchester Police" in note and "(s21)" in note  # published already?
        assert "publishes your name, the request and every reply" in note
        await pilot.press("t")
    assert app.clipboard == draft_text(screen.draft)
    assert "NB: Please provide the figures." in app.clipboard


def feed(*titles: str) -> Reply:
    events = [
        {
            "info_request": {
                "url_title": f"request_{n}", "title": title, "described_state": "successful",
                "display_status": "Successful.", "created_at": "2021-03-04T10:00:00+00:00",
            },
            "public_body": {"url_name": "gmp"},
        }
        for n, title in enumerate(titles)
    ]  # fmt: skip
    return Reply(body=json.dumps(events).encode(), headers={"Content-Type": "application/json"})


MARKUP_TITLE = "[bold]Knife[/bold] crime [link=https://evil.example]2020[/link]"


class Painted:
    """Each answer the similar-requests screen shows, handed over once the screen has been
    repainted with it (Textual's ``call_after_refresh`` runs after the layout and paint):
    waiting for the list to fill let a busy machine read the screen before its repaint."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: asyncio.Queue[SimilarScreen] = asyncio.Queue()
        real = SimilarScreen.on_similar_screen_found

        def found(screen: SimilarScreen, message: SimilarScreen.Found) -> None:
            real(screen, message)
            screen.call_after_refresh(self.shown.put_nowait, screen)

        monkeypatch.setattr(SimilarScreen, "on_similar_screen_found", found)

    async def next(self) -> SimilarScreen:
        return await asyncio.wait_for(self.shown.get(), 30.0)  # a guard, never expected


async def test_similar_requests_are_asked_for_and_shown_literally(
    wdtk_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    wdtk_server.serve_prefix("/feed/search/", lambda seen: feed(MARKUP_TITLE))
    painted = Painted(monkeypatch)
    store, draft = make_draft("Dear GMP,\n", authority="gmp", title="Knife crime 2020")
    async with open_editor(store, draft) as (app, pilot, _screen):
        assert wdtk_server.seen == []  # nothing goes out until asked
        await pilot.press("f3")
        first = await painted.next()
        assert app.screen is first
        listing = first.query_one(SimilarList)
        assert listing.option_count == 1 and listing.has_focus
        assert MARKUP_TITLE in str(listing.get_option_at_index(0).prompt)
        assert MARKUP_TITLE in screen_text(pilot)
        assert "From WhatDoTheyKnow, just now" in text_of(first.query_one("#similar-status"))
        link = f"{wdtk_server.url}/request/request_0"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.clipboard == link, "the link copied")
        asked = len(wdtk_server.seen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not on_top(app, SimilarScreen), "the list closed")
        await pilot.press("f3")  # asked again: a day-old answer is kept
        second = await painted.next()
        assert second is not first and app.screen is second
        assert "copy" in text_of(second.query_one("#similar-status"))
        assert len(wdtk_server.seen) == asked


async def test_similar_requests_are_read_after_a_slow_repaint(
    wdtk_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same walk with the screen repainted twice a second, as on a loaded machine: the
    test once read the screen between the list filling and its repaint, and failed."""
    import textual.screen

    monkeypatch.setattr(textual.screen, "UPDATE_PERIOD", 0.5)  # read as each screen mounts
    await test_similar_requests_are_asked_for_and_shown_literally(wdtk_server, monkeypatch)


async def test_similar_requests_offline_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIDRAFT_WDTK_URL", closed_port_url())
    store, draft = make_draft("Dear GMP,\n", authority="gmp", title="Knife crime 2020")
    async with open_editor(store, draft) as (app, pilot, _screen):
        await pilot.press("f3")
        await wait_until(pilot, lambda: on_top(app, SimilarScreen), "the similar requests")
        status = app.screen.query_one("#similar-status")
        await wait_until(pilot, lambda: "Could not" in text_of(status), "the failure")
        assert "kept no earlier answer" in text_of(status)
        assert "needs the internet" in text_of(status)  # said plainly, not only the errno
        assert not app.screen.query_one(SimilarList).display


async def test_the_editor_palette_offers_templates_exports_and_similar_requests() -> None:
    from tests.tui.test_shell_help_palette import palette_prompts

    store, draft = sent_draft()
    async with open_editor(store, draft) as (app, pilot, _screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        labels = [p.split("\n")[0] for p in await palette_prompts(pilot)]
        for expected in (
            "draft: save as template",
            "export: letter, link or email file …",
            "export: copy the letter as plain text",
            "export: copy the WhatDoTheyKnow link",
            "export: open the WhatDoTheyKnow link in your browser",
            "export: copy a mailto: link",
            "export: save as an email file (.eml) …",
            "requests: find similar on WhatDoTheyKnow",
            "draft: read the authority's reply …",  # it was sent
        ):
            assert expected in labels
        assert "draft: learn from the authority's reply" not in labels  # not asked to clarify
        await pilot.press("escape")
        app.editor_screen.draft.set_status("clarification", dt.date(2024, 4, 10))
        await pilot.press("ctrl+p")
        await pilot.pause()
        labels = [p.split("\n")[0] for p in await palette_prompts(pilot)]
        assert "draft: learn from the authority's reply" in labels
        assert "draft: mark clarification sent" in labels


async def open_similar(app: EditorTestApp, pilot: object) -> str:
    """Press f3 in the editor and wait for the answer; the status line."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await settled(pilot, app.editor_screen)
    await pilot.press("f3")
    await wait_until(pilot, lambda: on_top(app, SimilarScreen), "the similar requests")
    status = app.screen.query_one("#similar-status")
    await wait_until(pilot, lambda: "Asking" not in text_of(status), "the answer")
    return text_of(status)


async def test_no_similar_requests_is_said_plainly(wdtk_server: LocalServer) -> None:
    wdtk_server.serve_prefix("/feed/search/", lambda seen: feed())
    store, draft = make_draft("Dear GMP,\n", authority="gmp", title="Knife crime 2020")
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        status = await open_similar(app, pilot)
        assert "No earlier request to Greater Manchester Police has a title like this" in status


async def test_an_old_answer_used_offline_is_marked_stale(wdtk_server: LocalServer) -> None:
    from foidraft.authorities.directory import load_directory
    from foidraft.similar import lookup_similar

    wdtk_server.serve_prefix("/feed/search/", lambda seen: feed("Knife crime 2020 figures"))
    lookup_similar("Knife crime 2020", load_directory().resolve("gmp"))  # kept for a day
    (cached,) = (Path(paths.cache_dir()) / "similar").glob("*.json")
    data = json.loads(cached.read_text(encoding="utf-8"))
    data["fetched"] = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).isoformat()
    cached.write_text(json.dumps(data), encoding="utf-8")
    wdtk_server.serve_prefix("/feed/search/", lambda seen: Reply(503, b"busy"))
    store, draft = make_draft("Dear GMP,\n", authority="gmp", title="Knife crime 2020")
    app = EditorTestApp(store, draft)
    async with app.run_test(size=(80, 24)) as pilot:
        status = await open_similar(app, pilot)
        assert "could not be reached" in status and "may be out of date" in status
        assert app.screen.query_one(SimilarList).option_count == 1
