"""FD402's rewordings add only what a sentence lacks: sides, a period or a subject it already
gives are not written a second time (a new user's walk found "correspondence [[between named
roles or teams]] [[from date to date]] about [[one subject]] between the Commissioner and the
Home Office about stop and search since 2020")."""

from __future__ import annotations

import re

import pytest

import foidraft
from foidraft.lint.fixes import apply_edits

LETTER = "Dear Sir or Madam,\n\n{}\n\nYours faithfully,\nA Person\n"

SENTENCES = [
    "Please send me copies of correspondence between the Commissioner and the Home Office about"
    " stop and search since 2020.",
    "Please send me all correspondence about the closure of the ward.",
    "I would like to request any correspondence from 1 February 2018 till the present day between"
    " TfL and the Mayor's Office.",
    "Please send me your contact with the NPCC about weeding.",
    "Please provide all correspondence regarding the new custody suite in 2023.",
    "Please send me all correspondence held by the force.",
]


def applied(text: str) -> list[str]:
    """The letter after each of FD402's edits, one at a time."""
    out = []
    for finding in foidraft.check(text):
        if finding.rule != "FD402":
            continue
        for suggestion in finding.suggestions:
            if not suggestion.edits:
                continue
            out.append(apply_edits(text, list(suggestion.edits)))
    return out


def words(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, re.IGNORECASE))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_no_part_written_twice(sentence: str) -> None:
    text = LETTER.format(sentence)
    assert any(f.rule == "FD402" for f in foidraft.check(text))
    for new in applied(text):
        for part in (
            r"\bbetween\b",
            r"\babout\b|\bregarding\b",
            r"\bfrom\b|\bsince\b|\bin 20\d\d\b",
        ):
            assert words(part, new) <= max(1, words(part, text)), new


def test_a_bare_request_gets_the_whole_narrowing() -> None:
    text = LETTER.format(SENTENCES[-1])
    assert any(
        "[[between named roles or teams]]" in new and "about [[one subject" in new
        for new in applied(text)
    )
