"""Templates carry meaning: a batch letter to Police Scotland says its recording terms as
the interview says them to Police Scotland (crime names under the Scottish Crime Recording
Standard, its own markers, detected or not), and what has no counterpart becomes a gap."""

from __future__ import annotations

import datetime as dt
import re

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.batch import plan_batch
from foidraft.drafts import Draft
from foidraft.interview import load_flows
from foidraft.interview.script import answer_all
from foidraft.recorded.terms import localise
from foidraft.templates import template_from_draft

TODAY = dt.date(2024, 11, 4)
ANSWERS = {
    "topic": "burglary",
    "unit": "crimes",
    "area": "force",
    "period": {"kind": "financial", "start": 2022, "end": 2023},
    "date_basis": "recorded",
    "only_flagged": False,
    "outcomes": "charged",
    "small_numbers": True,
    "drop_first": ["none"],
    "format": "spreadsheet",
}
# The words that say how crimes are recorded, in either nation.
TERMS = re.compile(
    r"Home Office(?: offence codes?| outcome types?| Counting Rules| online crime flag)?|"
    r"Scottish Crime Recording Standard|crime classifications?|detected \(cleared up\)|"
    r"not detected|outcome type \d+|[a-z ]+ (?:flag|marker|aggravation)\b|"
    r"Freedom of Information(?: \(Scotland\))? Act \d{4}"
)


def force(name: str) -> Authority:
    return load_directory().exact(name)[0]


def interview_letter(authority: Authority, **answers: object) -> str:
    flow = next(f for f in load_flows().values() if f.id == "crime-statistics")
    interview, _ = answer_all(
        flow, {**ANSWERS, **answers}, authority=authority, requester_name="Jo Bloggs",
        today=TODAY, examples=True,
    )  # fmt: skip
    return interview.letter()


def terms(letter: str) -> set[str]:
    return {m.group(0).strip() for m in TERMS.finditer(letter)}


def batch_letter(letter: str, made_for: Authority, to: Authority) -> str:
    draft = Draft.new("Burglary", letter, made_for.id)
    template = template_from_draft(draft, made_for)
    plan = plan_batch(template, [made_for, to], today=TODAY)
    return next(d for d in plan.drafts if d.authority.id == to.id).text


def test_the_batch_letter_to_police_scotland_agrees_with_the_interviews() -> None:
    wmp, scotland = force("West Midlands Police"), force("Police Scotland")
    english = interview_letter(wmp, offences=["28E", "28F"], flags=["domestic_abuse"])
    scottish = interview_letter(scotland, offences=["scot:housebreaking"], flags=["domestic_abuse"])
    batched = batch_letter(english, wmp, scotland)

    assert "Home Office" in english and "Home Office" not in batched
    assert terms(batched) == terms(scottish), (terms(batched), terms(scottish))
    assert "housebreaking (including attempts)" in batched
    assert "[[" not in batched  # everything here has a Scottish counterpart


def test_what_police_scotland_does_not_record_becomes_a_gap_to_fill() -> None:
    wmp, scotland = force("West Midlands Police"), force("Police Scotland")
    english = interview_letter(wmp, offences=["28E"], flags=["knife"])
    draft = Draft.new("Burglary", english, wmp.id)
    plan = plan_batch(template_from_draft(draft, wmp), [wmp, scotland], today=TODAY)
    to_scotland = next(d for d in plan.drafts if d.authority.id == scotland.id)
    to_wmp = next(d for d in plan.drafts if d.authority.id == wmp.id)

    assert "[[Police Scotland records weapons through its own crime names" in to_scotland.text
    assert "knife or sharp instrument flag" not in to_scotland.text
    assert "FD903" in {f.rule for f in to_scotland.findings}  # the gap is flagged
    assert [t for t in to_scotland.terms if t.gap] and "1 gap to fill" in to_scotland.terms_text()
    assert to_wmp.text == english
    assert not to_wmp.terms


def test_a_scottish_letter_sent_to_english_forces_asks_for_their_codes() -> None:
    scotland = force("Police Scotland")
    scottish = interview_letter(scotland, offences=["scot:housebreaking"], flags=["domestic_abuse"])
    local = localise(scottish, "hocr")
    assert "Scottish Crime Recording Standard" not in local.text
    assert "the domestic abuse flag" in local.text
    assert "[[the Home Office offence codes for housebreaking (including attempts), e.g. 28E" in (
        local.text
    )
    assert "[[the outcome types you want" in local.text  # detected is not outcome type 1
    assert {t.gap for t in local.changes} == {True, False}


def test_codes_with_no_scottish_name_are_left_for_the_requester() -> None:
    letter = "Crimes recorded under Home Office offence codes 28E and 999Z in 2023."
    local = localise(letter, "scrs")
    assert "housebreaking (including attempts)" in local.text
    assert "[[the crimes Police Scotland records for Home Office code 999Z" in local.text
    assert local.gaps


def test_other_bodies_and_unchanged_letters_are_left_alone() -> None:
    letter = "Please provide the number of crimes under Home Office offence code 46 in 2023."
    assert localise(letter, None).text == letter
    assert localise(letter, "hocr").text == letter and not localise(letter, "hocr").changes


def test_hostile_text_is_read_in_linear_time() -> None:
    """Growth, not wall time: ten times the text costs about ten times the work."""
    import time

    def cost(n: int) -> float:
        text = ("for Home Office offence codes " + "28E, " * 50 + "( " * 40) * n
        start = time.perf_counter()
        localise(text, "scrs")
        return time.perf_counter() - start

    cost(2)
    small, large = min(cost(20) for _ in range(3)), min(cost(200) for _ in range(3))
    assert large < small * 40, (small, large)


def test_the_online_flag_goes_to_police_scotland_as_its_cyber_marker() -> None:
    """The interview told a Police Scotland requester it "has no online marker to count"
    while the check's rewording asked for crimes "recorded with the cyber-enabled crime
    marker" (walk23): Police Scotland has marked crimes with a cyber element since April
    2016, and the interview, a batch and the check now all name it."""
    wmp, scotland = force("West Midlands Police"), force("Police Scotland")
    english = interview_letter(wmp, offences=["28E"], flags=["online"])
    scottish = interview_letter(scotland, offences=["scot:housebreaking"], flags=["online"])
    batched = batch_letter(english, wmp, scotland)
    assert "your cyber marker (crimes committed wholly or partly online)" in scottish
    assert "your cyber marker" in batched and "[[" not in batched
    assert "online crime flag" not in batched + scottish
