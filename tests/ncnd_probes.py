"""Score the police NCND probe requests in tests/data/ncnd_probes.txt (aggregates only).

    python -m tests.ncnd_probes [AUTHORITY]   # default: Northumbria Police

A section named "[... @ BODY]" is scored as written to BODY (a council's probes, say).

For each section: how many "refused" probes draw an exemption finding (personal data, law
enforcement, commercial, other exemption) at warning level, and how many "answered" probes
draw any warning. The probes were written from the refusal families, not from real
requests: they show whether a family's vocabulary holds beyond the corpus's wordings, and
are no substitute for the corpus's validation part.
"""

from __future__ import annotations

import sys
from pathlib import Path

from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from foidraft.lint.merging import unmerged
from foidraft.lint.parts import EXEMPTION_KINDS
from tests.corpus import LOUD

PROBES = Path(__file__).parent / "data" / "ncnd_probes.txt"


def sections(path: Path = PROBES) -> dict[str, list[str]]:
    """The probe lines under each ``[section]`` heading, comments left out."""
    out: dict[str, list[str]] = {}
    name = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            out[name] = []
        else:
            out.setdefault(name, []).append(line)
    return out


def score(lines: list[str], authority: str, *, answered: bool) -> int:
    """How many lines draw the finding the section expects (see the module's docstring)."""
    who = resolve_any(authority)[0]
    hits = 0
    for line in lines:
        loud = [f for f in unmerged(check(line, who)) if f.severity in LOUD]
        hits += bool(loud) if answered else any(f.kind in EXEMPTION_KINDS for f in loud)
    return hits


def main(argv: list[str]) -> int:
    default = argv[0] if argv else "Northumbria Police"
    for name, lines in sections().items():
        # "[held out 29 refused @ Leeds City Council]": the section's own body (a force's
        # NCND families are not a council's; each is scored as written to its own kind).
        authority = name.partition(" @ ")[2].strip() or default
        answered = "answered" in name
        what = "with a warning (false alarms)" if answered else "with an exemption warning"
        print(f"{name}: {score(lines, authority, answered=answered)}/{len(lines)} {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
