"""A rule whose words draw two kinds of problem names both (``also_kinds``): its message says
both, its record counts a bounce for either as right, and so do the corpus figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.errors import RuleFileError
from foidraft.explain import track_record
from foidraft.paths import bundled_rules_file
from foidraft.rules.registry import ruleset_from_file
from tests.corpus import named
from tests.rule_scores import also_kinds, contribution, finding_kinds, right_kind
from tests.test_body_severity import RULE, write

RULES = ruleset_from_file(bundled_rules_file())


def case(outcome: str, kinds: list[str], reason: str = "") -> dict[str, object]:
    return {"outcome": outcome, "trigger_kinds": kinds, "authority_reason": reason}


def test_a_rule_may_name_a_second_kind(tmp_path: Path) -> None:
    text = RULE.replace("    message:", "    also_kinds: [personal_data]\n    message:")
    rule = ruleset_from_file(write(tmp_path, text)).get("FD990")
    assert rule is not None and rule.also_kinds == ("personal_data",)
    assert "too broad to search or personal data" in track_record(rule)
    plain = ruleset_from_file(write(tmp_path, RULE)).get("FD990")
    assert plain is not None and plain.also_kinds == ()


@pytest.mark.parametrize(
    ("kinds", "problem"),
    [
        ("[personal]", "is not one of"),
        ("[too_broad]", "not the rule's own kind"),
        ("[personal_data, personal_data]", "each other kind once"),
        ("[]", "at least 1"),
    ],
)
def test_the_other_kinds_are_validated(tmp_path: Path, kinds: str, problem: str) -> None:
    text = RULE.replace("    message:", f"    also_kinds: {kinds}\n    message:")
    with pytest.raises(RuleFileError) as err:
        ruleset_from_file(write(tmp_path, text))
    assert problem in str(err.value)


def test_a_bounce_of_either_kind_is_right_for_the_rule() -> None:
    withheld = case("ncnd_or_exempt", ["personal_data"], "names withheld under s40(2)")
    assert contribution("too_broad", withheld) == {"requests": 1, "same_kind": 0, "answered": 0}
    both = contribution("too_broad", withheld, ["personal_data"])
    assert both == {"requests": 1, "same_kind": 1, "answered": 0}
    # asked what was meant: neither kind can tell, so the request is left out
    assert contribution("too_broad", case("clarification", []), ["personal_data"]) is None
    # refused on cost: the rule's own kind tells, though personal data could not
    refused = contribution("too_broad", case("s12", ["manual_review"]), ["personal_data"])
    assert refused == {"requests": 1, "same_kind": 1, "answered": 0}
    answered = contribution("too_broad", case("answered", []), ["personal_data"])
    assert answered == {"requests": 1, "same_kind": 0, "answered": 1}
    # a kind the rule does not name stays wrong
    enforcement = case("ncnd_or_exempt", ["law_enforcement_sensitive"])
    assert not any(right_kind(k, enforcement) for k in ("too_broad", "personal_data"))


def test_the_bundled_rules_that_name_two_kinds_say_both() -> None:
    """Each rule with other kinds names each in its message, in words a requester reads."""
    words = {
        "personal_data": "personal data",
        "other_exemption": "free and frank",
        "not_recorded_field": "not recorded",
        "held_elsewhere": "held by",
    }
    two = [r for r in RULES if r.also_kinds]
    assert {"FD401", "FD402", "FD523"} <= {r.id for r in two}
    for rule in two:
        assert finding_kinds(rule.id, rule.kind) == (rule.kind, *rule.also_kinds)
        assert also_kinds(rule.id) == rule.also_kinds
        for kind in rule.also_kinds:
            assert words.get(kind, kind) in " ".join(rule.message.split()), (rule.id, kind)


def test_a_finding_names_its_rules_kinds() -> None:
    from foidraft.lint.api import check

    found = check("Please send all correspondence about the bypass.", None, ruleset=RULES)
    finding = next(f for f in found if f.rule == "FD402")
    assert named(finding) == ("too_broad", "personal_data", "other_exemption")
