"""``python -m tests.corpus --file``: a file of cases scored like the corpus's parts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.corpus import part_of
from tests.corpus_file import by_outcome, main, read_cases

ANSWERED: dict[str, Any] = {
    "id": "answered-one",
    "url": "https://example.org/answered",
    "authority": "Northumbria Police",
    "authority_type": "police",
    "jurisdiction": "FOIA",
    "request": "How many burglaries were recorded in Newcastle in 2023, by month?",
    "outcome": "answered",
    "partial": False,
    "authority_reason": "Figures given.",
    "trigger_phrases": [],
    "trigger_kinds": [],
}
REFUSED: dict[str, Any] = {
    **ANSWERED,
    "id": "refused-one",
    "url": "https://example.org/refused",
    "request": "How many crimes were recorded at schools in 2023?",
    "outcome": "s12",
    "authority_reason": "Place type not a field (s12).",
    "trigger_phrases": ["at schools"],
    "trigger_kinds": ["not_recorded_field"],
}


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in (ANSWERED, REFUSED)), encoding="utf-8")
    return path


def test_cases_carry_their_part_and_filter_by_it(tmp_path: Path) -> None:
    path = _write(tmp_path)
    cases = read_cases(path)
    assert [c["part"] for c in cases] == [part_of(ANSWERED["url"]), part_of(REFUSED["url"])]
    for part in ("training", "validation"):
        assert all(c["part"] == part for c in read_cases(path, part))
    assert len(read_cases(path, "training")) + len(read_cases(path, "validation")) == 2


def test_each_outcome_gets_its_line(tmp_path: Path) -> None:
    lines = by_outcome(read_cases(_write(tmp_path)))
    assert lines == [
        "  s12: 1/1 caught, 1 with the right kind",
        "  answered: 0/1 with a warning (false alarms)",
    ]


def test_bad_usage_says_so() -> None:
    assert main([]) == 2
