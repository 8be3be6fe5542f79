"""Outside text is scanned in linear time: each scanner (draft header, ignore markers,
export, learn, templates, lint, the reading against what is recorded, questions, replies,
the terminal filter) on pathological 100 KB and 1 MB inputs, in a subprocess. Ten times
the input may take about ten times as long (up to ~40 times once 1 MB no longer fits the
processor's cache); a quadratic scanner takes about a hundred times as long, or never
finishes before the subprocess is stopped. No wall-clock limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.scanners import SCANNERS

ROOT = Path(__file__).resolve().parents[2]
MAX_GROWTH = 50.0
# Checking a megabyte of the rules' own bad examples (thousands of findings) grew 17x
# when the sign-off was searched once per suggestion and each sentence's context check
# walked every paragraph; it grows 10x now.
LIMITS = {"lint_bad_examples": 14.0}


def _too_fast_growing(growth: dict[str, float]) -> dict[str, float]:
    return {n: round(g, 1) for n, g in growth.items() if g > LIMITS.get(n, MAX_GROWTH)}


def _growth(names: list[str], home: Path) -> dict[str, float]:
    env = {**os.environ, "FOIDRAFT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile.scanners", *names],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    timings = json.loads(done.stdout)
    return {name: large / max(small, 1e-9) for name, (small, large) in timings.items()}


# The scanners in four parts, a subprocess and a test each: all of them in one took over a
# minute on one worker, often the last test running while the other worker idled. (Every fourth
# scanner from the part's own start: together the parts take each scanner once.)
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS))
def test_every_scanner_grows_linearly(part: int, foidraft_home: Path, warm_cache: None) -> None:
    names = list(SCANNERS)[part::PARTS]
    growth = _growth(names, foidraft_home)
    assert set(growth) == set(names)
    for _ in range(2):  # a busy machine can disturb a timing: measure those again, alone
        slow = list(_too_fast_growing(growth))
        if not slow:
            break
        again = _growth(slow, foidraft_home)
        growth.update({n: min(g, growth[n]) for n, g in again.items()})
    assert _too_fast_growing(growth) == {}
