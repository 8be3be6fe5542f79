"""Each speed-up of the checker's own rounds gives the findings it gave without it.

A letter checked with no body named no longer imports or runs the reading of other bodies
(FD915, ``foidraft.lint.other_body``): there is no body to compare, so it could find
nothing. Here the engine is made to run it anyway, as it did before, on varied letters
(the rules' examples, the seed letter with the salutations FD915 reads, pieces of text
hypothesis puts together, a 10,000-word draft), and the findings must be the same.

The Checker (the editor's check, which keeps each paragraph's findings) gives what
``foidraft.check`` gives: here on letters whose sentences count "incidents of" a kind of
crime, which the whole-letter reading takes to count those crimes (FD340 then says what
recorded crime does not hold), and on long drafts, where the Checker had lost such a
finding in each of the benchmarks' 10,000-word drafts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.lint import engine
from foidraft.lint.api import check
from foidraft.lint.checker import Checker
from foidraft.lint.document import Document
from foidraft.lint.model import Finding
from foidraft.rules.registry import default_ruleset

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "tests" / "data" / "seed-first-request.txt").read_text(encoding="utf-8")
RULES = default_ruleset()
EXAMPLES = [ex for r in RULES for which in ("bad", "good") for ex in r.examples[which]]
# What FD915 reads: salutations and "held by" naming listed bodies, a mention in passing.
PIECES = [
    "Dear West Midlands Police,\n\n", "Dear Devon County Council,\n\n",
    "Please search the information held by Kent Police.\n",
    "Please search information held by or on behalf of Police Scotland.\n",
    "I asked Northumbria Police the same questions last year.\n",
    "Please provide the number of arrests in 2019/20.\n", "Yours faithfully,\n\nA Person\n",
    "\n", "\n\n", "Dear GMP FOI Team,\n",
]  # fmt: skip


def _summary(findings: list[Finding]) -> list[tuple[object, ...]]:
    return [
        (f.rule, f.start, f.end, f.severity, f.message, [(s.title, s.edits) for s in f.suggestions])
        for f in findings
    ]


def _as_before(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the engine run the reading of other bodies whatever the body (as it did before
    the speed-up), counting its runs with no body."""
    from foidraft.lint import other_body

    runs = [0]
    real_model_hits = engine._model_hits

    def model_hits(rule: Any, doc: Document, seen: Any, authority: Any) -> list[Any]:
        if rule.model != "other_body" or authority is not None:
            return real_model_hits(rule, doc, seen, authority)
        runs[0] += 1
        found = other_body.other_body_hits(doc, authority)
        return [
            (s, e, t, {}, None, extra)
            for s, e, t, extra in found[: engine.MAX_FINDINGS_PER_RULE]
            if engine._context_ok(rule, doc, s, seen)
        ]

    monkeypatch.setattr(engine, "_model_hits", model_hits)
    return runs


def _same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    now = _summary(check(text))
    with monkeypatch.context() as m:
        runs = _as_before(m)
        before = _summary(check(text))
    assert now == before
    assert runs[0] <= 1


def test_the_rules_examples_and_the_seed_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    # The examples a few dozen to a letter, each its own paragraph: fewer checks, each of
    # many paragraphs, as real letters are.
    letters = ["\n\n".join(EXAMPLES[i : i + 30]) for i in range(0, len(EXAMPLES), 30)]
    for text in [SEED, "".join(PIECES) + SEED, *letters]:
        _same(text, monkeypatch)


def _long_drafts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from samples import new_drafts, ten_thousand_words
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return [ten_thousand_words(), *new_drafts(2)]


def test_a_long_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Dear West Midlands Police,\n\n" + _long_drafts()[0]
    _same(text, monkeypatch)
    with monkeypatch.context() as m:  # the reading ran with no body, and found nothing
        runs = _as_before(m)
        check(text)
    assert runs[0] == 1


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=12))
def test_letters_put_together(text: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _same("".join(text), monkeypatch)


# "Incidents of" a kind of crime, asked with what recorded crime does not hold (the motive,
# the type of premises), or what the incident logs do not (an incident's outcome).
OF_KIND = [
    "Please provide the number of incidents of burglary recorded in 2023, and the motive "
    "for each.\n",
    "How many incidents of assault were there in 2023? Please give the motive of each.\n",
    "How many incidents of theft were there in 2023, by type of premises?\n",
    "How many incidents were there in 2023, and what was the outcome of each?\n",
    "How many of these incidents of criminal damage were drug related?\n",
    "Please provide the number of incidents of anti-social behaviour and the motive.\n",
]


def _checker_agrees(text: str) -> None:
    assert _summary(Checker().check(text)) == _summary(check(text))


@pytest.mark.parametrize("question", OF_KIND)
def test_the_checker_reads_incidents_of_a_crime_as_check_does(question: str) -> None:
    _checker_agrees(f"Dear Sir or Madam,\n\n{question}\nYours faithfully,\n\nA Person\n")
    _checker_agrees("Dear Sir or Madam,\n\n" + "\n".join(OF_KIND) + "\nA Person\n")


def test_the_checker_agrees_on_long_drafts() -> None:
    for text in _long_drafts():
        _checker_agrees(text)
