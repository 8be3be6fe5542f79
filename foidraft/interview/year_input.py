"""Years typed by a requester: a financial year ("2021/22", ``split_start``), a list of
years that follow one another ("2022/23 and 2023/24", ``year_list``) and academic years
("2022/23 academic year", ``academic``: 1 September to 31 August).
``foidraft.interview.period_input`` reads periods with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from foidraft.errors import FoidraftError
from foidraft.interview.period import Period, split_year

SPLIT_RE = re.compile(r"(\d{4})\s*/\s*(\d{2}|\d{4})")
YEAR_RE = re.compile(r"(\d{4})")
# Between the years of a list: "2021/22, 2022/23 and 2023/24", "2022/23 & 2023/24".
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)


def year_list(
    text: str, year: re.Pattern[str], start_of: Callable[[re.Match[str]], int]
) -> tuple[int, int] | None:
    """The first and last year (``start_of`` each ``year`` match) of a list of two or more
    years, which must follow one another; None when ``text`` is no such list."""
    items = _LIST_SEP.split(" ".join(text.split()))  # single spaces: each \s* takes one
    found = [m for m in map(year.fullmatch, items) if m is not None]
    if len(items) < 2 or len(found) < len(items):
        return None
    named = sorted({start_of(m): m[0] for m in found}.items())  # a year named twice: once
    if any(b != a + 1 for (a, _), (b, _) in pairwise(named)):
        raise FoidraftError(
            f"'{text.strip()}' are not years that follow one another; give the span they "
            f"cover, e.g. {named[0][1]} to {named[-1][1]}, or ask for each in its own request."
        )
    return named[0][0], named[-1][0]


ACADEMIC = re.compile(r"\b(?:academic|school)\s+years?\b", re.IGNORECASE)
_ACADEMIC_YEARS = re.compile(
    r"(\d{4})\s*[/-]\s*(\d{4}|\d{2})(?:\s*(?:to|until|-|–)\s*(\d{4})\s*[/-]\s*(\d{4}|\d{2}))?"
)
_ACADEMIC_YEAR = re.compile(r"(\d{4})\s*[/-]\s*(\d{4}|\d{2})")
_ACADEMIC_EXAMPLE = "write it as e.g. 2022/23 academic year, or 2021/22 to 2023/24 academic years"


def academic(text: str) -> Period:
    """'2022/23 academic year', 'the 2023-24 school year', 'academic years 2021/22 to
    2023/24': whole academic years, 1 September to 31 August (a year on its own, '2023
    academic year', could be 2022/23 or 2023/24, so it is asked about)."""
    rest = " ".join(ACADEMIC.sub(" ", text).split())
    rest = re.sub(r"^(?:the|in|for|of)\s+|\s+(?:the|of)$", "", rest, flags=re.IGNORECASE)
    # "2021/22 and 2022/23 academic years": the span they cover
    listed = year_list(rest, _ACADEMIC_YEAR, lambda m: _academic_start(m[1], m[2]))
    if listed is not None:
        return Period.academic_years(*listed)
    found = _ACADEMIC_YEARS.fullmatch(rest)
    if found is None:
        if re.fullmatch(r"\d{4}", rest):
            before, after = either_side(rest)
            raise FoidraftError(
                f"Which academic year: {before} or {after}? Give both years, e.g. {before} "
                "academic year."
            )
        raise FoidraftError(
            f"'{text.strip()}' is not an academic year foidraft reads; {_ACADEMIC_EXAMPLE}."
        )
    first = _academic_start(found.group(1), found.group(2))
    last = first if found.group(3) is None else _academic_start(found.group(3), found.group(4))
    return Period.academic_years(first, last)


def _academic_start(first: str, second: str) -> int:
    year = int(first)
    if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
        raise FoidraftError(f"'{first}/{second}' is not one academic year; {_ACADEMIC_EXAMPLE}.")
    return year


def split_start(text: str) -> int:
    m = SPLIT_RE.fullmatch(text)
    assert m is not None
    first, second = int(m.group(1)), m.group(2)
    following = int(second) if len(second) == 4 else (first + 1) % 100
    if (len(second) == 4 and following != first + 1) or (
        len(second) == 2 and int(second) != following
    ):
        raise FoidraftError(f"'{text}' is not a financial year (e.g. 2021/22).")
    return first


def either_side(year: str) -> tuple[str, str]:
    """The two years that span two one number could mean: "2023" -> 2022/23, 2023/24."""
    return split_year(int(year) - 1), split_year(int(year))
