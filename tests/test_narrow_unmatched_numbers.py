"""A partial answer that refused "Question 2" on cost, to a request whose letter numbered
only one question, wrote "You said that  would cost more than the limit allows,
so I ask for them again": the refused question was lost and the sentence left with a
hole deleted rather than one for the requester. The reply's own numbers now say what it
refused, and the part to ask again stays a gap to fill."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

REPLY = """Dear Dana Moore

Thank you for your request received on 2 November 2026.

Question 1: please find the figures attached.

Question 2: We estimate that the cost of complying with this part of your request would
exceed the appropriate limit of £450. Locating and extracting each agency invoice would
require a manual review of over 3,000 invoices. Section 12 of the Freedom of Information
Act 2000 therefore applies. You may wish to narrow your request, for example by
specifying a shorter time period.

Yours sincerely

Information Governance Team
Surrey County Council
30 November 2026
"""
NUMBERED = "1. The total paid to agencies for social workers in each financial year from 2023/24."


def test_the_narrowed_letter_names_what_the_reply_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(
        f"Dear Surrey County Council,\n\n{NUMBERED}\n\nYours faithfully,\n\nDana Moore\n"
    )
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    argv = ["drafts", "new", "--authority", "Surrey County Council", "--from", str(letter),
            "Agency social workers"]  # fmt: skip
    assert main(argv) == 0
    assert main(["drafts", "status", "agency", "sent", "--date", "2026-11-02"]) == 0
    assert main(["reply", "agency", str(reply)]) == 0
    assert main(["reply", "agency", "--next", "narrow"]) == 0
    capsys.readouterr()
    (summary,) = [s for s in DraftStore().list() if s.letter == "narrow"]
    body = DraftStore().load_path(summary.path).body
    opening = " ".join(body.split("\n\n")[1].split())
    assert "You said that question 2 would cost more than the limit allows" in opening, opening
    assert "so I ask for it again, narrowed." in opening, opening
    assert "  " not in body.split("\n\n")[1] and "answering ." not in opening, opening
    assert "[[the part of your request still to be answered]]" in body, body
