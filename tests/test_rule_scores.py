"""Each rule's figures on the training part of the corpus stay in step with the corpus, and
its loudness with its figures (tests/rule_scores.py says how a rule earns being loud)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.paths import bundled_rules_file
from foidraft.rules.model import RuleSet
from foidraft.rules.registry import ruleset_from_file
from tests.corpus import load_cases
from tests.rule_scores import (
    calibrated,
    earned,
    measure,
    measure_non_police,
    non_police_calibrated,
    police_only,
    write_non_police,
    write_scores,
)

RULES: RuleSet = ruleset_from_file(bundled_rules_file())
LOUD = ("warning", "error")


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, int]]:
    return measure(RULES, load_cases("training"))


@pytest.fixture(scope="module")
def other_scores() -> dict[str, dict[str, int]]:
    return measure_non_police(RULES, load_cases("training"))


def test_figures_for_other_bodies_are_in_step(
    scores: dict[str, dict[str, int]], other_scores: dict[str, dict[str, int]]
) -> None:
    """Each rule that may run for a council, an NHS body or a department keeps its record
    on such requests, and the severity that record (or a body-neutral reason) earns."""
    stale = []
    for r in RULES:
        if police_only(r):
            continue
        if r.measured_non_police != other_scores[r.id]:
            stale.append(f"{r.id}: file says {r.measured_non_police}, corpus {other_scores[r.id]}")
        pooled = calibrated(r.severity, r.kind, scores[r.id], r.tags)
        wanted = non_police_calibrated(r, pooled, other_scores[r.id])
        if (r.non_police_severity or r.severity) != wanted:
            stale.append(f"{r.id}: {r.non_police_severity or r.severity} for other bodies, "
                         f"its figures call for {wanted}")  # fmt: skip
    assert not stale, "run `python -m tests.corpus --update`:\n" + "\n".join(stale)


def test_a_rule_quiet_for_police_may_not_be_loud_elsewhere_unearned() -> None:
    """The split never makes a rule louder for other bodies than for the police, never loud
    there on a record there that fails the test, and a body-neutral rule has one severity
    for every body."""
    for r in RULES:
        if r.body_neutral:
            assert r.non_police_severity is None, r.id
        elif r.non_police_severity in ("warning", "error"):
            assert earned(r.measured_non_police, r.kind), r.id
        if r.non_police_severity is not None:  # the split only ever quiets a rule
            assert r.severity in ("warning", "error") and r.non_police_severity == "info", r.id


def test_write_non_police_places_lines_after_measured(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        "rules:\n  - id: FD304\n    severity: warning\n"
        "    measured: {requests: 16, same_kind: 13, answered: 0}\n"
        "    non_police_severity: warning\n    why: x\n",
        encoding="utf-8",
    )
    rule = RULES.get("FD304")
    assert rule is not None
    scores = {"FD304": {"requests": 16, "same_kind": 13, "answered": 0}}
    other = {"FD304": {"requests": 3, "same_kind": 0, "answered": 3}}
    assert write_non_police(path, RuleSet([rule]), scores, other) == 3  # one out, two in
    assert path.read_text(encoding="utf-8") == (
        "rules:\n  - id: FD304\n    severity: warning\n"
        "    measured: {requests: 16, same_kind: 13, answered: 0}\n"
        "    measured_non_police: {requests: 3, same_kind: 0, answered: 3}\n"
        "    non_police_severity: info\n    why: x\n"
    )


def test_measured_figures_are_in_step_with_the_corpus(scores: dict[str, dict[str, int]]) -> None:
    stale = [
        f"{r.id}: file says {r.measured}, corpus gives {scores[r.id]}"
        for r in RULES
        if r.measured != scores[r.id]
    ]
    assert not stale, "run `python -m tests.corpus --update`:\n" + "\n".join(stale)


def test_a_rule_is_loud_only_when_its_figures_earn_it() -> None:
    wrong = [
        f"{r.id} is {r.severity} with {r.measured}"
        for r in RULES
        if (r.severity in LOUD) and not earned(r.measured, r.kind)
    ]
    assert not wrong, "\n".join(wrong)


def test_a_rule_that_earned_it_is_loud() -> None:
    quiet = [
        f"{r.id} is info with {r.measured}"
        for r in RULES
        if r.severity == "info"
        and earned(r.measured, r.kind)
        and r.measured
        and r.kind not in ("format_or_validity",)
        and "quiet" not in r.tags
    ]
    assert not quiet, "\n".join(quiet)


def test_the_measure_can_tell_good_from_bad(tmp_path: Path) -> None:
    """earned() is not always true: a rule with poor figures stays quiet."""
    assert not earned({"requests": 10, "same_kind": 3, "answered": 4}, "undefined_term")
    assert earned({"requests": 10, "same_kind": 8, "answered": 0}, "undefined_term")
    assert earned({"requests": 1, "same_kind": 1, "answered": 0}, "undefined_term")
    # 1 of 4 right is (1 + 1) / (4 + 2) = 33%, under PRECISION (0.40 since 6 December)
    assert not earned({"requests": 4, "same_kind": 1, "answered": 0}, "undefined_term")
    assert not earned({"requests": 5, "same_kind": 4, "answered": 2}, "undefined_term")
    assert not earned({"requests": 0, "same_kind": 0, "answered": 0}, "undefined_term")
    assert earned(None, "format_or_validity")


def test_write_scores_replaces_and_adds_measured_lines(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        "rules:\n  - id: FD001\n    severity: info\n    measured: {requests: 9, same_kind: 9, "
        "answered: 0}\n    why: x\n  - id: FD002\n    severity: warning\n",
        encoding="utf-8",
    )
    write_scores(path, {"FD001": {"requests": 1, "same_kind": 0, "answered": 1},
                        "FD002": {"requests": 2, "same_kind": 2, "answered": 0}})  # fmt: skip
    assert path.read_text(encoding="utf-8") == (
        "rules:\n  - id: FD001\n    severity: info\n"
        "    measured: {requests: 1, same_kind: 0, answered: 1}\n    why: x\n"
        "  - id: FD002\n    severity: warning\n"
        "    measured: {requests: 2, same_kind: 2, answered: 0}\n"
    )


def test_the_rule_file_reads_by_hand() -> None:
    """Lines fit on a screen (a link may not be broken), rules sit under their kind's
    header, and a rule that stays quiet on its figures says why it misfires."""
    from pathlib import Path

    text = Path(bundled_rules_file()).read_text(encoding="utf-8")
    long = [
        n for n, line in enumerate(text.splitlines(), 1) if len(line) > 120 and "url:" not in line
    ]
    assert not long, f"lines over 120 characters: {long[:10]}"
    kinds = [r.kind for r in RULES]
    assert kinds == sorted(kinds, key=kinds.index), "rules of one kind sit together"
    for r in RULES:
        m = r.measured
        low = (
            m is not None
            and m["requests"] >= 3
            and (m["same_kind"] + 1) / (m["requests"] + 2) < 0.5
        )
        assert not low or r.known_problems, f"{r.id}: say why it misfires (known_problems)"


def test_a_rule_new_to_other_bodies_speaks_as_the_law_draws_it() -> None:
    """With no record on other bodies yet, a rule whose kind the law draws alike for every
    body (personal data) keeps its pooled loudness there; one about what records hold (a
    stolen item's type) waits for a record; a failing record there quiets either."""
    personal, recorded = RULES.get("FD614"), RULES.get("FD306")
    assert personal is not None and recorded is not None
    none = {"requests": 0, "same_kind": 0, "answered": 0}
    failing = {"requests": 4, "same_kind": 0, "answered": 3}
    assert non_police_calibrated(personal, "warning", none) == "warning"
    assert non_police_calibrated(recorded, "warning", none) == "info"
    assert non_police_calibrated(personal, "warning", failing) == "info"
