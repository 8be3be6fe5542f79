"""Conditions on earlier answers (and on the authority), written as data.

``show_if`` on a question and ``when`` on a letter item share one small language::

    unit: crimes                      # the answer is "crimes" (a multi-choice: includes it)
    outcomes: [charged, selected]     # the answer is one of these
    flags: {answered: true}           # answered, and not left empty
    years_back: {min: 1}              # a number (or how many were picked) of at least 1
    offences: {not: other}            # anything but "other" (true when unanswered)
    authority.recording_standard: scrs
    any: [{unit: crimes}, {unit: arrests}]
    not: {period: dates}              # a period tests its kind: financial, calendar, dates
    period: academic                  # (academic: dates that are whole academic years)

Keys in one mapping must all hold. No code is evaluated: a condition is a tree of tests.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

from foidraft.authorities.model import NATIONS, RECORDING_STANDARDS, REGIMES, TYPES
from foidraft.interview.period import Period

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

AUTHORITY_KEYS: dict[str, tuple[str, ...]] = {
    "authority.regime": REGIMES,
    "authority.recording_standard": tuple(RECORDING_STANDARDS),
    "authority.nation": NATIONS,
    "authority.type": TYPES,
}
OPERATORS = ("is", "not", "answered", "min", "max")

# What a test sees for one key: None when unanswered, hidden or left empty.
Lookup = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class Test:
    key: str
    op: str  # is | answered | min | max
    values: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    part: Condition


Condition = Test | AllOf | AnyOf | Not


def holds(condition: Condition | None, lookup: Lookup) -> bool:
    """Whether ``condition`` is true for the answers ``lookup`` gives (None: always)."""
    if condition is None:
        return True
    if isinstance(condition, AllOf):
        return all(holds(p, lookup) for p in condition.parts)
    if isinstance(condition, AnyOf):
        return any(holds(p, lookup) for p in condition.parts)
    if isinstance(condition, Not):
        return not holds(condition.part, lookup)
    return _test(condition, lookup(condition.key))


def _test(test: Test, value: object) -> bool:
    if test.op == "answered":
        return (value is not None) == bool(test.values[0])
    if value is None:
        return False
    if test.op in ("min", "max"):
        size = len(value) if isinstance(value, tuple) else value
        if not isinstance(size, int) or isinstance(size, bool):
            return False
        limit = test.values[0]
        assert isinstance(limit, int)
        return size >= limit if test.op == "min" else size <= limit
    if isinstance(value, tuple):  # multi-choice: includes any of the values
        return any(v in test.values for v in value)
    if isinstance(value, Period):
        return value.kind in test.values or (value.academic and "academic" in test.values)
    if isinstance(value, _dt.date):
        return value.isoformat() in test.values
    return value in test.values


def referenced_keys(condition: Condition | None) -> set[str]:
    """Every key a condition tests (question ids and authority keys)."""
    if condition is None:
        return set()
    if isinstance(condition, Test):
        return {condition.key}
    if isinstance(condition, Not):
        return referenced_keys(condition.part)
    return set().union(*(referenced_keys(p) for p in condition.parts))


def authority_value(authority: Authority | None, key: str) -> object:
    """The value an ``authority.*`` test sees (None when no authority is chosen)."""
    if authority is None:
        return None
    attribute = key.removeprefix("authority.")
    return getattr(authority, attribute, None) or None
