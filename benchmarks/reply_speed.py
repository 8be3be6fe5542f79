"""How fast the reply reader is on long replies. Prints figures; asserts nothing.

    python benchmarks/reply_speed.py [--runs 5] [--sizes 10000,100000,1000000]

Each size is real replies from the training part of tests/data/replies.jsonl one after
another (``tests.reply_lengths.long_reply``): a reply pasted from a long PDF runs to
100-500 KB, and the reader reads the first 400,000 characters of any longer one. Two
figures per size, medians of ``--runs`` (a different run of replies each time, so nothing
one read keeps could answer the next), in this process's CPU time and in wall time:

1. ``read_reply`` alone (what the app's reply screen and ``foidraft reply`` read);
2. all that ``foidraft reply FILE`` does in the process, start-up aside: the file read,
   the Act guessed, the reply read, its date, and what it means written out.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reply_lengths import long_reply  # noqa: E402


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def _reader(text: str) -> Callable[[], object]:
    from foidraft.replies import read_reply

    return lambda: read_reply(text, regime="FOIA")


def _command(path: Path) -> Callable[[], object]:
    from foidraft.cli import main

    def run() -> object:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["reply", str(path)])
        if code != 0:
            raise SystemExit(f"foidraft reply failed: {err.getvalue()}")
        return code

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-bench-"))
    _reader(long_reply(100_000, first=500))()  # imports, compiled patterns, other replies
    try:  # the phrase patterns' proofs too (foidraft.replies.gate), kept out of the timings
        from foidraft.replies.gate import prove_searched
    except ImportError:  # (a tree from before the gate)
        pass
    else:
        prove_searched()
    print(f"{'size':>9} {'read_reply cpu s':>17} {'wall s':>8} {'foidraft reply cpu s':>21} "
          f"{'wall s':>8}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            read: list[tuple[float, float]] = []
            whole: list[tuple[float, float]] = []
            for run in range(args.runs):
                text = long_reply(size, first=37 * run)
                read.append(_timed(_reader(text)))
                path = Path(tmp) / f"reply-{size}-{run}.txt"
                path.write_text(text, encoding="utf-8")
                whole.append(_timed(_command(path)))
            print(f"{size:>9} {statistics.median(r[0] for r in read):>17.3f} "
                  f"{statistics.median(r[1] for r in read):>8.3f} "
                  f"{statistics.median(w[0] for w in whole):>21.3f} "
                  f"{statistics.median(w[1] for w in whole):>8.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
