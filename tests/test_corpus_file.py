"""``python -m tests.corpus --file``: a file of cases scored like the corpus's parts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import part_of
from tests.corpus_file import GAPS, by_outcome, gaps, main, read_cases

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


ASKED: dict[str, Any] = {
    **REFUSED,
    "id": "asked-one",
    "url": "https://example.org/asked",
    "outcome": "clarification",
    "authority_reason": "The force asked whether incidents or crimes were meant.",
    "trigger_phrases": ["incidents of shoplifting"],
    "trigger_kinds": ["undefined_term"],
}


def test_gaps_say_whether_the_right_kind_is_named_loud_quiet_or_not_at_all() -> None:
    quiet = {**ASKED, "request": "How many incidents of shoplifting were reported in 2023?"}
    loud = {**ASKED, "id": "asked-two", "request": "How many staff were employed in 2023?"}
    unnamed = {**ASKED, "id": "asked-three", "request": "Please send me your policy on drones."}
    other = {**ASKED, "id": "asked-four", "trigger_kinds": ["other"]}
    lines = gaps([quiet, loud, unnamed, other, REFUSED])
    counts = {line.split(", ", 1)[1].rsplit(": ", 1)[0]: line.rsplit(" ", 1)[1] for line in lines}
    assert counts == {GAPS[0]: "1", GAPS[1]: "0", GAPS[2]: "1", GAPS[3]: "0", GAPS[4]: "1"}


def test_help_prints_the_commands_without_scoring(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.corpus import _main

    assert _main(["--help"]) == 0
    assert "python -m tests.corpus --file PATH" in capsys.readouterr().out
