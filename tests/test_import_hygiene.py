"""The headless core never imports Textual; `foidraft check` stays import-light."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys

import foidraft

CORE = sorted(
    m.name
    for m in pkgutil.walk_packages(foidraft.__path__, "foidraft.")
    if not m.name.startswith("foidraft.tui") and m.name != "foidraft.__main__"
)
HEAVY = ("textual", "rich", "httpx", "yaml", "platformdirs")


def modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ},
    ).stdout
    return set(out.split())


def test_no_core_module_imports_textual() -> None:
    imports = "\n".join(f"import {name}" for name in CORE)
    loaded = modules_after(imports)
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}


def test_check_path_imports_only_what_it_needs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "r.txt"
    letter.write_text(
        "Please provide the number of crimes recorded in 2019/20.\n", encoding="utf-8"
    )
    code = (
        "import sys\n"
        "from foidraft.cli import main\n"
        f"sys.argv = ['foidraft', 'check', {str(letter)!r}]\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(sys.argv[1:])\n"
        "main(sys.argv[1:])\n"  # second run: rules come from the compiled cache
    )
    loaded = modules_after(code)
    for heavy in ("textual", "rich", "httpx"):
        assert heavy not in loaded, heavy


def test_a_cached_check_never_imports_re(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Once the caches hold the compiled rules and regexes, `foidraft check` runs without
    the ``re`` module (and the enum, functools and collections modules it imports): about
    a sixth of a one-page check's time. A letter with a split year, a definition and a
    question to remove exercises the engine's own regexes, not only the rules'."""
    letter = tmp_path / "r.txt"
    letter.write_text(
        "Dear Sir or Madam,\n\n1. Please provide the number of arrests in 2019/20.\n\n"
        "2. How many of these involved a child decoy? By 'child decoy' I mean an adult "
        "who pretends to be a child.\n\nYours faithfully,\n\nA Person\n",
        encoding="utf-8",
    )
    run = (
        "import os, sys\n"
        "from foidraft.cli import main\n"
        "real, sys.stdout = sys.stdout, open(os.devnull, 'w')\n"
        f"main(['check', {str(letter)!r}])\n"
        "sys.stdout = real\n"
    )
    modules_after(run)  # fills the caches
    loaded = modules_after(run)
    for module in ("re", "enum", "functools", "collections"):
        assert module not in loaded, module
    # With no body named, there is no other body to read the letter against (FD915).
    assert "foidraft.lint.other_body" not in loaded
