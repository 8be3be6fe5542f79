"""A rule's short message (``short:``, for the editor's reasons pane beside another
reason: tests/tui/test_short_reasons.py) is validated like the rest of the rule file: at
most 120 characters, shorter than the message, and only the fields the full message gives
unfiltered, since it is rendered from the fields read back out of the full message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foidraft.errors import RuleFileError
from foidraft.explain import finding_short
from foidraft.rules.loader import parse_yaml_with_lines, validate_rule_data
from foidraft.rules.registry import default_ruleset
from foidraft.text.template import fields_of, render


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


def test_only_fd340_has_a_short_form_and_it_renders_from_the_message() -> None:
    rules = default_ruleset()
    assert [r.id for r in rules if r.short] == ["FD340"]
    rule = rules.get("FD340")
    assert rule is not None
    message = (
        "'vans stolen': recorded crime records do not hold the vehicle's body type, make or "
        "model as a field, so each record would have to be read. Ask for crimes under the "
        "vehicle-crime offence codes instead."
    )
    assert finding_short(message, rule) == (
        "'vans stolen': not a field in recorded crime records, so each record would have to be "
        "read."
    )
    assert finding_short("a message the template did not give", rule) == ""


WORDS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@given(st.fixed_dictionaries({"match": WORDS, "dataset": WORDS, "attribute": WORDS}))
def test_fields_read_back_render_the_same_message(fields: dict[str, str]) -> None:
    template = "'{match}': {dataset} records do not hold {attribute} as a field."
    message = render(template, fields)
    found = fields_of(template, message)
    assert found is not None and render(template, found) == message
