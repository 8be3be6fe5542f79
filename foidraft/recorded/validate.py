"""Read foidraft/data/recorded.yaml and validate it strictly, compiling its word lists.

Only run when the compiled model cached by ``foidraft.recorded.loader`` is missing or
stale, so ``foidraft check`` imports none of this (nor YAML) on most runs.
"""

from __future__ import annotations

import re
from typing import Any

from foidraft.errors import RuleFileError, RuleProblem
from foidraft.text.words import GAP, words_regex
from foidraft.validation import FieldChecks, Path

FORMAT_VERSION = 1
AUTHORITY_TYPES = ("police", "pcc", "council", "nhs", "central_government", "education", "other")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
URL_RE = re.compile(r"^https?://\S+$")


class _Checks(FieldChecks):
    def __init__(self, file: str, lines: dict[Path, int]) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[RuleProblem] = []

    def problem(self, path: Path, message: str) -> None:
        line = None
        while path and (line := self.lines.get(path)) is None:
            path = path[:-1]
        where = ".".join(str(p) for p in path) or None
        self.problems.append(RuleProblem(self.file, line, None, where, message))

    def ident(self, value: object, path: Path) -> str:
        text = self.text(value, path)
        if text and not ID_RE.match(text):
            self.problem(path, "ids are lower-case letters, digits and underscores")
        return text

    def words(self, value: object, path: Path) -> list[str]:
        items = self.items(value, path, min_items=1)
        out = []
        for i, item in enumerate(items):
            phrase = self.text(item, (*path, i))
            if phrase and (phrase != phrase.strip() or "  " in phrase):
                self.problem((*path, i), "a phrase has single spaces and no spaces at its ends")
            words = phrase.split()
            if GAP in words and (words.count(GAP) > 1 or GAP in (words[0], words[-1])):
                self.problem((*path, i), f"one {GAP!r} may stand between two words, no more")
            out.append(phrase.strip().lower())
        return [w for w in out if w]

    def types(self, value: object, path: Path) -> list[str]:
        kinds = [
            self.text(v, (*path, i)) for i, v in enumerate(self.items(value, path, min_items=1))
        ]
        for i, kind in enumerate(kinds):
            if kind not in AUTHORITY_TYPES:
                self.problem((*path, i), f"{kind!r} is not one of: {', '.join(AUTHORITY_TYPES)}")
        return kinds

    def evidence(self, value: object, path: Path, sources: set[str]) -> list[dict[str, str]]:
        out = []
        for i, raw in enumerate(self.items(value, path, min_items=1)):
            item = self.mapping(raw, (*path, i), {"case", "title", "url", "source"})
            if "source" in item:
                ref = self.text(item["source"], (*path, i, "source"))
                if ref not in sources:
                    self.problem((*path, i, "source"), f"no source {ref!r} under `sources`")
                out.append({"source": ref})
                continue
            url = self.text(item.get("url"), (*path, i, "url"))
            if url and not URL_RE.match(url):
                self.problem((*path, i, "url"), "expected an http(s) link")
            entry = {"title": self.text(item.get("title"), (*path, i, "title")), "url": url}
            if "case" in item:
                entry["case"] = self.text(item["case"], (*path, i, "case"))
            out.append(entry)
        return out


def validate(data: Any, lines: dict[Path, int], file: str) -> dict[str, Any]:
    """Plain data with every word list compiled; RuleFileError lists every problem."""
    v = _Checks(file, lines)
    top = v.mapping(data, (), {"version", "sources", "datasets", "terms"})
    if top.get("version") != FORMAT_VERSION:
        v.problem(("version",), f"expected `version: {FORMAT_VERSION}`")
    sources = []
    for key, raw in v.mapping(
        top.get("sources"), ("sources",), _any_key(top.get("sources"))
    ).items():
        item = v.mapping(raw, ("sources", key), {"title", "url"})
        url = v.text(item.get("url"), ("sources", key, "url"))
        if url and not URL_RE.match(url):
            v.problem(("sources", key, "url"), "expected an http(s) link")
        sources.append(
            {"id": key, "title": v.text(item.get("title"), ("sources", key, "title")), "url": url}
        )
    source_ids = {s["id"] for s in sources}
    datasets = [
        _dataset(v, raw, ("datasets", i), source_ids)
        for i, raw in enumerate(v.items(top.get("datasets"), ("datasets",), min_items=1))
    ]
    terms = [
        _term(v, raw, ("terms", i), source_ids)
        for i, raw in enumerate(v.items(top.get("terms"), ("terms",)))
    ]
    ids = [d["id"] for d in datasets] + [t["id"] for t in terms]
    for i, ident in enumerate(ids):
        if ident in ids[:i]:
            v.problem(("datasets",), f"duplicate id {ident!r}")
    if v.problems:
        raise RuleFileError(v.problems)
    return {"sources": sources, "datasets": datasets, "terms": terms}


def _compiled(name: str, phrases: list[str]) -> dict[str, Any]:
    """A word list with its regex and the words its matches can start with."""
    import re

    from foidraft.rules.heads import head_literals
    from foidraft.rules.precompile import program

    regex = words_regex(phrases) if phrases else "(?!)"
    found = head_literals(regex) if phrases else {"heads": None, "heads_ws": False}
    return {
        name: phrases,
        f"{name}_regex": regex,
        f"{name}_heads": found["heads"] if found["heads_ws"] else None,
        # the heads that are whole words, looked up exactly, and the words after them
        f"{name}_whole": found.get("heads_whole", []),
        f"{name}_next": found.get("heads_next", []),
        # the compiled form, kept in the cache so a check does not compile it again
        f"{name}_program": program(regex, re.IGNORECASE),
    }


def _any_key(value: object) -> set[str]:
    return {str(k) for k in value} if isinstance(value, dict) else set()


def _dataset(v: _Checks, raw: object, path: Path, sources: set[str]) -> dict[str, Any]:
    keys = {"id", "name", "for", "sources", "units", "fields", "not_held"}
    d = v.mapping(raw, path, keys | {"victims", "scotland"})
    for key in keys - set(d):
        v.problem((*path, key), "missing")
    refs = [
        v.text(s, (*path, "sources", i))
        for i, s in enumerate(v.items(d.get("sources"), (*path, "sources"), min_items=1))
    ]
    for i, ref in enumerate(refs):
        if ref not in sources:
            v.problem((*path, "sources", i), f"no source {ref!r} under `sources`")
    kinds = v.types(d.get("for"), (*path, "for"))
    units = v.words(d.get("units"), (*path, "units"))
    # What is done to a person another dataset counts ("officers were assaulted") that makes
    # the person a victim of what this dataset counts (optional).
    victims = v.words(d["victims"], (*path, "victims")) if "victims" in d else []
    fields = []
    for i, raw_field in enumerate(v.items(d.get("fields"), (*path, "fields"))):
        fp = (*path, "fields", i)
        f = v.mapping(raw_field, fp, {"id", "label", "words"})
        words = v.words(f.get("words"), (*fp, "words"))
        fields.append(
            {
                "id": v.ident(f.get("id"), (*fp, "id")),
                "label": v.text(f.get("label"), (*fp, "label")),
                **_compiled("words", words),
            }
        )
    not_held = []
    for i, raw_nh in enumerate(v.items(d.get("not_held"), (*path, "not_held"))):
        np = (*path, "not_held", i)
        n = v.mapping(
            raw_nh, np, {"id", "label", "words", "nearest", "why", "evidence", "scotland", "search"}
        )
        for key in ("id", "label", "words", "nearest", "why", "evidence"):
            if key not in n:
                v.problem((*np, key), "missing")
        words = v.words(n.get("words"), (*np, "words"))
        not_held.append(
            {
                "id": v.ident(n.get("id"), (*np, "id")),
                "label": v.text(n.get("label"), (*np, "label")),
                "nearest": v.text(n.get("nearest"), (*np, "nearest")),
                "why": v.text(n.get("why"), (*np, "why")),
                # The free-text field a keyword search for it reads, where forces count it so
                # (optional): read by its own rule, not as records to read one by one.
                "search": v.text(n["search"], (*np, "search")) if "search" in n else None,
                "evidence": v.evidence(n.get("evidence"), (*np, "evidence"), sources),
                **_scotland(v, n, np, sources, "police" in kinds),
                **_compiled("words", words),
            }
        )
    return {
        "id": v.ident(d.get("id"), (*path, "id")),
        "name": v.text(d.get("name"), (*path, "name")),
        "name_scotland": _scottish_name(v, d, path, sources),
        "for": kinds,
        "sources": refs,
        **_compiled("units", units),
        **_compiled("victims", victims),
        "fields": fields,
        "not_held": not_held,
    }


def _scottish_name(v: _Checks, d: dict[str, Any], path: Path, sources: set[str]) -> str | None:
    """A dataset's name for a body under FOISA where Scotland's differs (its own schemes:
    ``scotland: {name, sources}``), or None."""
    if "scotland" not in d:
        return None
    sp = (*path, "scotland")
    s = v.mapping(d["scotland"], sp, {"name", "sources"})
    for key in sorted({"name", "sources"} - s.keys()):
        v.problem((*sp, key), "missing")
    listed = v.items(s["sources"], (*sp, "sources"), min_items=1) if "sources" in s else []
    for i, ref in enumerate(listed):
        if v.text(ref, (*sp, "sources", i)) not in sources:
            v.problem((*sp, "sources", i), f"no source {ref!r} under `sources`")
    return v.text(s["name"], (*sp, "name")) if "name" in s else None


# What a Scottish body's records are not: Police Scotland records crime under the Scottish
# Crime Recording Standard and reports to the Procurator Fiscal, so advice naming these
# holds only in England and Wales.
ENGLAND_ONLY = re.compile(
    r"Home Office|HOCR|Crown Prosecution Service|\bCPS\b|Ministry of Justice|\bIOPC\b"
)


def _scotland(
    v: _Checks, n: dict[str, Any], path: Path, sources: set[str], police: bool
) -> dict[str, str | None]:
    """An attribute's words for a Scottish body (``scotland:``, with its own sources):
    its ``nearest``, its ``label`` or both, which stand for the English ones when the
    letter is to a body under FOISA. A police attribute whose words name England-only
    recording must have them."""
    out: dict[str, str | None] = {"nearest_scotland": None, "label_scotland": None}
    raw = n.get("scotland")
    if raw is None:
        for key in ("nearest", "label"):
            if police and ENGLAND_ONLY.search(str(n.get(key, ""))):
                v.problem((*path, key), "names England-only recording: add `scotland:` "
                          f"with a `{key}` Police Scotland's records hold")  # fmt: skip
        return out
    sp = (*path, "scotland")
    s = v.mapping(raw, sp, {"nearest", "label", "sources"})
    if "sources" not in s:
        v.problem((*sp, "sources"), "missing")
    if "nearest" not in s and "label" not in s:
        v.problem(sp, "give a `nearest`, a `label` or both")
    for i, ref in enumerate(v.items(s.get("sources"), (*sp, "sources"), min_items=1)):
        if v.text(ref, (*sp, "sources", i)) not in sources:
            v.problem((*sp, "sources", i), f"no source {ref!r} under `sources`")
    for key in ("nearest", "label"):
        if key not in s:
            if police and ENGLAND_ONLY.search(str(n.get(key, ""))):
                v.problem((*sp, key), "missing: the English one names England-only recording")
            continue
        text = v.text(s[key], (*sp, key))
        if ENGLAND_ONLY.search(text):
            v.problem((*sp, key), "names England-only recording")
        out[f"{key}_scotland"] = text
    return out


def _term(v: _Checks, raw: object, path: Path, sources: set[str]) -> dict[str, Any]:
    keys = {"id", "for", "words", "splits", "clear", "evidence"}
    t = v.mapping(raw, path, keys)
    for key in keys - set(t):
        v.problem((*path, key), "missing")
    words = v.words(t.get("words"), (*path, "words"))
    clear = v.words(t.get("clear"), (*path, "clear"))
    splits = [
        v.text(s, (*path, "splits", i))
        for i, s in enumerate(v.items(t.get("splits"), (*path, "splits"), min_items=2))
    ]
    return {
        "id": v.ident(t.get("id"), (*path, "id")),
        "for": v.types(t.get("for"), (*path, "for")),
        **_compiled("words", words),
        **_compiled("clear", clear),
        "splits": splits,
        "evidence": v.evidence(t.get("evidence"), (*path, "evidence"), sources),
    }


def load_model_file(path: str) -> dict[str, Any]:
    from foidraft.rules.loader import read_yaml_with_lines

    data, lines = read_yaml_with_lines(path)
    return validate(data, lines, path)
