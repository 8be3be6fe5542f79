"""One public authority, as foidraft knows it."""

from __future__ import annotations

REGIMES = ("FOIA", "FOISA", "EIR")
NATIONS = ("england", "wales", "scotland", "northern_ireland", "uk")
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
        "home_page",
        "hourly_rate",
        "id",
        "name",
        "nation",
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
        tags: tuple[str, ...] = (),
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
        self.email = email
        self.tags = tags

    @property
    def recording_standard_text(self) -> str:
        return RECORDING_STANDARDS.get(self.recording_standard or "", "its own recording rules")

    @property
    def cost_hours(self) -> int:
        return self.cost_limit // self.hourly_rate

    @property
    def wdtk_url(self) -> str:
        return f"https://www.whatdotheyknow.com/body/{self.wdtk_slug}" if self.wdtk_slug else ""

    def __repr__(self) -> str:
        return f"Authority({self.id!r}, {self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Authority) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)
