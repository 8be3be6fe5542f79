"""Checking the letter off the UI thread.

Every change to the letter (or to what is ignored) takes a new generation number; a
result carries the generation it was computed for, and the screen drops any result
whose generation is not the latest, so a slow check of old text never repaints.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from foidraft.lint.api import check
from foidraft.tui.text_spans import Mark, line_starts, location_of

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.lint.model import Finding


def find_authority(ref: str) -> Authority | None:
    """The draft's authority by id; None when it has none or foidraft does not know it
    (which just means no authority-specific advice). May read the directory files."""
    if not ref:
        return None
    from foidraft.authorities.directory import load_directory
    from foidraft.errors import FoidraftError

    try:
        return load_directory().get(ref)
    except (FoidraftError, OSError):
        return None


@dataclass(frozen=True)
class LintRequest:
    generation: int
    text: str
    newline: str
    authority: Authority | str | None  # an id is looked up in the worker, off the UI thread
    ignore: tuple[str, ...]
    requested_at: float = field(default_factory=time.perf_counter)


@dataclass(frozen=True)
class LintResult:
    """Findings for one generation of the text, with where each sits in the editor."""

    generation: int
    text: str
    newline: str
    findings: list[Finding]
    marks: list[Mark]
    authority: Authority | None
    requested_at: float
    finished_at: float

    def location(self, offset: int) -> tuple[int, int]:
        """(row, column) of a character offset into ``text``."""
        return location_of(offset, line_starts(self.text, self.newline))


def run_check(request: LintRequest) -> LintResult:
    """Check the text (safe to call from any thread: it only reads ``request``)."""
    authority = request.authority
    if isinstance(authority, str):
        authority = find_authority(authority)
    findings = check(request.text, authority, ignore=request.ignore)
    starts = line_starts(request.text, request.newline)
    marks = [
        Mark(location_of(f.start, starts), location_of(f.end, starts), f.severity, i)
        for i, f in enumerate(findings)
    ]
    return LintResult(
        generation=request.generation,
        text=request.text,
        newline=request.newline,
        findings=findings,
        marks=marks,
        authority=authority,
        requested_at=request.requested_at,
        finished_at=time.perf_counter(),
    )


class LintFinished(Message):
    """Posted by the lint worker: a result (which the screen may find out of date), or
    the error that stopped the check."""

    def __init__(self, result: LintResult | None, error: str = "") -> None:
        super().__init__()
        self.result = result
        self.error = error
