"""Rewordings compose into a better letter (tests/composition.py says how it is tried)."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from tests.composition import GOLDEN, compose, defects, figures, run_case, seed_letters

WMP = resolve_any("West Midlands Police")[0]


# The letters in four parts, each a test of its own: one test of every letter took a
# minute and a half on one worker, often the last test running while the other worker idled.
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS))
def test_every_bounced_request_and_the_seed_come_out_well_formed(part: int) -> None:
    from tests.composition import cases

    outcomes = [run_case(*c) for c in (seed_letters() + cases())[part::PARTS]]
    result = figures(outcomes)
    print(f"\nletters tried: {result['letters']}; well formed: {result['well_formed']}")
    broken = {o.name: o.defects for o in outcomes if o.defects}
    assert not broken, broken


@pytest.mark.parametrize("seed", seed_letters(), ids=lambda s: s[0])
def test_the_seed_letters_match_their_golden_files(seed: tuple[str, str, object]) -> None:
    name, text, authority = seed
    after = compose(text, authority)[0]  # type: ignore[arg-type]
    assert after == (GOLDEN / f"{name}.txt").read_text(encoding="utf-8"), (
        "rewrite with `python -m tests.composition --golden` and read the diff"
    )


def test_the_first_request_avoids_all_five_points_and_stays_a_request() -> None:
    _name, text, authority = seed_letters()[0]
    after = compose(text, authority)[0]
    for point in ("2019/20", "online", "associated", "decoy", "names of all"):
        assert point not in after, point
    assert after.count("Please provide") >= 3
    assert not [f for f in check(after, WMP) if f.severity in ("warning", "error")]


def test_the_checks_can_fail() -> None:
    before = "1. How many crimes were recorded in 2023?\n2. Of those, how many were charged?\n"
    broken = (
        "1. How many crimes were recorded in 2023?\n2. Of those, the number.\n"
        "3. How many crimes were recorded in 2023?\n4. The names of the groups:, [[name them]]\n"
    )
    found = defects(before, broken, [], None)
    kinds = {d.split(":")[0] for d in found}
    assert {"dangling punctuation", "an ask with nothing asked for", "a question asked twice",
            "a gap to fill that nothing flags"} <= kinds  # fmt: skip


def test_bullets_already_repeated_under_each_question_are_not_a_new_repeat() -> None:
    # The same short bullets under each question, each given the same ending, were one
    # question repeated in the letter as written; a new copy of a question still counts.
    end = " (only if your system records this as a searchable field)"
    before = "".join(
        f"{n}. How many {who} were there on 31 March?\n- have settled status\n"
        for n, who in ((1, "children in care"), (2, "care leavers"))
    )
    after = before.replace("- have settled status", "- have settled status" + end)
    assert not [d for d in defects(before, after, [], None) if "twice" in d]
    repeated = after.replace("How many care leavers", "How many children in care")
    assert [d for d in defects(before, repeated, [], None) if "twice" in d]


def test_an_emptied_question_a_repeat_and_a_stray_definition_are_flagged() -> None:
    """An honest re-check: a letter whose objection only moved still gets a finding."""
    letter = (
        "1. Number of crimes recorded under code 88A in 2023.\n"
        "2. Of those resulting in a charge, the number.\n"
        "3. Number of crimes recorded under code 88A in 2023.\n"
        "4. The names of the groups:, who reported them. By 'child decoy' I am referring to "
        "an adult who pretends to be a child.\n"
    )
    rules = {f.rule for f in check(letter, WMP)}
    assert {"FD911", "FD912", "FD913", "FD914"} <= rules
