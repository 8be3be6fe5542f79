"""Aggregate figures on a frozen inner check: a list of training URLs (one a line, '#'
comments) set aside before a round's rule changes and not read while rules changed.

    python -m tests.inner_check tests/data/inner_clarify27.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.corpus import LOUD, findings_for, load_cases
from tests.corpus_file import by_outcome


def urls_in(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m tests.inner_check FILE_OF_URLS")
        return 2
    try:
        wanted = urls_in(Path(argv[0]))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {argv[0]}: {exc}")
        return 2
    cases = [c for c in load_cases("training") if c["url"] in wanted]
    loud = {c["id"]: [f for f in findings_for(c) if f.severity in LOUD] for c in cases}
    print(f"inner check: {len(cases)} of {len(wanted)} listed requests found in training")
    print("\n".join(by_outcome(cases, loud)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
