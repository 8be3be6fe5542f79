"""Which bodies keep which financial year: the one place that says so.

Police forces, councils, the NHS, maintained schools and central government keep their
accounts from 1 April to 31 March. Universities and colleges keep theirs to 31 July (the
Office for Students' accounts direction; the further education funding rules), academy
trusts to 31 August (the Academy Trust Handbook). A request for "the financial year
2022/23" from such a body means its own year, so the letter gives that year's dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidraft.authorities.model import Authority

APRIL = 4  # the month a financial year starts in, unless a body below keeps its own


@dataclass(frozen=True, slots=True)
class OwnYear:
    """Bodies of ``type`` whose name matches ``words`` start their year in ``month``."""

    bodies: str  # what the note calls them
    type: str
    words: re.Pattern[str]
    month: int
    source: str


OWN_YEARS: tuple[OwnYear, ...] = (
    OwnYear(
        "universities and colleges",
        "education",
        # "Royal Academy of Music" is a higher education institution, not an academy trust.
        re.compile(
            r"universit|\bcollege\b|institute of technology|conservatoire|\bacademy of\b", re.I
        ),
        8,
        "https://www.officeforstudents.org.uk/publications/regulatory-advice-9-accounts-direction/",
    ),
    OwnYear(
        "academy trusts",
        "education",
        re.compile(r"\bacadem(?:y|ies)\b|\btrust\b", re.I),
        9,
        "https://www.gov.uk/guidance/academy-trust-handbook",
    ),
)


def own_year(authority: Authority | None) -> OwnYear | None:
    """The year ``authority`` keeps when it is not 1 April to 31 March; None otherwise."""
    if authority is None:
        return None
    for kept in OWN_YEARS:
        if authority.type == kept.type and kept.words.search(authority.name):
            return kept
    return None


def year_start(authority: Authority | None) -> int:
    """The month ``authority``'s financial year starts in (4 unless it keeps its own)."""
    kept = own_year(authority)
    return kept.month if kept is not None else APRIL


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def year_words(month: int) -> str:
    """'1 August to 31 July' for a year that starts in August."""
    return f"1 {MONTHS[month - 1]} to 31 {MONTHS[(month - 2) % 12]}"


def own_year_note(month: int) -> str:
    """What the requester is told when the letter gives a body's own financial year."""
    bodies = next((k.bodies for k in OWN_YEARS if k.month == month), "this body")
    return (
        f"The letter gives these as the body's own financial years, {year_words(month)}, "
        f"the year {bodies} keep their accounts to. If you mean 1 April to 31 March, give "
        "those dates instead."
    )


# A school is an academy (its trust's year) or kept by its council (1 April to 31 March):
# its name rarely says which.
SCHOOL_YEAR_NOTE = (
    "The letter gives these financial years as 1 April to 31 March, the year a school kept "
    "by its council uses. An academy's trust keeps 1 September to 31 August: if this "
    "school is an academy, give academic years or its dates instead."
)
