"""Loudness from the prospective record (tests/prospective.py): each rule's figures on fresh
training-part requests replayed against the rules that had not seen them.

    python -m tests.prospective --policy   # the veto thresholds by leave-one-sample-out
    python -m tests.prospective --rules    # each rule's prospective record (police / other)

A rule's figures count like its training figures (``tests.rule_scores.contribution``: the
requests it fired on at any severity, those bounced for its kind, those answered in full,
leaving out requests whose answer cannot tell), with today's labels. The thresholds are
chosen by leave-one-sample-out over the fresh files: each file's requests are judged by the
rules of their day, loud at the day's severity unless vetoed by the record of the other
files; never by the validation part, whose cases are not in the record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from tests.corpus import OUTCOMES, read_jsonl
from tests.prospective import LOUD, load
from tests.rule_scores import (
    PROSPECTIVE_ANSWERED_SHARE,
    PROSPECTIVE_MIN_REQUESTS,
    PROSPECTIVE_PRECISION,
    contribution,
    right_kind,
    vetoed,
)

Score = dict[str, int]
_ZERO = ("requests", "same_kind", "answered", "loud")


@cache
def _labels() -> dict[str, dict[str, Any]]:
    return {c["url"]: c for c in read_jsonl(OUTCOMES)}


def records(cases: Iterable[dict[str, Any]], body: str | None = None) -> dict[str, Score]:
    """Each rule's prospective figures over ``cases`` (``body``: only police or other)."""
    out: dict[str, Score] = defaultdict(lambda: dict.fromkeys(_ZERO, 0))
    for case in cases:
        if body is not None and case["police"] != (body == "police"):
            continue
        label = _labels()[case["url"]]
        for rule, (kind, severity) in case["fired"].items():
            add = contribution(kind, label)
            if add is None:
                continue
            s = out[rule]
            for key, n in add.items():
                s[key] += n
            s["loud"] += severity in LOUD
    return dict(out)


def loso(min_requests: int, precision: float, share: float) -> tuple[int, int, int, int, int]:
    """Bounced, caught, right kind, answered, warned over every file's training-part cases,
    each judged with the rules of its day, the veto using the other files' records."""
    cases = load()["cases"]
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        by_file[case["file"]].append(case)
    bounced = caught = kinded = answered = warned = 0
    for name, own in by_file.items():
        rec = records(c for c in cases if c["file"] != name)
        for case in own:
            label = _labels()[case["url"]]
            loud = [
                kind
                for rule, (kind, severity) in case["fired"].items()
                if severity in LOUD and not vetoed(rec.get(rule), min_requests, precision, share)
            ]
            if label["outcome"] == "answered":
                answered += 1
                warned += bool(loud)
            else:
                bounced += 1
                caught += bool(loud)
                kinded += any(right_kind(k, label) for k in loud)
    return bounced, caught, kinded, answered, warned


def policy_table() -> list[str]:
    lines = [
        "leave-one-sample-out over the fresh files (training-part cases, rules of their day):",
        "  min  prec  answ  -> caught  right kind  false alarms  (right kind - false alarms)",
    ]
    in_use = (PROSPECTIVE_MIN_REQUESTS, PROSPECTIVE_PRECISION, PROSPECTIVE_ANSWERED_SHARE)
    grid = [(99, 0.0, 1.0)] + [
        (m, p, a)
        for m in (1, 2, 3, 5)
        for p in (0.0, 0.3, 0.35, 0.4, 0.45, 0.5)
        for a in (0.3, 0.5, 1.0)
    ]
    for m, p, a in grid:
        b, c, k, n, w = loso(m, p, a)
        mark = "  <- in use" if (m, p, a) == in_use else ""
        mark = "  (no veto)" if m == 99 else mark
        lines.append(
            f"  {m:3}  {p:.2f}  {a:.2f}  -> {c / b:5.0%}  {k / b:9.0%}  {w / n:11.0%} ({w}/{n})"
            f"  ({k / b - w / n:+.1%}){mark}"
        )
    return lines


def still_firing(cases: list[dict[str, Any]]) -> dict[str, int]:
    """For each rule, how many of the answered requests it fired on when fresh it still
    fires on today (the rest it was narrowed to leave alone: its training figures gained)."""
    from foidraft.paths import bundled_rules_file
    from foidraft.rules.registry import ruleset_from_file
    from tests.rule_scores import fired_rules

    ruleset = ruleset_from_file(bundled_rules_file())
    out: dict[str, int] = defaultdict(int)
    for case in cases:
        label = _labels()[case["url"]]
        if label["outcome"] == "answered":
            for rule in set(fired_rules(ruleset, label)) & set(case["fired"]):
                out[rule] += 1
    return out


def rules_table() -> list[str]:
    cases = load()["cases"]
    every, police, other = records(cases), records(cases, "police"), records(cases, "other")
    now = still_firing(cases)
    lines = [
        "each rule on fresh training-part requests, by the rules of their day "
        "(f/k/a: fires at any severity, bounced for its kind, answered in full)",
        "rule    fires loud kind answ (still today) | police f/k/a | other f/k/a | vetoed",
    ]
    zero = dict.fromkeys(_ZERO, 0)
    for rule in sorted(every):
        s, p, o = every[rule], police.get(rule, zero), other.get(rule, zero)
        lines.append(
            f"{rule:7} {s['requests']:5} {s['loud']:4} {s['same_kind']:4} {s['answered']:4}"
            f" ({now.get(rule, 0):2})        |"
            f" {p['requests']:3}/{p['same_kind']:3}/{p['answered']:3}  |"
            f" {o['requests']:3}/{o['same_kind']:3}/{o['answered']:3} | "
            + ("yes" if vetoed(s) else "")
        )
    return lines


def main(argv: list[str]) -> int:
    print("\n".join(policy_table() if "--policy" in argv else rules_table()))
    return 0
