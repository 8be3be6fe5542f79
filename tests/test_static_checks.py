"""ruff and mypy are part of the test suite, so CI fails when either does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ["foidraft", "tests", "benchmarks", "scripts"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    targets = [t for t in TARGETS if (ROOT / t).exists()]
    return subprocess.run(
        [sys.executable, "-m", *args, *targets], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_lint() -> None:
    res = _run("ruff", "check")
    assert res.returncode == 0, res.stdout + res.stderr


def test_ruff_format() -> None:
    res = _run("ruff", "format", "--check")
    assert res.returncode == 0, res.stdout + res.stderr


def test_mypy_strict() -> None:
    res = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
