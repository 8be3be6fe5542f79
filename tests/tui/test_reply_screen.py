"""The authority's reply in the app: paste it on a sent draft from Home, see what it
means, pick review grounds (none ticked for you) and get the letter in the editor."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input, Label

from foidraft.drafts import Draft, DraftStore, Profile, save_profile
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.reply import GroundBox, ReplyScreen, ReplyText
from tests.tui.shell_harness import (
    make_app,
    screen_text,
    settle,
    showing,
    type_text,
    wait_for,
    write_draft,
)

DATA = Path(__file__).parent.parent / "data"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
FINAL = (DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8")


async def open_reply_screen(pilot: Pilot[None]) -> ReplyScreen:
    """Home, a sent draft to West Midlands Police, `p`: the reply screen."""
    await settle(pilot)
    await pilot.press("p")
    await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
    screen = pilot.app.screen
    assert isinstance(screen, ReplyScreen)
    return screen


async def to_the_grounds(pilot: Pilot[None], screen: ReplyScreen) -> None:
    """The seed's final reply read on 28 April 2025, then on to the review's grounds."""
    screen.query_one(ReplyText).load_text(FINAL)
    screen.query_one("#reply-date", Input).value = "2025-04-28"
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: bool(screen.query("#letter-review")), "the meaning")
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: bool(screen.query(GroundBox)), "the grounds")


def sent_to_wmp() -> None:
    save_profile(Profile(name_asked=True))  # "Not now" to the name: letters keep the gap
    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-04-01", body=LETTER)  # fmt: skip


async def test_paste_a_reply_see_its_meaning_and_write_the_review() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_reply_screen(pilot)
        screen.query_one(ReplyText).load_text(FINAL + "\n\x1b[31m[bold]not markup[/bold]")
        screen.query_one("#reply-date", Input).value = "2025-04-28"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(screen.query("#letter-review")), "the meaning")
        text = screen_text(pilot)
        assert "Part of your request is answered" in text
        # words, not "partly-answered"
        assert "Paedophile hunters”: partly answered, received 28 April 2025." in text
        assert "s23(5): Information supplied by" in text and "(for questions 3 and 4)" in text
        draft = DraftStore().load("hunters-0001")
        assert (draft.status, str(draft.replied)) == ("partly-answered", "2025-04-28")
        assert pilot.app.focused is screen.query_one("#letter-review", Button)
        await pilot.press("ctrl+s")  # goes on with the next letter, as on every step
        await wait_for(pilot, lambda: bool(screen.query(GroundBox)), "the grounds")
        boxes = list(screen.query(GroundBox))
        assert boxes and not any(b.value for b in boxes)  # nothing ticked for the requester
        await pilot.press("ctrl+s")
        assert "Tick at least one ground" in screen_text(pilot)
        prejudice = next(b for b in boxes if b.name == "prejudice")
        prejudice.focus()
        await pilot.press("space", "ctrl+s")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the letter in the editor")
        editor = pilot.app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.draft.follows == "hunters-0001.md" and editor.draft.letter == "review"
        assert "The harm from disclosure is asserted, not shown" in editor.draft.body


async def test_a_draft_not_yet_sent_says_so() -> None:
    write_draft("unsent-0001.md", "Not sent", authority="wmp", body=LETTER)
    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.pause(0.2)
        assert not showing(pilot, ReplyScreen)
        assert any("has not been marked sent" in n.message for n in pilot.app._notifications)


async def test_the_editor_palette_reads_the_reply_of_a_sent_draft() -> None:
    from tests.tui.test_shell_help_palette import palette_prompts

    write_draft("hunters-0001.md", "Paedophile hunters", authority="wmp", status="sent",
                sent="2025-04-01", body=LETTER)  # fmt: skip
    async with make_app().run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        labels = [p.split("\n")[0] for p in await palette_prompts(pilot)]
        assert "draft: read the authority's reply …" in labels  # Home's, for the highlighted
        await pilot.press("escape")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        editor = pilot.app.screen
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "read the authority's reply")
        await settle(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
        assert "The reply from West Midlands Police" in screen_text(pilot)
        await pilot.press("escape")  # nothing recorded
        await wait_for(pilot, lambda: pilot.app.screen is editor, "the editor again")
    assert DraftStore().load("hunters-0001").replied is None


async def test_at_80x24_a_long_ground_and_a_long_error_are_read_whole() -> None:
    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        missing = "/tmp/no-such-folder-for-foidraft/the-authoritys-reply-of-april.txt"
        screen.query_one("#reply-file", Input).value = missing
        await pilot.press("ctrl+s")
        error = screen.query_one("#reply-error", Label)
        await wait_for(pilot, lambda: "cannot read" in str(error.content), "the error")
        assert error.size.width <= screen.query_one("#dialog").size.width
        assert error.size.height >= 2  # wrapped, not cut off at the dialog's edge
        screen.query_one("#reply-file", Input).value = ""
        await to_the_grounds(pilot, screen)
        dialog = screen.query_one("#dialog").region
        for box in screen.query(GroundBox):
            assert box.region.right <= dialog.right and box.size.height >= 1
        wide = [b for b in screen.query(GroundBox) if len(str(b.label)) > 60]
        assert wide and all(b.size.height >= 2 for b in wide)  # the label wraps


async def test_at_80x24_learning_from_a_reply_reads_whole() -> None:
    from foidraft.tui.screens.learn import ProposalBox, ReplyArea
    from foidraft.tui.widgets.ticks import TickBox
    from tests.tui.editor_harness import EditorTestApp, settled, wait_until
    from tests.tui.test_editor_outbound import REPLY, sent_draft, to_the_learn_screen

    store, draft = sent_draft()
    assert isinstance(draft, Draft)
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot, app.editor_screen)
        learn = await to_the_learn_screen(pilot, app)
        await pilot.pause()
        everywhere = learn.query_one("#everywhere", TickBox)
        assert "Northumbria" in str(everywhere.label)
        assert everywhere.region.right <= learn.query_one("#dialog").region.right
        assert everywhere.size.height >= 2  # "...not only Northumbria Police" wraps
        learn.query_one(ReplyArea).load_text(REPLY)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(learn.query(ProposalBox)), "the proposals")
        [box] = learn.query(ProposalBox)
        assert box.region.right <= learn.query_one("#dialog").region.right


async def test_the_grounds_step_footer_says_how_to_tick() -> None:
    from textual.widgets import Footer

    sent_to_wmp()
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_reply_screen(pilot)
        await to_the_grounds(pilot, screen)
        await settle(pilot)
        shown = {
            (b.binding.id, b.binding.description)
            for b in screen.active_bindings.values()
            if b.binding.show
        }
        assert ("reply.tick", "Tick") in shown  # the footer names the key that ticks
        assert screen.query_one(Footer) is not None
        first = screen.query(GroundBox).first()
        assert pilot.app.focused is first and not first.value
        await pilot.press("space")
        assert first.value
