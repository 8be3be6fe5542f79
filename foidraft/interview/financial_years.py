"""Financial years as people shorten them: "FY2022/23", "FY22-23", "financial year 22-23"
and "2022-23" name the year 2022/23 and are read so; "FY22" alone could be the year
ending in 2022 (2021/22) or the year starting in it (2022/23), so it is asked about with
both readings written out, never guessed."""

from __future__ import annotations

import re

from foidraft.errors import FoidraftError
from foidraft.interview.period import split_year

# "FY2022/23", "FY 22-23", "FY2022-2023", "fy23": the letters, a year, maybe the next one.
_FY = re.compile(r"\bFY\s?(\d{4}|\d{2})(?:\s?[/-]\s?(\d{4}|\d{2}))?(?![\d/-])", re.IGNORECASE)
# "22/23", "22-23" on their own (not part of a date such as 01/02/2024).
_SHORT = re.compile(r"(?<![\d/.-])(\d{2})\s?[/-]\s?(\d{2})(?![\d/.-])")
# "2022-23": a split year with a dash (an ISO date goes on: 2022-03-01).
_DASHED = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})(?![\d/.-])")


def spell_out(text: str) -> str:
    """``text`` with each shortened financial year written as the period parser reads it
    ("FY2022/23 and FY2023/24" -> "2022/23 and 2023/24"). A pair that is not one year
    apart is left as typed, for the parser to refuse. FoidraftError when a year is named
    by one number ("FY22"): the question gives both readings to type."""
    single = [m for m in _FY.finditer(text) if m.group(2) is None]
    if single:
        raise FoidraftError(_which(text, single))
    text = _FY.sub(lambda m: _split(m.group(1), m.group(2)) or m.group(0), text)
    text = _SHORT.sub(lambda m: _split(m.group(1), m.group(2)) or m.group(0), text)
    return _DASHED.sub(lambda m: _split(m.group(1), m.group(2)) or m.group(0), text)


def _year(digits: str) -> int:
    """A four-digit year from '22' or '2022'."""
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def _split(first: str, second: str) -> str | None:
    """'2022/23' when ``second`` is the year after ``first`` (in two or four digits)."""
    start = _year(first)
    following = int(second) if len(second) == 4 else int(second) + start // 100 * 100
    if len(second) == 2 and following < start:  # 99/00: the century turns
        following += 100
    return split_year(start) if following == start + 1 else None


def _which(text: str, found: list[re.Match[str]]) -> str:
    """'Which financial years: 2021/22 and 2022/23, or 2022/23 and 2023/24? ...'"""

    def reading(ending: bool) -> str:
        def one(m: re.Match[str]) -> str:
            year = _year(m.group(1))
            return split_year(year - 1 if ending else year)

        return _FY.sub(lambda m: one(m) if m.group(2) is None else m.group(0), text.strip())

    named, year = found[0].group(0), _year(found[0].group(1))
    years = "years" if len(found) > 1 else "year"
    return (
        f"Which financial {years}: {reading(True)}, or {reading(False)}? '{named}' may name "
        f"the year ending in {year} or the one starting in it: type the {years} you mean."
    )
