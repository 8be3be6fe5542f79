"""One review is one matter in `foidraft due` as on Home (both from
``foidraft.drafts.standings.matter``): the request's row says what is awaited and by when,
"ask for a review by D" before the review request is sent and "review answer due D"
after, with the law's limit on the review on a line below. The review request letter was
listed too, with the same date, which read as a second thing to do."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore
from tests.tui.test_review_deadline_home import review_sent


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows read whole, titles uncut (tests/test_due_width.py fits a narrow terminal)."""
    monkeypatch.setenv("COLUMNS", "200")


def due(capsys: pytest.CaptureFixture[str], today: str, *argv: str) -> list[str]:
    assert main(["due", "--today", today, *argv]) == 0
    return capsys.readouterr().out.splitlines()


def test_the_review_is_one_row_on_the_request_with_the_laws_limit_below(
    capsys: pytest.CaptureFixture[str],
) -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    lines = due(capsys, "2025-06-12")  # 3 working days before 17 June
    rows = [line for line in lines if "Paedophile hunters" in line]
    assert len(rows) == 1 and "Internal review:" not in rows[0], lines
    row = lines.index(rows[0])
    assert lines[row].startswith("17 June 2025  review answer: 3 working days left")
    assert lines[row].rstrip().endswith("hunters-0001.md")
    # the limit, word for word as on Home, on its own line under the row
    assert lines[row + 1].strip() == "20 working days under the s45 code, 40 at most: 16 July 2025"


def test_before_the_review_is_sent_the_row_says_ask_for_a_review_by(
    capsys: pytest.CaptureFixture[str],
) -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    store = DraftStore()
    request = store.load("hunters-0001")
    request.status, request.review = "refused", None  # the review request not yet sent
    store.save(request)
    (letter,) = [s for s in store.list() if s.letter == "review"]
    draft = store.load_path(letter.path)
    draft.status, draft.sent = "draft", None
    store.save(draft)
    lines = due(capsys, "2025-06-02", "--all")
    rows = [line for line in lines if "Paedophile hunters" in line]
    assert len(rows) == 1 and rows[0].startswith("30 June 2025  ask for a review: "), lines


def test_under_foisa_the_review_answer_says_foisa_s21(capsys: pytest.CaptureFixture[str]) -> None:
    review_sent("police_scotland", "FOISA", dt.date(2025, 5, 19))
    lines = due(capsys, "2025-06-02", "--all")
    (row,) = [i for i, line in enumerate(lines) if "Paedophile hunters" in line]
    assert lines[row].startswith("17 June 2025  review answer: ")
    assert lines[row + 1].strip() == "20 working days under FOISA s21", lines


def test_once_the_review_has_its_outcome_the_row_says_when_to_complain(
    capsys: pytest.CaptureFixture[str],
) -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    assert main(["drafts", "status", "hunters-0001", "reviewed"]) == 0
    capsys.readouterr()
    lines = due(capsys, "2025-06-12", "--all")
    assert not any("Internal review:" in line for line in lines)
    assert not any("review answer" in line for line in lines), lines


def test_a_review_request_whose_request_was_deleted_keeps_the_count(
    capsys: pytest.CaptureFixture[str],
) -> None:
    review_sent("wmp", "FOIA", dt.date(2025, 5, 19))
    store = DraftStore()
    path = store.load("hunters-0001").path
    assert path is not None
    path.unlink()
    lines = due(capsys, "2025-06-12")
    (row,) = [line for line in lines if "Internal review: Paedophile" in line]
    assert row.startswith("17 June 2025  review answer: 3 working days left")
