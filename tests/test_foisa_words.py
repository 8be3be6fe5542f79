"""Sections written in words ("section 12", "Section 23", "s.31") and the neither-confirm-
nor-deny provision (FOISA s18) for a letter to a body under FOISA: a rule's message, why
and rewordings in FOISA's numbering there, FOIA's kept for an English body, and the
requester's own words, quoted in a message, kept as written."""

from __future__ import annotations

import json
import re

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.cli import main
from foidraft.lint.api import check
from foidraft.lint.model import Finding
from foidraft.rules.counterparts import in_foisa, template_for
from foidraft.rules.registry import default_ruleset
from tests.test_foisa_sections import explained

SCOTTISH = load_directory().resolve("police_scotland")
ENGLISH = load_directory().resolve("West Midlands Police")
# FD802's own bad example: the requester's words name FOIA's section 12 themselves.
QUOTED = (
    "Where data is not readily available, please provide as much data as possible within "
    "the appropriate limit defined in Section 12 of the FOI Act."
)
INVESTIGATIONS = "How many investigations into county lines are currently ongoing?"


def _found(letter: str, authority: object, rule: str) -> list[Finding]:
    findings = check(letter, authority)  # type: ignore[arg-type]
    return [m for f in findings for m in (f.merged or (f,)) if m.rule == rule]


def test_the_requesters_own_section_is_quoted_as_written_both_ways() -> None:
    for authority in (SCOTTISH, ENGLISH):
        (finding,) = _found(QUOTED, authority, "FD802")
        assert "defined in Section 12 of the FOI Act'" in finding.message
        assert "FOISA" not in finding.message


def test_a_template_in_words_is_renumbered_for_a_scottish_body_only() -> None:
    template = "'{match}' asks for more than the section 12 cost limit allows (s40(5B))."
    assert template_for(template, SCOTTISH) == (
        "'{match}' asks for more than the FOISA section 12 cost limit allows (FOISA s18, s38)."
    )
    assert template_for(template, ENGLISH) == template
    assert template_for(template, None) == template


def test_a_rewording_is_in_foisa_numbering_for_a_scottish_body() -> None:
    scottish = _found(INVESTIGATIONS, SCOTTISH, "FD709")
    english = _found(INVESTIGATIONS, ENGLISH, "FD709")
    assert scottish and english

    def advice(found: list[Finding]) -> str:
        return " ".join(s.advice for f in found for s in f.suggestions if s.advice)

    assert "neither confirmed nor denied (FOISA s18, s34)." in advice(scottish)
    assert "neither confirmed nor denied (s30(3))." in advice(english)
    assert "(FOISA s18, s35, s34)" in scottish[0].message
    assert "(s31, s30(3))" in english[0].message


def test_ncnd_for_a_scottish_body_names_section_18() -> None:
    letter = "Which countries received overseas policing assistance from the force?"
    (scottish,) = _found(letter, SCOTTISH, "FD706")
    (english,) = _found(letter, ENGLISH, "FD706")
    assert scottish.message.endswith("neither confirm nor deny holding it (FOISA s18, s31).")
    assert english.message.endswith("neither confirm nor deny holding it (s23(5)).")
    # FOISA's s31 is not absolute (it is subject to the public interest): neither says so
    assert "absolutely" not in scottish.message


def test_every_ncnd_message_for_a_scottish_body_names_section_18() -> None:
    """A message that cites a FOIA neither-confirm-nor-deny provision whose FOISA
    counterpart s18 can be used with names s18 for a Scottish body."""
    ncnd = ("s23(5)", "s24(2)", "s30(3)", "s31(3)", "s40(5)")
    cited = [r for r in default_ruleset().rules if any(p in r.message for p in ncnd)]
    assert len(cited) >= 8  # the test tests something
    for rule in cited:
        shown = template_for(rule.message, SCOTTISH)
        assert re.search(r"FOISA (?:s[\w()]+, )*s18\b", shown), rule.id
        assert not any(p in shown for p in ncnd), rule.id


def test_explain_a_why_in_words_beside_foisa(capsys: pytest.CaptureFixture[str]) -> None:
    scottish, english = explained("FD706", capsys)
    assert "Section 23 (FOISA s31) covers the security" in scottish
    assert "used s23(5) (FOISA s18, s31) on an online grooming" in scottish
    assert "Section 23 covers the security" in english and "(FOISA s18" not in english
    main(["explain", "FD706", "-a", "police-scotland", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["message"].endswith("(FOISA s18, s31).")


@pytest.mark.parametrize(
    "text",
    [
        "section 127 of the Communications Act 2003",
        "under section 59 of the Police Reform Act 2002",
        "section 8 of SOA 2003",
        "Regulations 2004 s12",
    ],
)
def test_another_acts_section_in_words_is_that_acts(text: str) -> None:
    assert in_foisa(text) == text
    assert in_foisa(text, beside=True) == text


def test_ncnd_about_one_investigation_names_section_18_for_a_scottish_body() -> None:
    letter = "Is the headteacher of St Mary's school being investigated by your force?"
    (scottish,) = _found(letter, SCOTTISH, "FD717")
    (english,) = _found(letter, ENGLISH, "FD717")
    assert "nor deny that it holds any (FOISA s18, s34, s35, s38)" in scottish.message
    assert "neither confirm nor deny that it holds any (s30, s31, s40)" in english.message


def test_terrorism_figures_are_not_said_to_be_the_home_offices_alone() -> None:
    # The Home Office's Terrorism Act statistics cover Great Britain, Scotland included;
    # Northern Ireland's are the Northern Ireland Office's: the message names neither.
    letter = "How many arrests were made under anti-terrorism laws between 1 and 30 June 2024?"
    (scottish,) = _found(letter, SCOTTISH, "FD716")
    (english,) = _found(letter, ENGLISH, "FD716")
    for finding in (scottish, english):
        assert "ask for totals over a whole year or more" in finding.message
        assert "Home Office" not in finding.message
    advice = " ".join(s.advice for s in english.suggestions if s.advice)
    assert "terrorism arrests and outcomes in Great Britain" in advice
    assert "(FOISA s18, s31, s35)" in scottish.message


def test_an_english_body_is_not_shown_scotlands_numbering_beside_its_own() -> None:
    # A walk found "(s40; FOISA s38)" in a warning about a letter to an English NHS trust.
    template = (
        "names as personal data (s40; FOISA s38), security (s31(1)(a); FOISA s35(1)(a)), "
        "or s22 until published; FOISA s30, s36, s27) while the rest"
    )
    assert template_for(template, ENGLISH) == (
        "names as personal data (s40), security (s31(1)(a)), or s22 until published) while the rest"
    )
    assert template_for(template, None) == template  # no body known: both kept
    assert "FOISA s38" in template_for(template, SCOTTISH)
    assert template_for(template, SCOTTISH) != template_for(template, ENGLISH)


def test_every_message_to_an_english_body_is_in_foias_numbering_only() -> None:
    for rule in default_ruleset().rules:
        for text in (rule.message, rule.short or ""):
            assert "FOISA" not in template_for(text, ENGLISH), rule.id
