"""`foidraft check`, `fix`, `explain` and `rules` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from foidraft.cli import main

# What each command prints and returns, from a home a first run has left its caches in
# (conftest's warm_cache): a subprocess on a new home spent 2.3 s of CPU building them.
pytestmark = pytest.mark.usefixtures("warm_cache")

AMBIGUOUS = "Dear Sir or Madam,\n\nPlease provide the number of crimes recorded in 2019/20.\n"
# A split year is advice (info): forces usually read it as a financial year. Correspondence
# with no window and no subject is a warning, so a letter with both exits 1.
QUERIED = AMBIGUOUS + "\nPlease send me the registration numbers of all unmarked police vehicles.\n"


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foidraft", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=60,
    )


def letter(tmp_path: Path, text: str = AMBIGUOUS, name: str = "request.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_finding_line_format_and_exit_1(tmp_path: Path) -> None:
    path = letter(tmp_path, QUERIED)
    res = run("check", str(path))
    assert res.returncode == 1
    first = res.stdout.splitlines()[0]
    assert first.startswith(f"{path}:3:")
    assert "  FD101  info  " in first
    assert any(
        line.startswith(f"{path}:5:") and "  warning  " in line for line in res.stdout.splitlines()
    )
    assert "the financial year 1 April 2019 to 31 March 2020" in res.stdout


def test_clean_letter_exits_0(tmp_path: Path) -> None:
    path = letter(tmp_path, "Dear Sir or Madam,\n\nPlease provide your published annual report.\n")
    res = run("check", str(path))
    assert res.returncode == 0, res.stdout
    res = run("check", str(letter(tmp_path, AMBIGUOUS, "advice.txt")), "--ignore", "FD101")
    assert res.returncode == 0 and "FD101" not in res.stdout


def test_stdin_and_several_files(tmp_path: Path) -> None:
    a = letter(tmp_path, QUERIED, name="a.txt")
    res = run("check", str(a), "-", stdin=AMBIGUOUS)
    assert res.returncode == 1
    assert res.stdout.count("FD101") >= 2
    assert any(line.startswith("-:3:") for line in res.stdout.splitlines())


def test_json_schema(tmp_path: Path) -> None:
    path = letter(tmp_path)
    res = run("check", "--format", "json", str(path))
    data = json.loads(res.stdout)
    (f,) = [d for d in data if d["rule"] == "FD101"]
    for key in ("file", "rule", "name", "kind", "severity", "start", "end", "line", "column",
                "match", "message", "suggestions"):  # fmt: skip
        assert key in f
    text = path.read_text(encoding="utf-8")
    assert text[f["start"] : f["end"]] == f["match"] == "2019/20"
    assert f["kind"] == "ambiguous_period"
    edits = f["suggestions"][0]["edits"]
    assert edits[0]["start"] == f["start"] and edits[0]["end"] == f["end"]


def _binary(p: Path) -> Path:
    (p / "bin.dat").write_bytes(b"\x00\x01\x02")
    return p / "bin.dat"


def _empty(p: Path) -> Path:
    (p / "empty.txt").write_text(" \n\n", encoding="utf-8")
    return p / "empty.txt"


def _latin1(p: Path) -> Path:
    (p / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    return p / "latin1.txt"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a folder"),
        (_binary, "binary"),
        (_latin1, "not UTF-8"),
        (_empty, "is empty: there is no letter to check"),
    ],
)
def test_unreadable_input_is_one_line_and_exit_2(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    target = make(tmp_path)
    res = run("check", str(target))
    assert res.returncode == 2
    assert message in res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) <= 2


def test_bad_usage_exits_2() -> None:
    assert run("check").returncode == 2
    assert run("check", "--format", "xml", "x").returncode == 2
    res = run("check", "--ignore", "FD999", "-", stdin="x")
    assert res.returncode == 2 and "unknown rule" in res.stderr


def test_quoted_lines_and_markers_are_not_flagged(tmp_path: Path) -> None:
    text = (
        "> Is it the financial year 2019/20 you require?\n\n"
        "Please provide figures for 2020/21. <!-- foidraft: ignore FD101 -->\n"
        "<!-- foidraft: ignore ambiguous-split-year -->\n"
        "And 2021/22.\n"
        "But 2022/23 too.\n"
    )
    data = json.loads(run("check", "-f", "json", "-", stdin=text).stdout)
    assert [d["match"] for d in data if d["rule"] == "FD101"] == ["2022/23"]


def test_fix_dry_run_changes_nothing(tmp_path: Path) -> None:
    path = letter(tmp_path)
    res = run("fix", "--dry-run", "--choose", "FD101=1", str(path))
    assert (
        "+Please provide the number of crimes recorded in the financial year 1 April 2019"
        in res.stdout
    )
    assert path.read_text(encoding="utf-8") == AMBIGUOUS


def test_fix_needs_a_choice_for_alternatives(tmp_path: Path) -> None:
    path = letter(tmp_path)
    res = run("fix", str(path))
    assert path.read_text(encoding="utf-8") == AMBIGUOUS
    assert "needs a choice: FD101" in res.stdout


def test_fix_applies_the_chosen_rewording_atomically(tmp_path: Path) -> None:
    path = letter(tmp_path)
    path.chmod(0o640)
    run("fix", "--choose", "ambiguous-split-year=2", str(path))
    assert "in the calendar years 2019 and 2020." in path.read_text(encoding="utf-8")
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["request.txt"]


def test_fix_rejects_unknown_choice(tmp_path: Path) -> None:
    res = run("fix", "--choose", "FD101", str(letter(tmp_path)))
    assert res.returncode == 2 and "expected RULE=N" in res.stderr


def test_explain_shows_evidence_and_rewordings() -> None:
    res = run("explain", "FD101")
    assert res.returncode == 0
    assert "Evidence" in res.stdout and "https://" in res.stdout
    assert "the financial year 1 April 2019 to 31 March 2020" in res.stdout
    assert run("explain", "ambiguous-split-year").returncode == 0
    bad = run("explain", "FD10")
    assert bad.returncode == 2 and "did you mean" in bad.stderr


def test_rules_lists_every_rule() -> None:
    res = run("rules")
    assert res.returncode == 0
    assert "FD101" in res.stdout
    assert "right: of those, queried or refused" in res.stdout  # the columns said in words
    data = json.loads(run("rules", "--format", "json").stdout)
    assert all({"id", "name", "kind", "severity", "evidence"} <= set(r) for r in data)


def test_works_from_any_directory(tmp_path: Path) -> None:
    res = run("check", "-", stdin=QUERIED, cwd=tmp_path)
    assert res.returncode == 1 and "FD101" in res.stdout


def test_python_api() -> None:
    import foidraft

    (f,) = [f for f in foidraft.check(AMBIGUOUS) if f.rule == "FD101"]
    assert AMBIGUOUS[f.start : f.end] == "2019/20"


def test_main_in_process_returns_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(letter(tmp_path, QUERIED))]) == 1
    assert "FD101" in capsys.readouterr().out
    assert main(["locate", "drafts"]) == 0
    assert capsys.readouterr().out.strip().endswith("drafts")


def test_check_leaves_no_cycles_for_the_paused_collector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`foidraft check` runs with the collector paused: that is only safe while checks and
    their reports leave no reference cycles behind (which the collector would have freed).
    JSON output leaves the standard library encoder's few, once per command, however many
    letters it checks."""
    import gc

    text = QUERIED + "\nHow many officers were assaulted, by the type of place where it happened?\n"
    path = str(letter(tmp_path, text))
    main(["check", path])  # loads the rules and the model of what is recorded
    main(["check", "--format", "json", path])
    assert gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        assert main(["check", path, path, path]) == 1
        assert gc.collect() == 0
        assert main(["check", "--format", "json", path]) == 1
        once = gc.collect()
        assert main(["check", "--format", "json", path, path, path]) == 1
        assert gc.collect() == once
    finally:
        gc.enable()
    main(["check", path])
    assert gc.isenabled()  # given back as it was
    assert "FD340" in capsys.readouterr().out


def test_quotation_blocks_and_email_replies_are_not_flagged() -> None:
    import foidraft

    text = (
        "Please provide the figures for 2021/22.\n\n"
        "```\nIs it the financial year 2019/20 you require?\n```\n\n"
        "~~~ quoted\nOr 2018/19?\n~~~\n\n"
        "Thank you,\nSam Requester\n\n"
        "On 3 May 2024, West Midlands Police wrote:\n"
        "We need to know whether 2017/18 means the financial year.\n"
    )
    found = [text[f.start : f.end] for f in foidraft.check(text) if f.rule == "FD101"]
    assert found == ["2021/22"]
    original = "Figures for 2020/21 please.\n\n-----Original Message-----\nAbout 2016/17...\n"
    found = [original[f.start : f.end] for f in foidraft.check(original) if f.rule == "FD101"]
    assert found == ["2020/21"]


def test_an_unclosed_fence_quotes_nothing() -> None:
    import foidraft

    text = "```\nPlease provide the figures for 2021/22.\n"
    assert [f.match for f in foidraft.check(text) if f.rule == "FD101"] == ["2021/22"]
