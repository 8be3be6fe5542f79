"""Gaps the requester fills (``[[what to write]]``) and where typing starts in a new letter."""

from __future__ import annotations

import re

Location = tuple[int, int]  # (row, column in characters), as the editor counts them

# A hole the requester must fill: "[[what to write]]" (the rule file's convention). No
# nesting and no line breaks inside, so the search is linear.
HOLE_RE = re.compile(r"\[\[([^\[\]\n]*)\]\]")
NUMBERED_RE = re.compile(r"\s{0,8}1[.)]\s")


def typing_start(body: str) -> tuple[Location, Location] | None:
    """Where the requester types next in a new letter, as a selection (start, end): its
    first gap, selected so typing replaces it; else the end of the first numbered
    question; else the end of the first paragraph under "Dear ...,". None: the letter
    has no words to add to (a blank letter decides for itself)."""
    lines = body.split("\n")
    for row, line in enumerate(lines):
        found = HOLE_RE.search(line)
        if found:
            return (row, found.start()), (row, found.end())
    start = next((r for r, line in enumerate(lines) if NUMBERED_RE.match(line)), None)
    if start is None:
        salutation = next((r for r, line in enumerate(lines) if line.strip()), len(lines))
        start = next((r for r in range(salutation + 1, len(lines)) if lines[r].strip()), None)
        if start is None:
            return None
    end = start  # a paragraph may run over several lines: its last one
    while end + 1 < len(lines) and lines[end + 1].strip() and not _numbered(lines[end + 1]):
        end += 1
    spot = (end, len(lines[end].rstrip()))
    return spot, spot


def _numbered(line: str) -> bool:
    return re.match(r"\s{0,8}\d{1,3}[.)]\s", line) is not None
