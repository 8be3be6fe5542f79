"""The one rule the TUI tests check with: FD101 (split years), as a warning.

Screens show warnings differently from advice; these tests are about the screens, so they
use FD101 at warning level whatever severity its measured figures give it in the
knowledge base, and do not change as the knowledge base grows.
"""

from __future__ import annotations

import copy

from foidraft.rules.model import Rule, RuleSet
from foidraft.rules.registry import default_ruleset


def split_year_rule() -> Rule:
    rule = default_ruleset().get("FD101")
    assert rule is not None
    loud = copy.copy(rule)
    loud.severity = "warning"
    return loud


def split_year_rules() -> RuleSet:
    return RuleSet([split_year_rule()])
