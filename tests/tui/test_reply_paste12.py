"""Pasting a reply into the app: a long paste (10,000 lines) with control characters and
Textual markup in it is kept whole and shown literally; an empty paste, or one with
nothing readable in it, gets one clear line and records nothing."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Label

from foidraft.drafts import DraftStore
from foidraft.replies.track import replies_dir
from foidraft.tui.screens.reply import ReplyScreen
from foidraft.tui.widgets.reply_fields import ReplyText
from tests.tui.shell_harness import make_app, screen_text, wait_for
from tests.tui.test_reply_after_sending import sent
from tests.tui.test_reply_screen import FINAL, open_reply_screen

HOSTILE = "\x1b[31m[bold]not markup[/] [link=https://example.com]x[/link]\x07 [/]\n"
LONG = FINAL + "\n\nAnnex A: incidents by ward\n" + "".join(
    f"Ward {n}\t{n % 17}\t[b]{n % 5}[/b]\n" for n in range(10_000)
) + HOSTILE  # fmt: skip


async def _paste(pilot: Pilot[None], screen: ReplyScreen, text: str) -> ReplyText:
    """As a terminal's bracketed paste reaches the box."""
    box = screen.query_one(ReplyText)
    box.focus()
    pilot.app.post_message(events.Paste(text))  # the app hands it to the focused box
    await pilot.pause()
    return box


def _problem(screen: ReplyScreen) -> str:
    return str(screen.query_one("#reply-error", Label).render())


async def test_a_long_paste_with_markup_and_controls_is_kept_whole_and_read() -> None:
    sent("2025-04-01")
    async with make_app().run_test(size=(100, 32)) as pilot:
        screen = await open_reply_screen(pilot)
        box = await _paste(pilot, screen, LONG)
        assert box.text == LONG  # nothing lost, nothing changed
        assert box.document.line_count == LONG.count("\n") + 1
        box.scroll_end(animate=False)
        box.move_cursor((box.document.line_count - 2, 0))
        await pilot.pause()
        shown = screen_text(pilot)
        assert "[bold]not markup[/]" in shown and "␛" in shown  # shown as it is
        assert "\x1b" not in shown
        screen.query_one("#reply-date", Input).value = "2025-04-28"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.step == "meaning", "the meaning")
        assert "Part of your request is answered" in screen_text(pilot)
        draft = DraftStore().load("hunters-0001")
        kept = list(replies_dir(draft).glob("*.txt"))
        assert [p.read_text(encoding="utf-8") for p in kept] == [LONG]  # kept whole


async def test_an_empty_paste_gets_one_clear_line_and_records_nothing() -> None:
    sent("2025-04-01")
    async with make_app().run_test(size=(100, 32)) as pilot:
        screen = await open_reply_screen(pilot)
        for text in ("", "   \n\t\n", "\x1b[0m\x07\x1b]0;\x07\n"):
            box = await _paste(pilot, screen, text)
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: bool(_problem(screen)), "a line saying what to do")
            problem = _problem(screen)
            assert "Paste the reply" in problem and "\n" not in problem.strip()
            assert screen.step == "paste" and not screen.busy
            box.clear()
        draft = DraftStore().load("hunters-0001")
        assert draft.status == "sent" and draft.replied is None  # nothing recorded
