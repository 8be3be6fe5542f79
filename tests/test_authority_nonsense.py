"""A search that matches nothing well says so: "zzzz" or "qwerty" listed councils and
forces that scored past the cut-off on stray letters, or on "council" alone. Real typos
still find their body."""

from __future__ import annotations

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.cli import main


@pytest.mark.parametrize(
    "query", ["zzzz", "qwerty", "abcdefg", "blah blah", "zzzz council", "qwerty police", "xyz"]
)
def test_nonsense_matches_no_authority(query: str) -> None:
    assert load_directory().search(query, limit=10) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("west midlnds", "wmp"),
        ("kemt", "kent_police"),
        ("gmo", "gmp"),
        ("psmi", "psni"),
        ("leicstershire", "leicestershire_police"),
        ("greter manchster", "gmp"),
        ("thames valey police", "thames_valley_police"),
        ("police", "bedfordshire_police"),  # generic words alone still list the forces
    ],
)
def test_real_typos_still_find_their_body(query: str, expected: str) -> None:
    assert load_directory().search(query, limit=5)[0][0].id == expected


def test_the_command_line_says_nothing_matches_what_was_typed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In the app's words (tests/tui/test_picker_no_match.py): one wording, with what to do."""
    assert main(["authorities", "search", "zzzz"]) == 0
    said = "No authority matches “zzzz”: check the spelling, or give the body's full name"
    assert capsys.readouterr().out.startswith(said)
