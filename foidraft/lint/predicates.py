"""Named conditions a pattern can add with ``where:``, for what a regex cannot express.

    patterns:
      - regex: '(?P<y1>(?:19|20)\\d\\d)/(?P<y2>\\d\\d)'
        where: consecutive_years(y1, y2)

Each predicate takes the match's named groups. Keep this list short: new advice should
normally need only a YAML edit.
"""

from __future__ import annotations

from foidraft.lint.template import _year

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    Predicate = Callable[[dict[str, str], tuple[str, ...]], bool]


def _consecutive_years(groups: dict[str, str], args: tuple[str, ...]) -> bool:
    """The two years are one apart, as in a financial or academic year: 2019/20."""
    a, b = (_year(groups.get(name, "")) for name in args)
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _years_apart_over(groups: dict[str, str], args: tuple[str, ...]) -> bool:
    """The span from the first year to the second is longer than N years: (y1, y2, N)."""
    a, b = (_year(groups.get(name, "")) for name in args[:2])
    return a.isdigit() and b.isdigit() and int(b) - int(a) > int(args[2])


PREDICATES: dict[str, tuple[Predicate, int]] = {
    "consecutive_years": (_consecutive_years, 2),
    "years_apart_over": (_years_apart_over, 3),
}


def parse_where(text: str) -> tuple[str, tuple[str, ...]] | None:
    """'consecutive_years(y1, y2)' -> ('consecutive_years', ('y1', 'y2'))."""
    name, _, rest = text.strip().partition("(")
    if not rest.endswith(")"):
        return None
    args = tuple(a.strip() for a in rest[:-1].split(",") if a.strip())
    return name.strip(), args


def holds(where: tuple[str, tuple[str, ...]] | None, groups: dict[str, str]) -> bool:
    if where is None:
        return True
    fn, _arity = PREDICATES[where[0]]
    return fn(groups, where[1])
