"""Aggregate figures on an inner check: training cases kept apart from tuning by URL.

    python -m tests.inner_check tests/data/inner_NAME.txt

The file lists URLs (one a line, ``#`` comments) of training cases a helper froze before
changing any rule and did not read while tuning. Prints, for police and for other bodies,
how many of those cases drew a warning and how many with the right kind, and where the
right kind stands (``tests.corpus_file.GAPS``); never a case's text or id.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.corpus import load_cases, split_by_body
from tests.corpus_file import by_outcome, gaps


def inner_urls(path: Path) -> set[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.inner_check tests/data/inner_NAME.txt")
        return 2
    urls = inner_urls(Path(argv[0]))
    cases = [c for c in load_cases("training") if c["url"] in urls]
    for body, part in split_by_body(cases).items():
        print(f"{body}: {len(part)} cases")
        print("\n".join(by_outcome(part)))
        for outcome in sorted({c["outcome"] for c in part} - {"answered"}):
            print("\n".join(gaps(part, outcome)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
