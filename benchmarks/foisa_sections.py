"""How long showing a rule's sections in FOISA's numbering takes. Prints figures; asserts
nothing.

    python benchmarks/foisa_sections.py [--runs 20]

Every rule's message (sections replaced) and why (FOISA's said beside FOIA's), then a long
hostile run of references, to show the time grows with the text's length, no faster.
"""

from __future__ import annotations

import argparse
import timeit

from foidraft.rules.counterparts import in_foisa
from foidraft.rules.registry import default_ruleset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    rules = list(default_ruleset())
    in_foisa("s31")  # the table read once, as the first finding would
    for name, texts, beside in (
        ("messages", [r.message for r in rules], False),
        ("whys, beside", [r.why for r in rules], True),
    ):
        took = timeit.timeit(
            lambda texts=texts, beside=beside: [in_foisa(t, beside=beside) for t in texts],
            number=runs,
        )
        each = took / runs / len(texts) * 1e6
        changed = sum(in_foisa(t, beside=beside) != t for t in texts)
        print(f"{len(texts)} {name}: {each:.1f} us each; {changed} change for a FOISA body")
    for size in (10_000, 100_000):
        text = "(s31, s40; FOISA s38) " * (size // 22)
        took = timeit.timeit(lambda text=text: in_foisa(text), number=3) / 3
        print(f"{len(text)} characters of references: {took * 1000:.1f} ms")


if __name__ == "__main__":
    main()
