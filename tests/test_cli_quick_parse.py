"""`foidraft check` parses plain options without argparse; both parsers must agree."""

from __future__ import annotations

import argparse

import pytest

from foidraft.cli import check

CASES = [
    ["a.txt"],
    ["a.txt", "b.txt", "-"],
    ["-f", "json", "a.txt"],
    ["--format=json", "a.txt"],
    ["--format", "text", "a.txt", "-a", "Police Scotland"],
    ["--authority=West Midlands Police", "a.txt"],
    ["--ignore", "FD101,FD203", "a.txt", "--no-suggestions"],
    ["--ignore=FD101", "--", "-weird-name.txt"],
    ["a.txt", "--", "b.txt"],
    ["a.txt", "--ignore", "FD101", "b.txt"],
    # argparse's territory: help, mistakes, unusual spellings
    ["-h"],
    ["--help"],
    [],
    ["--format", "xml", "a.txt"],
    ["--format"],
    ["-f=json", "a.txt"],
    ["--frmat", "json", "a.txt"],
    ["-fjson", "a.txt"],
    ["--no-suggestions"],
    ["-a", "-", "a.txt"],
]


def argparse_parse(argv: list[str]) -> dict[str, object] | None:
    parser = argparse.ArgumentParser(prog="foidraft check", exit_on_error=False)
    check.configure(parser)
    try:
        ns = parser.parse_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    return {"command": "check", **vars(ns)}


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(c) or "<none>" for c in CASES])
def test_quick_parse_agrees_with_argparse(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    quick = check.quick_parse(argv)
    if quick is None:
        return  # argparse decides; main() falls back to it
    assert vars(quick) == argparse_parse(argv)


def test_quick_parse_covers_the_common_forms() -> None:
    assert check.quick_parse(["a.txt"]) is not None
    assert check.quick_parse(["-f", "json", "-a", "GMP", "--ignore", "FD101", "a.txt"]) is not None
    assert check.quick_parse(["-h"]) is None
    assert check.quick_parse(["--format", "xml", "a.txt"]) is None
