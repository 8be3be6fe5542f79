"""Would loudness earned on police requests alone serve police requests better?

    python -m tests.police_policy

The policy in force (tests/rule_scores.py) makes a rule loud for a police force when its
pooled record (police and other bodies together) earns it at PRECISION / ANSWERED_SHARE.
The alternatives weighed here judge police requests only (the branch for other bodies is
untouched): loud when the rule's record on police requests alone earns it, at the same or
at stricter thresholds; or when both records earn it. Never the validation part.

Three ways of holding out what is judged:
- leave-one-out on the training part's police requests: each judged by records that leave
  out its own contribution;
- leave-one-sample-out: each sample (a file of tests/data/collect, the development cases,
  the rest) judged by records earned on the other samples;
- the fresh samples' police requests as replayed by tests/prospective.py (the rules of
  their day, loud at the day's severity), a rule silenced when the other files' record on
  police requests has at least three requests and fails the test.

Weighed on 6 December (1,267 training requests, 736 of them to the police; right kind
minus false alarms, leave-one-out / leave-one-sample-out): the pooled record in force
+60.5 / +59.4; the police record alone at 0.50/0.15 +57.3 / +56.6 (19 of 157 answered
warned against 13: FD308, FD801, FD203 and FD403, quiet on their pooled records, are loud
on their police ones).
Only one alternative beats the policy in force on both: loud when the pooled record earns
it and the police record, if any, earns it at 0.50 precision / 0.10 answered share, +61.7
/ +60.0 (11 false alarms against 13, one catch fewer by one measure, four by the other).
Its gain is two answered requests whose FD105 (2 of its 10 police requests answered) is
loud only while the other answered one is left out; on the full record it would quiet
FD405, FD530 and FD802 for police forces (each right on 0 of its 1 police request) and
nothing else. On the fresh police requests, a veto from the police record spares 16-23 of
46 false alarms at the cost of 104-145 of 260 catches.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from typing import Any

from foidraft.paths import bundled_rules_file
from foidraft.rules.model import Rule
from foidraft.rules.registry import ruleset_from_file
from tests.body_policy import ZERO, _line, _sample_of
from tests.corpus import is_police, load_cases
from tests.rule_scores import (
    ANSWERED_SHARE,
    PRECISION,
    UNMEASURABLE_KINDS,
    Score,
    also_kinds,
    contribution,
    earned,
    fired_rules,
    tally,
)

# (pooled record, record on police requests, the finding's kind) -> loud for a force
Policy = Callable[[Score, Score, str], bool]
GRID = [(0.5, 0.15), (0.55, 0.15), (0.6, 0.15), (0.5, 0.1), (0.6, 0.1), (0.67, 0.1)]


def in_force(pooled: Score, police: Score, kind: str) -> bool:
    return earned(pooled, kind)


def police_record(precision: float, share: float) -> Policy:
    """Loud when the record on police requests earns it (the pooled one while there is none)."""

    def policy(pooled: Score, police: Score, kind: str) -> bool:
        return earned(police if police["requests"] else pooled, kind, precision, share)

    return policy


def both_records(precision: float, share: float) -> Policy:
    """Loud when the pooled record earns it and the police record, if any, does too."""

    def policy(pooled: Score, police: Score, kind: str) -> bool:
        own = police["requests"] == 0 or earned(police, kind, precision, share)
        return earned(pooled, kind) and own

    return policy


def policies() -> dict[str, Policy]:
    out: dict[str, Policy] = {"in force (pooled)": in_force}
    for p, s in GRID:
        out[f"police {p:.2f}/{s:.2f}"] = police_record(p, s)
    for p, s in GRID:
        out[f"both, police {p:.2f}/{s:.2f}"] = both_records(p, s)
    return out


def _loud(rule: Rule, kind: str, policy: Policy, pooled: Score, police: Score) -> bool:
    if "quiet" in rule.tags:
        return False
    if rule.kind in UNMEASURABLE_KINDS:
        return rule.severity != "info"
    return policy(pooled, police, kind)


def _add(score: Score, add: dict[str, int] | None, sign: int = 1) -> None:
    for key, n in (add or {}).items():
        score[key] += sign * n


def _elsewhere(sample: Callable[[dict[str, Any]], str], name: str, case: dict[str, Any]) -> bool:
    return sample(case) != name


def training(policies: dict[str, Policy]) -> dict[str, dict[str, tuple[int, int, int, int, int]]]:
    """Bounced, caught, right kind, answered, warned over the training part's police
    requests, by leave-one-out and by leave-one-sample-out, for each policy."""
    ruleset = ruleset_from_file(bundled_rules_file())
    rules = {r.id: r for r in ruleset}
    cases = load_cases("training")
    fired = {c["id"]: fired_rules(ruleset, c) for c in cases}
    sample = _sample_of()
    out: dict[str, dict[str, list[tuple[dict[str, Any], list[str]]]]] = {
        "leave-one-out": defaultdict(list),
        "leave-one-sample-out": defaultdict(list),
    }

    def records(keep: Callable[[dict[str, Any]], bool]) -> tuple[dict[str, Score], ...]:
        pooled: dict[str, Score] = defaultdict(lambda: dict(ZERO))
        police: dict[str, Score] = defaultdict(lambda: dict(ZERO))
        for case in cases:
            if not keep(case):
                continue
            for rule_id, kind in fired[case["id"]].items():
                add = contribution(kind, case, also_kinds(rule_id))
                _add(pooled[rule_id], add)
                if is_police(case):
                    _add(police[rule_id], add)
        return pooled, police

    every = records(lambda c: True)
    for case in (c for c in cases if is_police(c)):
        for label, policy in policies.items():
            loud = []
            for rule_id, kind in fired[case["id"]].items():
                own = contribution(kind, case, also_kinds(rule_id))
                pooled, police = dict(every[0][rule_id]), dict(every[1][rule_id])
                _add(pooled, own, -1)
                _add(police, own, -1)
                if _loud(rules[rule_id], kind, policy, pooled, police):
                    loud += (kind, *also_kinds(rule_id))
            out["leave-one-out"][label].append((case, loud))
    for name in sorted({sample(c) for c in cases}):
        pooled_rec, police_rec = records(partial(_elsewhere, sample, name))
        for case in (c for c in cases if sample(c) == name and is_police(c)):
            for label, policy in policies.items():
                loud = [
                    kind
                    for rule_id, kind in fired[case["id"]].items()
                    if _loud(rules[rule_id], kind, policy, pooled_rec[rule_id], police_rec[rule_id])
                ]
                out["leave-one-sample-out"][label].append((case, loud))
    return {way: {label: tally(j) for label, j in by.items()} for way, by in out.items()}


def fresh(
    grid: list[tuple[float, float]], least: int = 3
) -> dict[str, tuple[int, int, int, int, int]]:
    """The fresh samples' police requests by the rules of their day, a rule silenced when the
    other files' record on police requests (at least ``least`` of them) fails the test."""
    from tests.prospective import LOUD, load
    from tests.prospective_policy import _labels, records

    every = load()["cases"]
    files = sorted({c["file"] for c in every if c["police"]})
    out = {}
    for p, s in [(0.0, 1.0), *grid]:
        judged = []
        for name in files:
            rec = records((c for c in every if c["file"] != name), "police")
            for case in (c for c in every if c["file"] == name and c["police"]):
                loud = []
                for rule_id, (kind, severity) in case["fired"].items():
                    score = rec.get(rule_id)
                    silenced = (
                        p > 0
                        and score is not None
                        and score["requests"] >= least
                        and kind not in UNMEASURABLE_KINDS
                        and not earned(score, kind, p, s)
                    )
                    if severity in LOUD and not silenced:
                        loud.append(kind)
                judged.append((_labels()[case["url"]], loud))
        out["as of their day" if p == 0 else f"police veto {p:.2f}/{s:.2f}"] = tally(judged)
    return out


def main() -> int:
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    print(f"in force: pooled record at {PRECISION:.2f} precision / {ANSWERED_SHARE:.2f} answered")
    for way, figures in training(policies()).items():
        print(f"training part, police requests, {way}:")
        for label, row in figures.items():
            print(_line(label, row))
    print("fresh samples, police requests, by the rules of their day:")
    for label, row in fresh(GRID).items():
        print(_line(label, row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
