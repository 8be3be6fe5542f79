"""What the requester types reaches the letter in a form the authority can answer: hedges
never, "near the park" as an area, a class and its own sub-code apart, UK dates, short
titles, correspondence sides apart, and dates from what the requester said."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.errors import FoidraftError
from foidraft.interview import Period, load_flows, parse_period
from foidraft.interview.compose import shorten_title
from foidraft.interview.plain import plain_place, without_hedge
from foidraft.interview.script import answer_all
from tests.flow_variants import SCOTLAND, TODAY, WMP


def run(flow_id: str, answers: dict[str, object], authority=WMP):  # type: ignore[no-untyped-def]
    flow = load_flows()[flow_id]
    interview, notes = answer_all(flow, answers, authority=authority, requester_name="Jo",
                                  today=TODAY, examples=True)  # fmt: skip
    return interview, notes


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("not sure - whoever at PSNI planned the parade policing",
         "the officers or staff at PSNI who planned the parade policing"),
        ("I don't know", ""),
        ("dunno, maybe the press office", "the press office"),
        ("the Chief Constable's office", "the Chief Constable's office"),
    ],
)  # fmt: skip
def test_hedges_are_taken_out(typed: str, kept: str) -> None:
    assert without_hedge(typed)[0] == kept


def test_an_unsure_answer_becomes_a_neutral_phrase_or_coaching() -> None:
    interview, _ = run("correspondence", {"sender": "I don't know", "subject": "the closure"})
    assert "(a) on your side, the officers and staff responsible" in interview.letter()
    with pytest.raises(FoidraftError, match="will not put 'not sure'"):
        run("spending", {"subject": "not sure"})
    interview, _ = run("policies", {"owner": "no idea"})  # optional: simply left out
    assert "owned by" not in interview.letter()


def test_near_a_place_becomes_a_recorded_area() -> None:
    assert plain_place("near Victoria Park") == (
        "the ward or neighbourhood that includes Victoria Park"
    )
    interview, _ = run("incidents", {"topic": "anti-social behaviour by the park",
                                     "unit": "calls", "area": "near Victoria Park"})  # fmt: skip
    letter = interview.letter()
    assert "calls your control room received" in letter
    assert "in the ward or neighbourhood that includes Victoria Park under the incident " in letter
    assert (
        "anti-social behaviour" in letter and "anti-social behaviour" in interview.title().lower()
    )


def test_a_class_and_its_own_sub_code_are_asked_for_apart() -> None:
    interview, notes = run("crime-statistics", {"offences": ["71", "71/17"]})
    assert any("71/17 is part of 71" in n for n in notes)
    assert "71/17 (sexual communication with a child), given separately and not added to 71" in (
        interview.letter()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last 12 months", Period.dates(dt.date(2024, 6, 1), dt.date(2025, 5, 31))),
        ("2024 to date", Period.dates(dt.date(2024, 1, 1), None)),
        ("01/04/2023 to 31/03/2024", Period.dates(dt.date(2023, 4, 1), dt.date(2024, 3, 31))),
        ("April 2023 to March 2024", Period.dates(dt.date(2023, 4, 1), dt.date(2024, 3, 31))),
        ("last 3 financial years", Period.financial(2022, 2024)),
        ("2023/24 to date", Period.dates(dt.date(2023, 4, 1), None)),
    ],
)
def test_uk_date_forms(text: str, expected: Period) -> None:
    assert parse_period(text, TODAY) == expected


def test_a_uk_date_and_a_snapshot() -> None:
    interview, _ = run("staff", {"snapshot": "31/03/2024"})
    assert "in post on 31 March 2024" in interview.letter()
    with pytest.raises(FoidraftError, match="not a real date"):
        run("staff", {"snapshot": "31/02/2024"})


def test_titles_are_at_most_200_characters_and_say_so() -> None:
    long = "word " * 80
    assert len(shorten_title(long)) <= 200 and shorten_title(long).endswith("…")
    interview, _ = run("crime-statistics", {"topic": "x" * 119, "area": "near " + "y" * 250})
    assert len(interview.title()) <= 200 and interview.title().endswith("…")


def test_the_window_starts_from_a_date_the_subject_names() -> None:
    interview, _ = run("correspondence", {"subject": "the parade in July 2024"})
    assert "from 1 July 2024 to 30 September 2024" in interview.letter()
    interview, _ = run("correspondence", {"subject": "the station closure"})
    assert "from 1 March 2025 to 31 May 2025" in interview.letter()  # the last three months


def test_a_year_in_the_topic_sets_the_period() -> None:
    interview, _ = run("crime-statistics", {"topic": "knife crime in 2023"})
    assert "in the calendar year 2023 (1 January 2023 to 31 December 2023)" in interview.letter()
    interview, _ = run("crime-statistics", {"topic": "grooming in 2019/20"})
    assert "in the financial year 2019/20 (1 April 2019 to 31 March 2020)" in interview.letter()


def test_topic_words_reach_the_letter_title_and_suggest_codes() -> None:
    interview, _ = run("crime-statistics", {"topic": "hate crime"})
    letter = interview.letter()
    assert interview.title().startswith("Hate crime: crimes recorded")
    assert "that carry the hate crime flag, for all notifiable offences" in letter
    assert "race, religion, sexual orientation, disability and transgender identity" in letter
    stress, _ = run("staff", {"subject": "officers off with stress", "topic": "absence"})
    assert "psychological category (stress, anxiety, depression" in stress.letter()
    assert "stress" in stress.title().lower()


def test_totals_and_contracts_and_policy_and_training_together() -> None:
    answers = {"subject": "body-worn video", "detail": ["totals", "contracts"]}
    spending, _ = run("spending", {**answers, "drop_first": ["total"]})
    letter = spending.letter()
    assert "The total amount paid to suppliers for body-worn video" in letter
    assert "For each contract for body-worn video" in letter
    assert spending.title().startswith("Spending and contracts for body-worn video")
    assert "please answer question 2 first and drop question 1." in letter
    policy, _ = run("policies", {"subject": "spit guards", "doc_type": ["policy", "training"],
                                 "drop_first": ["none"]})  # fmt: skip
    text = policy.letter()
    assert "1. A copy of the policy you hold on spit guards" in text
    assert "2. A copy of the training materials for officers and staff you hold on" in text
    assert "cost limit" not in text  # the requester chose to drop nothing


def test_counts_involving_a_named_kind_of_group_chain_to_the_charged_ones() -> None:
    interview, _ = run("crime-statistics", {"topic": "online grooming", "only_flagged": True,
                                            "involving": ["activist_group"]})  # fmt: skip
    letter = interview.letter()
    assert "that carry the Home Office online crime flag" in letter
    assert ("3. Of the crimes in question 2, the number involving a child abuse activist group "
            "(a so-called paedophile hunter group)") in letter  # fmt: skip
    assert "neither confirm nor deny that you hold any one of these figures" in letter
    why = load_flows()["crime-statistics"].question("involving").why
    assert "neither confirm nor deny" in why


def test_scottish_bodies_see_scottish_words_on_the_screens() -> None:
    interview, _ = run("crime-statistics", {"topic": "housebreaking"}, SCOTLAND)
    flow = interview.flow
    assert flow.question("offences").prompt == "Which crimes?"
    assert "section 35 of the Scottish Act (law enforcement)" in flow.question("involving").why
    assert "Home Office" not in " ".join(c.label for c in flow.question("outcomes").choices)
    flags = flow.question("flags")
    assert "knife" not in {c.value for c in flags.choices}
    assert any("records weapons through its own crime names" in n.why for n in flags.not_offered)
    assert "Cyber marker" in {c.label for c in flags.choices}  # since April 2016
    assert "housebreaking (including attempts)" in interview.letter().lower()


@pytest.mark.parametrize(
    ("subject", "topic"),
    [
        ("officers off sick with stress", "absence"),
        ("how many officers left in 2023", "turnover"),
        ("police officer numbers", "numbers"),
    ],
)
def test_staff_words_choose_what_is_counted(subject: str, topic: str) -> None:
    interview, _ = run("staff", {"subject": subject})  # topic left to the suggestion
    assert interview.answers["topic"] == topic


@pytest.mark.parametrize(
    ("topic", "authority", "asked"),
    [
        ("housebreaking", SCOTLAND, False),
        ("burglary", WMP, False),
        ("knife crime", WMP, False),
        ("online grooming", WMP, True),
        ("indecent images of children", WMP, True),
        ("communicating indecently with a child", SCOTLAND, True),
    ],
)
def test_a_named_kind_of_group_is_asked_about_only_for_sexual_offences_against_children(
    topic: str, authority: object, asked: bool
) -> None:
    """The evidence for counting crimes "involving" a group (a so-called paedophile hunter
    group) is about offences against children; a housebreaking request is not asked it."""
    interview, _ = run("crime-statistics", {"topic": topic}, authority)
    shown = {q.id for q in interview.visible_questions()}
    assert ("involving" in shown) is asked


def test_contracts_typed_in_the_subject_are_not_said_twice() -> None:
    # The walk (an NHS trust): "For each contract for hospital car parking contracts in
    # force at any time in ...".
    answers = {"subject": "hospital car parking contracts", "detail": ["contracts"]}
    spending, _ = run("spending", {**answers, "drop_first": ["none"]})
    letter = " ".join(spending.letter().split())
    assert "For each contract for hospital car parking in force at any time" in letter, letter
    assert spending.title().startswith("Contracts for hospital car parking ("), spending.title()
