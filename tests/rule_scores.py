"""Each rule's record on the training part of the corpus (like proselint's lintscore).

For every rule: the training requests it fires on (at any severity), how many of those the
authority queried or refused for a reason of the rule's kind, and how many it answered in
full. Precision is the share of the rule's requests bounced for its kind.

    python -m tests.corpus --rules     # the table
    python -m tests.corpus --update    # write the figures into known_clarifications.yaml

tests/test_rule_scores.py keeps the figures in the rule file in step with the corpus, and
each rule's loudness in step with its figures (see ``earned``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from foidraft.paths import bundled_rules_file
from foidraft.rules.model import RuleSet
from foidraft.rules.registry import ruleset_from_file
from tests.corpus import authority_for, load_cases

# Kinds that answer for each other: a rule about a field that is not recorded is right when
# the authority said each record would have to be read, and the reverse.
KIN = {
    "not_recorded_field": {"not_recorded_field", "manual_review"},
    "manual_review": {"manual_review", "not_recorded_field", "too_broad"},
    "too_broad": {"too_broad", "manual_review", "multiple_aggregated"},
    "multiple_aggregated": {"multiple_aggregated", "too_broad", "manual_review"},
}
# A rule is loud (warning or error) only when it has earned it on the training corpus: its
# precision, counted with one success and one failure added (so 1 of 1 is 67% and 2 of 3 is
# 60%, while 0 requests earn nothing), is at least PRECISION, and at most ANSWERED_SHARE of
# the requests it fires on were answered in full. Rules about the letter's form (an unfilled
# placeholder, a missing name) cannot be measured on published requests, whose form was
# tidied by the publisher; they may be loud while they never fire on an answered request.
PRECISION = 0.6
ANSWERED_SHARE = 0.2
UNMEASURABLE_KINDS = frozenset({"format_or_validity"})


def kinds_for(kind: str) -> set[str]:
    return KIN.get(kind, {kind})


def measure(ruleset: RuleSet, cases: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    from foidraft.lint.api import check

    scores = {r.id: {"requests": 0, "same_kind": 0, "answered": 0} for r in ruleset}
    for case in cases:
        fired = {
            f.rule: f.kind for f in check(case["request"], authority_for(case), ruleset=ruleset)
        }
        for rule_id, kind in fired.items():
            s = scores.setdefault(rule_id, {"requests": 0, "same_kind": 0, "answered": 0})
            s["requests"] += 1
            if case["outcome"] == "answered":
                s["answered"] += 1
            elif kinds_for(kind) & set(case["trigger_kinds"]):
                s["same_kind"] += 1
    return scores


def earned(score: dict[str, int] | None, kind: str = "") -> bool:
    """Whether a rule of ``kind`` with these figures may be loud."""
    n = score["requests"] if score else 0
    if kind in UNMEASURABLE_KINDS:
        return not score or score["answered"] == 0
    if not score or n == 0:
        return False
    return (score["same_kind"] + 1) / (n + 2) >= PRECISION and score[
        "answered"
    ] / n <= ANSWERED_SHARE


def table(ruleset: RuleSet, scores: dict[str, dict[str, int]]) -> str:
    lines = [f"{'rule':6} {'severity':8} {'fires':>5} {'kind':>5} {'answ':>5} {'prec':>5}  earned"]
    for rule in ruleset:
        s = scores.get(rule.id, {"requests": 0, "same_kind": 0, "answered": 0})
        n = s["requests"]
        prec = f"{s['same_kind'] / n:.0%}" if n else "-"
        flag = "yes" if earned(s, rule.kind) else ""
        lines.append(
            f"{rule.id:6} {rule.severity:8} {n:5} {s['same_kind']:5} {s['answered']:5} {prec:>5}"
            f"  {flag:3} {rule.name}"
        )
    return "\n".join(lines)


_RULE_START = re.compile(r"^  - id: (\w+)\s*$")
_MEASURED = re.compile(r"^    measured: .*$")
_SEVERITY = re.compile(r"^    severity: .*$")


def write_scores(path: Path, scores: dict[str, dict[str, int]]) -> int:
    """Put each rule's figures on a `measured:` line after its severity; returns how many
    lines are new."""
    changed = 0
    out: list[str] = []
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        m = _RULE_START.match(line)
        if m:
            current = m.group(1)
        if _MEASURED.match(line) and current is not None:
            continue  # rewritten below, after the severity line
        out.append(line)
        if _SEVERITY.match(line) and current in scores:
            s = scores[current]
            out.append(
                f"    measured: {{requests: {s['requests']}, same_kind: {s['same_kind']}, "
                f"answered: {s['answered']}}}\n"
            )
    new = "".join(out)
    old = path.read_text(encoding="utf-8")
    if new != old:
        changed = len(set(new.splitlines()) - set(old.splitlines()))
        path.write_text(new, encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    rules_path = Path(bundled_rules_file())
    ruleset = ruleset_from_file(str(rules_path))
    scores = measure(ruleset, load_cases("training"))
    if "--update" in argv:
        changed = write_scores(rules_path, scores)
        print(f"updated the measured figures in {rules_path} ({changed} line(s) changed)")
        return 0
    print(table(ruleset, scores))
    return 0
