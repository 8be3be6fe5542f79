"""Selection specs: which authorities a batch of requests goes to.

    police                     every police force subject to FOI
    pcc                        every commissioner (PCCs, PFCCs, MOPAC)
    territorial                the territorial forces (43 + Police Scotland + PSNI)
    type:pcc nation:wales      filters in one term narrow each other
    regime:foisa               tag:pfcc   standard:hocr
    gmp, the met, West Mids    comma-separated terms add up; a term that is not all
                               filters is a name, id or alias, resolved as for ``check``
    Leeds City Council         a body the directory lacks is read from its name's words

Bodies outside FOI (the National Crime Agency) are never selected, and naming one is an
error that explains why.
"""

from __future__ import annotations

from foidraft.authorities.model import NATIONS, RECORDING_STANDARDS, REGIMES, TYPES
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority

WORDS = {
    "police": ("type", "police"),
    "pcc": ("type", "pcc"),
    "pccs": ("type", "pcc"),
    "commissioners": ("type", "pcc"),
    "territorial": ("tag", "territorial"),
    "oversight": ("tag", "oversight"),
}
KEYS = ("type", "nation", "regime", "tag", "standard")
NATION_ALIASES = {"ni": "northern_ireland", "gb": "uk"}
HINT = (
    "filters are police, pcc, territorial, type:TYPE, nation:NATION, regime:FOIA|FOISA, "
    "tag:TAG and standard:hocr|scrs; separate names with commas"
)


def select(directory: Directory, spec: str) -> list[Authority]:
    terms = [t.strip() for t in spec.split(",") if t.strip()]
    if not terms:
        raise FoidraftError("empty selection", hint=HINT)
    chosen: dict[str, Authority] = {}
    for term in terms:
        for authority in _term(directory, term):
            chosen.setdefault(authority.id, authority)
    return list(chosen.values())


def _term(directory: Directory, term: str) -> list[Authority]:
    words = term.split()
    filters = [_filter(w) for w in words if ":" in w or w.lower() in WORDS]
    if len(filters) < len(words):
        if filters and any(":" in w for w in words):
            raise FoidraftError(f"{term!r} mixes a name with filters", hint=HINT)
        return [named(directory, term)]
    everyone = directory.all()
    tags = {t for a in everyone for t in a.tags}
    for key, value in filters:
        if key == "tag" and value not in tags:
            raise FoidraftError(
                f"no authority has the tag {value!r}", hint="tags: " + ", ".join(sorted(tags))
            )
    return [a for a in everyone if a.foi_applies and all(_matches(a, f) for f in filters)]


def named(directory: Directory, name: str) -> Authority:
    """The body a name in a selection means: a listed one, or else (for a name of more
    than one word, as ``Directory.find`` reads a draft's) one read from the name's words,
    as ``foidraft drafts new --authority`` takes any public body."""
    from foidraft.authorities.former import known_name
    from foidraft.authorities.infer import resolve_any

    former = known_name(name, directory)  # "SCDEA": Police Scotland, one word or more
    if former is not None:
        return former[0]
    if " " not in " ".join(name.split()):
        return directory.resolve(name)
    return resolve_any(name, directory=directory)[0]


def _filter(word: str) -> tuple[str, str]:
    if ":" not in word:
        return WORDS[word.lower()]
    key, _, value = word.partition(":")
    key, value = key.lower(), value.strip()
    if key not in KEYS or not value:
        raise FoidraftError(f"unknown filter {word!r}", hint=HINT)
    if key == "regime":
        value = value.upper()
        allowed: tuple[str, ...] = REGIMES
    elif key == "nation":
        value = value.lower().replace("-", "_")
        value = NATION_ALIASES.get(value, value)
        allowed = NATIONS
    elif key == "type":
        value = value.lower()
        allowed = TYPES
    elif key == "standard":
        value = value.lower()
        allowed = tuple(RECORDING_STANDARDS)
    else:
        return key, value.lower()
    if value not in allowed:
        raise FoidraftError(f"unknown {key} {value!r}", hint=f"{key}: " + ", ".join(allowed))
    return key, value


def _matches(authority: Authority, test: tuple[str, str]) -> bool:
    key, value = test
    if key == "tag":
        return value in authority.tags
    if key == "standard":
        return authority.recording_standard == value
    return bool(getattr(authority, key) == value)
