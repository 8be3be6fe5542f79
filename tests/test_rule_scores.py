"""Each rule's figures on the training part of the corpus stay in step with the corpus, and
its loudness with its figures (tests/rule_scores.py says how a rule earns being loud)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.paths import bundled_rules_file
from foidraft.rules.model import RuleSet
from foidraft.rules.registry import ruleset_from_file
from tests.corpus import load_cases
from tests.rule_scores import earned, measure, write_scores

RULES: RuleSet = ruleset_from_file(bundled_rules_file())
LOUD = ("warning", "error")


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, int]]:
    return measure(RULES, load_cases("training"))


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
    assert not earned({"requests": 3, "same_kind": 1, "answered": 0}, "undefined_term")
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
