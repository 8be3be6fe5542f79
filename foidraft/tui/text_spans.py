"""Where findings sit in the editor: character offsets as (row, column) locations, the
byte columns TextArea highlights use, and how a mark moves when the text around it is
edited. Pure functions, no Textual, so they are cheap to test exhaustively."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from foidraft.text.holes import HOLE_RE
from foidraft.text.markers import find_markers

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

Location = tuple[int, int]  # (row, column in characters), as TextArea counts them


class Mark(NamedTuple):
    """A highlighted span of the editor's text; ``finding`` is the finding's position in
    the lint result it came from."""

    start: Location
    end: Location
    severity: str
    finding: int


def line_starts(text: str, newline: str) -> list[int]:
    """Offset of the first character of each line of ``text``."""
    starts = [0]
    step = len(newline)
    pos = text.find(newline)
    while pos >= 0:
        starts.append(pos + step)
        pos = text.find(newline, pos + step)
    return starts


def location_of(offset: int, starts: list[int]) -> Location:
    row = bisect_right(starts, offset) - 1
    return row, offset - starts[row]


def byte_column(line: str, column: int) -> int:
    """TextArea keeps highlights in UTF-8 bytes within the line, not characters."""
    return len(line[:column].encode("utf-8"))


def inserted_end(top: Location, text: str) -> Location:
    """Where text inserted at ``top`` ends (the same line splitting TextArea uses)."""
    lines = text.splitlines()
    if text.endswith(("\r\n", "\n", "\r")):
        lines.append("")
    if len(lines) <= 1:
        return top[0], top[1] + len(lines[0] if lines else "")
    return top[0] + len(lines) - 1, len(lines[-1])


def _shift(point: Location, bottom: Location, new_end: Location) -> Location:
    """``point`` (at or after ``bottom``) once ``..bottom`` has become ``..new_end``."""
    if point[0] == bottom[0]:
        return new_end[0], new_end[1] + point[1] - bottom[1]
    return point[0] + new_end[0] - bottom[0], point[1]


def shift_marks(
    marks: list[Mark], top: Location, bottom: Location, new_end: Location
) -> list[Mark]:
    """The marks after ``top..bottom`` was replaced by text ending at ``new_end``.

    A mark whose text was replaced is dropped (the next check decides about it); text
    typed strictly inside a mark widens it; text typed at its edges leaves it alone.
    """
    kept: list[Mark] = []
    for mark in marks:
        start, end = mark.start, mark.end
        if top < bottom and start < bottom and top < end:
            continue
        new_end_point = end if end <= top else _shift(end, bottom, new_end)
        if start == end:  # an empty mark at the insertion point stays before the text
            new_start = new_end_point
        else:
            new_start = start if start < top else _shift(start, bottom, new_end)
        kept.append(mark._replace(start=new_start, end=new_end_point))
    return kept


def row_highlights(
    mark: Mark, lines: list[str], name: str
) -> list[tuple[int, int, int | None, str]]:
    """(row, start byte, end byte or None for "to the end of the line", name) per row.

    TextArea reads an end of 0 as "to the end of the line", so empty pieces are left out;
    an empty mark (advice about something missing) shows on the character after it.
    """
    (start_row, start_col), (end_row, end_col) = mark.start, mark.end
    if start_row >= len(lines):
        return []
    if mark.start == mark.end:
        end_col = min(start_col + 1, len(lines[start_row]))
    first = byte_column(lines[start_row], start_col)
    if start_row == end_row:
        last = byte_column(lines[start_row], end_col)
        return [(start_row, first, last, name)] if last > first else []
    out: list[tuple[int, int, int | None, str]] = [(start_row, first, None, name)]
    out += [(row, 0, None, name) for row in range(start_row + 1, min(end_row, len(lines)))]
    if end_row < len(lines) and end_col > 0:
        out.append((end_row, 0, byte_column(lines[end_row], end_col), name))
    return out


class Hole(NamedTuple):
    start: int  # offsets into the text, the brackets included
    end: int
    hint: str  # what the rule says to write there


def first_hole(text: str, start: int = 0, end: int | None = None) -> Hole | None:
    """The first ``[[...]]`` hole wholly inside ``text[start:end]``."""
    found = HOLE_RE.search(text, start, len(text) if end is None else end)
    return Hole(found.start(), found.end(), found.group(1).strip()) if found else None


def cut_markers(lines: Sequence[str], start: Location, end: Location) -> list[Mark]:
    """The ``<!-- foidraft: ... -->`` markers the editor dims (each on one line) that an
    edit of ``start``..``end`` would cut into: an insertion strictly inside one, or a range
    that takes part of one but not all of it (severity "marker", finding -1)."""
    top, bottom = min(start, end), max(start, end)
    found = []
    for row in range(top[0], min(bottom[0], len(lines) - 1) + 1):
        if "<!--" not in lines[row]:
            continue
        for left, right, _ in find_markers(lines[row]):
            a, b = (row, left), (row, right)
            inside = a < top < b if top == bottom else top < b and bottom > a
            if inside and not (top <= a and bottom >= b):
                found.append(Mark(a, b, "marker", -1))
    return found
