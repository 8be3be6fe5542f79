"""What a requester types, made fit for a letter: hedges ("not sure", "I don't know")
never reach it, "whoever ..." becomes a role, and "near the park" becomes a recorded area.

A letter that says "not sure - whoever planned it" cannot be answered as written: the
authority has to ask who is meant. foidraft keeps what the requester does know and coaches
them (or uses a neutral phrase the flow gives) for what they do not.
"""

from __future__ import annotations

import re

_HEDGE = re.compile(
    r"^\s*(?:(?:i\s*(?:'|’)?m|i\s+am|i(?:'|’)?m)\s+)?"
    r"(?:not\s+(?:sure|certain)|unsure|(?:i\s+)?(?:don(?:'|’)?t|do\s+not)\s+know|no\s+idea|"
    r"dunno|unknown|n/?a|maybe|perhaps|probably|possibly|i\s+think|i\s+guess|idk|\?+)"
    r"(?:\s*(?:really|exactly|yet))?(?:\W+|$)",
    re.IGNORECASE,
)
_WHOEVER = re.compile(r"^(?:whoever|whomever|whichever\s+(?:team|officers?|person|people))\b\s*",
                      re.IGNORECASE)  # fmt: skip
_NEAR = re.compile(r"^(?:near|nearby|around|by|next\s+to|close\s+to|outside)\s+(?:to\s+)?",
                   re.IGNORECASE)  # fmt: skip
# A typed offence that starts with a Home Office code: "8N breach of a restraining order".
CODE_AT_START = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?[A-Za-z]?(?:/\d{1,2})?)(?=\s|$|[,;:(-])")


def without_hedge(text: str) -> tuple[str, bool]:
    """(the text without leading hedges, whether there were any). "not sure - whoever at
    PSNI planned it" -> ("the officers or staff at PSNI who planned it", True)."""
    found = False
    while True:
        m = _HEDGE.match(text)
        if m is None or not m.group(0).strip():
            break
        found = True
        text = text[m.end() :]
    text = text.strip(" -–—,;:.")
    who = _WHOEVER.match(text)
    if who:
        rest = text[who.end() :]
        at = re.match(r"^(at|in|from)\s+(\S+)\s+", rest, re.IGNORECASE)
        if at:  # "whoever at PSNI planned it" -> "the officers or staff at PSNI who planned it"
            text = f"the officers or staff {at.group(1)} {at.group(2)} who {rest[at.end() :]}"
        else:
            text = f"the officers or staff who {rest}"
    return text.strip(), found


def plain_place(text: str) -> str:
    """'near Victoria Park' -> 'the ward or neighbourhood that includes Victoria Park':
    systems hold wards, beats and addresses, not "near"."""
    m = _NEAR.match(text)
    if m is None or not text[m.end() :].strip():
        return text
    return f"the ward or neighbourhood that includes {text[m.end() :].strip()}"


def coaching(what: str) -> str:
    """What to say when the requester does not know an answer the letter needs."""
    return (
        f"foidraft will not put 'not sure' in your letter. Say what you do know about "
        f"{what.rstrip('.').lower() or 'it'} in general terms (for example 'the team that "
        "planned the policing of the event'), or go back and choose another option."
    )
