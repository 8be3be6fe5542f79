"""Named conditions a pattern can add with ``where:``, for what a regex cannot express.

    patterns:
      - regex: '(?P<y1>(?:19|20)\\d\\d)/(?P<y2>\\d\\d)'
        where: consecutive_years(y1, y2)

Each predicate takes the match's named groups, its arguments (group names or numbers) and
the current year. Keep this list short: new advice should normally need only a YAML edit.
"""

from __future__ import annotations

from itertools import pairwise

from foidraft.text.dates import MONTHS
from foidraft.text.lazyre import LazyRegex
from foidraft.text.template import _year

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    Predicate = Callable[[dict[str, str], tuple[str, ...], int], bool]


def _consecutive_years(groups: dict[str, str], args: tuple[str, ...], _now: int) -> bool:
    """The two years are one apart, as in a financial or academic year: 2019/20."""
    a, b = (_year(groups.get(name, "")) for name in args)
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _years_apart_over(groups: dict[str, str], args: tuple[str, ...], _now: int) -> bool:
    """The span from the first year to the second is longer than N years: (y1, y2, N)."""
    a, b = (_year(groups.get(name, "")) for name in args[:2])
    return a.isdigit() and b.isdigit() and int(b) - int(a) > int(args[2])


_LIST_YEAR_RE = LazyRegex(r"(?<!\d)((?:19|20)\d\d|\d\d)(?:\s*[/-]\s*(?:(?:19|20)?\d\d))?(?!\d)")


def _year_list_gap(groups: dict[str, str], args: tuple[str, ...], _now: int) -> bool:
    """A run of three or more years with one or two missing: '2014, 2015, 2017, 2018'.

    Steps of one year show the list is meant to be complete, so a step of two or three
    is probably a slip; a list in steps of five ('2010, 2015, 2020') is left alone.
    """
    years = [int(_year(y)) for y in _LIST_YEAR_RE.findall(groups.get(args[0], ""))]
    if len(years) < 3:
        return False
    diffs = [b - a for a, b in pairwise(years)]
    steps = [abs(d) for d in diffs]
    one_way = all(d > 0 for d in diffs) or all(d < 0 for d in diffs)
    return one_way and 1 in steps and any(s in (2, 3) for s in steps)


def _years_ago_over(groups: dict[str, str], args: tuple[str, ...], now: int) -> bool:
    """The year is more than N years before this one: (y, N). Stays right as time passes."""
    year = _year(groups.get(args[0], ""))
    return year.isdigit() and now - int(year) > int(args[1])


_MONTHS = tuple(month[:3].lower() for month in MONTHS)  # "jan" ... "dec"


def _within_a_month(groups: dict[str, str], args: tuple[str, ...], _now: int) -> bool:
    """From day d1 of month m1 to day d2 of month m2 is a month or less: (m1, d1, m2, d2).
    '1 March to 31 March', 'March 1 to April 1'; not 'March 1 to April 30'."""
    m1, d1, m2, d2 = (groups.get(name) or "" for name in args)
    a, b = m1[:3].lower(), m2[:3].lower()
    if a not in _MONTHS or b not in _MONTHS or not d1.isdigit() or not d2.isdigit():
        return False
    step = (_MONTHS.index(b) - _MONTHS.index(a)) % 12
    return (step == 0 and int(d2) >= int(d1)) or (step == 1 and int(d2) <= int(d1))


PREDICATES: dict[str, tuple[Predicate, int]] = {
    "within_a_month": (_within_a_month, 4),
    "years_ago_over": (_years_ago_over, 2),
    "consecutive_years": (_consecutive_years, 2),
    "years_apart_over": (_years_apart_over, 3),
    "year_list_gap": (_year_list_gap, 1),
}


def parse_where(text: str) -> tuple[str, tuple[str, ...]] | None:
    """'consecutive_years(y1, y2)' -> ('consecutive_years', ('y1', 'y2'))."""
    name, _, rest = text.strip().partition("(")
    if not rest.endswith(")"):
        return None
    args = tuple(a.strip() for a in rest[:-1].split(",") if a.strip())
    return name.strip(), args


def holds(where: tuple[str, tuple[str, ...]] | None, groups: dict[str, str], now: int) -> bool:
    if where is None:
        return True
    fn, _arity = PREDICATES[where[0]]
    return fn(groups, where[1], now)
