"""`foidraft new --answers FILE` with a choice left out said "add `drop_first: ...`", and
the values the file takes (not the labels the app shows) were only in `foidraft flows
show`: the hint names them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli


def test_a_missing_choice_names_the_values_to_give(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "topic: knife crime in Manchester\nunit: crimes\noffences: [5D, 8N]\n"
        "period: 2022/23 to 2024/25\narea: Manchester\n",
        encoding="utf-8",
    )
    argv = ("new", "--flow", "crime-statistics", "--authority", "GMP", "--answers")
    code, out, err = cli(*argv, str(answers), "--name", "Jo", "--print")
    assert code == 2 and out == ""
    said = " ".join(err.split())
    assert "question drop_first needs an answer" in said
    assert "add `drop_first: [" in said and "(one or more of: " in said and "none)" in said
