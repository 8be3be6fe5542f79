"""Real requests with how each authority really answered, and how foidraft scores on them.

Two files: ``tests/data/dev.jsonl`` (the development cases the first rules were written
from) and ``tests/data/outcomes.jsonl`` (requests collected later from disclosure logs and
WhatDoTheyKnow, verbatim, with their URLs). The collected cases are split once, by a fixed
hash of the URL, into a training part (about two thirds) and a validation part (about one
third) that rules are never written or tuned from. The development cases are all training:
rules were written from them.

    python -m tests.corpus              # figures for both parts
    python -m tests.corpus --rules      # each rule's firing figures on the training part
    python -m tests.corpus --update     # write those figures into known_clarifications.yaml
    python -m tests.corpus --policy     # how loudness thresholds fare, by leave-one-out
    python -m tests.corpus --file PATH  # the same for one file of cases (tests/corpus_file.py)
    python -m tests.corpus --by-body    # both parts' figures for police and for other bodies
    python -m tests.corpus --by-outcome # ... and for each outcome (clarification, s12...) there
    python -m tests.corpus --gaps [OUTCOME] # ... is their right kind named: loud, info, not at all

Figures (each at warning level or above, as ``foidraft check`` exits 1 on them):
- caught: bounced requests (clarification, s12, not held, NCND or exempt) with a finding;
- right kind: bounced requests whose trigger kinds include a finding's kind, or whose
  reason names it where the corpus has no kind for it (another body holds it, a
  commercial or other exemption, a not-held answer saying it was never recorded:
  scoring conventions in tests/rule_scores.py); only bounces labelled with a kind other
  than 'other' are counted in this figure;
- NCND foreseen: NCND or exempt refusals with a finding of their kind, or of an exemption
  kind (personal data, law enforcement);
- false alarms: answered requests with any finding.

Each request is checked as a requester would: ``--authority NAME``, plus ``--regime foisa``
for Scottish bodies.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from foidraft.authorities.infer import resolve_any
from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from foidraft.lint.merging import unmerged
from foidraft.lint.model import Finding
from foidraft.lint.parts import EXEMPTION_KINDS
from foidraft.rules.model import POLICE_TYPES
from foidraft.text.signoff import SIGN_OFF_RE

DATA = Path(__file__).parent / "data"
DEV = DATA / "dev.jsonl"
OUTCOMES = DATA / "outcomes.jsonl"
CORPUS = DEV  # the development cases, as rules' evidence cites them
LOUD = ("warning", "error")
PARTS = ("training", "validation")


def part_of(url: str) -> str:
    """The frozen split: a third of the collected cases, by the first byte of the URL's
    SHA-256, are for validation only."""
    return "validation" if hashlib.sha256(url.encode()).digest()[0] % 3 == 0 else "training"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_cases(part: str | None = None) -> list[dict[str, Any]]:
    """Development cases first (in file order), then collected ones, each with its part."""
    cases = [{**c, "part": "training", "source": "dev"} for c in read_jsonl(DEV)]
    cases += [{**c, "part": part_of(c["url"]), "source": "collected"} for c in read_jsonl(OUTCOMES)]
    return [c for c in cases if part is None or c["part"] == part]


def authority_for(case: dict[str, Any]) -> Authority:
    """The authority as a requester would name it: ``--authority NAME`` (and ``--regime
    foisa`` for a Scottish body)."""
    regime = "FOISA" if case["jurisdiction"] == "FOISA" else None
    return resolve_any(case["authority"], regime)[0]


# Publishers take the requester's name off what they publish (TfL leaves "Many thanks," on
# the last line), so a letter that ends on a bare sign-off is judged as it was sent: signed.
# Without this the form rule for an unsigned letter (FD901) reads the publisher's tidying.
PUBLISHED_NAME = "A. Requester"


def as_sent(case: dict[str, Any]) -> str:
    """The request's text with a stand-in name after a bare closing sign-off."""
    text: str = case["request"].rstrip()
    last = text.rpartition("\n")[2]
    return f"{text}\n{PUBLISHED_NAME}" if SIGN_OFF_RE.match(last) else case["request"]


def findings_for(case: dict[str, Any]) -> list[Finding]:
    """Every finding as found: ones shown as one (foidraft.lint.merging) are each counted
    with their own kind and loudness."""
    return unmerged(check(as_sent(case), authority_for(case)))


def _overlaps(text: str, phrase: str, findings: list[Finding]) -> bool:
    start = text.lower().find(phrase.lower())
    if start < 0:
        return False
    end = start + len(phrase)
    return any(f.start < end and start < f.end for f in findings)


def official_url(url: str) -> str:
    """The address a rule cites for a case: the Scottish Information Commissioner's decisions
    were copied from a mirror of its site (sic.uniondigital.uk), and a requester is shown
    the Commissioner's own address, the same path."""
    return url.replace("https://sic.uniondigital.uk/", "https://www.itspublicknowledge.info/")


def _rate(hit: list[Any], of: list[Any]) -> float:
    return len(hit) / len(of) if of else 0.0


def right_kind(kind: str, case: dict[str, Any]) -> bool:
    from tests.rule_scores import right_kind as same

    return same(kind, case)


def named(finding: Finding) -> tuple[str, ...]:
    """The kinds a finding names: its rule's kind and the rule's ``also_kinds``."""
    from tests.rule_scores import finding_kinds

    return finding_kinds(finding.rule, finding.kind)


def evaluate(
    part: str | None = "training", cases: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    cases = load_cases(part) if cases is None else cases
    bounced = [c for c in cases if c["outcome"] != "answered"]
    answered = [c for c in cases if c["outcome"] == "answered"]
    ncnd = [c for c in cases if c["outcome"] == "ncnd_or_exempt"]
    loud: dict[str, list[Finding]] = {
        c["id"]: [f for f in findings_for(c) if f.severity in LOUD] for c in cases
    }
    hit = [c for c in bounced if loud[c["id"]]]
    kinded = [c for c in bounced if set(c["trigger_kinds"]) - {"other"}]
    kind_hit = [c for c in kinded if any(right_kind(k, c) for f in loud[c["id"]] for k in named(f))]
    foreseen = [
        c
        for c in ncnd
        if any(k in EXEMPTION_KINDS or right_kind(k, c) for f in loud[c["id"]] for k in named(f))
    ]
    phrases = [
        (c, p) for c in bounced for p in c["trigger_phrases"] if p.lower() in c["request"].lower()
    ]
    phrase_hit = [(c, p) for c, p in phrases if _overlaps(c["request"], p, loud[c["id"]])]
    alarms = [c for c in answered if loud[c["id"]]]
    return {
        "part": part or "all",
        "cases": len(cases),
        "bounced": len(bounced),
        "answered": len(answered),
        "ncnd": len(ncnd),
        "recall": _rate(hit, bounced),
        "kind_recall": _rate(kind_hit, kinded),
        "ncnd_foreseen": _rate(foreseen, ncnd),
        "phrase_recall": _rate(phrases and phrase_hit, phrases),
        "false_alarm_rate": _rate(alarms, answered),
        "missed": [c["id"] for c in bounced if not loud[c["id"]]],
        "kind_missed": [c["id"] for c in kinded if c not in kind_hit],
        "false_alarms": {c["id"]: sorted({f.rule for f in loud[c["id"]]}) for c in alarms},
        "loud": loud,  # each case's findings at warning level, by id
    }


def report(result: dict[str, Any], *, details: bool = True) -> str:
    lines = [
        f"{result['part']}: {result['cases']} cases ({result['bounced']} bounced, of which "
        f"{result['ncnd']} NCND or exempt; {result['answered']} answered)",
        f"  caught (bounced with a warning):  {result['recall']:.0%}",
        f"  right kind:                       {result['kind_recall']:.0%}",
        f"  NCND or exempt foreseen:          {result['ncnd_foreseen']:.0%}",
        f"  trigger phrases covered:          {result['phrase_recall']:.0%}",
        f"  false alarms on answered ones:    {result['false_alarm_rate']:.0%}",
    ]
    if details:
        lines += [
            f"  missed: {', '.join(result['missed']) or '-'}",
            f"  kind missed: {', '.join(result['kind_missed']) or '-'}",
            "  false alarms: "
            + (", ".join(f"{k} {v}" for k, v in result["false_alarms"].items()) or "-"),
        ]
    return "\n".join(lines)


def _main(argv: list[str]) -> int:
    import os
    import tempfile

    if "--help" in argv or "-h" in argv:  # the commands, without a 40-second run
        print(__doc__)
        return 0
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    if "--rules" in argv or "--update" in argv or "--policy" in argv:
        from tests.rule_scores import main as scores_main

        return scores_main(argv)
    details = "--details" in argv
    if "--file" in argv:  # a fresh sample, scored before it joins the corpus
        from tests.corpus_file import main as file_main

        return file_main([a for a in argv if a != "--file"])
    if "--gaps" in argv:  # aggregate counts only, as for the parts themselves
        from tests.corpus_file import OUTCOMES, gaps

        outcome = next((a for a in argv if a in OUTCOMES), "clarification")
        for part in PARTS:
            for body, cases in split_by_body(load_cases(part)).items():
                print(f"{part}, {body}:")
                print("\n".join(gaps(cases, outcome)))
        return 0
    if "--by-body" in argv or "--by-outcome" in argv:  # aggregate figures only, as for the parts
        from tests.corpus_file import by_outcome

        for part in PARTS:
            for body, cases in split_by_body(load_cases(part)).items():
                result = evaluate(None, cases)
                result["part"] = f"{part}, {body}"
                print(report(result, details=False))
                if "--by-outcome" in argv:  # e.g. police clarifications named right, per part
                    print("\n".join(by_outcome(cases, result["loud"])))
        return 0
    for part in PARTS:
        print(report(evaluate(part), details=details and part == "training"))
    return 0


def is_police(case: dict[str, Any]) -> bool:
    """Police forces and their commissioners' offices; every other body is 'other'."""
    return case["authority_type"] in POLICE_TYPES


def split_by_body(cases: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {
        "police": [c for c in cases if is_police(c)],
        "other bodies": [c for c in cases if not is_police(c)],
    }


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
