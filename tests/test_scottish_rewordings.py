"""A rewording offered on a letter to a Scottish body never rests on England-and-Wales
recording (Home Office offence codes, outcome types, the online flag, Action Fraud): Police
Scotland records crime under the Scottish Crime Recording Standard, so a letter that asks
for Home Office codes there is asked back what it means. A rewording may name them only
where its own words say they are England and Wales's."""

from __future__ import annotations

from foidraft.authorities.directory import load_directory
from foidraft.lint.api import check
from foidraft.paths import bundled_rules_file
from foidraft.rules.registry import ruleset_from_file

SCOTTISH = load_directory().resolve("police_scotland")
ENGLISH = load_directory().resolve("West Midlands Police")


def _england_only(text: str) -> bool:
    return "Home Office" not in text or "England and Wales" in text


def test_no_rewording_for_a_scottish_body_names_home_office_recording() -> None:
    offered = [
        (rule.id, spec.title)
        for rule in ruleset_from_file(bundled_rules_file()).rules
        if rule.applies_to.matches(SCOTTISH)
        for spec in rule.suggestions
        if spec.applies_to.matches(SCOTTISH) and not _england_only(spec.template)
    ]
    assert not offered


def test_an_english_force_is_still_offered_the_home_office_wording() -> None:
    letter = (
        "Please give the number of offences recorded under section 127 of the"
        " Communications Act 2003 in 2022."
    )
    english = [s.title for f in check(letter, ENGLISH) for s in f.suggestions]
    scottish = [s.title for f in check(letter, SCOTTISH) for s in f.suggestions]
    assert "The recordable offence instead" in english
    assert "The recordable offence instead" not in scottish


def test_a_fraud_type_finding_names_the_service_that_now_takes_fraud_reports() -> None:
    """Report Fraud replaced Action Fraud on 4 December 2025 for England, Wales and
    Northern Ireland; in Scotland fraud is still reported to Police Scotland."""
    letter = "How many courier fraud offences were reported to you in 2024?"
    english = " ".join(m.message for f in check(letter, ENGLISH) for m in (f, *f.merged))
    scottish = " ".join(m.message for f in check(letter, SCOTTISH) for m in (f, *f.merged))
    assert "fraud is reported to Report Fraud (Action Fraud until December 2025)" in english
    assert "fraud is reported to Police Scotland" in scottish and "Report Fraud" not in scottish
