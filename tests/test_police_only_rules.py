"""Rules about what police systems record apply to police bodies only (issue 7, point 4):
a council's records are not the police's, so it is not told about the online crime flag."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import resolve_any
from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from foidraft.lint.merging import unmerged

POLICE_ONLY = {
    "FD301": "How many online fraud offences were recorded in 2023?",
    "FD320": "How many drug-related crimes were recorded in 2023?",
    # What followed is a later record at a force; a council's case often holds it as a field.
    "FD310": "How many complaints were made in 2023, and how many of these resulted in a notice?",
}


def _rules(text: str, authority: Authority) -> set[str]:
    """Every rule that fired, including those shown as one with another of their kind."""
    return {f.rule for f in unmerged(check(text, authority))}


@pytest.mark.parametrize(("rule", "text"), sorted(POLICE_ONLY.items()))
def test_police_record_rules_keep_to_police(rule: str, text: str) -> None:
    police, _ = resolve_any("West Yorkshire Police")
    council, _ = resolve_any("Leeds City Council")
    assert rule in _rules(text, police)
    assert rule not in _rules(text, council)


def test_a_place_type_is_not_a_field_for_any_body() -> None:
    """Where something happened is held as an address or area by councils and NHS bodies
    too (Moray, Shropshire Fire and Ashford and St Peter's answered so), so FD304 stays."""
    council, _ = resolve_any("Leeds City Council")
    findings = check("How many thefts were there in schools in 2023?", council)
    assert any(f.rule == "FD304" and "police" not in f.message.split("(")[0] for f in findings)


def test_advice_on_what_is_recorded_names_police_records() -> None:
    """A force asked what came of each case is told to ask for Home Office outcome types."""
    text = "How many complaints were made in 2023, and how many of these resulted in a notice?"
    police, _ = resolve_any("West Yorkshire Police")
    found = [f for f in check(text, police) if f.rule == "FD310"]
    assert found
    assert "Home Office" in " ".join(s.advice or "" for f in found for s in f.suggestions)


@pytest.mark.parametrize(
    ("rule", "text", "police_words"),
    [
        ("FD609", "How many staff in the housing team at one office were disciplined in 2023?",
         ("force", "rank")),
        ("FD705", "Which CCTV cameras in the city centre are currently working?", ("force",)),
    ],
)  # fmt: skip
def test_a_councils_rewording_speaks_of_the_council_and_settles_the_finding(
    rule: str, text: str, police_words: tuple[str, ...]
) -> None:
    from foidraft.lint.fixes import apply_edits

    council, _ = resolve_any("Leeds City Council")
    found = [f for f in check(text, council) if f.rule == rule]
    assert found and found[0].suggestions
    for suggestion in found[0].suggestions:
        said = f"{suggestion.title} {suggestion.advice or ''} {suggestion.edits}".lower()
        assert not any(word in said for word in police_words)
    fixed = apply_edits(text, list(found[0].suggestions[0].edits))
    assert rule not in {f.rule for f in check(fixed, council)}


@pytest.mark.parametrize(
    ("rule", "text", "police_words"),
    [
        ("FD304", "How many thefts were there in schools in 2023?", ("force", "sector")),
        ("FD604", "Please give the names of the staff who approved the contract.",
         ("rank", "officer")),
        ("FD608", "How many complaints against Councillor Jones were upheld in 2023?",
         ("force", "arrest")),
        ("FD611", "Please send me the CCTV footage of the fight outside the library on 3 May 2024.",
         ("force",)),
        ("FD613", "How many children in care in 2023 identify as LGBT?", ("chief officer", "rank")),
        ("FD716", "How many people did the council refer to Prevent for terrorism in 2023?",
         ("force",)),
    ],
)  # fmt: skip
def test_a_body_neutral_finding_advises_a_council_in_its_own_words(
    rule: str, text: str, police_words: tuple[str, ...]
) -> None:
    """Rules loud for every body give a council rewordings without forces or ranks, and the
    first one that edits the letter settles the finding."""
    from foidraft.lint.fixes import apply_edits

    council, _ = resolve_any("Leeds City Council")
    found = [f for f in check(text, council) if f.rule == rule]
    assert found and found[0].suggestions
    said = " ".join(f"{s.title} {s.advice or ''} {s.edits}" for s in found[0].suggestions).lower()
    assert not any(word in said for word in police_words), said
    assert "forces" not in found[0].message
    editing = next(s for s in found[0].suggestions if s.edits)
    fixed = apply_edits(text, list(editing.edits))
    assert rule not in {f.rule for f in check(fixed, council)}


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FD203", "How many deaths in 2022 were linked to county lines crimes?"),
        ("FD308", "For every robbery reported in 2024, please send me a summary of what happened."),
    ],
)
def test_advice_on_linked_or_narrated_records_names_offence_codes_to_the_police_only(
    rule: str, text: str
) -> None:
    """'Linked to' and 'what happened' are read from each record at any body; only the police
    are told to count by Home Office offence codes, flags or outcome types instead."""
    police, _ = resolve_any("West Yorkshire Police")
    council, _ = resolve_any("Leeds City Council")

    def said(authority: Authority) -> str:
        found = [f for f in unmerged(check(text, authority)) if f.rule == rule]
        assert found
        return " ".join(f"{f.message} {s.title} {s.advice}" for f in found for s in f.suggestions)

    assert "Home Office" in said(police)
    to_council = said(council)
    assert "Home Office" not in to_council and "police systems" not in to_council
    assert "categor" in to_council
