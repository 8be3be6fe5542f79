"""Exporting a narrowed request told the requester to search the body's website for
“response”, “narrow”, “shorter”: words of the letter around the question asked again and
of the authority's quoted advice, not of the subject. The key terms of a narrowed request
now come from its questions (or, with none numbered, its title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

LETTER = """Dear Leeds Teaching Hospitals NHS Trust,

1. How many patients waited more than 12 hours in A&E in each month of 2024?
2. Please provide all emails between the chief executive and NHS England about corridor
care in 2024.

Yours faithfully,

Dana Moore
"""
REPLY = """Dear Ms Moore

Thank you for your request received on 1 October 2026.

Question 1: please find the figures attached.

Question 2: We estimate that the cost of complying with this part of your request would
exceed the appropriate limit of £450. Locating, retrieving and extracting the emails would
require a search of over 40 mailboxes. Section 12 of the Freedom of Information Act 2000
therefore applies. You may wish to narrow your request, for example by specifying a
shorter time period or particular subject.

Yours sincerely

Information Governance Team
28 October 2026
"""
OWN_WORDS = ("response", "narrow", "shorter", "answering", "allows")


def test_a_narrowed_request_is_searched_for_by_its_subject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(REPLY, encoding="utf-8")
    argv = ["drafts", "new", "--authority", "Leeds Teaching Hospitals NHS Trust", "--from",
            str(tmp_path / "letter.txt"), "Corridor care"]  # fmt: skip
    assert main(argv) == 0
    assert main(["drafts", "status", "corridor", "sent", "--date", "2026-10-01"]) == 0
    assert main(["reply", "corridor", str(tmp_path / "reply.txt")]) == 0
    assert main(["reply", "corridor", "--next", "narrow"]) == 0
    (narrowed,) = [s for s in DraftStore().list() if s.letter == "narrow"]
    capsys.readouterr()
    assert main(["export", narrowed.name, "-f", "txt"]) == 0
    err = capsys.readouterr().err
    (line,) = [ln for ln in err.splitlines() if "Before sending: search" in ln]
    terms = line.split("published answers (", 1)[1].split(")", 1)[0]
    assert not [w for w in OWN_WORDS if f"“{w}”" in terms], line
    assert "“corridor”" in terms or "“emails”" in terms, line
