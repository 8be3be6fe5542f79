"""Keystroke re-check on a 10,000-word letter WITH a named body (editor_latency.py checks
one without): the rules that need the body (who holds what, FD335; a letter naming another
body, FD915) read the whole letter on every check. Prints medians; asserts nothing.

    python benchmarks/keystroke_named_body.py
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from foidraft import Checker
from foidraft.authorities.infer import resolve_any

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "outcomes.jsonl"


def main() -> None:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    requests = "\n\n".join(json.loads(line)["request"] for line in lines if line)
    text = f"Dear Sir,\n\n{requests[:60000]}\n\nYours faithfully,\nJo\n"
    for name in ("Dover District Council", "West Midlands Police", None):
        authority = resolve_any(name, None)[0] if name else None
        checker = Checker()
        checker.check(text, authority)
        times, typed = [], text
        for i in range(25):  # a letter typed in the middle, one check per key
            at = len(typed) // 2 + i
            typed = typed[:at] + "x" + typed[at:]
            start = time.perf_counter()
            checker.check(typed, authority)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name or 'no body named':24} median {statistics.median(times):5.1f} ms")


if __name__ == "__main__":
    main()
