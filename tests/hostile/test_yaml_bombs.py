"""YAML alias bombs, cycles and deep nesting in every user YAML file: one line, exit 2,
at once (the subprocess is stopped after a minute and capped at 2 GB of memory); and in
the data files read the same way (the model of what is recorded, the exemptions and
review grounds that replies are read with), refused with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.errors import RuleFileError
from foidraft.recorded.validate import load_model_file
from foidraft.replies.knowledge import load_knowledge
from foidraft.text.safe_yaml import UnsafeYaml, check_plain, safe_load
from tests.hostile.proc import foidraft


def bomb(levels: int = 9) -> str:
    """Nine levels of nine aliases each: 387 million strings once expanded."""
    lines = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    lines.append(f"rules: *a{levels}")
    return "\n".join(lines) + "\n"


CYCLE = "version: 1\nrules: &x [*x]\n"
DEEP = "version: 1\nrules: " + "[" * 60 + "]" * 60 + "\n"


@pytest.mark.parametrize("text", [bomb(), CYCLE, DEEP], ids=["bomb", "cycle", "deep"])
def test_rule_file_check(foidraft_home: Path, text: str) -> None:
    path = foidraft_home.parent / "rules.yaml"
    path.write_text(text)
    ran = foidraft(foidraft_home, "rules", "--file", str(path), timeout=60)
    assert ran.one_line_error, ran
    assert f"{path}:" in ran.err


def test_personal_rules_bomb_stops_check_at_once(foidraft_home: Path) -> None:
    config = foidraft_home / "config"
    config.mkdir(parents=True)
    (config / "rules.yaml").write_text(bomb())
    letter = foidraft_home.parent / "letter.txt"
    letter.write_text("Dear Sir,\nPlease provide all information.\n")
    ran = foidraft(foidraft_home, "check", str(letter), timeout=60)
    assert ran.one_line_error and "alias" in ran.err, ran


def test_flow_file_bomb(foidraft_home: Path) -> None:
    path = foidraft_home.parent / "flow.yaml"
    path.write_text(bomb().replace("rules:", "questions:"))
    ran = foidraft(foidraft_home, "flows", "--file", str(path), timeout=60)
    assert ran.code == 2 and "Traceback" not in ran.err and "alias" in ran.err, ran


def test_answers_file_bomb(foidraft_home: Path) -> None:
    path = foidraft_home.parent / "answers.yaml"
    path.write_text(bomb().replace("rules:", "topic:"))
    argv = ("new", "--flow", "staff", "--authority", "gmp", "--answers", str(path))
    ran = foidraft(foidraft_home, *argv, timeout=60)
    assert ran.one_line_error and "alias" in ran.err and f"{path}:" in ran.err, ran


def test_the_checks_themselves() -> None:
    with pytest.raises(UnsafeYaml) as caught:
        check_plain(CYCLE)
    assert caught.value.line == 2
    with pytest.raises(UnsafeYaml, match="nested more than"):
        safe_load(DEEP)
    assert safe_load("a: &anchor-only [1]\n") == {"a": [1]}  # an anchor alone is harmless


@pytest.mark.parametrize("text", [bomb(4), CYCLE, DEEP], ids=["bomb", "cycle", "deep"])
@pytest.mark.parametrize("load", [load_model_file, load_knowledge], ids=["recorded", "replies"])
def test_data_file_loaders(tmp_path: Path, text: str, load: object) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(text)
    with pytest.raises(RuleFileError) as caught:
        load(str(path))  # type: ignore[operator]
    (problem,) = caught.value.problems
    assert problem.file == str(path) and problem.line is not None
    assert "alias" in problem.message or "nested more than" in problem.message
