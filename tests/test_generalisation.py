"""Does the knowledge base catch the mechanisms in words it was not written against?

tests/data/paraphrases.yaml holds requests written independently of the development
corpus: bounce cases for each mechanism in the research notes (what-bounces §1) and the
seed thread, each labelled with the kinds of problem an authority would raise, and
well-scoped requests of the kinds forces answer. Per case:

- a bounce case needs at least one finding of one of its kinds, at any severity: the set
  shows that the mechanism is recognised in other words, while how loud each rule is
  follows its measured precision on real requests (tests/rule_scores.py);
- a well-scoped case must get no warning-level finding;
- a known miss (a bounce case the rules cannot catch without catching good requests too,
  with the reason written down) must still be missed, so that one the rules start to catch
  is moved back among the bounce cases rather than left out of the figures;
- a known false alarm (a well-scoped request still flagged, with the reason) must still be
  flagged, for the same reason. Both count in the printed figures.

Run ``python -m tests.test_generalisation`` (or pytest with ``-s``) for the figures.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from foidraft.authorities.model import Authority
from foidraft.config import Config
from foidraft.lint.api import check
from foidraft.lint.merging import unmerged
from foidraft.lint.model import Finding
from foidraft.paths import bundled_rules_file
from foidraft.rules.model import Rule, RuleSet
from foidraft.rules.registry import load_rule_data
from foidraft.rules.vocabulary import KINDS

DATA = Path(__file__).parent / "data" / "paraphrases.yaml"
DEV = Path(__file__).parent / "data" / "dev.jsonl"
WARN = ("warning", "error")

AUTHORITIES: dict[str, Authority | None] = {
    "police": None,  # no authority given: foidraft assumes an FOIA police force
    "police_scotland": Authority(
        id="police_scotland", name="Police Scotland", type="police", nation="scotland",
        regime="FOISA", recording_standard="scrs", cost_limit=600, hourly_rate=15,
    ),
    "psni": Authority(
        id="psni", name="Police Service of Northern Ireland", type="police",
        nation="northern_ireland", regime="FOIA", recording_standard="hocr",
    ),
    "pcc": Authority(
        id="pcc", name="Office of the Police and Crime Commissioner for Kent", type="pcc",
    ),
    "council": Authority(id="council", name="Leeds City Council", type="council"),
    "council_scotland": Authority(
        id="council_scotland", name="Fife Council", type="council", nation="scotland",
        regime="FOISA", cost_limit=600, hourly_rate=15,
    ),
    "nhs": Authority(id="nhs", name="Leeds Teaching Hospitals NHS Trust", type="nhs"),
    "central_government": Authority(
        id="central_government", name="Department for Transport",
        type="central_government", nation="uk", cost_limit=600,
    ),
}  # fmt: skip


@cache
def _data() -> dict[str, Any]:
    loaded = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _section(name: str) -> list[dict[str, Any]]:
    return list(_data().get(name) or [])


# The bundled rules as shipped, loaded once (no user rules or config can change them).
RULES = RuleSet([Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])])
_found: dict[tuple[str, str | None], list[Finding]] = {}


def findings_for(case: dict[str, Any]) -> list[Finding]:
    key = (case["text"], case.get("authority"))
    if key not in _found:
        authority = AUTHORITIES[case.get("authority", "police")]
        # Every finding as found, those said under a louder one on the same words too.
        _found[key] = unmerged(check(case["text"], authority, ruleset=RULES, config=Config()))
    return _found[key]


def warnings_for(case: dict[str, Any]) -> list[Finding]:
    return [f for f in findings_for(case) if f.severity in WARN]


def _caught(case: dict[str, Any], found: list[Finding]) -> bool:
    return any(f.kind in case["kinds"] for f in found)


def _describe(found: list[Finding]) -> str:
    return "; ".join(f"{f.rule} {f.kind} {f.severity} {f.match!r}" for f in found) or "none"


BOUNCE = _section("bounce")
WELL = _section("well_scoped")
MISSES = _section("known_misses")
KNOWN_ALARMS = _section("known_false_alarms")


# -- the file itself -------------------------------------------------------------------
def test_the_set_is_large_enough_and_well_formed() -> None:
    assert len(BOUNCE) >= 100
    assert len(WELL) >= 30
    ids = [c["id"] for c in BOUNCE + WELL + MISSES + KNOWN_ALARMS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for case in BOUNCE + MISSES:
        assert case["kinds"], case["id"]
        assert set(case["kinds"]) <= set(KINDS) | {"other"}, case["id"]
        assert case.get("mechanism"), case["id"]
    for case in MISSES + KNOWN_ALARMS:
        assert len(case.get("reason", "")) > 40, f"{case['id']}: say why it is listed"
    for case in BOUNCE + WELL + MISSES + KNOWN_ALARMS:
        assert case.get("authority", "police") in AUTHORITIES, case["id"]
        assert case["text"].strip(), case["id"]


# Citing the Act is boilerplate every requester may share.
_BOILERPLATE = re.compile(
    r"freedom\s+of\s+information(?:\s+\(scotland\))?\s+act(?:\s+\d{4})?", re.I
)


def _shingles(text: str, n: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", _BOILERPLATE.sub(" ", text).lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_case_reuses_the_wording_of_a_development_case() -> None:
    """Seven words in a row shared with a dev request means the case was not rewritten."""
    dev: set[tuple[str, ...]] = set()
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line:
            dev |= _shingles(json.loads(line)["request"])
    for case in BOUNCE + WELL + MISSES + KNOWN_ALARMS:
        shared = _shingles(case["text"]) & dev
        assert not shared, (case["id"], [" ".join(s) for s in shared][:3])


# -- per case ----------------------------------------------------------------------------
@pytest.mark.parametrize("case", BOUNCE, ids=[c["id"] for c in BOUNCE])
def test_bounce_case_is_caught(case: dict[str, Any]) -> None:
    found = findings_for(case)
    assert _caught(case, found), (
        f"{case['id']} ({case['mechanism']}): no finding of kind {case['kinds']}; "
        f"findings: {_describe(found)}"
    )


@pytest.mark.parametrize("case", WELL, ids=[c["id"] for c in WELL])
def test_well_scoped_request_is_quiet(case: dict[str, Any]) -> None:
    found = warnings_for(case)
    assert not found, f"{case['id']}: {_describe(found)}"


@pytest.mark.parametrize("case", MISSES, ids=[c["id"] for c in MISSES])
def test_known_miss_is_still_missed(case: dict[str, Any]) -> None:
    found = findings_for(case)
    assert not _caught(case, found), (
        f"{case['id']} is caught now ({_describe(found)}): move it back to `bounce`"
    )


def test_known_false_alarms_are_still_raised() -> None:
    # One test over the list, so an empty list (every known false alarm fixed) is no skip.
    quiet = [c["id"] for c in KNOWN_ALARMS if not warnings_for(c)]
    assert not quiet, f"quiet now, move them back to `well_scoped`: {quiet}"


# -- figures -----------------------------------------------------------------------------
def evaluate() -> dict[str, Any]:
    bounced = BOUNCE + MISSES
    any_warning = [c for c in bounced if warnings_for(c)]
    kind_hit = [c for c in bounced if _caught(c, findings_for(c))]
    good = WELL + KNOWN_ALARMS
    alarms = {c["id"]: sorted({f.rule for f in warnings_for(c)}) for c in good}
    alarms = {k: v for k, v in alarms.items() if v}
    return {
        "bounced": len(bounced),
        "well_scoped": len(good),
        "known_misses": len(MISSES),
        "known_false_alarms": len(KNOWN_ALARMS),
        "recall": len(any_warning) / len(bounced),
        "kind_recall": len(kind_hit) / len(bounced),
        "false_alarm_rate": len(alarms) / len(good),
        "missed": [c["id"] for c in bounced if c not in kind_hit],
        "false_alarms": alarms,
    }


def report(result: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"generalisation set: {result['bounced']} bounce cases "
            f"({result['known_misses']} known misses), {result['well_scoped']} well scoped "
            f"({result['known_false_alarms']} known false alarms)",
            f"recall (any warning):            {result['recall']:.0%}",
            f"kind recall (a finding of a listed kind): {result['kind_recall']:.0%}",
            f"false alarms on well-scoped:     {result['false_alarm_rate']:.0%}",
            f"missed: {', '.join(result['missed']) or '-'}",
            "false alarms: "
            + (", ".join(f"{k} {v}" for k, v in result["false_alarms"].items()) or "-"),
        ]
    )


def test_prints_the_figures() -> None:
    result = evaluate()
    print("\n" + report(result))
    assert result["bounced"] == len(BOUNCE) + len(MISSES)
    assert result["well_scoped"] == len(WELL) + len(KNOWN_ALARMS)


if __name__ == "__main__":
    import os
    import tempfile

    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    print(report(evaluate()))
