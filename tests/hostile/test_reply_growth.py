"""The reply reader's work grows in step with a long reply's length, counted in steps (lines
of Python run, calls made: ``tests.hostile.steps``), never timed.

The replies are real ones from the training part, one after another. Ten times the text,
all of it read (40 KB, 400 KB), must take less than 15 times the steps (linear: about 10;
with the square of the length: about 100). The reader reads the first 400,000 characters
of a longer reply, so a megabyte is read as 400 KB: it must take less than 6 times the
steps of 100 KB (linear: about 4; with the square: 16). A list rebuilt for every sentence
took 33 and 9.3 times; the reader before its citations and question blocks were found by
bisection took 11.6 and 4.5 times, and takes 10.2 and 4.0 now. Run in a subprocess, as the
hostile scanners are, so nothing else traces the test while it counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = (40_000, 100_000, 400_000, 1_000_000)
LIMITS = {(400_000, 40_000): 15.0, (1_000_000, 100_000): 6.0}


def test_reply_reading_grows_linearly(foidraft_home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile.steps", *map(str, SIZES)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    steps = {int(size): n for size, n in json.loads(done.stdout).items()}
    assert steps[100_000] > steps[40_000] > 0  # counted, and more text is more work
    growth = {(large, small): steps[large] / steps[small] for large, small in LIMITS}
    assert {k: round(g, 1) for k, g in growth.items() if g >= LIMITS[k]} == {}, steps
