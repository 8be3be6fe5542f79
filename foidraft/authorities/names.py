"""How authority names are compared: the same key for "Avon & Somerset" and "avon and
somerset", "the Met" and "Met", "Dyfed-Powys" and "dyfed powys".

Plain string operations only: exact look-ups run on the start-up path of
``foidraft check --authority``.
"""

from __future__ import annotations

_APOSTROPHES = str.maketrans("", "", "'\u2019`")
DROPPED = frozenset({"the"})


def normalize(text: str) -> str:
    """Lower case, '&' read as 'and', apostrophes dropped, other punctuation as spaces,
    and the word 'the' ignored."""
    text = text.casefold().replace("&", " and ").translate(_APOSTROPHES)
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(word for word in cleaned.split() if word not in DROPPED)
