"""Public bodies beyond police forces and councils (``foidraft/data/public_bodies.csv``):
NHS bodies, universities and colleges, government departments and agencies, fire services
and others that requesters write to, so that the app finds them offline by name or short
form ("DVLA", "SOAS", "Bolton NHS") and letters name them as they sign their replies.

Each row gives the body's kind, nation, Act and cost limit (the Fees Regulations: £600 for
a government department, £450 for other bodies, at £25 an hour; under FOISA £600 at £15),
and the published request it was taken from. No FOI address is bundled: none is confirmed.
The file is validated strictly by ``validate``, which the tests run on the bundled file.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from typing import TYPE_CHECKING

from foidraft import paths
from foidraft.authorities.model import NATIONS, TYPES, Authority
from foidraft.authorities.names import normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

PUBLIC_BODIES = "public_bodies.csv"
HEADER = [
    "id", "name", "aliases", "type", "nation", "regime", "cost_limit", "hourly_rate", "source"
]  # fmt: skip
# Police bodies and councils have their own files; these are the other kinds.
KINDS = tuple(kind for kind in TYPES if kind not in ("police", "pcc", "council"))
_ID = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


def read_rows(lines: list[str]) -> list[dict[str, str]]:
    """The rows of the file's lines; comment lines (``#``) are skipped."""
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def _aliases(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(a.strip() for a in row["aliases"].split(";") if a.strip())


def _limits_fit(row: dict[str, str]) -> bool:
    """The Fees Regulations' limits: FOISA £600 at £15, FOIA £450 or £600 at £25."""
    if row["regime"] == "FOISA":
        return (row["cost_limit"], row["hourly_rate"]) == ("600", "15")
    return row["cost_limit"] in ("450", "600") and row["hourly_rate"] == "25"


def validate(lines: list[str]) -> list[str]:
    """What is wrong with the file (nothing: an empty list)."""
    body = [line for line in lines if not line.startswith("#")]
    if not body or next(csv.reader(body[:1])) != HEADER:
        return [f"the header is {','.join(HEADER)}"]
    problems: list[str] = []
    names: dict[str, str] = {}
    ids: set[str] = set()
    for n, row in enumerate(read_rows(lines), start=2):
        where = f"row {n} ({row.get('id')})"
        if None in row or any(v is None for v in row.values()):
            problems.append(f"{where}: has {len(HEADER)} fields")
            continue
        if not _ID.match(row["id"]) or row["id"] in ids:
            problems.append(f"{where}: the id is lower-case words joined by _, once")
        ids.add(row["id"])
        if row["type"] not in KINDS:
            problems.append(f"{where}: the type is one of {', '.join(KINDS)}")
        if row["nation"] not in NATIONS:
            problems.append(f"{where}: unknown nation {row['nation']!r}")
        if row["regime"] != ("FOISA" if row["nation"] == "scotland" else "FOIA"):
            problems.append(f"{where}: a Scottish body is under FOISA, any other under FOIA")
        if not _limits_fit(row):
            problems.append(f"{where}: the cost limit and hourly rate are not the Act's")
        if not re.match(r"^https?://[^\s]+$", row["source"]):
            problems.append(f"{where}: each row's source is a web address")
        for text in (row["name"], *_aliases(row)):
            key = normalize(text)
            if not key or names.setdefault(key, row["id"]) != row["id"]:
                problems.append(f"{where}: the name {text!r} is empty or also {names[key]}'s")
    return problems


def authority(row: dict[str, str]) -> Authority:
    return Authority(
        id=row["id"],
        name=" ".join(row["name"].split()),
        aliases=_aliases(row),
        type=row["type"],
        nation=row["nation"],
        regime=row["regime"],
        cost_limit=int(row["cost_limit"]),
        hourly_rate=int(row["hourly_rate"]),
        tags=("public-body",),
    )


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with open(paths.package_data(PUBLIC_BODIES), newline="", encoding="utf-8") as fh:
        return tuple(read_rows(fh.read().splitlines()))


def public_body_authorities(besides: Iterable[Authority] = ()) -> list[Authority]:
    """The bundled bodies, fresh each call (the directory sets a confirmed address on
    its own copies), less any that ``besides`` (WhatDoTheyKnow's list, once downloaded)
    has by id or name: its row keeps the body's WhatDoTheyKnow page."""
    taken: set[str] = set()
    for listed in besides:
        taken.update(normalize(t) for t in (listed.id, listed.name, listed.short_name) if t)
    bodies = (authority(row) for row in _rows())
    return [b for b in bodies if not taken & {normalize(t) for t in (b.id, b.name, *b.aliases)}]
