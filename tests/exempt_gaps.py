"""Why NCND and exemption refusals go unforeseen: the training part's NCND or exempt
requests, foreseen or missed, by the exemption the authority's reply cited and by whether
it refused the whole request or one part of it (the rest answered). Aggregates only.

    python -m tests.exempt_gaps                 # the training part
    python -m tests.exempt_gaps LIST_OF_URLS    # a frozen inner check's requests

A request is foreseen as in ``python -m tests.corpus``: a finding at warning level of an
exemption kind or of the refusal's own kind. A reply may cite more than one exemption, so a
request can count under more than one family. Round 23 (ncnd47) read it on the training
part: of the police refusals missed, 56 of 63 were refusals of one part of a request whose
other parts were answered (foreseen: 146 of 223), and the words of the missed requests
(a name, a date, an investigation, a breakdown, the number of questions) were as common in
requests answered in full; see README, "How well it works".
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# The families of exemption a reply cites, by section (FOIA; FOISA's and the EIR's
# counterparts where the corpus's replies use them) or by the words replies use for it.
_SOURCES: dict[str, tuple[str, ...]] = {
    "personal data (s40)": (
        r"\bs\.?\s?40\b|section\s+40\b|personal\s+(?:data|information)|FOISA\s+s?38\b|",
        r"\bs\.?\s?38\(1\)\(b\)|\breg(?:ulation)?\.?\s*13\b",
    ),
    "investigations, law enforcement (s30, s31)": (
        r"\bs\.?\s?3[01]\b(?!\([bc]\))|section\s+3[01]\b|law\s+enforcement|FOISA\s+s?3[45]\b",
    ),
    "national security (s23, s24)": (
        r"\bs\.?\s?2[34]\b|section\s+2[34]\b|national\s+security|FOISA\s+s?31\b",
    ),
    "health and safety (s38)": (
        r"\bs\.?\s?38\b(?!\(1\)\(b\))|section\s+38\b|health\s+and\s+safety|FOISA\s+s?39\b",
    ),
    "commercial interests (s43)": (r"commercial|\bs\.?\s?43\b|section\s+43\b|33\(1\)\(b\)",),
    "published or to be (s21, s22)": (
        r"\bs\.?\s?2[12]\b|section\s+2[12]\b|reasonably\s+accessible|already\s+published|",
        r"future\s+publication|intended\s+for\s+publication|FOISA\s+s?2[57]\b",
    ),
    "advice, confidence, court (s32, s35-s42)": (
        r"\bs\.?\s?(?:32|35|36|41|42)\b|section\s+(?:32|35|36|41|42)\b|free\s+and\s+frank|",
        r"privilege|confiden|court\s+records|internal\s+communications|effective\s+conduct|",
        r"FOISA\s+s?(?:29|30|36)\b",
    ),
    "neither confirmed nor denied": (r"neither\s+confirm|\bNCND\b",),
    "small numbers withheld": (
        r"small\s+numbers?|fewer\s+than\s+(?:5|five)|less\s+than\s+(?:5|five)|low\s+numbers|",
        r"could\s+identify|would\s+identify",
    ),
}
FAMILIES = {name: re.compile("".join(parts), re.IGNORECASE) for name, parts in _SOURCES.items()}
NONE = "no exemption family named"


def families(reason: str) -> list[str]:
    """The FAMILIES a reply's reason cites, or [NONE]."""
    named = [name for name, pattern in FAMILIES.items() if pattern.search(reason)]
    return named or [NONE]


def tally(cases: Iterable[dict[str, Any]], foreseen: set[str]) -> list[str]:
    """Aggregate lines for the NCND or exempt ``cases``: foreseen and missed, the whole
    request refused or one part, and each exemption family the reply cited (whole and
    part). ``foreseen``: the ids of the cases foreseen."""
    rows: Counter[tuple[str, str, str]] = Counter()
    for case in cases:
        if case["outcome"] != "ncnd_or_exempt":
            continue
        seen = "foreseen" if case["id"] in foreseen else "missed"
        part = "one part" if case["partial"] else "whole"
        rows[(seen, "all", part)] += 1
        for family in families(case["authority_reason"]):
            rows[(seen, family, part)] += 1
    lines = []
    for seen in ("foreseen", "missed"):
        whole, part = rows[(seen, "all", "whole")], rows[(seen, "all", "one part")]
        lines.append(f"  {seen}: {whole + part} ({part} refused in one part, the rest answered)")
        for family in [*FAMILIES, NONE]:
            whole, part = rows[(seen, family, "whole")], rows[(seen, family, "one part")]
            if whole + part:
                lines.append(f"    {family}: {whole + part} ({part} in one part)")
    return lines


def main(argv: list[str]) -> int:
    from foidraft.lint.parts import EXEMPTION_KINDS
    from tests.corpus import LOUD, findings_for, load_cases, named, right_kind, split_by_body
    from tests.inner_check import urls_in

    cases = [c for c in load_cases("training") if c["outcome"] == "ncnd_or_exempt"]
    if argv:
        try:
            wanted = urls_in(Path(argv[0]))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"cannot read {argv[0]}: {exc}")
            return 2
        cases = [c for c in cases if c["url"] in wanted]
    foreseen = set()
    for case in cases:
        loud = [f for f in findings_for(case) if f.severity in LOUD]
        if any(k in EXEMPTION_KINDS or right_kind(k, case) for f in loud for k in named(f)):
            foreseen.add(case["id"])
    print(f"NCND or exempt training requests{' in ' + argv[0] if argv else ''}: {len(cases)}")
    for body, part in split_by_body(cases).items():
        print(f"{body}:")
        print("\n".join(tally(part, foreseen)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
