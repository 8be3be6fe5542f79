"""A typed answer the check will flag is flagged when it is typed. The policies flow warns
against "any information about X" in its own words, yet took "all information related to
drones" as the subject; the letter then read "A copy of the policy you hold on all
information related to drones" and only the editor's check said why that bounces."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.cli import main
from foidraft.interview import Interview, load_flows
from foidraft.lint.api import check

TODAY = dt.date(2026, 12, 7)


def answered(flow_id: str, *answers: object) -> Interview:
    gmp = load_directory().get("gmp")
    interview = Interview(
        load_flows()[flow_id], authority=gmp, requester_name="Jo Bloggs", today=TODAY
    )
    for value in answers:
        interview.answer(value)
    return interview


def test_a_subject_the_check_calls_too_broad_is_said_at_once() -> None:
    interview = answered("policies", ["policy", "training"], "all information related to drones")
    notes = interview.notes("subject")
    letter_findings = [
        f for f in check(interview.letter(), interview.authority) if f.rule == "FD401"
    ]
    assert letter_findings  # what the editor would say later ...
    assert len(notes) == 1  # ... said once here, though the subject is in two questions
    assert notes[0].startswith(letter_findings[0].message)
    assert "go back and change it" in notes[0]


def test_a_plain_subject_draws_nothing() -> None:
    interview = answered("policies", ["policy"], "the use of spit and bite guards")
    assert interview.notes("subject") == []


def test_words_only_in_the_title_draw_nothing() -> None:
    # "online grooming" is flagged in a letter, but the topic only names the draft: the
    # offence codes the flow suggests from it are what the letter asks for.
    assert check("online grooming of children", "gmp")  # would be flagged in a letter
    interview = answered("crime-statistics", "online grooming of children")
    assert "online grooming" not in interview.letter()
    assert interview.notes("topic") == []


def test_the_command_line_prints_it_as_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("subject: any information about tasers\n", encoding="utf-8")
    argv = ["new", "--flow", "policies", "--authority", "gmp", "--answers", str(answers)]
    assert main([*argv, "--name", "Jo Bloggs"]) == 0
    err = capsys.readouterr().err
    assert "subject: 'any information' asks the authority to find everything" in err
