"""A letter kept from a request to another body (FD915): its salutation, or what it asks
to be searched, names a body other than the one it goes to."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.lint.api import check
from foidraft.lint.checker import Checker
from foidraft.lint.fixes import apply_edits
from foidraft.lint.model import Finding

SEED = (Path(__file__).parent / "data" / "seed-first-request.txt").read_text(encoding="utf-8")
# What the force's acknowledgement said of itself, pasted under the letter: a mention in
# passing, not the body addressed.
ACKNOWLEDGEMENT = (
    "\n> Views or opinions expressed in this email do not necessarily represent those of West"
    "\nMidlands Police. All West Midlands Police email activity is monitored.\n"
    "\nI asked West Midlands Police the same questions last year.\n"
)


def _fd915(text: str, authority: str | None) -> list[Finding]:
    return [f for f in check(text, authority) if f.rule == "FD915"]


def test_the_seed_letter_sent_to_police_scotland_is_flagged_at_its_salutation() -> None:
    (found,) = _fd915(SEED + ACKNOWLEDGEMENT, "Police Scotland")
    assert found.match == "West Midlands Police" and found.line == 1
    assert found.severity == "warning" and found.kind == "format_or_validity"
    assert "goes to Police Scotland, not West Midlands Police" in found.message
    fixed = apply_edits(SEED, list(found.suggestions[0].edits))
    assert fixed.startswith("Dear Police Scotland,\n")
    assert not _fd915(fixed, "Police Scotland")


def test_the_seed_letter_sent_to_west_midlands_police_is_not() -> None:
    assert not _fd915(SEED + ACKNOWLEDGEMENT, "West Midlands Police")
    assert not _fd915(SEED.replace("West Midlands Police", "WMP", 1), "West Midlands Police")
    assert not _fd915(SEED.replace("West Midlands Police", "West Mids Police", 1), "wmp")


@pytest.mark.parametrize(
    "text",
    [
        "Please provide the information held by West Midlands Police about drones in 2023.",
        "Please provide all information held by or on behalf of West Midlands Police about drones.",
        "Dear West Midlands Police FOI Team,\n\nHow many drones did you buy in 2023?",
        "Dear WMP,\n\nHow many drones did you buy in 2023?",
    ],
)
def test_another_body_addressed_or_asked_for_is_flagged(text: str) -> None:
    (found,) = _fd915(text, "Police Scotland")
    assert found.match in ("West Midlands Police", "WMP")


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        # a body named in passing, as a third party
        ("Please provide your correspondence with Northumbria Police about drones.", "Home Office"),
        # a longer name that begins like a listed one
        ("Please provide the information held by Kent County Council on drones.", "Kent Police"),
        # a request about both bodies
        (
            "Please provide information held by West Midlands Police and Police Scotland.",
            "Police Scotland",
        ),
        # an abbreviation only as written, a greeting to no body
        ("Dear Wmp,\n\nHow many drones did you buy?", "Police Scotland"),
        ("Dear Sir or Madam,\n\nHow many drones did you buy?", "Police Scotland"),
        # the body's own aliases
        ("Dear Police Service of Scotland,\n\nHow many drones did you buy?", "Police Scotland"),
        ("Information held by the Met about drones.", "Metropolitan Police Service"),
    ],
)
def test_quiet_where_no_other_body_is_addressed(text: str, authority: str) -> None:
    assert not _fd915(text, authority)


def test_without_a_chosen_body_there_is_nothing_to_compare() -> None:
    assert not _fd915(SEED, None)


def test_a_review_letter_kept_from_another_body_is_flagged_too() -> None:
    text = "---\nletter: review\n---\nDear West Midlands Police,\n\nPlease review my request.\n"
    assert [f.match for f in _fd915(text, "Police Scotland")] == ["West Midlands Police"]


def test_the_checker_agrees_as_the_letter_and_the_body_change() -> None:
    checker = Checker()
    scotland = load_directory().resolve("Police Scotland")
    for text, who in [
        (SEED, scotland),
        (SEED.replace("2019/20", "2020/21"), scotland),
        (SEED, "West Midlands Police"),
        (SEED.replace("Dear West Midlands Police", "Dear Police Scotland"), scotland),
    ]:
        mine = [(f.rule, f.start, f.message) for f in checker.check(text, who)]
        assert mine == [(f.rule, f.start, f.message) for f in check(text, who)]
    assert any(f.rule == "FD915" for f in checker.check(SEED, scotland))
