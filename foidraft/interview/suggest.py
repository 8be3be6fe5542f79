"""Defaults that come from what the requester said: their topic words suggest the offence
codes and flags ("knife crime" -> the knife flag and the offences it is counted on), the
absence reason ("stress"), the incident category ("anti-social behaviour"); a date they
named ("the closure in March 2023") suggests the period. The requester still decides:
a suggestion is only what the field is pre-filled with."""

from __future__ import annotations

import datetime as _dt
import re

from foidraft.interview.model import Choice, Question
from foidraft.interview.period import Period
from foidraft.text.dates import MONTHS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.authorities.model import Authority
    from foidraft.interview.answers import Answer

_MONTH_YEAR = re.compile(
    r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+(\d{4})\b", re.IGNORECASE
)
_UK_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_SPLIT_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\s*/\s*(\d{2})\b")


def suggestion(
    question: Question,
    lookup: Callable[[str], object],
    scottish: bool,
    today: _dt.date,
    authority: Authority | None = None,
) -> Answer:
    """The answer the requester's earlier words suggest for ``question`` (None: none)."""
    if question.default_from:
        text = lookup(question.default_from)
        if not isinstance(text, str):
            return None
        if question.type == "period":
            return period_named_in(text, today)
        return place_named_in(text, authority)
    if not question.suggest:
        return None
    text = lookup(question.suggest_from)
    if not isinstance(text, str) or not text.strip():
        return None
    from foidraft.recorded.offences import load_offences

    if question.suggest in ("offences", "flags", "only_flagged"):
        found = load_offences().suggest(text, scotland=scottish)
        if question.suggest == "only_flagged":
            return True if found.only_flagged else None
        wanted = found.offences if question.suggest == "offences" else found.flags
        offered = [c for c in question.choices if c.value in wanted]
        return tuple(c.value for c in _closest_first(offered, text)) or None
    picked = tuple(c.value for c in question.choices if _mentions(c, text))
    if not picked:
        return None
    return picked if question.type == "multi-choice" else picked[0]


def _closest_first(choices: list[Choice], text: str) -> list[Choice]:
    """The choices the requester's words name most come first: the most of its search
    words found, then the largest share of them; one their words only touch comes after
    ("knife crime": handling a bladed article or an offensive weapon before serious
    assault, counted whether or not a knife was used). Ties keep the list order."""
    from foidraft.recorded.offences import finds

    def closeness(choice: Choice) -> tuple[int, float]:
        found = sum(finds((w,), text) for w in choice.keywords)
        return found, found / len(choice.keywords) if choice.keywords else 0.0

    return sorted(choices, key=closeness, reverse=True)


def _mentions(choice: object, text: str) -> bool:
    from foidraft.recorded.offences import finds

    words = getattr(choice, "keywords", ())
    return finds(tuple(words), text)


def period_named_in(text: str, today: _dt.date) -> Period | None:
    """A short window around a date the text names: a month and year gives that month and
    the two after it; a full date the month before to the month after; "2019/20" that
    financial year; a year that calendar year."""
    found = _UK_DATE.search(text)
    if found:
        day, month, year = (int(x) for x in found.groups())
        try:
            named = _dt.date(year, month, day)
        except ValueError:
            return None
        return _window(_month_start(named, -1), _month_end(named, 1), today)
    found_month = _MONTH_YEAR.search(text)
    if found_month:
        month = [m[:3].lower() for m in MONTHS].index(found_month.group(1)[:3].lower()) + 1
        first = _dt.date(int(found_month.group(2)), month, 1)
        return _window(first, _month_end(first, 2), today)
    split = _SPLIT_YEAR.search(text)
    if split and (int(split.group(1)) + 1) % 100 == int(split.group(2)):
        year = int(split.group(1))
        return Period.financial(year) if _dt.date(year + 1, 3, 31) < today else None
    found_year = _YEAR.search(text)
    if found_year and int(found_year.group(1)) < today.year:
        year = int(found_year.group(1))
        return Period.calendar(year)
    return None


def _window(first: _dt.date, last: _dt.date, today: _dt.date) -> Period | None:
    if first >= today:
        return None
    end = min(last, today - _dt.timedelta(days=1))
    return Period.dates(first, end)


def _month_start(day: _dt.date, shift: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + shift
    return _dt.date(index // 12, index % 12 + 1, 1)


def _month_end(day: _dt.date, shift: int) -> _dt.date:
    return _month_start(day, shift + 1) - _dt.timedelta(days=1)


def place_named_in(text: str, authority: Authority | None) -> str | None:
    """A city or council area in the authority's own area that the text names ("knife
    crime in Coventry", to West Midlands Police: Coventry), as the table spells it; None
    for the whole area ("West Midlands") or a place outside it."""
    if authority is None:
        return None
    from foidraft.authorities.places import area_of, area_places

    whole = area_of(authority).casefold()
    folded = text.casefold()
    for place in area_places(authority):  # longest first: "Isle of Wight" before "Wight"
        at = folded.find(place.casefold())
        while at >= 0:
            end = at + len(place)
            whole_word = (
                not (at and folded[at - 1].isalnum()) and not folded[end : end + 1].isalnum()
            )
            if whole_word and _said_as_place(text, at):
                if place.casefold() == whole:
                    return None
                return _with_kind(text, at, end, place)
            at = folded.find(place.casefold(), at + 1)
    return None


# The kinds of place a topic names with its town ("antisocial behaviour in Glasgow parks",
# "in parks in Glasgow"): kept with the town as the requester wrote them, or the area's
# answer said "Glasgow" and "parks" was in no line of the letter.
_KIND = (
    r"(?:car\s+parks?|parks?|playgrounds?|play\s+areas?|green\s+spaces?|city\s+centres?|"
    r"town\s+centres?|shopping\s+centres?|high\s+streets?|streets?|housing\s+estates?|"
    r"estates?|schools?|colleges?|stations?|bus\s+stations?|railway\s+stations?|hospitals?|"
    r"libraries|library|beaches|beach|canals?|cemeter(?:y|ies)|nightclubs?|pubs?|"
    r"licensed\s+premises|shops?|supermarkets?)"
)
_KIND_AFTER = re.compile(rf"\s+{_KIND}(?!\w)", re.IGNORECASE)
_KIND_BEFORE = re.compile(
    rf"(?<!\w){_KIND}\s+(?:in|around|across|within|throughout)\s+(?:the\s+)?$", re.IGNORECASE
)


def _with_kind(text: str, at: int, end: int, place: str) -> str:
    """``place`` with the kind of place the text names with it: "Glasgow parks", "parks in
    Glasgow"; the place alone when it names none."""
    after = _KIND_AFTER.match(text, end)
    if after:
        return place + text[end : after.end()]
    before = _KIND_BEFORE.search(text, 0, at)
    if before:
        return text[before.start() : at] + place
    return place


_PLACE_BEFORE = ("in", "around", "near", "across", "within", "throughout")


def _said_as_place(text: str, at: int) -> bool:
    """Written with a capital, or after "in", "around"...: some places are words too
    ("reading age", "bury the story"), and a topic is often typed in lower case."""
    before = text[:at].split()
    return text[at].isupper() or (bool(before) and before[-1].casefold() in _PLACE_BEFORE)
