"""Build ``foidraft/data/authorities.csv``, the bundled authority directory.

    python scripts/build_authorities.py [--source police_forces.csv] [--out PATH] [--check]

Inputs, so the data's provenance is reproducible:

* the research file ``police_forces.csv`` (WhatDoTheyKnow url_name from mySociety's
  ``wdtk_authorities_list`` snapshot of 17 Nov 2024; name, home page and disclosure log from
  WhatDoTheyKnow's per-body data as collected in Oct 2023; request addresses from a
  hand-curated Oct 2023 list, every one UNVERIFIED);
* the enrichment tables below: what the research file does not say (common names and
  abbreviations, nation, authority type, FOI regime, crime recording standard, cost limit,
  tags and notes). The legal facts behind them are in the research notes (domain-facts.md
  sections 1.3, 1.4, 1.6, 1.7).

Nothing here is fetched from the network and no URL is invented: a field the research does
not give stays empty. ``--check`` exits 1 when the committed CSV differs from a fresh build.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/work/shared/research/police_forces.csv")
OUT = ROOT / "foidraft" / "data" / "authorities.csv"

COLUMNS = (
    "id", "name", "short_name", "aliases", "type", "nation", "regime", "recording_standard",
    "cost_limit", "hourly_rate", "wdtk_slug", "home_page", "disclosure_log",
    "email_unverified", "tags", "notes",
)  # fmt: skip

# The 43 territorial forces of England and Wales, by WhatDoTheyKnow slug.
WALES = {"dyfed_powys_police", "gwent_police", "north_wales_police", "south_wales_police"}
ENGLAND_AND_WALES = WALES | {
    "avon_and_somerset_police", "bedfordshire_police", "cambridgeshire_police",
    "cheshire_police", "city_of_london_police", "cleveland_police", "cumbria_police",
    "derbyshire_police", "devon_and_cornwall_police", "dorset_police", "durham_police",
    "essex_police", "gloucestershire_police", "gmp", "hampshire_police",
    "hertfordshire_police", "humberside_police", "kent_police", "lancashire_police",
    "leicestershire_police", "lincolnshire_police", "merseyside_police", "the_met",
    "norfolk_police", "nyp", "northamptonshire_police", "northumbria_police",
    "nottinghamshire_police", "syp", "staffordshire_police", "suffolk_police",
    "surrey_police", "sussex_police", "thames_valley_police", "warwickshire_police",
    "west_mercia_police", "wmp", "west_yorkshire_police", "wiltshire_police",
}  # fmt: skip
WELSH_PCCS = {"dyfed_powys_pcc", "gwent_pcc", "north_wales_pcc", "south_wales_pcc"}

# Better-known spellings than the research file's (its spelling is kept as an alias).
NAMES = {
    "the_met": "Metropolitan Police Service",
    "dyfed_powys_police": "Dyfed-Powys Police",
    # Offices whose commissioner's functions a mayor now holds (the NOTES below say since
    # when); the commissioner's name stays an alias.
    "south_yorkshire_pcc": "South Yorkshire Mayoral Combined Authority",
    "north_yorkshire_pfcc": "York and North Yorkshire Office for Policing, Fire, Crime and "
    "Commissioning",
}

# id -> (short name, extra aliases). The area name ("Kent") and "<area> Police" /
# "<area> Constabulary" are added for every territorial force by derived_aliases().
FORCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "avon_and_somerset_police": ("", ("Avon & Somerset Police",)),
    "cambridgeshire_police": ("", ("Cambs Police",)),
    "city_of_london_police": ("", ("City of London", "City Police", "CoLP")),
    "devon_and_cornwall_police": ("", ("Devon & Cornwall Police",)),
    "dyfed_powys_police": ("", ("Dyfed-Powys", "Dyfed Powys", "Heddlu Dyfed-Powys")),
    "gloucestershire_police": ("", ("Glos Police",)),
    # The Welsh forces' Welsh names, as their letters and WhatDoTheyKnow's pages carry them.
    "gwent_police": ("", ("Heddlu Gwent",)),
    "north_wales_police": ("", ("Heddlu Gogledd Cymru",)),
    "south_wales_police": ("", ("Heddlu De Cymru",)),
    "gmp": ("GMP", ("GMP", "Greater Manchester", "Manchester Police")),
    "hampshire_police": (
        "",
        ("Hampshire", "Hampshire Constabulary", "Hampshire Police", "Isle of Wight Police"),
    ),
    "hertfordshire_police": ("", ("Herts Police",)),
    "leicestershire_police": ("", ("Leics Police",)),
    "lincolnshire_police": ("", ("Lincs Police",)),
    "northamptonshire_police": ("", ("Northants Police",)),
    "nottinghamshire_police": ("", ("Notts Police",)),
    "nyp": ("NYP", ("NYP",)),
    "syp": ("SYP", ("SYP",)),
    "the_met": (
        "the Met",
        (
            "the Met",
            "Met Police",
            "MPS",
            "Metropolitan Police",
            "Metropolitan Police Service (MPS)",
            "Scotland Yard",
            "New Scotland Yard",
        ),
    ),
    "thames_valley_police": ("TVP", ("TVP",)),
    "west_yorkshire_police": ("WYP", ("WYP",)),
    "wmp": ("WMP", ("WMP", "West Mids", "West Mids Police")),
    "police_scotland": (
        "Police Scotland",
        ("Police Service of Scotland", "Scottish Police", "PSoS", "Scotland Police"),
    ),
    "psni": (
        "PSNI",
        ("PSNI", "Northern Ireland Police", "NI Police", "Police Northern Ireland"),
    ),
    "btp": ("BTP", ("BTP", "Transport Police", "Railway Police")),
    "mdp": (
        "MDP",
        ("MDP", "MoD Police", "Ministry of Defence Police", "Defence Police", "MODP"),
    ),
    # The Civil Nuclear Police Authority is the public authority FOIA lists for the
    # constabulary and answers its requests, so its name means the constabulary's records.
    "cnc": (
        "CNC",
        ("CNC", "Civil Nuclear Police", "Nuclear Police", "Civil Nuclear Police Authority", "CNPA"),
    ),
    "nca": ("NCA", ("NCA",)),
    "mopac": ("MOPAC", ("MOPAC", "Mayor's Office for Policing and Crime (London)")),
}

# Rows the research file does not carry: named in domain-facts.md (1.6, 1.7) but without a
# sourced WhatDoTheyKnow slug, home page or address, so those fields stay empty.
EXTRA_ROWS = (
    {
        "id": "scottish_police_authority",
        "name": "Scottish Police Authority",
        "aliases": "SPA",
        "nation": "scotland",
        "regime": "FOISA",
        "notes": "Oversees Police Scotland. Not in the research list, so no WhatDoTheyKnow "
        "link or address is bundled.",
    },
    {
        "id": "northern_ireland_policing_board",
        "name": "Northern Ireland Policing Board",
        "aliases": "NIPB;NI Policing Board;Policing Board",
        "nation": "northern_ireland",
        "regime": "FOIA",
        "notes": "Oversees the PSNI. Not in the research list, so no WhatDoTheyKnow link or "
        "address is bundled.",
    },
    # Mayors who hold a police and crime commissioner's functions, so there is no PCC for
    # the area (foidraft/data/former_authorities.csv sends the old PCC's names here).
    {
        "id": "greater_manchester_mayor",
        "name": "Greater Manchester Combined Authority",
        "aliases": "GMCA;Mayor of Greater Manchester",
        "type": "pcc",
        "tags": "commissioner;mayor",
        "nation": "england",
        "regime": "FOIA",
        "notes": "The Mayor of Greater Manchester has held the police and crime "
        "commissioner's functions since 8 May 2017 (S.I. 2016/448, S.I. 2017/470). Not in "
        "the research list, so no WhatDoTheyKnow link or address is bundled.",
    },
    {
        "id": "west_yorkshire_mayor",
        "name": "West Yorkshire Combined Authority",
        "aliases": "WYCA;Mayor of West Yorkshire",
        "type": "pcc",
        "tags": "commissioner;mayor",
        "nation": "england",
        "regime": "FOIA",
        "notes": "The Mayor of West Yorkshire has held the police and crime commissioner's "
        "functions since 10 May 2021 (S.I. 2021/112, Part 10). Not in the research list, so "
        "no WhatDoTheyKnow link or address is bundled.",
    },
)

NOTES = {
    "mdp": "Part of the Ministry of Defence, so the central-government cost limit applies "
    "(£600, 24 hours); requests are handled through MoD case numbering. Check the limit "
    "quoted in the force's own response.",
    "btp": "Covers the railways in England, Wales and Scotland under FOIA (not FOISA). Its "
    "figures for England and Wales follow the Home Office Counting Rules; ask how offences "
    "in Scotland are counted.",
    "cnc": "Polices civil nuclear sites in England, Wales and Scotland.",
    "nca": "Not subject to the Freedom of Information Act: it is not listed in Schedule 1 "
    "and is a security body under section 23(3). Ask a police force or the Home Office "
    "instead, and expect section 23 answers about NCA involvement.",
    "police_scotland": "Freedom of Information (Scotland) Act 2002: £600 at £15 an hour "
    "(40 hours), Scottish bank holidays only, appeals to the Scottish Information "
    "Commissioner. Crime is recorded under the Scottish Crime Recording Standard, so Home "
    "Office offence codes do not apply.",
    "psni": "FOIA and the ICO apply in Northern Ireland; PSNI crime figures follow the Home "
    "Office Counting Rules.",
    "south_yorkshire_pcc": "Since 7 May 2024 the Mayor of South Yorkshire holds the police "
    "and crime commissioner's functions (South Yorkshire Mayoral Combined Authority (Election "
    "of Mayor and Transfer of Police and Crime Commissioner Functions) Order 2024); there is "
    "no PCC. Check the address before sending.",
    "north_yorkshire_pfcc": "Since 7 May 2024 the York and North Yorkshire Mayor holds the "
    "police, fire and crime commissioner's functions; the commissioner's office became the "
    "York and North Yorkshire Office for Policing, Fire, Crime and Commissioning. Check the "
    "address before sending.",
}


def area_of(name: str) -> str:
    """'Kent Police' -> 'Kent'; 'Avon and Somerset Constabulary' -> 'Avon and Somerset'."""
    for suffix in (" Constabulary", " Police"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    for marker in (" Police and Crime Commissioner", " Police, Fire and Crime Commissioner"):
        if marker in name:
            return name.split(marker)[0]
    return ""


def derived_aliases(slug: str, name: str, kind: str) -> list[str]:
    area = area_of(name)
    if kind == "police" and slug in ENGLAND_AND_WALES and area:
        return [area, f"{area} Police", f"{area} Constabulary"]
    if kind == "pcc" and area:
        office = "PFCC" if "Fire" in name else "PCC"
        out = [f"{area} {office}", f"{area} O{office}"]
        if office == "PFCC":  # a commissioner before taking on fire and rescue
            out += [f"{area} PCC", f"{area} Police and Crime Commissioner"]
        return out
    return []


def kind_of(row: dict[str, str]) -> str:
    slug, jurisdiction = row["wdtk_url_name"], row["jurisdiction"]
    if slug == "mopac" or "police and crime commissioner" in jurisdiction:
        return "pcc"
    if slug == "nca":
        return "other"
    return "police"


def nation_of(slug: str, kind: str) -> str:
    if slug in WALES or slug in WELSH_PCCS:
        return "wales"
    if slug == "police_scotland":
        return "scotland"
    if slug == "psni":
        return "northern_ireland"
    if slug in {"btp", "mdp", "cnc", "nca"}:
        return "uk"
    return "england"


def tags_of(slug: str, kind: str, name: str) -> list[str]:
    if slug == "nca":
        return ["not-foi"]
    if kind == "pcc":
        tags = ["commissioner"]
        if "Fire" in name:
            tags.append("pfcc")
        if slug == "mopac":
            tags.append("london")
        return tags
    if slug in {"btp", "mdp", "cnc"}:
        return ["police", "non-territorial"]
    return ["police", "territorial"]


def limits(slug: str, regime: str) -> tuple[str, str, str]:
    """(recording standard, cost limit in pounds, hourly rate): domain-facts 1.3 and 1.7."""
    if not regime:
        return "", "", ""
    if regime == "FOISA":
        return ("scrs" if slug == "police_scotland" else ""), "600", "15"
    standard = "hocr" if slug in ENGLAND_AND_WALES or slug in {"psni", "btp"} else ""
    return standard, ("600" if slug == "mdp" else "450"), "25"


def unique(items: list[str], name: str) -> list[str]:
    seen = {name.casefold()}
    out = []
    for item in items:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def row_from_research(src: dict[str, str]) -> dict[str, str]:
    slug = src["wdtk_url_name"].strip()
    kind = kind_of(src)
    name = NAMES.get(slug, src["name"].strip())
    short, extra = FORCES.get(slug, ("", ()))
    aliases = [*extra, *derived_aliases(slug, src["name"].strip(), kind)]
    if name != src["name"].strip():
        aliases.append(src["name"].strip())
    regime = "" if slug == "nca" else ("FOISA" if "FOISA" in src["jurisdiction"] else "FOIA")
    standard, cost, rate = limits(slug, regime)
    return {
        "id": slug,
        "name": name,
        "short_name": short or src["short_name"].strip(),
        "aliases": ";".join(unique(aliases, name)),
        "type": kind,
        "nation": nation_of(slug, kind),
        "regime": regime,
        "recording_standard": standard,
        "cost_limit": cost,
        "hourly_rate": rate,
        "wdtk_slug": slug,
        "home_page": src["home_page"].strip(),
        "disclosure_log": src["disclosure_log"].strip(),
        "email_unverified": src["foi_email"].strip(),
        "tags": ";".join(tags_of(slug, kind, name)),
        "notes": NOTES.get(slug, ""),
    }


def extra_row(spec: Mapping[str, object]) -> dict[str, str]:
    regime = str(spec["regime"])
    cost, rate = ("600", "15") if regime == "FOISA" else ("450", "25")
    return {
        **dict.fromkeys(COLUMNS, ""),
        "id": str(spec["id"]),
        "name": str(spec["name"]),
        "aliases": str(spec["aliases"]),
        "type": str(spec.get("type", "other")),
        "nation": str(spec["nation"]),
        "regime": regime,
        "cost_limit": cost,
        "hourly_rate": rate,
        "tags": str(spec.get("tags", "oversight")),
        "notes": str(spec["notes"]),
    }


def name_clashes(rows: list[dict[str, str]]) -> list[str]:
    """Names or aliases that would make an exact look-up ambiguous."""
    from foidraft.authorities.names import normalize

    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        texts = [row["id"], row["name"], row["short_name"], *row["aliases"].split(";")]
        for key in {normalize(t) for t in texts if t}:
            if owner.setdefault(key, row["id"]) != row["id"]:
                clashes.append(f"{key!r} ({owner[key]}, {row['id']})")
    return clashes


def build(source: Path) -> str:
    with source.open(newline="", encoding="utf-8") as fh:
        research = list(csv.DictReader(fh))
    rows = [row_from_research(r) for r in research]
    rows.extend(extra_row(spec) for spec in EXTRA_ROWS)
    ids = [r["id"] for r in rows]
    missing = (ENGLAND_AND_WALES | {"police_scotland", "psni", "btp", "mdp", "cnc"}) - set(ids)
    if missing:
        raise SystemExit(f"build_authorities: forces missing from {source}: {sorted(missing)}")
    if len(ids) != len(set(ids)):
        raise SystemExit("build_authorities: duplicate ids in the source")
    clashes = name_clashes(rows)
    if clashes:
        raise SystemExit(f"build_authorities: names shared by two bodies: {clashes}")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="police_forces.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = build(args.source)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run scripts/build_authorities.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} authorities to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
