"""Advice a council, an NHS body, a department or a university reads speaks of that body: a
rule's bad examples, checked as letters to such a body, draw no finding that calls the body
a force, or offers a police sector, the MO field or a force-wide total as the rewording (the
police wording stays, for police bodies, in a rewording of its own)."""

from __future__ import annotations

import re

import pytest

from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from foidraft.rules.registry import default_ruleset

BODIES = [
    Authority(id="leeds_cc", name="Leeds City Council", type="council"),
    Authority(id="lth", name="Leeds Teaching Hospitals NHS Trust", type="nhs"),
    Authority(id="dfe", name="Department for Education", type="central_government"),
]
# Words that only fit a police body ("forces and councils" names both, so it is not one).
# Pointing the requester to the police force that holds the records (FD330) is right.
POLICE_ONLY = re.compile(
    r"\bforces?\b(?!\s+and\s+councils)|\bforce-wide\b|\bpolice\s+(?:sectors?|records)\b|\bPCSOs?\b|"
    r"\bthe\s+MO\s+field\b|\bcustody\s+images\b|\bHome\s+Office\s+offence\s+codes?\b",
    re.IGNORECASE,
)
TO_THE_FORCE = re.compile(
    r"\bthe\s+police\s+force\s+holds\s+it\b|\bsend\s+(?:it|this\s+part)\s+to\s+the\s+(?:police\s+)?force\b|"
    r"\bask\s+the\s+police\s+force\b",
    re.IGNORECASE,
)


def _advice(body: Authority) -> list[tuple[str, str]]:
    out = []
    for rule in default_ruleset():
        for example in rule.examples.get("bad", []):
            for f in check(example, body):
                if f.rule != rule.id:
                    continue
                words = [f.message.replace(f.match, "")]
                for s in f.suggestions:
                    words += [s.title, s.advice or ""]
                    # A rewording that quotes the letter keeps the letter's own words.
                    words += [e.replacement.replace(f.match, "") for e in s.edits]
                out += [(rule.id, w) for w in words if POLICE_ONLY.search(TO_THE_FORCE.sub("", w))]
    return out


@pytest.mark.parametrize("body", BODIES, ids=[b.type for b in BODIES])
def test_no_police_words_in_advice_to_other_bodies(body: Authority) -> None:
    assert _advice(body) == []
