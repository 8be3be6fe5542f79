"""A council, an NHS body or a university is asked the questions in words that hold for
any public authority: no officers, no police tactics, no Chief Constable in its examples
(a question's `non_police:` in prompts/, validated as strictly as the rest)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.authorities.model import Authority
from foidraft.interview import Interview, load_flows
from foidraft.interview.answers import default_answer
from foidraft.interview.regime import for_authority
from tests.test_interview_loader import BASE, problems_of, write

TODAY = dt.date(2026, 12, 5)
BODIES = ("Leeds City Council", "Leeds Teaching Hospitals NHS Trust", "University of Leeds",
          "Glasgow City Council")  # fmt: skip
POLICE_WORDS = re.compile(
    r"\b(officers?|police|(?<!in )forces?|constable|home office|outcome types?|tactic\w*|covert|"
    r"mutual aid)\b",
    re.IGNORECASE,
)
WMP = Authority(id="wmp", name="West Midlands Police", type="police")


def screen_words(flow_id: str, authority: Authority) -> list[str]:
    """What a requester reads in the flow, case citations in the why aside: prompts,
    choices and their hints, examples, placeholders and what is not offered."""
    flow = for_authority(load_flows()[flow_id], authority)
    out: list[str] = []
    for q in flow.questions:
        example = default_answer(q, TODAY, example=True)
        out += [q.prompt, q.placeholder, q.other or "", q.unsure, str(example or "")]
        out += [f"{c.label} {c.hint} {c.text}" for c in q.choices]
        out += [f"{n.label} {n.why}" for n in q.not_offered]
    return out


@pytest.mark.parametrize("name", BODIES)
def test_other_bodies_see_no_police_words_in_questions_or_examples(name: str) -> None:
    body = infer_authority(name)
    assert body.type != "police"
    for flow_id, flow in load_flows().items():
        if not flow.suits(body):
            continue
        found = [t for t in screen_words(flow_id, body) if POLICE_WORDS.search(t)]
        assert found == [], (flow_id, found)


def test_police_forces_keep_their_own_words() -> None:
    words = " ".join(screen_words("policies", WMP))
    assert "Guidance for officers and staff" in words
    assert "the use of spit and bite guards" in words
    spending = for_authority(load_flows()["spending"], WMP).question("cost_types")
    assert "mutual_aid" in {c.value for c in spending.choices}


def test_a_councils_letter_speaks_of_staff_not_officers() -> None:
    council = infer_authority("Leeds City Council")
    interview = Interview(load_flows()["policies"], authority=council, today=TODAY)
    interview.answer(["guidance", "training"])
    interview.answer("the handling of complaints")
    while not interview.is_complete:
        q = interview.current
        assert q is not None
        interview.answer(interview.initial_value() or default_answer(q, TODAY, example=True))
    letter = interview.letter()
    assert "guidance for staff" in letter and "training materials for staff" in letter
    assert "officer" not in letter.lower()
    correspondence = Interview(load_flows()["correspondence"], authority=council, today=TODAY)
    correspondence.answer("I don't know")  # whose: said as any authority would read it
    assert "the staff responsible for the matter" in correspondence.letter()


def test_a_scottish_council_gets_both_its_words_and_its_law() -> None:
    flow = for_authority(load_flows()["policies"], infer_authority("Glasgow City Council"))
    sensitive = flow.question("sensitive")
    assert "Scottish Act" in sensitive.why and "officers" not in sensitive.why


NON_POLICE = """\
    default: crimes
    non_police:
      prompt: What, for any body?
      choices:
        - {value: crimes, label: Records}
"""


def test_a_non_police_variant_is_read_and_used(tmp_path: Path) -> None:
    write(tmp_path, BASE.replace("    default: crimes\n", NON_POLICE))
    flow = load_flows(str(tmp_path))["demo"]
    council = for_authority(flow, infer_authority("Leeds City Council"))
    assert council.question("unit").prompt == "What, for any body?"
    assert [c.label for c in council.question("unit").choices] == ["Records"]
    assert for_authority(flow, WMP).question("unit").prompt == "What?"


@pytest.mark.parametrize(
    ("bad", "message", "field"),
    [
        ("        - {value: thefts, label: Thefts}  #!\n", "'thefts' is not one of the question",
         "non_police.choices[1]"),
        ("      colour: blue  #!\n", "unknown key", "non_police.colour"),
    ],
)  # fmt: skip
def test_a_bad_non_police_variant_names_its_file_line_and_field(
    tmp_path: Path, bad: str, message: str, field: str
) -> None:
    text = BASE.replace("    default: crimes\n", NON_POLICE + bad)
    path = write(tmp_path, text)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "#!" in ln)
    problems = [p for p in problems_of(tmp_path) if message in p.message]
    assert problems, problems_of(tmp_path)
    assert (problems[0].file, problems[0].line) == (str(path), line)
    assert problems[0].field == field
