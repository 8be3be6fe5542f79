"""`foidraft due` just after marking a request sent said only "Nothing due within 5
working days, and nothing overdue", which reads as if no reply were awaited: it says how
many requests are waiting, and how to list them."""

from __future__ import annotations

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore


def due(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["due", "--today", "2026-12-05", *argv]) == 0
    return capsys.readouterr().out


def test_nothing_due_soon_still_says_what_is_waiting(capsys: pytest.CaptureFixture[str]) -> None:
    assert "waiting" not in due(capsys)  # nothing sent: nothing said about waiting
    draft = DraftStore().create("Arrests", "Dear GMP,\n\nPlease provide...\n", "gmp")
    assert main(["drafts", "status", draft.name, "sent", "--date", "2026-12-01"]) == 0
    capsys.readouterr()
    said = due(capsys)
    assert said.startswith("Nothing due within 5 working days, and nothing overdue.")
    assert "1 request is waiting for a reply" in said and "foidraft due --all" in said
    assert "Arrests" in due(capsys, "--all")


def test_all_with_nothing_waiting_does_not_speak_of_five_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The new-user walk: `foidraft due --all` answered "Nothing due within 5 working
    days", the window --all had just asked it to drop."""
    said = due(capsys, "--all")
    assert "5 working days" not in said and said.startswith("Nothing is waiting"), said


def test_a_review_window_is_not_called_waiting_for_a_reply(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The council walk: a partly answered request whose review may be asked for by a date
    weeks away was counted as "1 request is waiting for a reply later"; nothing is awaited,
    the requester may still act."""
    from tests.tui.shell_harness import write_draft

    extra = {"replied": "2025-05-19", "reply": "partly_answered"}
    write_draft("potholes-0001.md", "Potholes", authority="wmp",
                status="partly-answered", sent="2025-04-01", extra=extra)  # fmt: skip
    assert main(["due", "--today", "2025-06-02"]) == 0
    said = capsys.readouterr().out
    assert "waiting for a reply" not in said, said
    assert "Later: 1 reply can still be taken to an internal review." in said
    assert "foidraft due --all` lists it." in said
