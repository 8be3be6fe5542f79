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
