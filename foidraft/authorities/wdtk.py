"""WhatDoTheyKnow's list of every body it knows (tens of thousands), when a copy is cached.

``foidraft authorities refresh`` (foidraft.authorities.refresh) downloads
``/body/all-authorities.csv`` into :func:`cache_file`. The directory reads it lazily, only
when a look-up needs more than the bundled police list, and bundled entries always win
over these rows (same id: the bundled one is kept).

The columns are Alaveteli's ``PublicBodyCSV.default_headers`` (lib/public_body_csv.rb):
``Name, Short name, URL name, Tags, Home page, Publication scheme, Disclosure log, Notes,
Created at, Updated at, Version``; newer exports put ``Internal ID`` first. There is no
email column. ``Tags`` is ``tag_string``: tags separated by spaces, machine tags written
``name:value`` (lib/has_tag_string). ``Notes`` is HTML and is not used here.

Tags read (PublicBody in app/models/public_body.rb, Legislation in
app/models/legislation.rb, WhatDoTheyKnow's categories in whatdotheyknow-theme
lib/public_body_categories_en.rb): ``defunct`` bodies are skipped; ``not_apply`` (FOI no
longer applies) and ``foi_no`` (not obliged to answer) mark bodies outside FOI;
``eir_only`` bodies take only EIR requests. Category tags give a type and, for a few
devolved categories, a nation. What the list does not say (the law for Scottish bodies,
cost limits) gets a cautious default and a note that says so.

This module is on the ``foidraft check --authority`` path: csv and os only.
"""

from __future__ import annotations

import csv
import os

from foidraft import paths
from foidraft.authorities.model import Authority

CACHE_NAME = "wdtk-all-authorities.csv"
COLUMNS = (
    "Name",
    "Short name",
    "URL name",
    "Tags",
    "Home page",
    "Publication scheme",
    "Disclosure log",
    "Notes",
    "Created at",
    "Updated at",
    "Version",
)
OPTIONAL_COLUMNS = ("Internal ID",)
NOTE = (
    "From WhatDoTheyKnow's list: the law, nation and cost limit shown are defaults, not "
    "checked for this body."
)
NOT_FOI_NOTE = "WhatDoTheyKnow marks this body as not subject to FOI."
SKIP_TAGS = frozenset({"defunct"})
NOT_FOI_TAGS = frozenset({"foi_no", "not_apply"})
EIR_TAGS = frozenset({"eir_only"})
# Scotland-only categories (assessors, valuation joint boards, licensing boards), plus
# plain "scotland" style tags some bodies carry.
SCOTTISH_TAGS = frozenset({"scotland", "scottish", "foisa", "assessor", "vjb", "licensing_board"})
WELSH_TAGS = frozenset({"nhswales", "chc", "trunk_road_agency"})
NI_TAGS = frozenset({"nhsni", "lib_board", "wma", "dpp"})
# WhatDoTheyKnow category tag -> foidraft type. Police categories stay "other": police
# forces and commissioners come from the bundled list, which knows much more about them.
TYPE_TAGS = {
    "local_council": "council",
    "parish_council": "council",
    "nhs": "nhs",
    "nhstrust": "nhs",
    "pct": "nhs",
    "nhswales": "nhs",
    "nhsni": "nhs",
    "sha": "nhs",
    "specialha": "nhs",
    "commissioning_consortium": "nhs",
    "department": "central_government",
    "non_ministerial_department": "central_government",
    "executive_agency": "central_government",
    "endpb": "central_government",
    "other_cg": "central_government",
    "university": "education",
    "university_college": "education",
    "cambridge_college": "education",
    "durham_college": "education",
    "oxford_college": "education",
    "hei": "education",
    "fei": "education",
    "academies": "education",
    "school": "education",
}
MAX_FIELD = 16 * 1024 * 1024
# C0 and C1 control characters, and bidirectional embeddings, overrides and isolates: a
# name must not be able to move a terminal's cursor or read backwards.
_CONTROL = dict.fromkeys(
    [*range(32), *range(127, 160), *range(0x202A, 0x202F), *range(0x2066, 0x206A)], " "
)


def cache_file() -> str:
    return os.path.join(paths.cache_dir(), CACHE_NAME)  # noqa: PTH118


def state_key() -> tuple[str, int]:
    path = cache_file()
    try:
        return (path, os.stat(path).st_mtime_ns)  # noqa: PTH116
    except OSError:
        return (path, -1)


def read_wdtk_csv(path: str) -> list[Authority]:
    """Authorities from a WhatDoTheyKnow ``all-authorities.csv``; unreadable rows are skipped
    (the list is a cache, and a bad row must not stop ``foidraft check``)."""
    allow_long_fields()
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            return [a for a in map(authority_from_row, csv.DictReader(fh)) if a is not None]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []


def allow_long_fields() -> None:
    """csv refuses fields over 128 kB by default; a body's HTML notes can be long, and one
    long field must not make the whole list unreadable."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))


def clean(text: str | None) -> str:
    """One line of plain text: control characters and runs of spaces become one space."""
    return " ".join((text or "").translate(_CONTROL).split())


def authority_from_row(row: dict[str, str]) -> Authority | None:
    """The Authority a row describes, or None for a row foidraft should not offer."""
    slug = clean(row.get("URL name"))
    name = clean(row.get("Name"))
    tags = tuple(clean(row.get("Tags")).split())
    bare = {tag.split(":", 1)[0].lower() for tag in tags}
    if not slug or not name or bare & SKIP_TAGS:
        return None
    scottish = bool(bare & SCOTTISH_TAGS)
    if bare & NOT_FOI_TAGS:
        regime = ""
    elif bare & EIR_TAGS:
        regime = "EIR"
    else:
        regime = "FOISA" if scottish else "FOIA"
    short = clean(row.get("Short name"))
    return Authority(
        id=slug,
        name=name,
        short_name=short,
        aliases=(short,) if short else (),
        type=next((TYPE_TAGS[t] for t in sorted(bare) if t in TYPE_TAGS), "other"),
        nation=_nation(bare, scottish),
        regime=regime,
        cost_limit=600 if scottish else 450,
        hourly_rate=15 if scottish else 25,
        wdtk_slug=slug,
        home_page=clean(row.get("Home page")),
        disclosure_log=clean(row.get("Disclosure log")),
        tags=("wdtk", *tags),
        notes=NOTE if regime else NOT_FOI_NOTE,
    )


def _nation(bare: set[str], scottish: bool) -> str:
    if scottish:
        return "scotland"
    if bare & WELSH_TAGS:
        return "wales"
    if bare & NI_TAGS:
        return "northern_ireland"
    return "uk"
