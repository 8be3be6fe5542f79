"""The authority directory: look-ups by id, name, alias, fuzzy search and selection specs.

Layers, earliest wins: the bundled police list (``foidraft/data/authorities.csv``), then
the UK's councils (``foidraft/data/councils.csv``, see councils.py) and other public bodies
(``foidraft/data/public_bodies.csv``, see public_bodies.py), then WhatDoTheyKnow's full
list when a copy is cached (read only when a look-up needs it; it then replaces the
bundled bodies it also lists, keeping their WhatDoTheyKnow pages). The
user's confirmed request addresses (``authorities.json``) are laid over both.

Loading is on the start-up path of ``foidraft check --authority``: the csv module and
plain classes only, and the fuzzy index (rapidfuzz) is built on the first search.
"""

from __future__ import annotations

import csv

from foidraft import paths
from foidraft.authorities.model import Authority
from foidraft.authorities.names import in_running_text, normalize
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from foidraft.authorities.search import SearchIndex

BUNDLED = "authorities.csv"
# A fuzzy match is taken only when it is this good and this far ahead of the next body.
CONFIDENT = 88.0
LEAD = 6.0
SEARCH_HINT = "`foidraft authorities search NAME` lists close matches"


def read_csv(path: str) -> list[Authority]:
    """Authorities from a file in the bundled format (see scripts/build_authorities.py)."""
    with open(path, newline="", encoding="utf-8") as fh:
        return [authority_from_row(row) for row in csv.DictReader(fh)]


def authority_from_row(row: dict[str, str]) -> Authority:
    return Authority(
        id=row["id"],
        name=row["name"],
        short_name=row.get("short_name", ""),
        aliases=_split(row.get("aliases", "")),
        type=row.get("type") or "other",
        nation=row.get("nation") or "uk",
        regime=row.get("regime", ""),
        recording_standard=row.get("recording_standard") or None,
        cost_limit=int(row.get("cost_limit") or 0),
        hourly_rate=int(row.get("hourly_rate") or 0),
        wdtk_slug=row.get("wdtk_slug", ""),
        home_page=row.get("home_page", ""),
        disclosure_log=row.get("disclosure_log", ""),
        email_unverified=row.get("email_unverified", ""),
        tags=_split(row.get("tags", "")),
        notes=row.get("notes", ""),
    )


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


class Directory:
    """Every authority foidraft knows. ``then`` is a second layer read at once (the
    councils), ``more`` a later layer supplied on demand."""

    def __init__(
        self,
        authorities: Iterable[Authority],
        *,
        emails: dict[str, str] | None = None,
        more: Callable[[], list[Authority]] | None = None,
        then: Iterable[Authority] = (),
    ) -> None:
        self._emails = emails or {}
        self._by_id: dict[str, Authority] = {}
        self._order: list[Authority] = []
        self._layer: dict[str, int] = {}
        self._layers = 0
        self._more = more
        self._keys: dict[str, list[Authority]] | None = None
        self._index: SearchIndex | None = None
        self._add(authorities)
        self._add(then)

    def _add(self, authorities: Iterable[Authority]) -> None:
        for authority in authorities:
            if authority.id in self._by_id:
                continue
            email = self._emails.get(authority.id)
            if email:
                authority.email = email
            self._by_id[authority.id] = authority
            self._order.append(authority)
            self._layer[authority.id] = self._layers
        self._layers += 1
        self._keys = None
        self._index = None

    def _load_more(self) -> bool:
        if self._more is None:
            return False
        more, self._more = self._more, None
        self._add(more())
        return True

    def all(self) -> list[Authority]:
        self._load_more()
        return list(self._order)

    def get(self, id: str) -> Authority | None:  # noqa: A002 - the directory's key is "id"
        key = id.strip().lower()
        found = self._by_id.get(key)
        if found is None and self._load_more():
            found = self._by_id.get(key)
        return found

    def find(self, ref: str) -> Authority | None:
        """The body a draft's ``authority:`` names: a directory id, or else the name of a
        body (one the directory does not list is read from its name's words, as
        ``foidraft check --authority`` reads it). None for an unknown id."""
        found = self.get(ref)
        name = " ".join(ref.split())
        if found is not None or " " not in name:
            return found
        listed = self.exact(name)
        if len(listed) == 1:
            return listed[0]
        from foidraft.authorities.former import known_name
        from foidraft.authorities.infer import infer_authority

        try:
            named = known_name(name, self)
        except FoidraftError:  # a body outside FOI now: read the name as written
            named = None
        if named is not None:
            return named[0]

        return self.with_email(infer_authority(name))

    def with_email(self, authority: Authority) -> Authority:
        """``authority`` with the address the user confirmed for it, if any: a body read
        from its name has one only through ``foidraft authorities set-email``."""
        email = self._emails.get(authority.id)
        if email:
            authority.email = email
        return authority

    def exact(self, ref: str) -> list[Authority]:
        """Bodies whose id, slug, name, short name or alias equals ``ref`` once
        normalised; an earlier layer's claim on a name hides a later layer's."""
        key = normalize(ref)
        found = self._keyed().get(key, []) if key else []
        if not found and key and self._load_more():
            found = self._keyed().get(key, [])
        return list(found)

    def _keyed(self) -> dict[str, list[Authority]]:
        if self._keys is None:
            keys: dict[str, list[Authority]] = {}
            for a in self._order:
                for text in (a.id, a.wdtk_slug, a.name, a.short_name, *a.aliases):
                    key = normalize(text) if text else ""
                    owners = keys.setdefault(key, []) if key else None
                    if owners is None or a in owners:
                        continue
                    if owners and self._layer[owners[0].id] < self._layer[a.id]:
                        continue
                    owners.append(a)
            self._keys = keys
        return self._keys

    def search(self, query: str, limit: int = 10) -> list[tuple[Authority, float]]:
        """Best matches first, scored 0-100; aliases and abbreviations count as names."""
        self._load_more()
        if self._index is None:
            from foidraft.authorities.search import SearchIndex

            self._index = SearchIndex(self._order)
        return self._index.search(query, limit)

    def spelt_like(self, name: str, limit: int = 5) -> list[Authority]:
        """Listed bodies with every word of ``name``, whole or nearly spelt: what a name
        foidraft does not list may have meant ("Cty of Lndn": the City of London Police)."""
        from foidraft.authorities.search import names_every_word

        return [a for a, _score in self.search(name, limit) if names_every_word(name, a)]

    def select(self, spec: str) -> list[Authority]:
        """Authorities for a batch: filters such as ``police``, ``type:pcc``,
        ``nation:wales`` or ``regime:foisa`` (space-separated filters narrow), and names
        or ids; comma-separated terms add up. Bodies outside FOI are never selected."""
        from foidraft.authorities.select import select

        return select(self, spec)

    def resolve(self, ref: str, *, foi_only: bool = True) -> Authority:
        """The one authority ``ref`` means: an exact id, slug, name or alias first, then a
        fuzzy match only when it is confident and clearly ahead; otherwise an error that
        names the likeliest candidates."""
        text = ref.strip()
        if not text:
            raise FoidraftError("no authority given", hint=SEARCH_HINT)
        found = self.exact(text)
        if len(found) > 1:
            names = _listing([a.name for a in found])
            raise FoidraftError(f"{text!r} could mean {names}", hint="use the id instead")
        if not found:
            from foidraft.authorities.infer import infer_type, other_nation

            hits = self.search(text, limit=5)
            typed = infer_type(text)
            if hits and hits[0][0].type == "police":
                # A commissioner's office, a council, an NHS body or a university is no
                # rival for a force's name when nothing typed names one ("manchester": GMP,
                # not the GMCA, Manchester City Council nor the University of Manchester).
                hits = [hit for hit in hits if _rivals_force(hit[0], typed)]
            if not _confident(hits) or other_nation(text, hits[0][0]):
                raise _no_match(text, hits)
            found = [hits[0][0]]
        authority = found[0]
        if foi_only and not authority.foi_applies:
            who = in_running_text(authority.name, sentence_start=True)
            raise FoidraftError(
                f"{who} is not subject to freedom of information law",
                hint=authority.notes or None,
            )
        return authority


def _rivals_force(body: Authority, typed: str) -> bool:
    """Whether ``body``, near a force's name in a search for ``typed``, may be meant."""
    if body.type in ("pcc", "council"):
        return typed in ("pcc", "council")
    return body.type not in ("nhs", "education", "central_government") or body.type == typed


def _confident(hits: list[tuple[Authority, float]]) -> bool:
    if not hits or hits[0][1] < CONFIDENT:
        return False
    return len(hits) == 1 or hits[0][1] - hits[1][1] >= LEAD


def _no_match(text: str, hits: list[tuple[Authority, float]]) -> FoidraftError:
    likely = [a.name for a, score in hits[:3] if score >= 60]
    if not likely:
        from shlex import quote

        return FoidraftError(
            f"no authority in foidraft's list matches {text!r}",
            # Offline, police bodies, councils and some NHS, university and national bodies
            # (foidraft/data/public_bodies.csv) are listed: any other is found by its full
            # name or once WhatDoTheyKnow's list is in.
            hint="name the body in full (such as 'Driver and Vehicle Licensing Agency'), or run "
            "`foidraft authorities refresh` (uses the network) to add every body WhatDoTheyKnow "
            f"lists, then `foidraft authorities search {quote(text)}`",
        )
    return FoidraftError(
        f"no authority is clearly {text!r}; did you mean {_listing(likely)}?",
        hint="give the name in full or the id shown by `foidraft authorities search`",
    )


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


_cached: tuple[tuple[object, ...], Directory] | None = None


def load_directory() -> Directory:
    """The directory for this process, reloaded when the user's address file, the cached
    WhatDoTheyKnow list or FOIDRAFT_HOME changes."""
    global _cached
    from foidraft.authorities import user, wdtk

    key = (user.state_key(), wdtk.state_key())
    if _cached is not None and _cached[0] == key:
        return _cached[1]
    wdtk_path, wdtk_mtime = key[1]
    from foidraft.authorities.councils import council_authorities
    from foidraft.authorities.public_bodies import public_body_authorities

    then = council_authorities()
    more: Callable[[], list[Authority]] | None = None
    if wdtk_mtime >= 0:  # the bundled NHS, university and national bodies WhatDoTheyKnow lacks

        def more() -> list[Authority]:
            listed = wdtk.read_wdtk_csv(wdtk_path)
            return listed + public_body_authorities(listed)

    else:
        then += public_body_authorities()
    directory = Directory(
        read_csv(paths.package_data(BUNDLED)), emails=user.confirmed_emails(), more=more, then=then
    )
    _cached = (key, directory)
    return directory


def clear_cache() -> None:
    global _cached
    _cached = None


def resolve(ref: str) -> Authority:
    """The authority ``ref`` names (see :meth:`Directory.resolve`); used by ``check``."""
    return load_directory().resolve(ref)
