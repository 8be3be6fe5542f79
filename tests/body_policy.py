"""How the loudness policy for bodies other than the police fares, by leave-one-sample-out.

    python -m tests.body_policy

The policy is stated once, above ``tests.rule_scores.non_police_calibrated``: loud for other
bodies when the pooled record earns it and (1) the record on other bodies earns it too,
(2) the rule is body-neutral, or (3) it has no record there yet and its kind is one the law
draws alike for every body. Alternatives weighed here, on requests to other bodies only
(the police branch is untouched): without clause 3; clause 3 for every kind; clause 2 only
while a rule's record on other bodies is thinner than M requests.

Two sets of samples: the training part's requests to other bodies, each sample (a file of
tests/data/collect, the development cases, the rest) judged by loudness earned on the
others; and the fresh samples' requests as replayed by tests/prospective.py (the rules of
their day, loud at the day's severity), a body-neutral rule silenced when the other files'
prospective record on other bodies fails the test. Never the validation part.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from foidraft.paths import bundled_rules_file
from foidraft.rules.model import Rule
from foidraft.rules.registry import ruleset_from_file
from tests.corpus import DATA, is_police, load_cases, read_jsonl
from tests.rule_scores import (
    LAW_NEUTRAL_KINDS,
    UNMEASURABLE_KINDS,
    Score,
    also_kinds,
    contribution,
    earned,
    fired_rules,
    police_only,
    tally,
)

ZERO: Score = {"requests": 0, "same_kind": 0, "answered": 0}
Policy = Callable[[Rule, str, Score, Score], bool]


def in_force(rule: Rule, kind: str, pooled: Score, other: Score) -> bool:
    """Loud for other bodies as `non_police_calibrated` decides today."""
    if not earned(pooled, kind):
        return False
    fresh = other["requests"] == 0 and rule.kind in LAW_NEUTRAL_KINDS
    return bool(rule.body_neutral) or fresh or earned(other, kind)


def without_clause_3(rule: Rule, kind: str, pooled: Score, other: Score) -> bool:
    """As before clause 3: a rule with no record on other bodies is info there."""
    return earned(pooled, kind) and (bool(rule.body_neutral) or earned(other, kind))


def any_kind_without_record(rule: Rule, kind: str, pooled: Score, other: Score) -> bool:
    """Clause 3 for every kind: any rule with no record on other bodies follows its pooled one."""
    if not earned(pooled, kind):
        return False
    return bool(rule.body_neutral) or other["requests"] == 0 or earned(other, kind)


def neutral_until(m: int) -> Policy:
    """Clause 2 only while the rule's record on other bodies is thinner than ``m``."""

    def policy(rule: Rule, kind: str, pooled: Score, other: Score) -> bool:
        if not earned(pooled, kind):
            return False
        neutral = bool(rule.body_neutral) and other["requests"] < m
        fresh = other["requests"] == 0 and rule.kind in LAW_NEUTRAL_KINDS
        return neutral or fresh or earned(other, kind)

    return policy


def _sample_of() -> Callable[[dict[str, Any]], str]:
    first: dict[str, str] = {}
    for path in sorted((DATA / "collect").glob("*.jsonl")):
        for case in read_jsonl(path):
            first.setdefault(case["url"], path.name)
    return lambda c: "dev" if c["source"] == "dev" else first.get(c["url"], "outcomes")


def training_loso(policies: dict[str, Policy]) -> dict[str, tuple[int, int, int, int, int]]:
    """Bounced, caught, right kind, answered, warned over the training part's requests to
    other bodies, each sample judged by records earned on the other samples."""
    ruleset = ruleset_from_file(bundled_rules_file())
    rules = {r.id: r for r in ruleset}
    cases = load_cases("training")
    fired = {c["id"]: fired_rules(ruleset, c) for c in cases}
    sample = _sample_of()
    judged: dict[str, list[tuple[dict[str, Any], list[str]]]] = defaultdict(list)
    for name in sorted({sample(c) for c in cases}):
        pooled: dict[str, Score] = defaultdict(lambda: dict(ZERO))
        other: dict[str, Score] = defaultdict(lambda: dict(ZERO))
        for case in cases:
            if sample(case) == name:
                continue
            for rule_id, kind in fired[case["id"]].items():
                add = contribution(kind, case, also_kinds(rule_id)) or {}
                for key, n in add.items():
                    pooled[rule_id][key] += n
                    if not is_police(case):
                        other[rule_id][key] += n
        for case in cases:
            if sample(case) != name or is_police(case):
                continue
            for label, policy in policies.items():
                loud = []
                for rule_id, kind in fired[case["id"]].items():
                    rule = rules[rule_id]
                    if "quiet" in rule.tags or police_only(rule):
                        continue
                    if rule.kind in UNMEASURABLE_KINDS:
                        is_loud = rule.severity != "info"
                    else:
                        is_loud = policy(rule, kind, pooled[rule_id], other[rule_id])
                    if is_loud:
                        loud.append(kind)
                judged[label].append((case, loud))
    return {label: tally(j) for label, j in judged.items()}


def fresh_loso(thresholds: list[int]) -> dict[str, tuple[int, int, int, int, int]]:
    """The fresh samples' requests to other bodies, by the rules of their day, a body-neutral
    rule silenced from M requests on when the other files' record on other bodies fails."""
    from tests.prospective import LOUD, load
    from tests.prospective_policy import _labels, records

    rules = {r.id: r for r in ruleset_from_file(bundled_rules_file())}
    every = load()["cases"]
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in every:
        if not case["police"]:
            by_file[case["file"]].append(case)
    out = {}
    for m in thresholds:
        judged = []
        for name, own in by_file.items():
            rec = records((c for c in every if c["file"] != name), "other")
            for case in own:
                loud = []
                for rule_id, (kind, severity) in case["fired"].items():
                    rule, score = rules.get(rule_id), rec.get(rule_id)
                    silenced = (
                        rule is not None
                        and bool(rule.body_neutral)
                        and score is not None
                        and score["requests"] >= m
                        and not earned(score, kind)
                    )
                    if severity in LOUD and not silenced:
                        loud.append(kind)
                judged.append((_labels()[case["url"]], loud))
        out[f"neutral until {m}" if m < 99 else "in force"] = tally(judged)
    return out


def _line(label: str, figures: tuple[int, int, int, int, int]) -> str:
    bounced, caught, kind, answered, warned = figures
    return (
        f"  {label:22} caught {caught:3}/{bounced} ({caught / bounced:4.0%})  right kind {kind:3}"
        f" ({kind / bounced:4.0%})  false alarms {warned:2}/{answered} ({warned / answered:4.0%})"
        f"  ({kind / bounced - warned / answered:+.1%})"
    )


def main() -> int:
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    policies: dict[str, Policy] = {
        "in force": in_force,
        "without clause 3": without_clause_3,
        "clause 3, any kind": any_kind_without_record,
    }
    for m in (3, 5, 8):
        policies[f"neutral until {m}"] = neutral_until(m)
    print("training part, requests to other bodies, leave-one-sample-out:")
    for label, figures in training_loso(policies).items():
        print(_line(label, figures))
    print("fresh samples, requests to other bodies, by the rules of their day:")
    for label, figures in fresh_loso([3, 5, 8, 99]).items():
        print(_line(label, figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
