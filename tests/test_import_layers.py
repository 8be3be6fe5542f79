"""The house's imports run one way: import-linter's contracts in pyproject.toml hold.

The contracts: the layers (shared text at the bottom, then authorities, rules, lint, the
features, and the two faces), no package importing one that imports it back, and no core
package reaching Textual or Rich.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The console script, run through this interpreter so the venv's import-linter is used.
LINT_IMPORTS = [
    sys.executable,
    "-c",
    "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())",
]


def _lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*LINT_IMPORTS, "--no-cache", "--no-logo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_import_contracts_hold() -> None:
    res = _lint_imports()
    assert res.returncode == 0, res.stdout + res.stderr
    assert "0 broken" in res.stdout


def test_contracts_catch_an_upward_import(tmp_path: Path) -> None:
    """The contracts can fail: a copy of the package with one upward import breaks them."""
    import shutil

    copy = tmp_path / "foidraft"
    shutil.copytree(ROOT / "foidraft", copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "text" / "dates.py").open("a", encoding="utf-8") as f:
        f.write("\nfrom foidraft.lint import api as _upward  # noqa\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    res = subprocess.run(
        [*LINT_IMPORTS, "--no-cache", "--no-logo"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert res.returncode != 0
    assert "foidraft.text is not allowed to import foidraft.lint" in res.stdout
