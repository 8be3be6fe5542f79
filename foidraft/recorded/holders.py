"""Who holds what (foidraft/data/holders.yaml): functions that belong by statute to one kind
of public body, so that another kind asked for their records answers "not held".

A body's kind is read from its type and its name: a police force, a commissioner's office, a
fire and rescue or ambulance service, and for English councils the tier ("Dover District
Council" runs no schools; "Devon County Council" collects no council tax): a listed
council's from the list of councils (foidraft/data/councils.csv), any other's from the
name forms in holders.yaml (councils abolished since 2009, whose names requests still
use). ``holder_hits`` finds the words of each function the body asked does not hold, for
rule FD335.
"""

from __future__ import annotations

import re
from typing import Any

from foidraft import paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

# Kinds of body a function can be missing from: the authority types, the English council
# tiers, and the services whose names say what they are.
KINDS = (
    "police", "pcc", "council", "county", "district", "parish", "nhs", "ambulance", "fire",
    "education", "central_government", "other",
)  # fmt: skip
FUNCTION_KEYS = {"id", "what", "holder", "why", "not_held_by", "words", "sources"}
# A county's function named for a listed district: "Kent County Council (the highway
# authority)" rather than "the county council (the highway authority)"; and the holder in a
# nation where another body holds the function (trunk roads: the Welsh Government in Wales);
# and the bodies of a kind that never holds it which do (a national service run by one force
# for all: West Yorkshire Police answers for the National Police Air Service), by authority id
# or by nation (Police Scotland and the PSNI fly their own aircraft).
OPTIONAL_KEYS = {"county_role", "holder_in", "held_by", "held_in"}
NATIONS = frozenset({"england", "wales", "scotland", "northern_ireland"})
MAX_HITS = 20  # a letter naming the same function a hundred times needs telling once
_FIRE = re.compile(r"\bfire\b", re.IGNORECASE)
_AMBULANCE = re.compile(r"\bambulance\b", re.IGNORECASE)


class Function:
    """One function, the body that holds it, and the kinds of body that never do."""

    __slots__ = (
        "county_role", "held_by", "held_in", "holder", "holder_in", "id", "not_held_by", "pattern",
        "what", "why",
    )  # fmt: skip

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: str = data["id"]
        self.what: str = data["what"]
        self.holder: str = data["holder"]
        self.county_role: str = data.get("county_role", "")
        self.holder_in: dict[str, str] = dict(data.get("holder_in") or {})
        self.why: str = " ".join(data["why"].split())
        self.not_held_by = frozenset(data["not_held_by"])
        self.held_by = frozenset(data.get("held_by") or ())
        self.held_in = frozenset(data.get("held_in") or ())
        self.pattern = re.compile(r"\b(?:" + "|".join(data["words"]) + r")\b", re.IGNORECASE)


class Holders:
    """The validated file: the name forms of the council tiers and the functions."""

    def __init__(self, data: Any) -> None:
        problems = validate(data)
        if problems:
            raise ValueError("holders.yaml: " + "; ".join(problems))
        self.forms: dict[str, re.Pattern[str]] = {}
        for tier, body in data["bodies"].items():
            names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in body.get("names", ()))
            self.forms[tier] = re.compile(body["form"].replace("{names}", names), re.IGNORECASE)
        self.functions = [Function(f) for f in data["functions"]]

    def kinds(self, authority: Authority) -> frozenset[str]:
        """The kinds ``authority`` is: its type, and a council's tier or a service's kind."""
        name = " ".join(authority.name.replace("’", "'").split())
        kinds = {authority.type}
        if authority.type == "other" and _FIRE.search(name):
            kinds.add("fire")
        elif authority.type == "nhs" and _AMBULANCE.search(name):
            kinds.add("ambulance")
        elif authority.type == "council":
            from foidraft.authorities.councils import tier as listed_tier

            listed = listed_tier(authority)  # a listed council's tier is the list's, not a guess
            if listed is not None:
                # A unitary, metropolitan, London, Welsh or Scottish council is both tiers.
                kinds.update({listed} & {"county", "district"})
            elif self.forms["parish"].search(name):
                kinds.add("parish")
            elif authority.nation == "england":
                for tier in ("county", "district"):
                    if self.forms[tier].search(name):
                        kinds.add(tier)
                        break
        return frozenset(kinds)


def validate(data: Any) -> list[str]:
    """What is wrong with the file's data (nothing: an empty list)."""
    if not isinstance(data, dict) or set(data) != {"bodies", "functions"}:
        return ["the file holds exactly 'bodies' and 'functions'"]
    problems = []
    bodies = data["bodies"]
    if not isinstance(bodies, dict) or set(bodies) != {"county", "district", "parish"}:
        problems.append("'bodies' describes county, district and parish councils")
    else:
        for tier, body in bodies.items():
            if not isinstance(body, dict) or not isinstance(body.get("form"), str):
                problems.append(f"bodies.{tier} needs a 'form'")
    seen: set[str] = set()
    for n, f in enumerate(data["functions"] if isinstance(data["functions"], list) else [None]):
        where = f"functions[{n}]"
        if not isinstance(f, dict) or not FUNCTION_KEYS <= set(f) <= FUNCTION_KEYS | OPTIONAL_KEYS:
            keys, optional = sorted(FUNCTION_KEYS), sorted(OPTIONAL_KEYS)
            problems.append(f"{where} has the keys {keys}, and may have {optional}")
            continue
        if f["id"] in seen:
            problems.append(f"{where}: the id {f['id']!r} is used twice")
        seen.add(f["id"])
        holder_in = f.get("holder_in", {})
        if not isinstance(holder_in, dict) or not set(holder_in) <= NATIONS:
            problems.append(f"{where}: holder_in maps nations {sorted(NATIONS)} to holders")
        held_in, held_by = f.get("held_in", []), f.get("held_by", [])
        if not isinstance(held_in, list) or not set(held_in) <= NATIONS:
            problems.append(f"{where}: held_in lists nations of {sorted(NATIONS)}")
        if not isinstance(held_by, list) or not all(isinstance(i, str) for i in held_by):
            problems.append(f"{where}: held_by lists authority ids")
        unknown = set(f["not_held_by"]) - set(KINDS)
        if unknown:
            problems.append(f"{where}: unknown kinds of body {sorted(unknown)}")
        if not f["sources"] or not all(str(s).startswith("https://") for s in f["sources"]):
            problems.append(f"{where}: each function has sources, as https addresses")
        for words in f["words"]:
            try:
                re.compile(words)
            except re.error as exc:
                problems.append(f"{where}: {words!r}: {exc}")
    return problems


_loaded: Holders | None = None


def holders() -> Holders:
    """The bundled file, read once per process."""
    global _loaded
    if _loaded is None:
        from foidraft.text.safe_yaml import safe_load

        with open(paths.package_data("holders.yaml"), encoding="utf-8") as fh:
            _loaded = Holders(safe_load(fh.read()))
    return _loaded


def holder_hits(
    text: str, masked: str, start: int, authority: Authority
) -> list[tuple[int, int, str, dict[str, str]]]:
    """Words of a function ``authority`` does not hold, with who holds it, in the letter's
    body from ``start`` (``masked``: the letter with quotations blanked): one hit per
    phrase, in the order they stand."""
    model = holders()
    kinds = model.kinds(authority)
    wanted = [
        f
        for f in model.functions
        if kinds & f.not_held_by
        and authority.id not in f.held_by
        and authority.nation not in f.held_in
    ]
    if not wanted:
        return []
    spans = _spans(model, kinds, masked, start)
    from foidraft.authorities.councils import county_name

    county = county_name(authority) if "district" in kinds else ""
    out: list[tuple[int, int, str, dict[str, str]]] = []
    for function in wanted:
        holder = function.holder_in.get(authority.nation, function.holder)
        if county and function.county_role and "district" in function.not_held_by:
            holder = f"{county} ({function.county_role})"
        fields = {
            "function": function.what,
            "function_id": function.id,
            "holder": holder,
            "why": function.why,
        }
        for a, b in spans[function.id]:
            out.append((a, b, text[a:b], fields))
            if len(out) >= MAX_HITS:
                break
    out.sort(key=lambda h: h[0])
    return out[:MAX_HITS]


# Each paragraph's matches, by its text and the kinds of body asked: the editor re-checks
# the whole letter on every key, and only the paragraph typed in has changed. (The words
# of one phrase never stand in two paragraphs.)
_PARAGRAPHS: dict[tuple[str, frozenset[str]], dict[str, list[tuple[int, int]]]] = {}
_MAX_PARAGRAPHS = 4096


def _spans(
    model: Holders, kinds: frozenset[str], masked: str, start: int
) -> dict[str, list[tuple[int, int]]]:
    """Each wanted function's matches in ``masked`` from ``start``, in order, read a
    paragraph at a time."""
    spans: dict[str, list[tuple[int, int]]] = {f.id: [] for f in model.functions}
    at = start
    while at < len(masked):
        end = masked.find("\n\n", at)
        end = len(masked) if end < 0 else end
        paragraph = masked[at:end]
        key = (paragraph, kinds)
        found = _PARAGRAPHS.get(key)
        if found is None:
            found = {
                f.id: [(m.start(), m.end()) for m in f.pattern.finditer(paragraph)]
                for f in model.functions
                if kinds & f.not_held_by
            }
            if len(_PARAGRAPHS) >= _MAX_PARAGRAPHS:
                _PARAGRAPHS.clear()
            _PARAGRAPHS[key] = found
        for function_id, hits in found.items():
            spans[function_id] += [(at + a, at + b) for a, b in hits]
        at = end + 2
    return spans
