"""``foidraft.Checker`` returns exactly what ``foidraft.check`` returns, edit after edit,
while reusing what it found in the paragraphs a change did not touch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import foidraft
from foidraft.lint.api import check
from foidraft.lint.checker import Checker
from foidraft.lint.engine import active_rules
from foidraft.lint.kept import Plan
from foidraft.lint.model import Finding
from foidraft.rules.model import RuleSet
from foidraft.rules.registry import default_ruleset

RULES = default_ruleset()

# Pieces real letters are made of, and the things that change how a letter is read: a
# draft header, quoted text, fences, ignore markers, back-references, a sign-off.
PIECES = [
    "Dear West Midlands Police,\n\n",
    "1. Please provide the number of arrests you made in 2019/20 for online offences.\n",
    "2. Of those, how many were charged?\n",
    "3. Please provide all correspondence between the force and the council.\n",
    "How many crimes were recorded at schools in 2023?\n",
    "Please give the names of all paedophile hunter groups.\n",
    "Of these, how many involved a child decoy?\n",
    "By 'child decoy' I am referring to an adult who pretends to be a child.\n",
    "> Is it the financial year 2019/20 you require?\n",
    "```\nquoted 2020/21\n```\n",
    "<!-- foidraft: ignore FD101 -->\n",
    "Please send [[the gap]] to me.\n",
    "\n",
    "\n\n",
    "Yours faithfully,\n\nA Requester\n",
    "How many Taser discharges were there on dogs in 2022?\n",
    "The number of officers based at each station as at 1 March 2024.\n",
    # What whole-letter rules add up across paragraphs: a dataset named in one paragraph
    # and counted in the next, attributes it does not hold, many numbered questions, a
    # question asked twice, a series of requests, a letter with no request or period.
    "How many Clare's Law applications were made in 2023?\n",
    "Of these, how many were broken down by the gender of the applicant?\n",
    "4. How many crimes were recorded by type of premises?\n",
    "5) The documents relating to the tender. 6) The documents relating to the bid.\n",
    "I have also sent several similar requests this week about your use of drones.\n",
    "The police in my town are useless.\n",
    "How many convictions have arisen in cases where a Taser was used?\n",
    "By 'child decoy' I am referring to an adult who pretends.\n",
    "Kind regards\n",
]
HEADER = "---\ntitle: A request\nauthority: wmp\nignore: FD103\n---\n"


def signature(findings: list[Finding]) -> list[tuple[Any, ...]]:
    return [
        (f.rule, f.start, f.end, f.line, f.column, f.severity, f.message, f.match, f.score,
         [(s.title, [(e.start, e.end, e.replacement) for e in s.edits], s.applicability,
           s.advice) for s in f.suggestions])
        for f in findings
    ]  # fmt: skip


def letters() -> st.SearchStrategy[str]:
    body = st.lists(st.sampled_from(PIECES), min_size=1, max_size=16).map("".join)
    return st.tuples(st.booleans(), body).map(lambda t: (HEADER if t[0] else "") + t[1])


edit = st.tuples(
    st.floats(0, 1),
    st.sampled_from(["", "x", " ", "\n", "\n\n", "Of those, ", "2020/21", "online ", ".", "\b"]),
    st.integers(0, 12),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters(), st.lists(edit, min_size=1, max_size=12))
# A rewording that deletes the space before "online", when a paragraph break has just put
# that space at the paragraph's start (it once crashed the Checker).
@example(
    "Dear Sir,\n\n1. How many arrests were made for online offences?\n",
    [(0.0, "", 0), (44 / 62, "\n\n", 0)],
)
def test_the_checker_agrees_with_check_through_every_edit(
    text: str, edits: list[tuple[float, str, int]]
) -> None:
    checker = Checker(RULES)
    assert signature(checker.check(text)) == signature(check(text, ruleset=RULES))
    for where, insert, cut in edits:
        at = int(where * len(text))
        text = text[:at] + insert.replace("\b", "") + text[at + (cut if insert == "\b" else 0) :]
        assert signature(checker.check(text)) == signature(check(text, ruleset=RULES)), text


def test_a_unit_pointed_back_at_names_no_count_paragraph_by_paragraph_too() -> None:
    """'these arrests' names no count of its own (``foidraft.lint.reading.BACK_RE``): read
    paragraph by paragraph (``foidraft.lint.held``) it once did, and the seed's first
    request drew an FD340 on 'decoy' from the Checker that ``check`` did not give."""
    text = (Path(__file__).parent / "data" / "seed-first-request.txt").read_text(encoding="utf-8")
    assert signature(Checker(RULES).check(text)) == signature(check(text, ruleset=RULES))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(195, 230), st.lists(edit, min_size=1, max_size=4))
def test_rules_at_their_cap_agree_too(lines: int, edits: list[tuple[float, str, int]]) -> None:
    """Two hundred numbered questions: a rule's patterns reach the cap the engine puts on
    them, which the Checker must then apply as a whole-letter reading does."""
    text = "Dear Sir,\n\n" + "".join(
        f"- How many arrests in {n}?\n" + ("\n" if n % 7 == 0 else "") for n in range(1, lines)
    )
    checker = Checker(RULES)
    first = checker.check(text)
    assert signature(first) == signature(check(text, ruleset=RULES))
    reached = any(f.message.startswith("200+ ") for f in first)
    assert reached == (lines > 200)  # the cap is reached with 200 questions
    for where, insert, cut in edits:
        at = int(where * len(text))
        text = text[:at] + insert.replace("\b", "") + text[at + (cut if insert == "\b" else 0) :]
        assert signature(checker.check(text)) == signature(check(text, ruleset=RULES)), text


@pytest.mark.parametrize("before", [190, 210])
def test_a_rule_reads_only_its_first_two_hundred_matches(before: int) -> None:
    """The engine stops a pattern at 200 matches: past them, a match whose sentence asks
    for a count is not reported, even though the Checker saw it in its paragraph."""
    lines = "".join(
        "We met at railway stations.\n" + ("\n" if n % 7 == 0 else "") for n in range(before)
    )
    text = f"Dear Sir,\n\n{lines}\nHow many crimes happened at railway stations?\n"
    # Without FD340, the model of what is recorded, whose finding on the same words is
    # shown in the place rule's place (FD350, FD304 for the police).
    rules = RuleSet([r for r in RULES if r.id != "FD340"])
    expected = check(text, ruleset=rules)
    assert any(f.rule == "FD350" for f in expected) == (before < 200)
    checker = Checker(rules)
    assert signature(checker.check(text)) == signature(expected)
    text = text.replace("We met", "We sat", 1)
    assert signature(checker.check(text)) == signature(check(text, ruleset=rules))


def test_an_authority_and_a_change_of_authority() -> None:
    checker = Checker(RULES)
    text = "".join(PIECES[:7])
    for who in ("West Midlands Police", "Police Scotland", "Leeds City Council", None):
        assert signature(checker.check(text, who)) == signature(check(text, who, ruleset=RULES))


def test_a_named_body_and_the_whole_letter_context_of_a_rule_read_over_all_of_it() -> None:
    """FD335 runs over the whole letter; whether the letter asks who holds the records
    (its context over the whole letter) is added up from the paragraphs, edit by edit."""
    checker = Checker(RULES)
    who = "Dover District Council"
    text = (
        "Dear Sir,\n\nHow many pupils were excluded from schools in 2023?\n\n"
        + "".join(PIECES[1:4])
        + "\nYours faithfully,\nJo\n"
    )
    asked = "If you do not hold it, please tell me who holds it.\n\n"
    for edited in (text, text.replace("\nYours", asked + "Yours"), text, asked + text):
        found = signature(checker.check(edited, who))
        assert found == signature(check(edited, who, ruleset=RULES)), edited
        assert any(f[0] == "FD335" for f in found) == (asked not in edited)


def test_it_reuses_paragraphs_that_did_not_change() -> None:
    """Only the edited paragraph is read again by the rules that look no further."""
    checker = Checker(RULES)
    paragraphs = [
        f"{n}. How many crimes were recorded at schools in {2000 + n}?\n" for n in range(30)
    ]
    text = "\n".join(paragraphs)
    checker.check(text)
    kept = len(checker._kept)
    assert kept == 30
    changed = text.replace("schools in 2005", "pubs in 2005", 1)
    assert signature(checker.check(changed)) == signature(check(changed, ruleset=RULES))
    assert len(checker._kept) == kept + 1  # one new paragraph read, the rest reused


def test_almost_every_rule_is_read_paragraph_by_paragraph() -> None:
    """Only the rules that look across the letter in their own way (a sign-off's name
    below it, a definition used elsewhere, a second greeting or words under the
    signature: FD916, one pass over the lines) run over the whole letter on every check."""
    plan = Plan(active_rules(RULES, authority=None, config=None))
    assert plan.not_held and plan.repeated and plan.absence
    assert len(plan.whole) <= 4, plan.whole


def test_the_checker_is_public() -> None:
    assert foidraft.Checker is Checker
