"""Bodies that no longer exist under the name a requester types, and the body that holds
their records or functions now (``foidraft/data/former_authorities.csv``, each with the
date, the reason and a source).

"Northern Constabulary" was a Scottish force until 2013: its records are Police
Scotland's, under FOISA, and nothing about the name says Northern Ireland. A police
authority's functions passed to the area's police and crime commissioner in November
2012, and in some areas a mayor now holds the commissioner's: a commissioner's name must
never be read as the force the commissioner oversees.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from foidraft import paths
from foidraft.authorities.forms import plain_forms
from foidraft.authorities.infer import infer_authority
from foidraft.authorities.model import Authority
from foidraft.authorities.names import normalize
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.directory import Directory

FORMER = "former_authorities.csv"
# Replaced by police and crime commissioners on 22 November 2012 (Police Reform and Social
# Responsibility Act 2011); Scotland's and the Civil Nuclear Police Authority are listed
# bodies of their own, so only a name whose area has a commissioner is read this way.
_POLICE_AUTHORITY = re.compile(r"^(?:the\s+)?(.+?)\s+police\s+authority$", re.IGNORECASE)
POLICE_AUTHORITIES_ENDED = "22 November 2012"


class Former:
    __slots__ = ("aliases", "name", "since", "source", "successor", "why")

    def __init__(self, row: dict[str, str]) -> None:
        self.name = row["name"]
        self.aliases = [a.strip() for a in row["aliases"].split(";") if a.strip()]
        self.successor = row["successor"]
        self.since = row["since"]
        self.why = row["why"]
        self.source = row["source"]


@cache
def former_names() -> dict[str, Former]:
    """Every former name and alias, normalised, with what became of its body."""
    with open(paths.package_data(FORMER), newline="", encoding="utf-8") as fh:
        rows = [Former(row) for row in csv.DictReader(fh)]
    names: dict[str, Former] = {}
    for row in rows:
        for text in (row.name, *row.aliases):
            names.setdefault(normalize(text), row)
    return names


def replaced_line(typed: str, now: Authority) -> str:
    """One line saying that ``typed`` names a body that ``now`` replaced ("Harrogate Borough
    Council no longer exists: North Yorkshire Council holds its records (since 1 April
    2023)"), for a picker whose detail line is one row; "" when ``typed`` is no former name
    or another body succeeded it."""
    row = former_names().get(normalize(" ".join(typed.split())))
    if row is None or row.successor not in (now.id, f"name:{now.name}"):
        return ""
    return f"{row.name} no longer exists: {now.name} holds its records (since {row.since})"


def known_name(ref: str, directory: Directory) -> tuple[Authority, str | None] | None:
    """The body ``ref`` means when it is a former name (with a note saying what became of
    it) or a listed body's name inside a letter's or log's form ("The Chief Constable of
    Essex Police"); None when it is neither. A listed body's own name is never cut down
    ("Ministry of Defence (Navy Command)", when listed, is not the Ministry of Defence)."""
    name = " ".join(ref.split())
    former = _former(name, name, directory)
    if former is not None or directory.exact(name):
        return former
    for text in plain_forms(name):
        former = _former(name, text, directory)
        if former is not None:
            return former
        listed = directory.exact(text)
        if len(listed) == 1:
            return listed[0], None
    return None


def _former(typed: str, text: str, directory: Directory) -> tuple[Authority, str] | None:
    row = former_names().get(normalize(text))
    if row is not None:
        return _successor(typed, row, directory)
    area = _POLICE_AUTHORITY.match(text)
    if area is None:
        return None
    commissioner = directory.exact(f"{area.group(1)} PCC")
    if len(commissioner) != 1 or commissioner[0].type != "pcc":
        return None
    body = commissioner[0]
    return body, (
        f"{typed!r} no longer exists: police authorities were replaced by police and crime "
        f"commissioners on {POLICE_AUTHORITIES_ENDED}; checked as {body.name} under "
        f"{body.regime}"
    )


def _successor(typed: str, row: Former, directory: Directory) -> tuple[Authority, str]:
    target = row.successor
    body = (
        infer_authority(target.removeprefix("name:"))
        if target.startswith("name:")
        else directory.get(target)
    )
    if body is None:  # the data names a body the list lacks: a packaging error
        raise FoidraftError(f"{typed!r} is a former name, but its successor {target!r} is unknown")
    why = f"{typed!r} no longer exists under that name: since {row.since}, {row.why}"
    if not body.foi_applies:
        raise FoidraftError(
            why + f"; {body.name} is not subject to freedom of information law",
            hint=body.notes or None,
        )
    return directory.with_email(body), f"{why}; checked as {body.name} under {body.regime}"
