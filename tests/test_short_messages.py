"""A rule's short message (``short:``, for the editor's reasons pane beside another
reason: tests/tui/test_short_reasons.py) is validated like the rest of the rule file: at
most 120 characters, shorter than the message, and only the fields the full message gives
unfiltered, since the engine renders it from the fields the full message is made from
(``Finding.short``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.errors import RuleFileError
from foidraft.lint.api import check
from foidraft.lint.checker import Checker
from foidraft.lint.merging import merge_same_kind
from foidraft.lint.model import Finding
from foidraft.rules.loader import parse_yaml_with_lines, validate_rule_data
from foidraft.rules.registry import default_ruleset

ROOT = Path(__file__).resolve().parent.parent


def rules_from(short: str) -> list[dict[str, object]]:
    text = f"""version: 1
rules:
  - id: FD999
    name: made-up
    kind: undefined_term
    severity: info
    message: "'{{match}}' names {{what}}, an animal the records do not hold as a field at all"
    short: "{short}"
    why: Because.
    evidence: [{{title: A case, url: "https://example.org/a"}}]
    patterns: [{{regex: '(?P<what>zebra)'}}]
    suggestions: [{{title: Say horse, replace: horse}}]
    examples: {{bad: [zebra], good: [horse]}}
"""
    data, lines = parse_yaml_with_lines(text, "rules.yaml")
    return validate_rule_data(data, lines, "rules.yaml")


@pytest.mark.parametrize(
    ("short", "problem"),
    [
        ("'{count}' is short", "unknown template field {count}"),  # not in the message
        ("x" * 121, "at most 120 characters"),
    ],
)
def test_a_short_form_is_validated(short: str, problem: str) -> None:
    with pytest.raises(RuleFileError) as caught:
        rules_from(short)
    assert problem in caught.value.details(), caught.value.details()


def test_a_short_form_with_the_messages_fields_is_kept() -> None:
    (rule,) = rules_from("'{match}': no {what} field")
    assert rule["short"] == "'{match}': no {what} field"


def test_the_model_rules_have_short_forms_and_the_engine_renders_them_beside_the_message() -> None:
    rules = default_ruleset()
    # What a dataset does not hold (FD340), or holds only in free text a keyword search finds
    # (FD353, which the seed's letter, about arrests, draws none of), and who holds a function
    # (FD335, which needs a named body, so the seed's letter read without one draws none of it)
    assert sorted(r.id for r in rules if r.short) == ["FD335", "FD340", "FD353"]
    text = (ROOT / "tests" / "data" / "seed-first-request.txt").read_text(encoding="utf-8")
    found = check(text)
    held = [f for f in found if f.rule == "FD340"]
    assert held
    for f in found:
        if f.rule != "FD340":
            assert f.short is None, f
    for f in held:  # the short form from the fields the message was made from
        assert f.short is not None and f.short.startswith(f"'{f.match}': not a field in ")
        assert f.short.endswith(" records, so each record would have to be read.")
        dataset = f.short.removeprefix(f"'{f.match}': not a field in ").split(" records, so")[0]
        assert f.message.startswith(f"'{f.match}': {dataset} records do not hold ")
    # the Checker's findings (read paragraph by paragraph) carry the same short forms
    again = Checker().check(text)
    assert [(f.rule, f.start, f.short) for f in again] == [
        (f.rule, f.start, f.short) for f in found
    ]


def test_a_merged_finding_keeps_its_first_findings_short_form() -> None:
    def finding(rule: str, severity: str, short: str | None) -> Finding:
        return Finding(rule=rule, name="n", kind="not_recorded_field", severity=severity,
                       start=0, end=5, line=1, column=1, match="vans", message=f"{rule} said",
                       short=None if short is None else lambda: short)  # fmt: skip

    merged = merge_same_kind([finding("FD340", "warning", "'vans': not a field"),
                              finding("FD306", "info", None)])  # fmt: skip
    assert len(merged) == 1 and len(merged[0].merged) == 2
    assert merged[0].rule == "FD340" and merged[0].short == "'vans': not a field"
    assert finding("FD306", "info", None).short is None
