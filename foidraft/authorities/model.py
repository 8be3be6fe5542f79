"""One public authority, as foidraft knows it.

Plain attributes only: names come from public lists and may contain characters such as
``[`` that a terminal UI treats as markup, so whoever renders them must escape them.
"""

from __future__ import annotations

REGIMES = ("FOIA", "FOISA", "EIR")
NATIONS = ("england", "wales", "scotland", "northern_ireland", "uk")
# As rule files name them (foidraft/rules/schema.py); the bundled directory uses the first two
# and "other".
TYPES = ("police", "pcc", "council", "nhs", "central_government", "education", "other")
RECORDING_STANDARDS = {
    "hocr": "the Home Office Counting Rules",
    "scrs": "the Scottish Crime Recording Standard",
}


class Authority:
    """A public authority that receives FOI requests.

    ``cost_limit`` is the s12 appropriate limit in pounds and ``hourly_rate`` the rate staff
    time is costed at (FOIA: £450 or £600 at £25; FOISA: £600 at £15).
    """

    __slots__ = (
        "aliases",
        "cost_limit",
        "disclosure_log",
        "email",
        "email_unverified",
        "home_page",
        "hourly_rate",
        "id",
        "name",
        "nation",
        "notes",
        "recording_standard",
        "regime",
        "short_name",
        "tags",
        "type",
        "wdtk_slug",
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        short_name: str = "",
        aliases: tuple[str, ...] = (),
        type: str = "other",
        nation: str = "england",
        regime: str = "FOIA",
        recording_standard: str | None = None,
        cost_limit: int = 450,
        hourly_rate: int = 25,
        wdtk_slug: str = "",
        home_page: str = "",
        disclosure_log: str = "",
        email: str = "",
        email_unverified: str = "",
        tags: tuple[str, ...] = (),
        notes: str = "",
    ) -> None:
        self.id = id
        self.name = name
        self.short_name = short_name
        self.aliases = aliases
        self.type = type
        self.nation = nation
        self.regime = regime
        self.recording_standard = recording_standard
        self.cost_limit = cost_limit
        self.hourly_rate = hourly_rate
        self.wdtk_slug = wdtk_slug
        self.home_page = home_page
        self.disclosure_log = disclosure_log
        # ``email`` is only ever an address the user supplied or confirmed; an address from
        # a published list is kept apart in ``email_unverified`` and never used to send.
        self.email = email
        self.email_unverified = email_unverified
        self.tags = tags
        self.notes = notes

    @property
    def recording_standard_text(self) -> str:
        return RECORDING_STANDARDS.get(self.recording_standard or "", "its own recording rules")

    @property
    def cost_hours(self) -> int:
        return self.cost_limit // self.hourly_rate if self.hourly_rate else 0

    @property
    def foi_applies(self) -> bool:
        """False for bodies outside FOI altogether (the National Crime Agency)."""
        return self.regime in REGIMES

    @property
    def ref(self) -> str:
        """What a draft's header keeps to name this body: its directory id, or its name for
        a body the directory does not list or lists from public_bodies.csv (whose id may
        not be WhatDoTheyKnow's, which replaces it once refreshed); ``Directory.find``
        reads either back."""
        return self.name if {"inferred", "public-body"} & set(self.tags) else self.id

    @property
    def wdtk_url(self) -> str:
        return f"https://www.whatdotheyknow.com/body/{self.wdtk_slug}" if self.wdtk_slug else ""

    def __repr__(self) -> str:
        return f"Authority({self.id!r}, {self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Authority) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)
