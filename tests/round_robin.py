"""How far a request's wording decides its outcome: the same request sent to several
authorities, and how often their answers agree.

    python -m tests.round_robin

A round-robin request (one text, many forces or councils) is the nearest thing the corpus has
to an experiment: the wording is held fixed and only the authority changes. Where one
authority answered a request in full and another, given the same words, bounced it, no advice
read from the words alone can be right about both. The share of such pairs bounds what any
rule can reach, and says how much of a bounce lies with the authority rather than the letter.

Pairs are requests to different authorities whose texts (lower-cased, punctuation dropped)
score at least ``SIMILAR`` by rapidfuzz's ``fuzz.ratio``; texts under ``SHORTEST`` characters
are left out (short requests look alike without being the same request). Both parts of the
corpus are counted, as aggregates only: nothing here is tuned, and no request is printed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

from rapidfuzz import fuzz, process

from tests.corpus import load_cases

SIMILAR = 85
SHORTEST = 200
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", text.lower())).strip()


def pairs(cases: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Index pairs of near-identical requests sent to different authorities."""
    texts = [normalise(c["request"]) for c in cases]
    keep = [i for i, t in enumerate(texts) if len(t) >= SHORTEST]
    found = []
    for x, a in enumerate(keep):
        later = {b: texts[b] for b in keep[x + 1 :]}
        for _, _, b in process.extract(
            texts[a], later, scorer=fuzz.ratio, score_cutoff=SIMILAR, limit=None
        ):
            if cases[a]["authority"] != cases[b]["authority"]:
                found.append((a, b))
    return found


def agreement(cases: list[dict[str, Any]]) -> dict[str, Any]:
    found = pairs(cases)
    bounced = [c["outcome"] != "answered" for c in cases]
    mixed = Counter(
        tuple(sorted((cases[a]["outcome"], cases[b]["outcome"])))
        for a, b in found
        if cases[a]["outcome"] != cases[b]["outcome"]
    )
    return {
        "pairs": len(found),
        "requests": len({i for pair in found for i in pair}),
        "bounce_agrees": sum(bounced[a] == bounced[b] for a, b in found),
        "same_outcome": sum(cases[a]["outcome"] == cases[b]["outcome"] for a, b in found),
        "mixed": mixed,
    }


def report(result: dict[str, Any]) -> str:
    n = result["pairs"] or 1
    alike, same = result["bounce_agrees"], result["same_outcome"]
    lines = [
        f"{result['pairs']} pairs of near-identical requests to different authorities "
        f"({result['requests']} requests)",
        f"  bounced or answered alike: {alike} ({alike / n:.0%})",
        f"  the same outcome:          {same} ({same / n:.0%})",
        "  pairs whose outcomes differ:",
    ]
    lines += [f"    {a} / {b}: {count}" for (a, b), count in result["mixed"].most_common()]
    return "\n".join(lines)


def main() -> int:
    print(report(agreement(load_cases())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
