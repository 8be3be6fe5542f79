"""A body's own name inside the forms letters, disclosure logs and WhatDoTheyKnow write
around it: "The Chief Constable of Essex Police", "Cleveland Police (FOI)", "Office of the
Police and Crime Commissioner for Gwent", "Gwent Police / Heddlu Gwent".

Each form is only a candidate: a caller takes one only when it names a body foidraft
knows, so "Ministry of Defence (Navy Command)" stays what its words say when the
department is not listed. Plain regular expressions anchored at one end: linear time.
"""

from __future__ import annotations

import re

# Who a letter is addressed to, before the body's name.
_LEADING = re.compile(
    r"^(?:the\s+)?(?:chief\s+constable\s+of\s+(?:the\s+)?|office\s+of\s+the\s+|"
    r"(?:foi|freedom\s+of\s+information|information\s+(?:management|rights|compliance)|"
    r"requests|disclosure)(?:\s+(?:and\s+disclosure|team|unit|office))?\s*[,:-]\s*)",
    re.IGNORECASE,
)
# What a log adds after it: a bracketed office or remark, or the team that answers.
_TRAILING = re.compile(
    r"(?:\s*\([^()]{1,80}\)|\s*[-,:]?\s*\b(?:foi|freedom\s+of\s+information|"
    r"information\s+(?:management|rights|governance)|disclosure|data\s+protection)"
    r"(?:\s+(?:team|unit|department|office|section|services?|requests?))?)\s*$",
    re.IGNORECASE,
)
# "Police and Crime Commissioner for Gwent" is "Gwent Police and Crime Commissioner".
_COMMISSIONER_FOR = re.compile(
    r"^((?:police,?\s+)?(?:fire\s+)?(?:and\s+)?crime\s+commissioner|"
    r"police,\s+fire\s+and\s+crime\s+commissioner)\s+for\s+(?:the\s+)?(.+)$",
    re.IGNORECASE,
)
# English and Welsh names side by side ("Gwent Police / Heddlu Gwent").
_BILINGUAL = re.compile(r"\s+[/|]\s+")


def plain_forms(name: str) -> list[str]:
    """The names ``name`` may hold once the forms around a body's name are taken off,
    most complete first; empty when it holds none of them."""
    found: list[str] = []
    todo = [" ".join(name.split())]
    while todo and len(found) < 12:
        text = todo.pop(0)
        for part in _BILINGUAL.split(text) if _BILINGUAL.search(text) else []:
            _add(found, todo, part)
        lead = _LEADING.match(text)
        if lead and lead.end() < len(text):
            _add(found, todo, text[lead.end() :])
        trail = _TRAILING.search(text)
        if trail and trail.start() > 0:
            _add(found, todo, text[: trail.start()])
        office = _COMMISSIONER_FOR.match(text)
        if office:
            _add(found, todo, f"{office.group(2)} {office.group(1)}")
    return found


def _add(found: list[str], todo: list[str], text: str) -> None:
    text = text.strip(" ,:-")
    if text and text not in found:
        found.append(text)
        todo.append(text)
