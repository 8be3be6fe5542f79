"""A letter to Police Scotland read as a Scottish requester reads it: every message and
rewording `foidraft check --authority police-scotland` gives on a real request (West
Midlands Police's FOI 8A/21, arrests for online child sexual offences, decoys and
"paedophile hunters", sent here to Police Scotland) names nothing that holds only in
England and Wales, and its neither-confirm-nor-deny warnings name FOISA's s18. The same
letter to an English force keeps the English advice."""

from __future__ import annotations

import re

from foidraft.authorities.directory import load_directory
from foidraft.lint.api import check
from foidraft.lint.model import Finding
from tests.corpus import load_cases

SCOTTISH = load_directory().resolve("police_scotland")
ENGLISH = load_directory().resolve("West Midlands Police")
# Words true only in England and Wales: Home Office recording and outcomes, the
# notifiable-offence list, the CPS, the IOPC, and FOIA's NCND sub-sections.
ENGLAND_ONLY = re.compile(
    r"Home Office|notifiable|Crown Prosecution|\bIOPC\b"
    r"|\bs(?:23\(5\)|24\(2\)|30\(3\)|31\(3\)|40\(5)"
)


def _letter() -> str:
    case = next(c for c in load_cases() if c["id"] == "wmp-8a-21-first-request")
    return "Dear Police Scotland,\n\n" + str(case["request"])


def _every(findings: list[Finding]) -> list[Finding]:
    return [m for f in findings for m in (f.merged or (f,))]


def _words(findings: list[Finding]) -> list[str]:
    out = []
    for f in _every(findings):
        # the letter's own words, quoted, are the requester's: only what foidraft says
        out.append(f.message.replace(f"'{f.match}'", "''"))
        for s in f.suggestions:
            out += [s.title, s.advice or "", *(e.replacement for e in s.edits)]
    return out


def test_nothing_english_only_is_said_about_a_letter_to_police_scotland() -> None:
    said = _words(check(_letter(), SCOTTISH))
    assert len(said) > 40  # the letter draws many findings
    assert [w for w in said if ENGLAND_ONLY.search(w)] == []


def test_the_same_letter_to_an_english_force_keeps_the_english_advice() -> None:
    said = "\n".join(_words(check(_letter(), ENGLISH)))
    assert "Home Office outcome type 1" in said
    assert "not a notifiable offence" in said


def test_its_ncnd_warnings_name_section_18() -> None:
    ncnd = [
        f.message
        for f in _every(check(_letter(), SCOTTISH))
        if "neither confirm" in f.message and "FOISA" in f.message
    ]
    assert ncnd and all("s18" in m for m in ncnd)


def _example_part(rule_id: str, authority: object) -> str:
    """`foidraft explain RULE --authority`'s example, its finding and its rewordings."""
    from foidraft.explain import explain_text
    from foidraft.rules.registry import default_ruleset

    rule = default_ruleset().get(rule_id)
    assert rule is not None
    text = explain_text(rule, 0, authority)  # type: ignore[arg-type]
    return text.split("Example that draws this advice")[1].split("Wording that avoids it")[0]


def test_explain_shows_the_example_as_a_letter_to_that_body() -> None:
    scottish, english = _example_part("FD203", SCOTTISH), _example_part("FD203", ENGLISH)
    assert "cleared up (detected)" in scottish and "Home Office" not in scottish
    assert "Home Office outcome type 1" in english
    assert "not given for a letter to Police Scotland" in _example_part("FD303", SCOTTISH)
    assert "not a notifiable offence" in _example_part("FD303", ENGLISH)


def test_crime_record_messages_use_the_bodys_own_recording_words() -> None:
    """Messages that name how crime records are coded, what a charge shows as and who holds
    court results say it in the authority's terms (``authority.offence_codes`` and the
    other context fields), not England and Wales's for Police Scotland."""
    from foidraft.rules.registry import default_ruleset

    english_words = re.compile(
        r"Home Office|Ministry of Justice|HM Courts|Action Fraud|Report Fraud"
    )
    for rule_id in ("FD205", "FD208", "FD209", "FD216", "FD311", "FD321"):
        rule = default_ruleset().get(rule_id)
        assert rule is not None
        letter = rule.examples["bad"][0]
        scottish = [f for f in _every(check(letter, SCOTTISH)) if f.rule == rule_id]
        english = [f for f in _every(check(letter, ENGLISH)) if f.rule == rule_id]
        assert scottish and english, rule_id
        assert not english_words.search("\n".join(_words(scottish))), rule_id
        assert english_words.search("\n".join(_words(english))), rule_id
