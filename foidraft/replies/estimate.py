"""A cost refusal that explains its estimate: how many items, and how long each takes
("we would need to check 1000 complaints and this would take 5 minutes for each
complaint"). Such a reply is not argued with as if it gave no estimate: the review
ground questions the assumptions instead (the time per item, whether every item must be
read). Linear-time: bounded gaps, one sentence at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What is counted and timed one by one (singular stems; "entr" takes "y" or "ies").
_ITEMS = (
    r"record|file|case|complaint|occurrence|document|item|incident|crime|report|email|"
    r"letter|claim|call|log|form|application|entr(?:y|ies)|submission|person|officer"
)
_NUMBER = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty"
_TIME = rf"(?P<time>(?:{_NUMBER})\s+(?:minutes?|mins?|hours?|seconds?))"
# "5 minutes per record", "2 minutes to interrogate each occurrence", "five minutes to
# examine each of the individual case files", "5 minutes for each complaint"
_PER_ITEM_RE = re.compile(
    rf"\b{_TIME}\b[^.]{{0,80}}?\b(?:per|each|for each|for every|every)\s+(?:of\s+the\s+)?"
    rf"(?:individual\s+)?(?:\w+\s+)?(?P<item>(?:{_ITEMS})s?)\b",
    re.IGNORECASE,
)
# "check 1000 complaints", "6,708 taser records" (not "only 216 cases could be read", nor
# the time: "15 minutes per record")
_COUNT_RE = (
    r"(?<![\d,.£])(?<!only )(?P<count>\d{1,3}(?:,\d{3})+|\d{2,6})\s+"
    r"(?:(?!(?:minutes?|mins?|hours?|seconds?|per|each)\b)[a-z]+\s+){0,2}?"
)


@dataclass(frozen=True)
class Estimate:
    """What the reply says each item takes, and how many there are ("" when not said)."""

    time: str  # "5 minutes"
    item: str  # "complaint"
    count: str = ""  # "1000"

    def said(self) -> str:
        """ "1000 complaints at 5 minutes each", or "5 minutes per record"."""
        if self.count:
            return f"{self.count} {_plural(self.item)} at {self.time} each"
        return f"{self.time} per {self.item}"


def estimate_in(text: str) -> Estimate | None:
    """The per-item estimate a reply explains its cost refusal with, or None."""
    found = _PER_ITEM_RE.search(text)
    if found is None:
        return None
    time = " ".join(found["time"].split())
    item = _singular(found["item"].lower())
    count = re.search(_COUNT_RE + rf"(?:{re.escape(item)}|{re.escape(_plural(item))})\b(?! per\b)",
                      text, re.IGNORECASE)  # fmt: skip
    number = count["count"] if count and not _is_year(count["count"]) else ""
    return Estimate(time, item, number)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def _is_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")
