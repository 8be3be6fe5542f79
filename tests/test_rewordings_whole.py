"""A rewording leaves a better letter: new words that take a part of the match the match
does not have are not offered, and a deletion takes its brackets with it. Both were found
by `python -m tests.composition` on requests that joined the corpus in the thirteenth round
(an ONS request's "home address" became "their number of ."; "colluding (or similar)"
became "colluding ()")."""

from __future__ import annotations

from foidraft.lint.api import check
from foidraft.lint.fixes import apply_edits


def _titles(letter: str, rule: str) -> list[str]:
    return [s.title for f in check(letter) if f.rule == rule for s in f.suggestions]


def test_a_rewording_that_needs_a_part_the_match_lacks_is_not_offered() -> None:
    named = "Please give the names of the officers who attended the scene in 2023."
    address = "Please give each claimant's home address for the claims paid in 2023."
    assert "Numbers instead of names" in _titles(named, "FD604")
    assert "Numbers instead of names" not in _titles(address, "FD604")
    assert _titles(address, "FD604")  # the other rewordings are still offered


def test_leaving_out_a_bracketed_phrase_takes_its_brackets() -> None:
    letter = "Do you hold a policy on officers colluding (or similar) over statements?"
    found = [f for f in check(letter) if f.rule == "FD207"]
    leave_out = next(s for f in found for s in f.suggestions if s.title == "Leave it out")
    assert apply_edits(letter, list(leave_out.edits)) == (
        "Do you hold a policy on officers colluding over statements?"
    )
