"""The bundled scoping flows: they load, branch, validate answers, and compose letters."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import foidraft
from foidraft.authorities.model import Authority
from foidraft.errors import FoidraftError
from foidraft.interview import Interview, Period, load_flows
from foidraft.interview.answers import default_answer
from foidraft.interview.model import Flow
from foidraft.lint.model import SEVERITY_RANK
from tests.flow_variants import SCOTLAND

# Every letter is checked: from a home a first run has left its caches in (conftest's
# warm_cache), not the same rules read again into each test's new home.
pytestmark = pytest.mark.usefixtures("warm_cache")

TODAY = dt.date(2025, 6, 15)  # last complete financial year: 2024/25
WMP = Authority(
    id="west-midlands-police",
    name="West Midlands Police",
    short_name="WMP",
    type="police",
    nation="england",
    regime="FOIA",
    recording_standard="hocr",
)


@pytest.fixture(scope="module")
def flows() -> dict[str, Flow]:
    return load_flows()


def start(flow: Flow, authority: Authority | None = WMP, name: str = "Jo Bloggs") -> Interview:
    return Interview(flow, authority=authority, requester_name=name, today=TODAY)


def step(interview: Interview, overrides: dict[str, object] | None = None) -> None:
    """Answer the current question: an override, else the default, else the example."""
    q = interview.current
    assert q is not None
    if overrides and q.id in overrides:
        interview.answer(overrides[q.id])
        return
    value = interview.initial_value()
    interview.answer(default_answer(q, TODAY, example=True) if value is None else value)


def run(interview: Interview, overrides: dict[str, object] | None = None) -> Interview:
    """Answer every remaining question (see `step`)."""
    for _ in range(100):
        if interview.current is None:
            return interview
        step(interview, overrides)
    raise AssertionError("the interview did not finish")


# -- every flow -------------------------------------------------------------------------
def test_the_bundled_flows_cover_the_request_types(flows: dict[str, Flow]) -> None:
    assert {"crime-statistics", "incidents", "policies", "spending", "staff"} <= set(flows)


def test_every_question_says_why_and_can_be_answered_on_the_default_path(
    flows: dict[str, Flow],
) -> None:
    for flow in flows.values():
        assert flow.title and flow.description
        for q in flow.questions:
            assert len(q.why) > 40, (flow.id, q.id)
            answerable = default_answer(q, TODAY) is not None or q.default is not None
            has_example = default_answer(q, TODAY, example=True) is not None
            assert answerable or has_example or not q.required, (flow.id, q.id)


@pytest.mark.parametrize(
    "flow_id", ["crime-statistics", "incidents", "policies", "spending", "staff", "correspondence"]
)
def test_default_path_letter_is_complete(flows: dict[str, Flow], flow_id: str) -> None:
    interview = run(start(flows[flow_id]))
    assert interview.is_complete
    letter = interview.letter()
    assert letter.startswith("Dear West Midlands Police,\n\n")
    assert "under the Freedom of Information Act 2000" in letter
    assert re.search(r"^1\. ", letter, re.MULTILINE)
    assert letter.rstrip().endswith("Yours faithfully,\n\nJo Bloggs")
    assert not re.search(r"\[[a-z' ]+\]", letter), letter  # no placeholder left
    assert "{" not in letter and "}" not in letter
    assert interview.title() != flows[flow_id].title  # the answers shaped the title


# -- the crime statistics flow ------------------------------------------------------------
CRIME_ANSWERS: dict[str, object] = {
    "topic": "online grooming of children",
    "unit": "crimes",
    "offences": ["71/17", "88A"],
    "area": "force",
    "period": {"kind": "financial", "start": 2021, "end": 2023},
    "date_basis": "recorded",
    "flags": ["online"],
    "outcomes": "charged",
    "breakdowns": ["victim_age"],
    "small_numbers": True,
    "drop_first": ["breakdown"],
    "format": "spreadsheet",
}


SCOTTISH_ANSWERS = {**CRIME_ANSWERS, "flags": ["domestic_abuse"]}


def test_crime_letter_has_every_part(flows: dict[str, Flow]) -> None:
    letter = run(start(flows["crime-statistics"]), CRIME_ANSWERS).letter()
    paragraphs = letter.split("\n\n")
    assert paragraphs[0] == "Dear West Midlands Police,"
    assert "under the Freedom of Information Act 2000" in paragraphs[1]
    numbered = [p for p in paragraphs if re.match(r"\d+\. ", p)]
    assert [p.split(".")[0] for p in numbered] == ["1", "2", "3", "4"]
    assert numbered[0].startswith(
        "1. The number of crimes recorded in your force area for Home Office offence codes "
        "71/17 (sexual communication with a child) and 88A (sexual grooming), in the "
        "financial years 2021/22 to 2023/24 (1 April 2021 to 31 March 2024), counted by "
        "the date the crime was recorded"
    )
    assert "the Home Office online crime flag" in numbered[1]
    assert "outcome type 1 (charged or summonsed)" in numbered[2]
    assert "victim's age" in numbered[3]
    assert (
        "If answering all of this would exceed the cost limit, please answer questions 1 to 3 "
        "first and drop question 4." in paragraphs
    )
    assert "Please send the information as a spreadsheet (CSV or Excel)." in paragraphs
    assert letter.endswith("Yours faithfully,\n\nJo Bloggs\n")


def test_drop_first_names_the_dropped_numbers(flows: dict[str, Flow]) -> None:
    answers = {**CRIME_ANSWERS, "flags": [], "outcomes": "none"}
    answers["breakdowns"] = ["victim_age", "month"]
    answers["drop_first"] = ["breakdown"]
    letter = run(start(flows["crime-statistics"]), answers).letter()
    assert "please answer question 1 first and drop questions 2 and 3." in letter


def test_no_drop_line_when_the_requester_declines_it(flows: dict[str, Flow]) -> None:
    letter = run(
        start(flows["crime-statistics"]), {**CRIME_ANSWERS, "drop_first": ["none"]}
    ).letter()
    assert "cost limit" not in letter
    assert "4. The crimes in question 1 broken down by" in letter


def test_foisa_letter_for_police_scotland(flows: dict[str, Flow]) -> None:
    interview = run(start(flows["crime-statistics"], SCOTLAND), SCOTTISH_ANSWERS)
    letter = interview.letter()
    assert letter.startswith("Dear Police Scotland,")
    assert "under the Freedom of Information (Scotland) Act 2002" in letter
    assert "Freedom of Information Act 2000" not in letter
    assert "Home Office" not in letter
    assert "71/17" not in letter and "88A" not in letter
    assert "Scottish Crime Recording Standard" in letter
    assert (
        "for the crimes you record as sexual communication with a child and the crimes you "
        "record as sexual grooming" in letter
    )
    assert "detected (cleared up)" in letter


def test_one_offence_reads_in_the_singular(flows: dict[str, Flow]) -> None:
    letter = run(start(flows["crime-statistics"]), {**CRIME_ANSWERS, "offences": ["88A"]}).letter()
    assert "for Home Office offence code 88A (sexual grooming), in the financial" in letter
    assert "each offence code" not in letter
    scottish = run(start(flows["crime-statistics"], SCOTLAND), {**SCOTTISH_ANSWERS,
                   "offences": ["scot:communicating_indecently"]}).letter()  # fmt: skip
    assert "Standard for communicating indecently, using the crime classifications" in scottish


def test_choosing_the_authority_later_changes_the_act(flows: dict[str, Flow]) -> None:
    interview = run(start(flows["crime-statistics"], None), CRIME_ANSWERS)
    assert interview.letter().startswith("Dear Sir or Madam,")
    interview.authority = SCOTLAND
    assert "Freedom of Information (Scotland) Act 2002" in interview.letter()
    # Home Office codes become the crimes' names; the online flag becomes Police
    # Scotland's own cyber marker.
    assert interview.is_complete
    assert "the crimes you record as sexual communication with a child" in interview.letter()
    assert "your cyber marker (crimes committed wholly or partly online)" in interview.letter()


def test_a_flag_police_scotland_does_not_hold_is_asked_again(flows: dict[str, Flow]) -> None:
    answers = {**CRIME_ANSWERS, "flags": ["knife"]}
    interview = run(start(flows["crime-statistics"], None), answers)
    interview.authority = SCOTLAND
    assert not interview.is_complete
    assert interview.current is not None and interview.current.id == "flags"
    run(interview, {"flags": []})
    assert interview.is_complete


def test_typed_text_cannot_break_the_letter_layout(flows: dict[str, Flow]) -> None:
    subject = "spit guards\n\n2. Every email you hold {authority.name}"
    letter = run(start(flows["policies"]), {"subject": subject}).letter()
    assert "on spit guards 2. Every email you hold {authority.name}, in the version" in letter
    assert not re.search(r"^2\. ", letter, re.MULTILINE)


def test_flows_say_whom_they_suit(flows: dict[str, Flow]) -> None:
    council = Authority(id="moray", name="Moray Council", type="council", nation="scotland")
    assert flows["crime-statistics"].suits(WMP) and flows["crime-statistics"].suits(SCOTLAND)
    assert not flows["crime-statistics"].suits(council)
    assert flows["spending"].suits(council) and flows["policies"].suits(None)


def test_arrests_branch_hides_crime_only_questions(flows: dict[str, Flow]) -> None:
    interview = start(flows["crime-statistics"])
    interview.answer("grooming arrests")
    interview.answer("arrests")
    shown = [q.id for q in interview.visible_questions()]
    for hidden in ("date_basis", "flags", "outcomes", "outcome_types", "breakdowns"):
        assert hidden not in shown
    run(interview, {"offences": ["88A"]})
    letter = interview.letter()
    assert "1. The number of arrests recorded" in letter
    assert "crimes recorded" not in letter
    assert not re.search(r"^2\. ", letter, re.MULTILINE)


def test_selected_outcomes_branch_asks_which(flows: dict[str, Flow]) -> None:
    interview = start(flows["crime-statistics"])
    assert "outcome_types" not in [q.id for q in interview.visible_questions()]
    run(interview, {**CRIME_ANSWERS, "outcomes": "selected", "outcome_types": ["1", "8"]})
    assert "outcome_types" in [q.id for q in interview.visible_questions()]
    assert "outcome types 1 (charged or summonsed) and 8 (community resolution)" in (
        interview.letter()
    )


def test_free_text_offence_is_kept_as_typed(flows: dict[str, Flow]) -> None:
    answers = {**CRIME_ANSWERS, "offences": ["88A", "breach of a restraining order"]}
    interview = run(start(flows["crime-statistics"]), answers)
    letter = interview.letter()
    assert (
        "for Home Office offence code 88A (sexual grooming) and the offences you record as "
        "breach of a restraining order" in letter
    )
    assert any("not a category foidraft knows" in n for n in interview.notes("offences"))


def test_a_typed_code_is_checked_against_the_model(flows: dict[str, Flow]) -> None:
    interview = start(flows["crime-statistics"])
    while interview.current is not None and interview.current.id != "offences":
        step(interview, CRIME_ANSWERS)
    with pytest.raises(FoidraftError, match="99Z is not an offence code"):
        interview.answer(["99Z made-up offence"])
    interview.answer(["8L harassment"])  # a real code typed with its name: the code
    assert interview.answers["offences"] == ("8L",)


def test_back_keeps_the_answer_and_a_changed_branch_drops_hidden_answers(
    flows: dict[str, Flow],
) -> None:
    interview = run(start(flows["crime-statistics"]), CRIME_ANSWERS)
    assert interview.is_complete and not interview.current
    while interview.current is None or interview.current.id != "topic":
        assert interview.can_go_back
        interview.back()
    assert not interview.can_go_back
    interview.back()  # at the first question: nothing happens
    assert interview.current is not None and interview.current.id == "topic"
    interview.answer(interview.initial_value())
    assert interview.initial_value() == "crimes"
    interview.answer("arrests")
    assert "flags" not in interview.answers  # hidden now, so not part of the letter
    assert interview.current is not None and interview.current.id == "offences"
    assert interview.initial_value() == ("71/17", "88A")
    assert "online crime flag" not in interview.letter()
    interview.goto("unit")
    interview.answer("crimes")  # back again: the earlier flag answer returns
    assert interview.answers["flags"] == ("online",)


def test_progress_counts_the_questions_the_answers_and_defaults_ask(
    flows: dict[str, Flow],
) -> None:
    interview = start(flows["crime-statistics"])
    interview.answer("statistics")
    index, total = interview.progress
    assert index == 1
    interview.answer("crimes")
    assert interview.progress == (2, total)  # the default answer opened no new branch
    seen = [interview.progress[1]]
    run(interview, {"flags": []})
    assert interview.progress[0] == interview.progress[1]
    # Closing branches only shrinks it; the one question an answer may add is the named-group
    # one, asked once the offences picked (here the example, grooming) are against children.
    assert seen[0] - 2 <= interview.progress[1] <= seen[0] + 1


@pytest.mark.parametrize(
    ("question", "value", "message"),
    [
        ("unit", "burglaries", "is not one of the options"),
        ("offences", [], "Choose at least one"),
        ("period", {"kind": "financial", "start": 2023, "end": 2021}, "is before the start"),
        ("period", {"kind": "financial", "start": 2024, "end": 2025}, "has not finished yet"),
        ("period", {"kind": "calendar", "start": 2026, "end": 2026}, "not a year"),
        ("period", {"kind": "fortnightly", "start": 2021}, "financial years, calendar years"),
        ("small_numbers", "maybe", "Answer yes or no"),
    ],
)
def test_bad_answers_are_refused_and_leave_the_state_alone(
    flows: dict[str, Flow], question: str, value: object, message: str
) -> None:
    interview = start(flows["crime-statistics"])
    while interview.current is not None and interview.current.id != question:
        step(interview)
    before = (interview.current, dict(interview.answers), interview.letter())
    with pytest.raises(FoidraftError, match=message):
        interview.answer(value)
    assert (interview.current, dict(interview.answers), interview.letter()) == before


def test_answering_after_the_end_is_an_error(flows: dict[str, Flow]) -> None:
    interview = run(start(flows["policies"]))
    with pytest.raises(FoidraftError, match="go back"):
        interview.answer("anything")


def test_goto_refuses_unreached_and_hidden_questions(flows: dict[str, Flow]) -> None:
    interview = start(flows["crime-statistics"])
    with pytest.raises(FoidraftError, match="first"):
        interview.goto("format")
    interview.answer("arrests of groomers")
    interview.answer("arrests")
    with pytest.raises(FoidraftError, match="no question"):
        interview.goto("flags")


def test_preview_grows_with_placeholders(flows: dict[str, Flow]) -> None:
    interview = start(flows["crime-statistics"], name="")
    first = interview.letter()
    assert "[offences]" in first and "[period]" in first and "[your name]" in first
    assert interview.title() == "Recorded crime statistics"
    interview.answer("sexual grooming")
    interview.answer("crimes")
    interview.answer(["88A"])
    second = interview.letter()
    assert "[offences]" not in second and "88A (sexual grooming)" in second
    assert "[period]" in second


def test_period_notes_reach_the_app(flows: dict[str, Flow]) -> None:
    interview = start(flows["crime-statistics"])
    for value in ("grooming", "crimes", ["88A"], "force"):
        interview.answer(value)
    long_ago = {"kind": "calendar", "start": 2012, "end": 2014}
    # Crime counts are fields: an old period is no retention problem there...
    assert interview.check_answer(long_ago) == []
    assert any("open-ended" in n for n in interview.check_answer("2020-04-01 to date"))
    # ...but documents are kept for about six years.
    policies = start(flows["policies"])
    run(policies, {"versions": "period", "period": long_ago})
    assert any("six years" in n for n in policies.notes("period"))


# -- other flows --------------------------------------------------------------------------
def test_policies_flow_branches_on_versions(flows: dict[str, Flow]) -> None:
    interview = run(
        start(flows["policies"]),
        {
            "subject": "the use of spit and bite guards",
            "exact_title": "Spit and Bite Guard Procedure",
            "versions": "period",
            "period": {"kind": "calendar", "start": 2022, "end": 2023},
            "extras": ["review_dates"],
            "drop_first": ["extra"],
        },
    )
    letter = interview.letter()
    assert "each version of the policy you hold on the use of spit and bite guards" in letter
    assert "the calendar years 2022 to 2023 (1 January 2022 to 31 December 2023)" in letter
    assert '"Spit and Bite Guard Procedure"' in letter
    assert "2. For the documents in question 1: the date it was approved" in letter
    assert "please answer question 1 first and drop question 2." in letter
    assert "owned by" not in letter  # the optional owner was left empty


def test_staff_flow_uses_a_snapshot_date(flows: dict[str, Flow]) -> None:
    letter = run(start(flows["staff"]), {"years_back": 2}).letter()
    assert "in post on 31 March 2025 and on the same date in each of the previous 2 years" in (
        letter
    )
    with pytest.raises(FoidraftError, match="future"):
        interview = start(flows["staff"])
        run(interview, {"snapshot": "2030-01-01"})


def test_spending_flow_only_takes_financial_years(flows: dict[str, Flow]) -> None:
    interview = start(flows["spending"])
    with pytest.raises(FoidraftError, match="financial years"):
        run(interview, {"period": {"kind": "calendar", "start": 2022, "end": 2023}})


# -- the knowledge base finds nothing to warn about in composed letters -------------------
BRANCHES: list[tuple[str, dict[str, object]]] = [
    ("crime-statistics", {}),
    ("crime-statistics", CRIME_ANSWERS),
    ("crime-statistics", {**CRIME_ANSWERS, "flags": ["online", "hate_crime"],
                          "outcomes": "all", "breakdowns": ["month", "suspect_sex"]}),
    ("crime-statistics", {"unit": "arrests", "offences": ["86/10"]}),
    ("crime-statistics", {"period": {"kind": "calendar", "start": 2020, "end": 2024},
                          "date_basis": "committed", "outcomes": "selected"}),
    ("incidents", {}),
    ("incidents", {"keywords_wanted": True, "breakdowns": ["grade"]}),
    ("incidents", {"unit": "calls"}),
    ("policies", {}),
    ("policies", {"doc_type": ["policy", "training"], "extras": ["impact_assessment"],
                  "owner": "Professional Standards", "drop_first": ["document:training"]}),
    ("spending", {}),
    ("spending", {"detail": "contracts"}),
    ("staff", {}),
    ("staff", {"topic": "absence", "breakdowns": ["rank"]}),
    ("staff", {"subject": "agency workers in custody"}),
    ("correspondence", {}),
    ("correspondence", {"doc_types": ["emails"], "keywords": ""}),
]  # fmt: skip


def warnings(letter: str, authority: Authority | None) -> list[str]:
    found = foidraft.check(letter, authority)
    return [
        f"{f.rule} {f.severity} {f.match!r}: {f.message}"
        for f in found
        if f.rank >= SEVERITY_RANK["warning"]
    ]


@pytest.mark.parametrize(("flow_id", "answers"), BRANCHES)
@pytest.mark.parametrize("authority", [WMP, SCOTLAND, None], ids=["wmp", "scotland", "none"])
def test_composed_letters_pass_the_checker(
    flows: dict[str, Flow], flow_id: str, answers: dict[str, object], authority: Authority | None
) -> None:
    """Each letter is checked as it would be sent: against the authority it is written for
    (none chosen yet: the checker assumes an FOIA request to an authority of any type)."""
    if authority is SCOTLAND and answers.get("flags") == ["online"]:
        answers = {**answers, "flags": ["domestic_abuse"]}
    if authority is SCOTLAND and "flags" in answers:
        answers = {**answers, "flags": [f for f in answers["flags"] if f != "online"]}  # type: ignore[attr-defined]
    letter = run(start(flows[flow_id], authority), answers).letter()
    found = warnings(letter, authority)
    assert found == [], "\n".join([*found, "", letter])


def test_police_only_parts_ask_a_commissioner_to_point_to_the_force(
    flows: dict[str, Flow],
) -> None:
    pcc = Authority(id="opcc", name="The Police and Crime Commissioner", type="pcc")
    line = "please tell me whether the force holds it"
    assert line in run(start(flows["crime-statistics"], pcc), CRIME_ANSWERS).letter()
    assert line in run(start(flows["crime-statistics"], None), CRIME_ANSWERS).letter()
    assert line not in run(start(flows["crime-statistics"], WMP), CRIME_ANSWERS).letter()


def test_the_checker_test_can_fail() -> None:
    """The check above is real: the same helper reports a known bad wording."""
    assert warnings("Please send the registration numbers of all unmarked police vehicles.", None)


# -- the period helper --------------------------------------------------------------------
def test_period_wording() -> None:
    assert Period.financial(2021, 2023).describe("the date the crime was recorded") == (
        "the financial years 2021/22 to 2023/24 (1 April 2021 to 31 March 2024), "
        "by the date the crime was recorded"
    )
    assert Period.financial(2023).describe() == (
        "the financial year 2023/24 (1 April 2023 to 31 March 2024)"
    )
    assert Period.calendar(2022, 2024).describe() == (
        "the calendar years 2022 to 2024 (1 January 2022 to 31 December 2024)"
    )
    open_ended = Period.dates(dt.date(2020, 4, 1), None)
    assert open_ended.describe() == "the period from 1 April 2020 to the date of this request"
    assert Period.financial(2021, 2023).each_text == "for each financial year"


def test_period_refusals_and_notes() -> None:
    with pytest.raises(FoidraftError, match="before the start"):
        Period.calendar(2023, 2021).validate(TODAY)
    with pytest.raises(FoidraftError, match="has not finished yet"):
        Period.financial(2024, 2025).validate(TODAY)
    with pytest.raises(FoidraftError, match="not started yet"):
        Period.dates(dt.date(2025, 7, 1), None).validate(TODAY)
    with pytest.raises(FoidraftError, match="not in the past"):
        Period.dates(dt.date(2025, 1, 1), dt.date(2025, 6, 30)).validate(TODAY)
    Period.financial(2024).validate(TODAY)  # ended 31 March 2025: fine
    assert Period.financial(2022, 2024).notes(TODAY) == []
    assert any("six years" in n for n in Period.calendar(2015, 2024).notes(TODAY))
    assert any("open-ended" in n for n in Period.dates(dt.date(2024, 1, 1), None).notes(TODAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021/22 to 2023/24", Period.financial(2021, 2023)),
        ("2023/24", Period.financial(2023)),
        ("2021/22-2023/24", Period.financial(2021, 2023)),
        ("2021 to 2023", Period.calendar(2021, 2023)),
        ("2024-01-01 to 2024-03-31", Period.dates(dt.date(2024, 1, 1), dt.date(2024, 3, 31))),
        ("1 April 2020 to date", Period.dates(dt.date(2020, 4, 1), None)),
    ],
)
def test_period_texts(text: str, expected: Period) -> None:
    from foidraft.interview import parse_period

    assert parse_period(text) == expected


def test_bad_period_texts() -> None:
    from foidraft.interview import parse_period

    for text in ("2021/23", "soon", "2021/22 to next year", ""):
        with pytest.raises(FoidraftError):
            parse_period(text)
