"""An authority's name inside a sentence takes "the" where English does: "What do you want
to ask the Home Office for?" (it read "ask Home Office for?"), "ask West Midlands Police
for?". One helper, ``foidraft.authorities.names.in_running_text``, says it for every
sentence that names the authority."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Static

from foidraft.authorities.infer import infer_authority
from foidraft.authorities.names import in_running_text, running_parts
from foidraft.tui.screens.flow_picker import FlowPickerScreen
from tests.conftest import Cli


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Home Office", "the Home Office"),
        ("the Met", "the Met"),
        ("Metropolitan Police Service", "the Metropolitan Police Service"),
        ("University of Leeds", "the University of Leeds"),
        ("London Borough of Barnet", "the London Borough of Barnet"),
        ("Department for Education", "the Department for Education"),
        ("Student Awards Agency for Scotland", "the Student Awards Agency for Scotland"),
        ("Kent Police and Crime Commissioner", "the Kent Police and Crime Commissioner"),
        ("The Open University", "the Open University"),
        ("BBC", "the BBC"),
        ("West Midlands Police", "West Midlands Police"),
        ("Hampshire and Isle of Wight Constabulary", "Hampshire and Isle of Wight Constabulary"),
        ("Leeds City Council", "Leeds City Council"),
        ("Police Scotland", "Police Scotland"),
        ("HM Revenue and Customs", "HM Revenue and Customs"),
        ("GMP", "GMP"),
        ("University College London", "University College London"),
    ],
)
def test_a_name_in_running_text(name: str, said: str) -> None:
    assert in_running_text(name) == said
    assert "".join(running_parts(name)) == said


def test_a_sentence_that_starts_with_the_name() -> None:
    assert in_running_text("Home Office", sentence_start=True) == "The Home Office"
    assert in_running_text("Kent Police", sentence_start=True) == "Kent Police"


@pytest.mark.parametrize(
    ("name", "asked"),
    [
        ("Home Office", "What do you want to ask the Home Office for?"),
        ("West Midlands Police", "What do you want to ask West Midlands Police for?"),
    ],
)
async def test_the_kind_of_request_asks_the_home_office_with_the(name: str, asked: str) -> None:
    app: App[None] = App()
    async with app.run_test(size=(100, 24)) as pilot:
        await app.push_screen(FlowPickerScreen(infer_authority(name)))
        await pilot.pause()
        question = app.screen.query_one(".screen-question", Static)
        assert str(question.render()) == asked


def test_the_command_line_says_it_the_same_way(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("topic: knife crime\n", encoding="utf-8")
    code, _out, err = cli("new", "--flow", "crime-statistics", "--authority", "Home Office",
                          "--answers", str(answers))  # fmt: skip
    assert code == 2
    assert "does not apply to the Home Office:" in err, err
