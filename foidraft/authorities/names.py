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


# Names read with "the" before them in a sentence: "ask the Home Office", "the University
# of Leeds", "the London Borough of Barnet", "the Met"; but "ask West Midlands Police",
# "Leeds City Council", "HM Treasury", "Police Scotland". By how the name begins or how its
# head (the words before "of", "for" or "in") ends, so a body foidraft does not list reads
# right too.
_THE_FIRST = (
    "department ", "ministry ", "office ", "university of ", "college of ", "house of ",
    "bank of ", "keeper of ", "council of ", "borough council of ", "london borough of ",
    "royal borough of ", "city of ", "police service of ", "police federation ",
    "metropolitan police", "mayor's office ", "mayor’s office ", "crown ", "accountant in ",
    "general teaching council ",
)  # fmt: skip
_THE_HEAD_LAST = frozenset(
    {"office", "agency", "authority", "commission", "commissioner", "board", "executive",
     "government", "inspectorate", "regulator", "museum", "archives", "assembly",
     "parliament", "corporation", "service", "brigade", "ombudsman", "met"}
)  # fmt: skip
_HEAD_ENDS = (" of ", " for ", " in ")
# Initials said as letters, of bodies that take "the" ("ask GMP", but "ask the BBC").
_THE_INITIALS = frozenset({"bbc", "psni", "nca", "mdp", "cps", "dvla", "dwp", "ico", "gla", "cqc"})


def takes_the(name: str) -> bool:
    """Whether ``name`` reads with "the" before it in running text (one that already
    begins with "The" does not need another)."""
    text = " ".join(name.split())
    low = text.casefold()
    if not low or low.startswith(("the ", "hm ")):
        return False
    if low.startswith(_THE_FIRST):
        return True
    if low in _THE_INITIALS:
        return True
    head = low
    for end in _HEAD_ENDS:
        head = head.split(end, 1)[0]
    return head.rsplit(" ", 1)[-1] in _THE_HEAD_LAST


def running_parts(name: str) -> tuple[str, str]:
    """``name`` inside a sentence as the words before it and the name itself: ("the ",
    "Home Office"), ("", "West Midlands Police"); a name that begins with "The" gives its
    "the" in lower case ("the ", "Open University"). For text that styles the name alone."""
    name = " ".join(name.split())
    if name[:4].casefold() == "the ":
        return "the ", name[4:]
    return ("the " if takes_the(name) else ""), name


def in_running_text(name: str, *, sentence_start: bool = False) -> str:
    """An authority's name as it reads inside a sentence: "the Home Office", "the Met",
    "West Midlands Police". ``sentence_start``: the sentence begins with it ("The Home
    Office is ...")."""
    text = "".join(running_parts(name))
    return text[:1].upper() + text[1:] if sentence_start else text
