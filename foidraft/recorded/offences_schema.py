"""Field-by-field validation of foidraft/data/offences.yaml: every problem with its line.

Cross-checks: offence codes are unique and well formed, sub-codes start with their class,
flags and topics name offences that exist, every entry cites a source listed under
``sources``, and every breakdown names a field of a dataset in recorded.yaml.
"""

from __future__ import annotations

from typing import Any

from foidraft.errors import RuleFileError
from foidraft.recorded.offence_data import ALL, CODE_RE, Flag, Offence, Topic
from foidraft.recorded.validate import URL_RE, _Checks
from foidraft.validation import Path

TOP = {"version", "sources", "groups", "offences", "flags", "topics", "outcomes", "breakdowns",
       "scottish"}  # fmt: skip
CHOICE_KEYS = {"value", "field", "label", "hint", "text", "short", "keywords", "scotland"}


class _V(_Checks):
    def __init__(self, file: str, lines: dict[Path, int]) -> None:
        super().__init__(file, lines)
        self.sources: set[str] = set()

    def cites(self, raw: object, path: Path) -> None:
        for i, ref in enumerate(self.items(raw, path, min_items=1)):
            if self.text(ref, (*path, i)) not in self.sources:
                self.problem((*path, i), f"no source {ref!r} under `sources`")

    def opt_words(self, data: dict[str, object], key: str, path: Path) -> tuple[str, ...]:
        return tuple(self.words(data[key], (*path, key))) if key in data else ()

    def opt_text(self, data: dict[str, object], key: str, path: Path) -> str:
        return self.text(data[key], (*path, key)) if key in data else ""


def validate(data: Any, lines: dict[Path, int], file: str) -> dict[str, Any]:
    from foidraft.recorded.loader import default_model

    v = _V(file, lines)
    top = v.mapping(data, (), TOP)
    if top.get("version") != 1:
        v.problem(("version",), "expected `version: 1`")
    raw_sources = top.get("sources")
    keys = {str(k) for k in raw_sources} if isinstance(raw_sources, dict) else set()
    for key, raw in v.mapping(raw_sources, ("sources",), keys).items():
        item = v.mapping(raw, ("sources", key), {"title", "url"})
        v.text(item.get("title"), ("sources", key, "title"))
        url = v.text(item.get("url"), ("sources", key, "url"))
        if url and not URL_RE.match(url):
            v.problem(("sources", key, "url"), "expected an http(s) link")
        v.sources.add(key)
    groups: dict[str, str] = {}
    for i, raw in enumerate(v.items(top.get("groups"), ("groups",), min_items=1)):
        g = v.mapping(raw, ("groups", i), {"id", "name"})
        groups[v.ident(g.get("id"), ("groups", i, "id"))] = v.text(g.get("name"), ("groups", i))
    offences = _offences(v, top.get("offences"), groups)
    codes = {o.code for o in offences}
    flags = _flags(v, top.get("flags"), codes)
    topics = _topics(v, top.get("topics"), codes, {f.id for f in flags})
    outcomes = []
    for i, raw in enumerate(v.items(top.get("outcomes"), ("outcomes",), min_items=1)):
        o = v.mapping(raw, ("outcomes", i), {"value", "name", "hint"})
        outcomes.append({k: v.text(o.get(k), ("outcomes", i, k)) for k in ("value", "name")})
        if "hint" in o:
            outcomes[-1]["hint"] = v.text(o["hint"], ("outcomes", i, "hint"))
    # The bundled model as the check keeps it (cached, built once): validating it here
    # again compiled its 175 word lists each time the app listed the kinds of request.
    datasets = {d.id: {f.id for f in d.fields} for d in default_model().datasets}
    breakdowns = _breakdowns(v, top.get("breakdowns"), datasets)
    scottish = _scottish(v, top.get("scottish"))
    if v.problems:
        raise RuleFileError(v.problems)
    return {"groups": groups, "offences": offences, "flags": flags, "topics": topics,
            "outcomes": outcomes, "breakdowns": breakdowns, "scottish": scottish}  # fmt: skip


def _offences(v: _V, raw: object, groups: dict[str, str]) -> list[Offence]:
    out: list[Offence] = []
    seen: set[str] = set()
    keys = {"code", "name", "group", "words", "statute", "note", "sources", "sub_codes"}

    def one(item: object, path: Path, parent: Offence | None) -> None:
        o = v.mapping(item, path, keys - ({"group", "sub_codes"} if parent else set()))
        code = v.text(o.get("code"), (*path, "code"))
        if code and not CODE_RE.match(code):
            v.problem((*path, "code"), f"{code!r} is not a Home Office code (e.g. 88A, 71/17)")
        if parent and not code.startswith(parent.code.rstrip("ABCDEFGHJKLMNPQRS") + "/"):
            v.problem((*path, "code"), f"sub-code {code!r} does not belong to {parent.code}")
        if code in seen:
            v.problem((*path, "code"), f"duplicate code {code!r}")
        seen.add(code)
        group = parent.group if parent else v.text(o.get("group"), (*path, "group"))
        if group not in groups:
            v.problem((*path, "group"), f"no group {group!r} under `groups`")
        v.cites(o.get("sources"), (*path, "sources"))
        offence = Offence(
            code=code,
            name=v.text(o.get("name"), (*path, "name")),
            group=group,
            words=v.opt_words(o, "words", path),
            statute=v.opt_text(o, "statute", path),
            note=" ".join(v.opt_text(o, "note", path).split()),
            parent=parent.code if parent else "",
        )
        out.append(offence)
        for j, sub in enumerate(v.items(o.get("sub_codes", []), (*path, "sub_codes"))):
            one(sub, (*path, "sub_codes", j), offence)

    for i, item in enumerate(v.items(raw, ("offences",), min_items=1)):
        one(item, ("offences", i), None)
    return out


def _flags(v: _V, raw: object, codes: set[str]) -> list[Flag]:
    out = []
    keys = {"id", "name", "hint", "text", "short", "words", "counted_on", "also", "strands",
            "sources", "scotland", "northern_ireland"}  # fmt: skip
    for i, item in enumerate(v.items(raw, ("flags",), min_items=1)):
        path: Path = ("flags", i)
        f = v.mapping(item, path, keys)
        v.cites(f.get("sources"), (*path, "sources"))
        refs = {}
        for key in ("counted_on", "also"):
            listed = v.items(f.get(key, []), (*path, key))
            refs[key] = tuple(v.text(c, (*path, key, j)) for j, c in enumerate(listed))
            for j, c in enumerate(refs[key]):
                if c not in codes:
                    v.problem((*path, key, j), f"no offence {c!r} under `offences`")
        words = ("not_held", "name", "text", "short", "hint")  # name: the label shown
        scot = v.mapping(f.get("scotland", {}), (*path, "scotland"), {*words, "strands", "sources"})
        scotland: dict[str, Any] = {}
        for key in words:
            if key in scot:
                scotland[key] = " ".join(v.text(scot[key], (*path, "scotland", key)).split())
        if "strands" in scot:
            scotland["strands"] = _strands(v, scot["strands"], (*path, "scotland", "strands"))
        if "sources" in scot:
            v.cites(scot["sources"], (*path, "scotland", "sources"))
        ni = v.mapping(f.get("northern_ireland", {}), (*path, "northern_ireland"),
                       {"strands", "sources"})  # fmt: skip
        if ni:
            v.cites(ni.get("sources"), (*path, "northern_ireland", "sources"))
        out.append(
            Flag(
                id=v.ident(f.get("id"), (*path, "id")),
                name=v.text(f.get("name"), (*path, "name")),
                hint=v.text(f.get("hint"), (*path, "hint")),
                text=v.text(f.get("text"), (*path, "text")),
                short=v.text(f.get("short"), (*path, "short")),
                words=tuple(v.words(f.get("words"), (*path, "words"))),
                on=refs["counted_on"],
                also=refs["also"],
                strands=_strands(v, f["strands"], (*path, "strands")) if "strands" in f else (),
                scotland=scotland,
                ni_strands=_strands(v, ni["strands"], (*path, "northern_ireland", "strands"))
                if "strands" in ni
                else (),
            )
        )
    return out


def _strands(v: _V, raw: object, path: Path) -> tuple[tuple[str, str], ...]:
    out = []
    for j, s in enumerate(v.items(raw, path, min_items=2)):
        m = v.mapping(s, (*path, j), {"id", "name"})
        out.append((v.ident(m.get("id"), (*path, j, "id")), v.text(m.get("name"), (*path, j))))
    return tuple(out)


def _topics(v: _V, raw: object, codes: set[str], flags: set[str]) -> list[Topic]:
    out = []
    keys = {"id", "name", "words", "offences", "flags", "only_flagged", "sources"}
    for i, item in enumerate(v.items(raw, ("topics",))):
        path: Path = ("topics", i)
        t = v.mapping(item, path, keys)
        v.cites(t.get("sources"), (*path, "sources"))
        listed = v.items(t.get("offences"), (*path, "offences"), min_items=1)
        offs = [v.text(c, (*path, "offences", j)) for j, c in enumerate(listed)]
        for j, c in enumerate(offs):
            if c != ALL and c not in codes:
                v.problem((*path, "offences", j), f"no offence {c!r} under `offences`")
        fl = [v.text(x, (*path, "flags", j))
              for j, x in enumerate(v.items(t.get("flags", []), (*path, "flags")))]  # fmt: skip
        for j, x in enumerate(fl):
            if x not in flags:
                v.problem((*path, "flags", j), f"no flag {x!r} under `flags`")
        only = t.get("only_flagged", False)
        if not isinstance(only, bool):
            v.problem((*path, "only_flagged"), "expected true or false")
        out.append(
            Topic(
                id=v.ident(t.get("id"), (*path, "id")),
                name=v.text(t.get("name"), (*path, "name")),
                words=tuple(v.words(t.get("words"), (*path, "words"))),
                offences=tuple(offs),
                flags=tuple(fl),
                only_flagged=bool(only),
            )
        )
    return out


def _breakdowns(v: _V, raw: object, datasets: dict[str, set[str]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i, item in enumerate(v.items(raw, ("breakdowns",), min_items=1)):
        path: Path = ("breakdowns", i)
        b = v.mapping(item, path, {"list", "dataset", "sources", "choices"})
        name = v.text(b.get("list"), (*path, "list"))
        dataset = v.text(b.get("dataset"), (*path, "dataset"))
        v.cites(b.get("sources"), (*path, "sources"))
        fields = datasets.get(dataset)
        if fields is None:
            v.problem((*path, "dataset"), f"no dataset {dataset!r} in recorded.yaml")
            fields = set()
        choices = []
        for j, raw_choice in enumerate(v.items(b.get("choices"), (*path, "choices"), min_items=1)):
            cp = (*path, "choices", j)
            c = v.mapping(raw_choice, cp, CHOICE_KEYS)
            field_id = v.text(c.get("field"), (*cp, "field"))
            if fields and field_id not in fields:
                v.problem((*cp, "field"), f"{dataset} has no field {field_id!r} in recorded.yaml")
            choice: dict[str, Any] = {"dataset": dataset, "field": field_id}
            for key in ("value", "label", "hint", "text", "short"):
                if key in c:
                    choice[key] = " ".join(v.text(c[key], (*cp, key)).split())
            choice["keywords"] = list(v.opt_words(c, "keywords", cp))
            if "scotland" in c:
                scot = v.mapping(
                    c["scotland"], (*cp, "scotland"), {"label", "text", "short", "hint"}
                )
                choice["scotland"] = {k: v.text(x, (*cp, "scotland", k)) for k, x in scot.items()}
            choices.append(choice)
        if name in out:
            v.problem((*path, "list"), f"duplicate list {name!r}")
        out[name] = {"dataset": dataset, "choices": choices}
    return out


def _scottish(v: _V, raw: object) -> list[tuple[str, list[dict[str, Any]]]]:
    top = v.mapping(raw, ("scottish",), {"sources", "groups"})
    v.cites(top.get("sources"), ("scottish", "sources"))
    out = []
    seen: set[str] = set()
    for i, item in enumerate(v.items(top.get("groups"), ("scottish", "groups"), min_items=1)):
        path: Path = ("scottish", "groups", i)
        g = v.mapping(item, path, {"group", "crimes"})
        crimes = []
        for j, raw_crime in enumerate(v.items(g.get("crimes"), (*path, "crimes"), min_items=1)):
            cp = (*path, "crimes", j)
            c = v.mapping(raw_crime, cp, {"id", "name", "words"})
            crime_id = v.ident(c.get("id"), (*cp, "id"))
            if crime_id in seen:
                v.problem((*cp, "id"), f"duplicate crime id {crime_id!r}")
            seen.add(crime_id)
            crimes.append({"id": crime_id, "name": v.text(c.get("name"), (*cp, "name")),
                           "words": list(v.opt_words(c, "words", cp))})  # fmt: skip
        out.append((v.text(g.get("group"), (*path, "group")), crimes))
    return out
