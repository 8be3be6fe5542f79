"""The flows for councils, NHS bodies and other public bodies at 80x24: each question's
prompt, its whole why and the top of its field are on screen at once, a list wholly shown,
from the first question to the last."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from foidraft.drafts import Profile, save_profile
from foidraft.tui.widgets.question_card import QuestionCard
from tests.tui.shell_harness import make_app, screen_text, settle, type_text
from tests.tui.test_shell_interview import current_question, open_flows, start_interview

# (flow, body, what to type or tick on the way, the questions expected in order)
WALKS = [
    (
        "service-figures",
        "Leeds City Council",
        {"service": "housing repairs", "breakdowns": "tick", "drop_first": "tick"},
        ["service", "unit", "period", "breakdowns", "drop_first", "format"],
    ),
    (
        "workforce",
        "Leeds Teaching Hospitals NHS Trust",
        {"subject": "agency nurses", "breakdowns": "tick"},
        ["subject", "topic", "scope", "period", "breakdowns", "format"],
    ),
    (
        "workforce",
        "Leeds City Council",
        {"subject": "social worker numbers", "scope": "children's social care"},
        ["subject", "topic", "scope", "measure", "snapshot", "breakdowns", "format"],
    ),
]


def visible(text: str, words: str) -> bool:
    return " ".join(words.split()) in " ".join(text.replace("▊", " ").replace("▎", " ").split())


async def check_fit(pilot: Pilot[None]) -> None:
    card = pilot.app.screen.query_one(QuestionCard)
    text = screen_text(pilot)
    q = card.question
    assert visible(text, q.prompt), (q.id, text)
    assert q.why is not None and visible(text, q.why), (q.id, text)
    field = card.query_one("#answer")
    scroll = card.query_one("#question-scroll")
    assert scroll.region.y <= field.region.y < scroll.region.bottom, q.id  # the field starts
    if isinstance(field, OptionList):
        assert field.region.bottom <= scroll.region.bottom, q.id  # and a list is all there
        assert field.region.height >= min(5, field.option_count + 2), q.id
    else:
        assert isinstance(field, Input)


@pytest.mark.parametrize(("flow_id", "body", "typed", "expected"), WALKS)
async def test_each_question_fits_80_by_24(
    flow_id: str, body: str, typed: dict[str, str], expected: list[str]
) -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, body, flow_id)
        asked = []
        for _ in range(len(expected)):
            await settle(pilot)
            qid = current_question(pilot)
            asked.append(qid)
            await check_fit(pilot)
            if typed.get(qid) == "tick":
                await pilot.press("space")
            elif qid in typed:
                await type_text(pilot, typed[qid])
            await pilot.press("enter")
        await settle(pilot)
        assert asked == expected
        assert "officer" not in screen_text(pilot).lower()


async def test_what_is_not_offered_is_shown_with_its_reason() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "Leeds City Council", "service-figures")
        await type_text(pilot, "housing repairs")
        for _ in range(3):
            await pilot.press("enter")
            await settle(pilot)
        assert current_question(pilot) == "breakdowns"
        card = pilot.app.screen.query_one(QuestionCard)
        card.query_one("#not-offered").scroll_visible(animate=False)
        await settle(pilot)
        text = screen_text(pilot)
        assert visible(text, "Not offered, on purpose:")
        assert visible(text, "What each person wrote or asked for")


async def test_a_council_is_offered_both_and_a_force_is_told_where_to_go() -> None:
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        flows = await open_flows(pilot, "Leeds City Council")
        ids = [flows.get_option_at_index(i).id for i in range(flows.option_count)]
        for flow_id in ("service-figures", "workforce"):
            assert not flows.get_option(flow_id).disabled
        assert flows.get_option("not-staff").disabled
        assert ids.index("service-figures") < ids.index("workforce") < ids.index("not-staff")
        flows.highlighted = ids.index("service-figures")
        await settle(pilot)
        assert visible(screen_text(pilot), "in the categories its own systems record.")
    async with make_app().run_test(size=(100, 40)) as pilot:
        flows = await open_flows(pilot, "West Midlands Police")
        assert flows.get_option("not-workforce").disabled
        flows.highlighted = flows.get_option_index("not-workforce")
        await settle(pilot)
        assert visible(screen_text(pilot), "choose staff and resources.")
