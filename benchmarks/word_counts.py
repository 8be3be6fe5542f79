"""Writes foidraft/data/word_counts.txt: how often each word occurs in real requests.

    python benchmarks/word_counts.py

The rules' loader ranks the strings a pattern's matches must hold by these counts, so
that the engine skips a long letter's paragraphs by the rarest (``foidraft.rules.
literals``). Counted on the training part of the requests (folded as a letter is), words
seen at least MIN_COUNT times, and the symbols a pattern may need ('£', '?'). The counts
only steer speed: a word missing from the table counts as rare, and findings never change.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foidraft.text.fold import fold  # noqa: E402
from tests.corpus import load_cases  # noqa: E402

MIN_COUNT = 4
OUT = ROOT / "foidraft" / "data" / "word_counts.txt"


def main() -> None:
    counts: Counter[str] = Counter()
    for case in load_cases("training"):
        text = fold(str(case["request"]))
        counts.update(re.findall(r"\w+", text))
        counts.update(ch for ch in text if not ch.isspace() and re.match(r"\W", ch))
    kept = sorted((w for w, n in counts.items() if n >= MIN_COUNT), key=lambda w: (-counts[w], w))
    lines = [f"{w} {counts[w]}" for w in kept]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words and symbols -> {OUT}")


if __name__ == "__main__":
    main()
