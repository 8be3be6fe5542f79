"""The development corpus (tests/data/dev.jsonl) and how foidraft scores on it.

Run as a script to print the figures: ``python -m tests.corpus``.

- recall: bounced requests (clarification, s12, NCND/exempt, not held) that get at least
  one finding at warning level or above;
- kind recall: bounced requests whose trigger kinds (other than 'other') include the kind
  of at least one warning-level finding;
- phrase recall: trigger phrases overlapped by a warning-level finding;
- false alarms: answered requests that get a warning-level finding.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from foidraft.lint.model import Finding

CORPUS = Path(__file__).parent / "data" / "dev.jsonl"
WARN = ("warning", "error")


def load_cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def authority_for(case: dict[str, Any]) -> Authority:
    """The authority a requester would have picked, in foidraft's terms."""
    regime = "FOISA" if case["jurisdiction"] == "FOISA" else "FOIA"
    kind = case["authority_type"]
    if regime == "FOISA":
        cost, rate = 600, 15
    elif kind == "central_government":
        cost, rate = 600, 25
    else:
        cost, rate = 450, 25
    police = kind == "police"
    return Authority(
        id="case-" + case["id"],
        name=case["authority"],
        type="pcc" if "Commissioner" in case["authority"] else kind,
        nation="scotland" if regime == "FOISA" else "england",
        regime=regime,
        recording_standard=("scrs" if regime == "FOISA" else "hocr") if police else None,
        cost_limit=cost,
        hourly_rate=rate,
    )


def findings_for(case: dict[str, Any]) -> list[Finding]:
    return check(case["request"], authority_for(case))


def _overlaps(text: str, phrase: str, findings: list[Finding]) -> bool:
    start = text.lower().find(phrase.lower())
    if start < 0:
        return False
    end = start + len(phrase)
    return any(f.start < end and start < f.end for f in findings)


def evaluate() -> dict[str, Any]:
    cases = load_cases()
    bounced = [c for c in cases if c["outcome"] != "answered"]
    answered = [c for c in cases if c["outcome"] == "answered"]
    per_case: dict[str, list[Finding]] = {
        c["id"]: [f for f in findings_for(c) if f.severity in WARN] for c in cases
    }
    hit = [c for c in bounced if per_case[c["id"]]]
    kinded = [c for c in bounced if set(c["trigger_kinds"]) - {"other"}]
    kind_hit = [c for c in kinded if {f.kind for f in per_case[c["id"]]} & set(c["trigger_kinds"])]
    phrases = [
        (c, p) for c in bounced for p in c["trigger_phrases"] if p.lower() in c["request"].lower()
    ]
    phrase_hit = [(c, p) for c, p in phrases if _overlaps(c["request"], p, per_case[c["id"]])]
    alarms = [c for c in answered if per_case[c["id"]]]
    return {
        "cases": len(cases),
        "recall": len(hit) / len(bounced),
        "kind_recall": len(kind_hit) / len(kinded),
        "phrase_recall": len(phrase_hit) / len(phrases),
        "false_alarm_rate": len(alarms) / len(answered),
        "missed": [c["id"] for c in bounced if not per_case[c["id"]]],
        "kind_missed": [c["id"] for c in kinded if c not in kind_hit],
        "false_alarms": {c["id"]: sorted({f.rule for f in per_case[c["id"]]}) for c in alarms},
        "bounced": len(bounced),
        "answered": len(answered),
    }


def report(result: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"corpus: {result['cases']} cases "
            f"({result['bounced']} bounced, {result['answered']} answered)",
            f"recall on bounced requests:      {result['recall']:.0%}",
            f"kind recall (trigger kinds):     {result['kind_recall']:.0%}",
            f"trigger phrases covered:         {result['phrase_recall']:.0%}",
            f"false alarms on answered ones:   {result['false_alarm_rate']:.0%}",
            f"missed: {', '.join(result['missed']) or '-'}",
            f"kind missed: {', '.join(result['kind_missed']) or '-'}",
            "false alarms: "
            + (", ".join(f"{k} {v}" for k, v in result["false_alarms"].items()) or "-"),
        ]
    )


if __name__ == "__main__":
    import os
    import tempfile

    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    print(report(evaluate()))
