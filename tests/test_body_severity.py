"""Loudness by kind of body: a rule is loud for a council, an NHS body, a department or a
university only when its record on requests to such bodies earns it, or when it says why
its reason holds for any body (tests/rule_scores.py). At check time the authority's type
picks the severity; the finding still explains and offers its rewordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.authorities.infer import infer_authority
from foidraft.config import Config
from foidraft.errors import RuleFileError
from foidraft.explain import body_record, explain_text, name_words
from foidraft.lint.api import check
from foidraft.paths import bundled_rules_file
from foidraft.rules.registry import ruleset_from_file

RULES = ruleset_from_file(bundled_rules_file())
POLICE = infer_authority("Northumbria Police")
COUNCIL = infer_authority("Leeds City Council")
TRUST = infer_authority("Medway NHS Foundation Trust")

RULE = """version: 1
rules:
  - id: FD990
    name: test-rule
    kind: too_broad
    severity: warning
    measured: {requests: 9, same_kind: 8, answered: 0}
    measured_non_police: {requests: 3, same_kind: 0, answered: 2}
    non_police_severity: info
    message: "'{match}' is broad."
    why: Because.
    evidence: [{title: A case, url: 'https://example.org/a'}]
    patterns: [{regex: '\\beverything\\b'}]
    suggestions: [{title: Narrow it, replace: 'the report'}]
    examples: {bad: [Send me everything.], good: [Send me the report.]}
"""


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_authority_type_picks_the_severity(tmp_path: Path) -> None:
    rules = ruleset_from_file(write(tmp_path, RULE))
    text = "Please send me everything you hold."
    assert [f.severity for f in check(text, POLICE, ruleset=rules)] == ["warning"]
    assert [f.severity for f in check(text, None, ruleset=rules)] == ["warning"]
    quiet = check(text, COUNCIL, ruleset=rules)
    assert [f.severity for f in quiet] == ["info"]
    assert quiet[0].suggestions, "an info finding still offers its rewording"
    assert [f.severity for f in check(text, TRUST, ruleset=rules)] == ["info"]


def test_the_users_own_severity_wins(tmp_path: Path) -> None:
    rules = ruleset_from_file(write(tmp_path, RULE))
    config = Config(severity={"FD990": "error"})
    assert [f.severity for f in check("Send everything.", COUNCIL, ruleset=rules,
                                      config=config)] == ["error"]  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("    non_police_severity: loud\n", "non_police_severity"),
        ("    measured_non_police: {requests: 1, same_kind: 2, answered: 0}\n", "cannot add up"),
        ("    body_neutral: ' '\n", "must not be empty"),
        ("    body_neutral: Any body.\n", "one severity for every body"),
    ],
)
def test_the_new_fields_are_validated(tmp_path: Path, extra: str, problem: str) -> None:
    text = RULE.replace("    message:", extra + "    message:")
    if "measured_non_police" in extra:  # replace the file's own line with the bad one
        own = "    measured_non_police: {requests: 3, same_kind: 0, answered: 2}\n"
        text = text.replace(own, "")
    with pytest.raises(RuleFileError) as err:
        ruleset_from_file(write(tmp_path, text))
    assert problem in str(err.value)
    assert "rules.yaml:" in str(err.value)


def test_explain_states_the_split_in_words() -> None:
    split = next(r for r in RULES if r.non_police_severity == "info" and r.severity != "info")
    text = explain_text(split)
    assert "info for other bodies" in text.splitlines()[0]
    # a requester reads the rule's name in words first, its id only as a handle at the end
    assert text.startswith(name_words(split.name)[:1].upper()) and f"; {split.id})" in text
    assert name_words("who-reported-it") == "who reported it"
    assert "that are not the police it is advice, not a warning" in " ".join(text.split())
    neutral = next(r for r in RULES if r.body_neutral and r.severity == "warning")
    assert "for every kind of body alike" in body_record(neutral)
    police_only = RULES.get("FD301")
    assert police_only is not None and body_record(police_only) == ""


def test_the_knowledge_base_keeps_police_only_rules_out_of_it() -> None:
    """A rule that applies to police bodies only has no record or severity for others."""
    for rule in RULES:
        types = rule.applies_to.authority_types
        if types and types <= {"police", "pcc"}:
            assert rule.measured_non_police is None and rule.non_police_severity is None, rule.id


def test_security_of_a_building_warns_every_kind_of_body() -> None:
    """Station floor plans were withheld by two fire and rescue services (s24(1), s38(1)) as
    forces withhold their own: FD721 says why it holds for any body, so it is loud for all."""
    text = "Could you forward over the floor plans for all wholetime fire stations?"
    fire = infer_authority("Shropshire Fire and Rescue Service")
    for body in (fire, COUNCIL, POLICE):
        found = [f for f in check(text, body) if f.rule == "FD721"]
        assert [f.severity for f in found] == ["warning"], body
    quiet = "How much did the council spend on security guards at its offices in 2023?"
    assert not [f for f in check(quiet, COUNCIL) if f.severity == "warning"]
