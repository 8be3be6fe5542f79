"""The workforce flow's period question cites a case about the topic chosen before it
(``whys:`` in prompts/workforce.yaml): after agency spend it showed the Greater London
Authority's sickness absence, an example about another topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.drafts import Profile, save_profile
from foidraft.interview import load_flows
from foidraft.interview.errors import FlowFileError
from foidraft.interview.loader import load_flow_file
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, screen_text, settle, type_text
from tests.tui.test_public_flows_fit import visible
from tests.tui.test_shell_interview import current_question, start_interview


@pytest.mark.parametrize(
    ("subject", "shown", "not_shown"),
    [
        ("agency nurses", "Medway NHS Foundation Trust gave its agency spend", "sickness"),
        ("sick days", "days lost to sickness", "agency"),
    ],
)
async def test_the_period_question_cites_the_topic_chosen(
    subject: str, shown: str, not_shown: str
) -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "Leeds Teaching Hospitals NHS Trust", "workforce")
        await type_text(pilot, subject)
        while current_question(pilot) != "period":
            await pilot.press("enter")  # the topic the subject suggests, all staff
            await settle(pilot)
        why = pilot.app.screen.query_one(QuestionCard).question.why
        text = screen_text(pilot)
    assert visible(text, shown) and visible(text, why), text
    assert not_shown not in why.lower()


def test_a_why_on_a_later_question_is_refused(tmp_path: Path) -> None:
    source = load_flows()["workforce"]
    assert source.question("period").whys  # the bundled flow uses them
    flow = tmp_path / "f.yaml"
    flow.write_text(
        "version: 1\nid: f\ntitle: F\ndescription: D.\nquestions:\n"
        "  - {id: a, prompt: A?, why: W., type: text,\n"
        "     whys: [{when: {b: x}, why: V.}]}\n"
        "  - {id: b, prompt: B?, why: W., type: text}\n"
        "letter: {questions: ['{a} {b}']}\n",
        encoding="utf-8",
    )
    with pytest.raises(FlowFileError, match="'b' is not asked before this question"):
        load_flow_file(str(flow))
