"""At 60 columns every footer key is whole and Quit and Help stay: Home's footer ended in
"del Delet", the interview's in "^q Quit f", and the editor's, with a finding chosen, ran
under the command palette key and lost Quit and Help."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from foidraft.tui.screens.editor import EditorScreen
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for, write_draft
from tests.tui.test_shell_question_fit import interview

SIZE = (60, 20)


def cut_keys(pilot: Pilot[None]) -> list[str]:
    """The footer keys that do not fit whole on the line, beside the palette key."""
    footer = pilot.app.screen.query_one(Footer)
    keys = list(footer.query(FooterKey))
    palette = [k for k in keys if k.has_class("-command-palette")]
    edge = palette[0].region.x if palette else pilot.app.size.width
    return [k.description for k in keys if k not in palette and k.region.right > edge]


def footer(pilot: Pilot[None]) -> str:
    return " ".join(screen_text(pilot).splitlines()[-1].split())


def assert_fits(pilot: Pilot[None], *keys: str) -> None:
    line = footer(pilot)
    assert cut_keys(pilot) == [], line
    for key in ("^q Quit", "f1 Help", *keys):
        assert key in line, line


async def test_homes_footer_at_60_columns() -> None:
    write_draft("a-0001.md", "Online grooming", authority="wmp")
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await wait_for(pilot, lambda: "Online grooming" in screen_text(pilot), "the draft")
        assert_fits(pilot, "⏎ Open", "n New", "p Reply", "e Export")


async def test_the_interviews_footer_at_60_columns() -> None:
    async with interview(SIZE, "gmp", "crime-statistics") as pilot:
        assert_fits(pilot, "⏎ Next", "esc Leave", "^l Letter")


async def test_the_editors_footer_with_a_finding_chosen_at_60_columns() -> None:
    body = "Dear West Midlands Police,\n\nArrests in 2019/20 please.\n"
    path = write_draft("a-0001.md", "Arrests", authority="wmp", body=body)
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        pilot.app.open_draft_path(path)
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
        await wait_for(pilot, lambda: "'2019/20'" in screen_text(pilot), "the findings")
        # The findings can be drawn before the footer is (a check from a warm cache is that
        # quick): read the footer once it is there.
        await wait_for(pilot, lambda: "Quit" in footer(pilot), "the footer")
        assert_fits(pilot, "esc Back")
        # The letter keeps nine lines at 60x20 (walk23: five, under 11 rows of findings,
        # and one while they were read), five while the findings are read.
        letter = pilot.app.screen.query_one("#draft-editor")
        assert letter.region.height >= 11, letter.region
        await pilot.press("f8")
        await wait_for(pilot, lambda: "1-9 Apply" in footer(pilot), "the finding keys")
        await pilot.pause()
        assert_fits(pilot, "1-9 Apply", "i Ignore", "esc Back")
        assert letter.region.height >= 7, letter.region
