"""Places a requester may type for a police force: "Glasgow" is Police Scotland's area,
"Cardiff" South Wales Police's, "Devn" a slip for Devon (Devon and Cornwall Police).

The table (``foidraft/data/force_areas.csv``: place, force id, source) holds cities,
counties and council areas, each under the law that sets the force's area: the Police Act
1996, Schedule 1, for England and Wales (metropolitan districts as the Local Government
Act 1972, Schedule 1, names them), the Police and Fire Reform (Scotland) Act 2012 for
Police Scotland, and the Police (Northern Ireland) Act 2000 for the PSNI.

A whole query is a place when it is one, or one letter off one (two for a long name);
never when it is already a word of a body's own name ("Sussex" is not a slip for Essex).
"""

from __future__ import annotations

import csv
import re

from rapidfuzz.distance import Levenshtein

from foidraft import paths
from foidraft.authorities.names import normalize

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

PLACES_FILE = "force_areas.csv"
LONG = 7  # letters: a place this long may be two letters off

_rows: list[tuple[str, str]] | None = None
_places: dict[str, list[str]] | None = None


def place_rows() -> list[tuple[str, str]]:
    """(place as spelt, authority id) for each row of the table (read once)."""
    global _rows
    if _rows is None:
        with open(paths.package_data(PLACES_FILE), newline="", encoding="utf-8") as fh:
            _rows = [(row["place"], row["authority"]) for row in csv.DictReader(fh)]
    return _rows


def places() -> dict[str, list[str]]:
    """Each place's normalised name and the ids of the forces for it (read once)."""
    global _places
    if _places is None:
        table: dict[str, list[str]] = {}
        for place, authority in place_rows():
            ids = table.setdefault(normalize(place), [])
            if authority not in ids:
                ids.append(authority)
        _places = table
    return _places


def forces_for(query: str, name_words: set[str]) -> list[str]:
    """The ids of the forces whose area the query names (or nearly spells); none when
    the query is a word of some listed body's name (``name_words``) but no place."""
    key = normalize(query)
    table = places()
    if key in table:
        return list(table[key])
    if len(key) < 4 or key in name_words:
        return []
    most = 2 if len(key) >= LONG else 1
    best: list[str] = []
    nearest = most + 1
    for place, ids in table.items():
        d = Levenshtein.distance(key, place, score_cutoff=most)
        if d < nearest:
            best, nearest = list(ids), d
        elif d == nearest:
            best += [i for i in ids if i not in best]
    return best if nearest <= most else []


# The area a territorial force's name does not spell out by dropping "Police".
_AREA_NAMES = {
    "the_met": "London",
    "city_of_london_police": "the City of London",
    "police_scotland": "Scotland",
    "psni": "Northern Ireland",
}
_FORCE_WORDS = (" Police Service", " Constabulary", " Police")
_COUNCIL_WORDS = (" Metropolitan Borough Council", " Borough Council", " District Council",
                  " County Council", " City Council", " Town Council", " Parish Council",
                  " Council")  # fmt: skip
_COUNCIL_STARTS = ("London Borough of ", "Royal Borough of ")
AREA_IT_COVERS = "the area it covers"  # a body with no one place of its own (BTP, a department)


def area_of(authority: Authority) -> str:
    """The place an authority serves, as a letter names it: "Greater Manchester" for
    Greater Manchester Police, "Leeds" for Leeds City Council, else "the area it covers"."""
    if authority.id in _AREA_NAMES:
        return _AREA_NAMES[authority.id]
    ends = {"police": _FORCE_WORDS, "council": _COUNCIL_WORDS}.get(authority.type, ())
    if authority.type == "police" and "territorial" not in authority.tags:
        ends = ()
    for end in ends:
        if authority.name.endswith(end) and len(authority.name) > len(end):
            return authority.name[: -len(end)]
    for start in _COUNCIL_STARTS if authority.type == "council" else ():
        if authority.name.startswith(start) and len(authority.name) > len(start):
            return authority.name[len(start) :]
    return AREA_IT_COVERS


def area_places(authority: Authority) -> list[str]:
    """The names a letter may use for the authority's area, longest first: the area itself
    and, for a force, the cities and council areas the table puts in it ("Coventry")."""
    names = {area_of(authority)} - {AREA_IT_COVERS}
    names |= {place for place, owner in place_rows() if owner == authority.id}
    return sorted(names, key=lambda n: (-len(n), n))


_named: re.Pattern[str] | None = None


def places_elsewhere(text: str, authority: Authority) -> list[tuple[str, str]]:
    """(place as written, the id of the force whose area it is) for each place of the
    table ``text`` names outside a territorial force's own area: "Coventry" in a letter
    to Kent Police, from a template written for West Midlands Police. A place within one
    of the force's own names ("London" in "the City of London") is its own."""
    global _named
    if authority.type != "police" or "territorial" not in authority.tags:
        return []
    if _named is None:  # literal names, longest first, whole words as written
        names = sorted({place for place, _ in place_rows()}, key=lambda n: (-len(n), n))
        _named = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    owner = dict(place_rows())
    own = [authority.name, authority.short_name, *authority.aliases, *area_places(authority)]
    own_spans = [
        m.span()
        for name in own
        if name
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    ]
    found: list[tuple[str, str]] = []
    for m in _named.finditer(text):
        force = owner.get(m.group(), authority.id)
        inside = any(a <= m.start() and m.end() <= b for a, b in own_spans)
        if force != authority.id and not inside and (m.group(), force) not in found:
            found.append((m.group(), force))
    return found
