"""Dates in a reply, as the letter writes them ("2/1/2021", "19th March 2021", "March 19,
2021", "2021-03-19"), read the UK way (day first), with the role the words around each
one give it: when the request was received or clarified, when a reply is promised, when
a review must be asked for."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:\^?(?:st|nd|rd|th))?"
DATE_RES = (
    re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?![\w/-])"),
    re.compile(
        r"(?<![\w/.-])(?P<day>\d{1,2})[/.](?P<mon>\d{1,2})[/.](?P<year>(?:19|20)?\d\d)(?![\w/.]\d)"
    ),
    re.compile(
        r"(?<![\w])"
        + _DAY
        + r"[ \t]+(?:of[ \t]+)?"
        + _MONTH
        + r",?[ \t]+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w])" + _MONTH + r"[ \t]+" + _DAY + r",?[ \t]+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
)
# The role a date plays, from the words just before it (same sentence).
ROLE_RES = (
    (
        "asked",
        re.compile(
            r"(?:(?:we|i) (?:clarified with you|asked you|wrote to you|sought clarification)|"
            r"(?:our|my) (?:e-?mail|letter|request for clarification) (?:of|dated))[^.]{0,40}$",
            re.I,
        ),
    ),
    (
        "clarified",
        re.compile(r"(?:clarifi\w*|you\s+replied|refined|your\s+reply)[^.]{0,60}$", re.I),
    ),
    ("received", re.compile(r"(?:received|receipt|dated|request\s+of|made\s+on)[^.]{0,40}$", re.I)),
    (
        "respond_by",
        re.compile(
            r"(?:respon\w*|reply|answer|decision)\s+(?:\w+\s+){0,3}by[^.]{0,20}$|"
            r"\b(?:due|no\s+later\s+than|extended\s+(?:to|until)|until)[^.]{0,20}$",
            re.I,
        ),
    ),
    ("review_by", re.compile(r"review[^.]{0,80}(?:by|before)[^.]{0,10}$", re.I)),
)


@dataclass(frozen=True)
class FoundDate:
    day: dt.date
    start: int
    end: int
    role: str = ""  # received | clarified | respond_by | review_by | "" (none said)


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order of appearance, each once per place."""
    found: dict[int, FoundDate] = {}
    starts: list[int] = []  # spans already taken, sorted by start (they never overlap)
    ends: list[int] = []
    for pattern in DATE_RES:
        for m in pattern.finditer(text):
            i = bisect.bisect_left(starts, m.end())
            if i and ends[i - 1] > m.start():
                continue  # inside a date an earlier pattern read
            day = _date(m)
            if day is None:
                continue
            starts.insert(i, m.start())
            ends.insert(i, m.end())
            found[m.start()] = FoundDate(day, m.start(), m.end(), _role(text, m.start()))
    return [found[k] for k in sorted(found)]


def _date(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    try:
        day = int(groups["day"])
        if groups.get("month"):
            month = MONTHS[groups["month"].lower().rstrip(".")]
        else:
            month = int(groups["mon"])
        year = int(groups["year"])
    except (KeyError, ValueError):
        return None
    if year < 100:
        year += 2000
    if not 2000 <= year <= 2099:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _role(text: str, at: int) -> str:
    lo = max(0, at - 160)  # bounded: a text of nothing but dates stays linear
    stop = max(text.rfind("\n\n", lo, at), text.rfind(". ", lo, at), text.rfind(".\n", lo, at))
    before = " ".join(text[max(stop + 1, at - 120) : at].split())
    for role, pattern in ROLE_RES:
        if pattern.search(before):
            return role
    return ""
