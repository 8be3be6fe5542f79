"""The flows for councils, NHS bodies, universities and departments: figures about a
service (prompts/service-figures.yaml) and staff and workforce (prompts/workforce.yaml).
Their letters match golden files for a council and an NHS trust, pass the checker with no
warning for every kind of body they suit, and a police force is pointed to its own flows."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import foidraft
from foidraft.authorities.infer import infer_authority
from foidraft.authorities.model import Authority
from foidraft.interview import Interview, load_flows
from foidraft.interview.script import answer_all
from foidraft.lint.model import SEVERITY_RANK

pytestmark = pytest.mark.usefixtures("warm_cache")

TODAY = dt.date(2025, 6, 15)  # last complete financial year: 2024/25
GOLDEN = Path(__file__).parent / "golden" / "flows"
COUNCIL = infer_authority("Leeds City Council")
TRUST = infer_authority("Leeds Teaching Hospitals NHS Trust")
BODIES = {
    "council": COUNCIL,
    "nhs": TRUST,
    "university": infer_authority("University of Leeds"),
    "scottish-council": infer_authority("Glasgow City Council"),
    "department": infer_authority("Department for Education"),
}
WMP = Authority(id="wmp", name="West Midlands Police", type="police", regime="FOIA")
SERVICE = {
    "unit": "complaints",
    "service": "housing repairs",
    "breakdowns": ["decision", "month"],
    "drop_first": ["breakdown"],
}
REFERRALS = {"unit": "referrals", "service": "adult audiology", "breakdowns": ["target"]}
STAFF = {"subject": "social worker numbers", "scope": "children's social care"}
AGENCY = {
    "subject": "agency nurses",
    "topic": "agency",
    "scope": "nursing",
    "breakdowns": ["department"],
}
ABSENCE = {"subject": "staff off with stress", "topic": "absence", "breakdowns": ["reason"]}
LEAVERS = {"subject": "staff turnover", "topic": "leavers", "breakdowns": ["grade", "contract"]}
# (file, flow, body, answers): what a council and an NHS trust are sent.
CASES = [
    ("service-council", "service-figures", "council", SERVICE),
    ("service-nhs", "service-figures", "nhs", REFERRALS),
    ("workforce-council", "workforce", "council", STAFF),
    ("workforce-nhs", "workforce", "nhs", AGENCY),
]
EVERY_WAY = [
    ("service-figures", {}),
    ("service-figures", SERVICE),
    ("service-figures", REFERRALS),
    ("service-figures", {"unit": "requests", "breakdowns": ["category", "stage"]}),
    ("service-figures", {"unit": "applications", "period": "01/09/2022 to 31/08/2024"}),
    ("service-figures", {"unit": "cases", "period": "2022 to 2024"}),
    ("workforce", {}),
    ("workforce", STAFF),
    ("workforce", {**STAFF, "measure": "fte", "breakdowns": ["grade", "department"]}),
    ("workforce", AGENCY),
    ("workforce", {**AGENCY, "scope": "", "breakdowns": ["staff_group"]}),
    ("workforce", ABSENCE),
    ("workforce", LEAVERS),
]


def letter(flow_id: str, authority: Authority | None, answers: dict[str, object]) -> str:
    """The title and the letter, as the golden files keep them."""
    interview = compose(flow_id, authority, answers)
    return f"Title: {interview.title()}\n\n{interview.letter()}"


def compose(flow_id: str, authority: Authority | None, answers: dict[str, object]) -> Interview:
    interview, _ = answer_all(
        load_flows()[flow_id],
        answers,
        authority=authority,
        requester_name="Jo Bloggs",
        today=TODAY,
        examples=True,
    )
    return interview


@pytest.mark.parametrize(("name", "flow_id", "body", "answers"), CASES, ids=[c[0] for c in CASES])
def test_letters_match_their_golden_files(
    name: str, flow_id: str, body: str, answers: dict[str, object]
) -> None:
    expected = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    assert letter(flow_id, BODIES[body], answers) == expected


@pytest.mark.parametrize("body", [*BODIES, "none"])
def test_every_letter_passes_the_checker_with_no_warning(body: str) -> None:
    authority = BODIES.get(body)
    found = []
    for flow_id, answers in EVERY_WAY:
        text = compose(flow_id, authority, answers).letter()
        found += [
            f"{flow_id} {answers}: {f.rule} {f.severity} {f.match!r}"
            for f in foidraft.check(text, authority)
            if f.rank >= SEVERITY_RANK["warning"]
        ]
    assert found == []


def test_the_checker_would_see_a_bad_letter_for_these_bodies() -> None:
    """The check above is real: a council asked for staff by where they work is warned."""
    bad = (
        compose("workforce", COUNCIL, STAFF)
        .letter()
        .replace("given as both", "with the number working from home, given as both")
    )
    assert "working from home" in bad
    rules = [f for f in foidraft.check(bad, COUNCIL) if f.rank >= SEVERITY_RANK["warning"]]
    assert rules


def test_the_flows_suit_other_bodies_and_point_the_police_to_their_own() -> None:
    flows = load_flows()
    for flow_id in ("service-figures", "workforce"):
        flow = flows[flow_id]
        assert all(flow.suits(a) for a in BODIES.values()), flow_id
        assert not flow.suits(WMP)
        assert 5 <= len(flow.questions) <= 8
    assert "incidents and calls" in flows["service-figures"].why_not(WMP)
    assert "staff and resources" in flows["workforce"].why_not(WMP)
    assert "staff and workforce" in flows["staff"].why_not(COUNCIL)


def test_a_path_asks_at_most_seven_questions() -> None:
    flows = load_flows()
    for flow_id, answers in EVERY_WAY:
        interview, _ = answer_all(
            flows[flow_id], answers, authority=COUNCIL, today=TODAY, examples=True
        )
        assert 4 <= len(interview.answers) <= 7, (flow_id, answers, list(interview.answers))


def test_the_subject_suggests_what_to_count() -> None:
    flow = load_flows()["workforce"]
    said = {"agency nurses": "agency", "staff off with stress": "absence",
            "staff turnover": "leavers", "social workers": "numbers"}  # fmt: skip
    for subject, topic in said.items():
        interview, _ = answer_all(
            flow, {"subject": subject}, authority=TRUST, today=TODAY, examples=True
        )
        assert interview.answers["topic"] == topic, subject


def test_a_university_is_asked_for_academic_years_by_their_dates() -> None:
    university = BODIES["university"]
    answers = {"unit": "applications", "period": "01/09/2022 to 31/08/2024"}
    text = letter("service-figures", university, answers)
    assert "1 September 2022 to 31 August 2024, with a separate figure for each academic" in (
        " ".join(text.split())
    )
    assert "academic" not in letter("service-figures", COUNCIL, answers)
    why = load_flows()["service-figures"].question("period").why or ""
    assert "academic year" in why and "1 September" in why


def test_a_university_is_offered_academic_years_not_april_to_march() -> None:
    """The period field was filled with financial years for a university, whose own
    financial year is not 1 April to 31 March: Enter asked for the wrong dates."""
    from foidraft.interview.answers import default_answer
    from foidraft.interview.period import Period
    from foidraft.interview.regime import for_authority

    flow = load_flows()["service-figures"]
    period = for_authority(flow, BODIES["university"]).question("period")
    offered = default_answer(period, TODAY)  # 15 June 2025: 2023/24 is the last complete
    assert isinstance(offered, Period)
    assert offered.describe() == (
        "the academic years 2021/22 to 2023/24 (1 September 2021 to 31 August 2024)"
    )
    on_first_of_september = default_answer(period, dt.date(2025, 9, 1))
    assert isinstance(on_first_of_september, Period)
    assert on_first_of_september.dates_text.endswith("to 31 August 2025")
    council = default_answer(for_authority(flow, COUNCIL).question("period"), TODAY)
    assert isinstance(council, Period)
    assert council.span_text == "the financial years 2022/23 to 2024/25"


def test_what_is_left_out_on_purpose_says_why() -> None:
    flows = load_flows()
    service = flows["service-figures"].question("breakdowns")
    staff = flows["workforce"].question("breakdowns")
    left_out = {n.label: n.why for n in (*service.not_offered, *staff.not_offered)}
    assert "What each person wrote or asked for" in left_out
    assert "56,553" in left_out["What each person wrote or asked for"]
    assert "Where each person works from day to day" in left_out
    assert all(why.strip() for why in left_out.values())
    offered = " ".join(c.text for c in (*service.choices, *staff.choices)).lower()
    for free_text in ("nationality", "home", "wrote", "charge rate"):
        assert free_text not in offered, free_text


def test_a_part_of_the_workforce_left_empty_asks_about_everyone() -> None:
    everyone = letter("workforce", COUNCIL, {**AGENCY, "scope": ""})
    assert "agency and interim staff in the financial years" in everyone
    part = letter("workforce", COUNCIL, {**AGENCY, "scope": "adult social care"})
    assert "agency and interim staff in adult social care in the financial years" in part


@pytest.mark.parametrize("name", ["service-figures", "workforce"])
def test_the_cases_the_why_lines_name_are_collected_requests(name: str) -> None:
    """Each flow file lists, in its opening comments, the URL of every case its why lines
    name: each is a request in tests/data/outcomes.jsonl, from the part the advice is
    written from (never the validation part)."""
    from tests.corpus import load_cases, part_of

    text = (Path(__file__).parents[1] / "prompts" / f"{name}.yaml").read_text(encoding="utf-8")
    cited = re.findall(r"^#.*?: (https?://\S+)$", text, flags=re.MULTILINE)
    assert len(cited) >= 8
    collected = {c["url"] for c in load_cases()}
    assert [u for u in cited if u not in collected] == []
    assert {part_of(u) for u in cited} == {"training"}
