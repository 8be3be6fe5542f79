"""``foidraft.Checker`` returns exactly what ``foidraft.check`` returns, edit after edit,
while reusing what it found in the paragraphs a change did not touch."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import foidraft
from foidraft.lint.api import check
from foidraft.lint.checker import Checker, hits_local
from foidraft.lint.model import Finding
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
    body = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)
    return st.tuples(st.booleans(), body).map(lambda t: (HEADER if t[0] else "") + t[1])


edit = st.tuples(
    st.floats(0, 1),
    st.sampled_from(["", "x", " ", "\n", "\n\n", "Of those, ", "2020/21", "online ", ".", "\b"]),
    st.integers(0, 12),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters(), st.lists(edit, min_size=1, max_size=12))
def test_the_checker_agrees_with_check_through_every_edit(
    text: str, edits: list[tuple[float, str, int]]
) -> None:
    checker = Checker(RULES)
    assert signature(checker.check(text)) == signature(check(text, ruleset=RULES))
    for where, insert, cut in edits:
        at = int(where * len(text))
        text = text[:at] + insert.replace("\b", "") + text[at + (cut if insert == "\b" else 0) :]
        assert signature(checker.check(text)) == signature(check(text, ruleset=RULES)), text


def test_an_authority_and_a_change_of_authority() -> None:
    checker = Checker(RULES)
    text = "".join(PIECES[:7])
    for who in ("West Midlands Police", "Police Scotland", "Leeds City Council", None):
        assert signature(checker.check(text, who)) == signature(check(text, who, ruleset=RULES))


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


def test_most_rules_look_no_further_than_their_paragraph() -> None:
    assert sum(hits_local(r) for r in RULES) > 0.8 * len(RULES)


def test_the_checker_is_public() -> None:
    assert foidraft.Checker is Checker
