"""Scripting the interview: `foidraft flows show ID --format json` and `foidraft new --flow
ID --authority NAME --answers FILE`, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore


def test_flows_show_lists_ids_kinds_and_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flows", "show", "crime-statistics", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    questions = {q["id"]: q for q in data["questions"]}
    assert questions["offences"]["type"] == "multi-choice"
    grooming = next(c for c in questions["offences"]["choices"] if c["value"] == "88A")
    assert grooming["label"] == "88A  Sexual grooming"
    assert questions["period"]["kinds"] == ["financial", "calendar", "dates"]
    assert questions["offences"]["suggested_from"] == "topic"


def test_flows_show_says_after_which_answer_a_row_is_offered(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Five rows share the label "By outcome or decision": each says what is counted for it.
    assert main(["flows", "show", "service-figures"]) == 0
    out = capsys.readouterr().out
    assert "referral_outcome By outcome or decision  (when unit: referrals)" in out
    assert "month            By month\n" in out


def test_flows_show_in_a_scottish_bodys_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flows", "show", "crime-statistics", "-a", "Police Scotland", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    offences = next(q for q in data["questions"] if q["id"] == "offences")
    assert offences["prompt"] == "Which crimes?"
    assert any(c["label"].startswith("Housebreaking") for c in offences["choices"])
    assert not any(c["value"] == "88A" for c in offences["choices"])
    outcomes = next(q for q in data["questions"] if q["id"] == "outcomes")
    assert "outcome type" not in json.dumps(outcomes["choices"])


def test_new_writes_the_letter_as_a_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "topic: knife crime\nperiod: 2021/22 to 2023/24\ndrop_first: [flagged]\n",
        encoding="utf-8",
    )
    code = main(["new", "--flow", "crime-statistics", "--authority", "west mids",
                 "--answers", str(answers), "--name", "Jo Bloggs"])  # fmt: skip
    assert code == 0
    path = Path(capsys.readouterr().out.strip())
    draft = DraftStore().load_path(path)
    assert draft.title.startswith("Knife crime: crimes recorded")
    assert "the knife or sharp instrument flag" in draft.body
    assert "10D (possession of an article with a blade or point)" in draft.body
    assert "please answer questions 1 and 3 first and drop question 2." in draft.body
    assert draft.body.rstrip().endswith("Jo Bloggs")


def test_new_writes_to_a_body_foidraft_does_not_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("subject: car parking charges for staff\n", encoding="utf-8")
    argv = ["new", "--flow", "policies", "--authority", "NHS Fife", "--answers", str(answers)]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "read as an NHS body in Scotland under FOISA" in err
    draft = DraftStore().load_path(Path(out.strip()))
    assert draft.authority == "NHS Fife"  # kept by its name, as the app keeps it
    assert "Freedom of Information (Scotland) Act 2002" in draft.body
    argv[2:5] = ["staff", "--authority", "Leeds City Council"]
    assert main(argv) == 2
    assert "write a blank letter" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("answers", "argv", "message"),
    [
        ("bogus: 1\n", ["--flow", "staff", "--authority", "GMP"], "no question 'bogus'"),
        ("period: soon\n", ["--flow", "staff", "--authority", "GMP"], "question"),
        ("topic: [\n", ["--flow", "staff", "--authority", "GMP"], "not valid YAML"),
        ("{}\n", ["--flow", "crime-statistics", "--authority",
                  "West Midlands Police and Crime Commissioner"], "held by police forces"),
        ("{}\n", ["--flow", "nope", "--authority", "GMP"], "no flow 'nope'"),
    ],
)  # fmt: skip
def test_bad_answers_get_one_clear_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    answers: str,
    argv: list[str],
    message: str,
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    assert main(["new", *argv, "--answers", str(path), "--print"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert DraftStore().list() == []
