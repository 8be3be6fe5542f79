"""The UK's councils by name (``foidraft/data/councils.csv``, from mySociety's UK Local
Authority Names and Codes): each council's tier, nation and, for a district, its county.

A council's tier says what it holds: in two-tier England the county council runs schools,
social care, roads and libraries and the district collects council tax and bins and runs
housing and planning; a unitary council, a metropolitan district, a London borough and
every Welsh and Scottish council does both. Its nation says its law: Scottish councils
answer under FOISA. A name typed as the council signs its letters ("Leeds City Council",
"Leeds Council") is a listed body of type ``council`` with its tier as a tag; a bare place
("Leeds") is not, so a place still means its police force in a police tool.

The file is validated strictly by ``validate`` (header, types, no duplicates, each row's
source), which the tests run on the bundled file.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from foidraft import paths
from foidraft.authorities.model import Authority
from foidraft.authorities.names import normalize

COUNCILS = "councils.csv"
HEADER = ["code", "name", "short_name", "tier", "nation", "county", "aliases", "source"]
# Each tier, and how a sentence names a council of it.
TIERS = {
    "county": "a county council",
    "district": "a district council",
    "unitary": "a unitary council",
    "metropolitan_district": "a metropolitan borough council",
    "london_borough": "a London borough council",
    "city_corporation": "the City of London Corporation",
    "welsh_principal": "a Welsh county or county borough council",
    "scottish_council": "a Scottish council",
    "ni_district": "a Northern Irish district council",
}
TIER_NATIONS = {
    "welsh_principal": "wales",
    "scottish_council": "scotland",
    "ni_district": "northern_ireland",
}
_CODE = re.compile(r"^[A-Z]{3}$")


class Council:
    """One row of the file."""

    __slots__ = ("aliases", "code", "county", "name", "nation", "short_name", "source", "tier")

    def __init__(self, row: dict[str, str]) -> None:
        self.code = row["code"]
        self.name = " ".join(row["name"].split())
        self.short_name = " ".join(row["short_name"].split())
        self.tier = row["tier"]
        self.nation = row["nation"]
        self.county = row["county"]
        self.aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        self.source = row["source"]

    @property
    def id(self) -> str:
        """A directory id from the council's name ("leeds_city_council"; "highland_council"
        for The Highland Council)."""
        return re.sub(r"[^a-z0-9]+", "_", normalize(self.name)).strip("_")

    def names(self) -> tuple[str, ...]:
        """Every name the council goes by in a letter: its own, the file's aliases, and its
        short name with "Council" ("Leeds Council"; "Lincoln City Council" for the City of
        Lincoln; "Wandsworth Borough Council", "Wirral Metropolitan Borough Council").
        Never the bare place, which is also a police force's area."""
        short = self.short_name
        if self.tier == "city_corporation":  # "City of London Council" is not its name
            return tuple(dict.fromkeys(self.aliases))
        made = [f"{short} Council"]
        if self.tier == "london_borough":
            made.append(f"{short} Borough Council")
        elif self.tier == "metropolitan_district":
            made.append(f"{short} Metropolitan Borough Council")
        if short.startswith("City of "):
            place = short.removeprefix("City of ")
            made += [f"{place} City Council", f"{place} Council"]
        return tuple(dict.fromkeys((*self.aliases, *made)))


def read_rows(lines: list[str]) -> list[dict[str, str]]:
    """The rows of the file's lines; comment lines (``#``, the attribution) are skipped."""
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def validate(lines: list[str]) -> list[str]:
    """What is wrong with the file (nothing: an empty list)."""
    body = [line for line in lines if not line.startswith("#")]
    if not body or next(csv.reader(body[:1])) != HEADER:
        return [f"the header is {','.join(HEADER)}"]
    problems: list[str] = []
    rows = read_rows(lines)
    counties = {r["code"] for r in rows if r.get("tier") == "county"}
    codes: set[str] = set()
    names: dict[str, str] = {}
    for n, row in enumerate(rows, start=2):
        where = f"row {n} ({row.get('code')})"
        if None in row or any(v is None for v in row.values()):
            problems.append(f"{where}: has {len(HEADER)} fields")
            continue
        if not _CODE.match(row["code"]) or row["code"] in codes:
            problems.append(f"{where}: the code is three capitals, once")
        codes.add(row["code"])
        if not row["name"].strip() or not row["short_name"].strip():
            problems.append(f"{where}: a name and a short name are needed")
        tier = row["tier"]
        if tier not in TIERS:
            problems.append(f"{where}: unknown tier {tier!r}")
        if row["nation"] != TIER_NATIONS.get(tier, "england"):
            problems.append(f"{where}: a {tier} council is not in {row['nation']!r}")
        if (tier == "district") != bool(row["county"]) or (
            row["county"] and row["county"] not in counties
        ):
            problems.append(f"{where}: a district, and only a district, names a listed county")
        if not row["source"].startswith("https://"):
            problems.append(f"{where}: each row's source is an https address")
        for text in (row["name"], *Council(row).names()):
            key = normalize(text)
            if names.setdefault(key, row["code"]) != row["code"]:
                problems.append(f"{where}: the name {text!r} is also {names[key]}'s")
    return problems


@cache
def councils() -> dict[str, Council]:
    """The bundled file's councils by code (read once per process). ``validate`` runs in
    the tests, not here: this is on the start-up path of ``check --authority``, and the
    file ships with the package."""
    with open(paths.package_data(COUNCILS), newline="", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    return {row["code"]: Council(row) for row in read_rows(lines)}


@cache
def _by_id() -> dict[str, Council]:
    return {c.id: c for c in councils().values()}


@cache
def _by_name() -> dict[str, Council]:
    return {normalize(n): c for c in councils().values() for n in (c.name, *c.names())}


def authority(council: Council) -> Authority:
    """The council as a directory body: a Scottish council under FOISA (£600 at £15 an
    hour), others under FOIA (£450 at £25); its tier is a tag (``tag:district``)."""
    scottish = council.nation == "scotland"
    county = councils().get(council.county)
    return Authority(
        id=council.id,
        name=council.name,
        aliases=council.names(),
        type="council",
        nation=council.nation,
        regime="FOISA" if scottish else "FOIA",
        cost_limit=600 if scottish else 450,
        hourly_rate=15 if scottish else 25,
        tags=("council", council.tier),
        notes=(
            f"A district council: {county.name} runs schools, social care and roads here."
            if county is not None
            else ""
        ),
    )


def council_authorities() -> list[Authority]:
    return [authority(c) for c in councils().values()]


def listed(body: Authority) -> Council | None:
    """The listed council ``body`` is (None for any other body, or a council read from a
    name the list lacks)."""
    if body.type != "council" or "inferred" in body.tags:
        return None
    return _by_id().get(body.id)


def _named(body: Authority) -> Council | None:
    """The listed council ``body`` is, or has the name of (a draft kept by name)."""
    if body.type != "council":
        return None
    return listed(body) or _by_name().get(normalize(body.name))


def tier(body: Authority) -> str | None:
    """A council's tier ("district", "county", "unitary"...) when it is listed or has a
    listed council's name (a draft kept by name); None otherwise."""
    council = _named(body)
    return council.tier if council is not None else None


def county_name(body: Authority) -> str:
    """The county council of a listed district (or a draft kept by its name): "Kent County
    Council" for Sevenoaks District Council; "" for any other body."""
    council = _named(body)
    county = councils().get(council.county) if council is not None else None
    return county.name if county is not None else ""


def short_form(body: Authority) -> str:
    """The name a reader knows a listed council by, shorter than its own ("Leeds" for
    Leeds City Council, "Barnet" for the London Borough of Barnet); "" when none."""
    council = listed(body)
    if council is None or len(council.short_name) >= len(council.name):
        return ""
    return council.short_name
