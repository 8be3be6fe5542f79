"""A name written with brackets or braces ("[bold]Jo[/bold] Bloggs", pasted with markup)
used to be saved, then every letter it signed was flagged "'Yours faithfully,' is not
followed by your name": in a letter, brackets mark a gap still to fill. It is refused
where it is typed, with why, in the app and on the command line."""

from __future__ import annotations

import pytest

from foidraft.cli import main
from foidraft.drafts import Profile, load_profile
from foidraft.drafts.profile import name_problem, profile_path, save_profile
from foidraft.errors import FoidraftError
from foidraft.lint.api import check
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.dialogs import TextInputDialog
from tests.tui.shell_harness import make_app, screen_text, settle, showing, type_text, wait_for

LETTER = "Dear Sir or Madam,\n\nPlease provide the policy.\n\nYours faithfully,\n\n{name}\n"


@pytest.mark.parametrize("name", ["[bold]Jo[/bold] Bloggs", "Jo {Bloggs}", "[Jo Bloggs]"])
def test_a_name_the_letter_would_read_as_a_gap_is_refused(name: str) -> None:
    signed = check(LETTER.format(name=name))
    assert [f.rule for f in signed] == ["FD901"]  # why it matters: "no name"
    assert name_problem(name)
    with pytest.raises(FoidraftError, match=r"cannot contain \[ \] \{ \}"):
        save_profile(Profile(name=name))
    assert not profile_path().exists()


def test_an_ordinary_name_signs_the_letter_without_a_finding() -> None:
    assert name_problem("Jo O'Brien-Bloggs") == ""
    assert not [f for f in check(LETTER.format(name="Jo Bloggs")) if f.rule == "FD901"]


def test_the_command_line_says_so_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["details", "--name", "[b]Jo[/b]"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("foidraft: error: A name cannot contain")
    assert not profile_path().exists()


async def test_the_first_name_box_asks_again_with_why() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the name box")
        await settle(pilot)
        await type_text(pilot, "[bold]Jo[/bold] Bloggs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "cannot contain" in screen_text(pilot), "why not")
        assert showing(pilot, TextInputDialog)  # still asking
        screen = pilot.app.screen
        assert isinstance(screen, TextInputDialog)
        screen.query_one("#dialog-input").value = "Jo Bloggs"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the authority")
    assert load_profile().name == "Jo Bloggs"


async def test_why_is_read_whole_at_80_columns() -> None:
    """At 80x24 the reason ran off the box's edge: "... they mark a gap still t"."""
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the name box")
        await settle(pilot)
        await type_text(pilot, "Jo [bold]Bloggs")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "cannot contain" in screen_text(pilot), "why not")
        box = [line.split("█")[1] for line in screen_text(pilot).splitlines() if "█" in line]
        said = " ".join(" ".join(box).split())
        assert "gap still to fill in. Type your name as it should appear under your" in said
