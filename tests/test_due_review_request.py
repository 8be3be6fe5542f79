"""`foidraft due` listed the request under review but not the review request itself,
nor the law's limit on the review that Home's detail line gives: both now come from
``foidraft.drafts.review_clock``, so the CLI says what Home says."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from tests.tui.test_review_deadline_home import review_sent


def due(capsys: pytest.CaptureFixture[str], today: str, *argv: str) -> list[str]:
    assert main(["due", "--today", today, *argv]) == 0
    return capsys.readouterr().out.splitlines()


def test_the_review_request_is_listed_with_the_reviews_own_limit(
    capsys: pytest.CaptureFixture[str],
) -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    lines = due(capsys, "2025-06-12")  # 3 working days before 17 June
    row = next(i for i, line in enumerate(lines) if "Internal review: Paedophile" in line)
    assert lines[row].startswith("2025-06-17  3 working days left"), lines
    # the limit, word for word as on Home, on its own line under the row
    assert lines[row + 1].strip() == "20 working days under the s45 code, 40 at most: 16 July 2025"
    assert "s45" not in lines[row]  # not a 60-character state column


def test_under_foisa_the_review_request_says_foisa_s21(capsys: pytest.CaptureFixture[str]) -> None:
    review_sent("police_scotland", "FOISA", dt.date(2025, 5, 19))
    lines = due(capsys, "2025-06-02", "--all")
    row = next(i for i, line in enumerate(lines) if "Internal review: Paedophile" in line)
    assert lines[row + 1].strip() == "20 working days under FOISA s21", lines


def test_once_the_review_has_its_outcome_the_review_request_drops_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    assert main(["drafts", "status", "hunters-0001", "reviewed"]) == 0
    capsys.readouterr()
    assert not any("Internal review:" in line for line in due(capsys, "2025-06-12", "--all"))
