"""The knowledge behind explaining a reply: ``foidraft/data/exemptions.yaml``, loaded and
validated strictly (every problem reported as file:line, the way rule files are).

    kb = knowledge()
    kb.exemption("s31(1)(a)", "FOIA")   # the s31 entry
    kb.grounds_for(reading, late=True)  # review grounds that fit this reply
    kb.regime("FOISA")                  # where to complain, and when
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from foidraft.errors import RuleFileError, RuleProblem
from foidraft.validation import FieldChecks, Path, path_text

TYPES = ("absolute", "qualified", "procedural")
BASES = ("prejudice", "class", "none")
REGIMES = ("FOIA", "FOISA", "EIR", "EISR")
URL_RE = re.compile(r"https?://[^\s]+$")
EXEMPTION_KEYS = {"regime", "section", "title", "meaning", "type", "basis",
                  "public_interest_test", "ncnd", "guidance"}  # fmt: skip
GROUND_KEYS = {"id", "title", "when", "text", "source"}
WHEN_KEYS = {"kinds", "sections", "ncnd", "late", "basis", "public_interest_test", "regimes",
             "estimate", "not_held", "withheld"}  # fmt: skip
REGIME_KEYS = {"regime", "complaint_to", "complaint_when", "complaint_url", "guidance"}
SECTION_RE = re.compile(r"\d{1,2}[A-Z]?(?:\(\d{1,2}[A-Z]?\))?(?:\([a-z]{1,3}\))?")
FIELDS_RE = re.compile(r"\{(\w+)\}")
GROUND_FIELDS = {"authority", "provisions", "questions", "replied", "due", "estimate", "item"}


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Exemption:
    regime: str
    section: str
    title: str
    meaning: str
    type: str
    basis: str
    public_interest_test: bool
    guidance: tuple[Link, ...]
    ncnd_provision: str = ""
    ncnd_meaning: str = ""


SCOTTISH_MARK = re.compile(r" \((?:FOISA|EIRs, Scotland)\)$")


@dataclass(frozen=True)
class Ground:
    id: str
    title: str
    when: dict[str, Any]
    text: str
    source: Link

    @property
    def said(self) -> str:
        """The title as a letter says it: the picker's "(FOISA)" or "(EIRs, Scotland)" tells
        two laws' grounds apart on screen; the letter is under one law already."""
        return SCOTTISH_MARK.sub("", self.title)

    @property
    def scottish(self) -> bool:
        return any(r in ("FOISA", "EISR") for r in self.when.get("regimes", ()))


@dataclass(frozen=True)
class RegimeSteps:
    """Where to complain after a review, and when (the day counts are in
    ``foidraft.deadlines``)."""

    regime: str
    complaint_to: str
    complaint_when: str
    complaint_url: str
    guidance: Link


class Knowledge:
    def __init__(
        self, exemptions: list[Exemption], grounds: list[Ground], regimes: list[RegimeSteps]
    ) -> None:
        self.exemptions = exemptions
        self.grounds = grounds
        self.regimes = {r.regime: r for r in regimes}
        self._by_key = {(e.regime, e.section): e for e in exemptions}

    def exemption(self, label: str, regime: str) -> Exemption | None:
        """The entry for a normalised label ("s31(1)(a)", "FOISA s35(1)(a)", "EIR 12(5)(b)")."""
        regime, section = split_label(label, regime)
        if regime == "EIR":  # 12(5)(b), then 12(5), then 12
            parts = section.split("(")
            for n in range(len(parts), 0, -1):
                found = self._by_key.get(("EIR", "(".join(parts[:n])))
                if found:
                    return found
            return None
        return self._by_key.get((regime, section.split("(", 1)[0]))

    def regime(self, regime: str) -> RegimeSteps:
        return self.regimes.get(regime) or self.regimes["FOIA"]


def split_label(label: str, regime: str) -> tuple[str, str]:
    """("FOISA", "35(1)(a)") for "FOISA s35(1)(a)"; the regime given for a plain "s31"."""
    if label.startswith("FOISA "):
        return "FOISA", label[6:].removeprefix("s")
    if label.startswith("EIR "):
        return "EIR", label[4:]
    plain = {"EIR": "FOIA", "EISR": "FOISA"}.get(regime, regime)
    return plain, label.removeprefix("s")


class _Checks(FieldChecks):
    def __init__(self, file: str, lines: dict[Path, int]) -> None:
        self.file, self.lines = file, lines
        self.problems: list[RuleProblem] = []
        self.item: str | None = None

    def problem(self, path: Path, message: str) -> None:
        where = path
        while where and where not in self.lines:
            where = where[:-1]
        self.problems.append(
            RuleProblem(self.file, self.lines.get(where), self.item, path_text(path), message)
        )

    def link(self, value: object, path: Path) -> Link:
        raw = self.mapping(value, path, {"title", "url"})
        title = self.text(raw.get("title"), (*path, "title"))
        url = self.text(raw.get("url"), (*path, "url"))
        if url and not URL_RE.match(url):
            self.problem((*path, "url"), "must be an http(s) link")
        return Link(title, url)

    def choice(self, value: object, path: Path, options: tuple[str, ...]) -> str:
        if value not in options:
            self.problem(path, f"expected one of {', '.join(options)}, got {value!r}")
            return options[0]
        return str(value)

    def boolean(self, value: object, path: Path) -> bool:
        if not isinstance(value, bool):
            self.problem(path, "expected true or false")
            return False
        return value

    def whole(self, value: object, path: Path) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.problem(path, "expected a whole number above 0")
            return 1
        return value


def load_knowledge(path: str) -> Knowledge:
    from foidraft.rules.loader import read_yaml_with_lines

    data, lines = read_yaml_with_lines(path)
    return validate_knowledge(data, lines, path)


def validate_knowledge(data: Any, lines: dict[Path, int], file: str) -> Knowledge:
    v = _Checks(file, lines)
    root = v.mapping(data, (), {"version", "exemptions", "grounds", "regimes", "counterparts"})
    if root.get("version") != 1:
        v.problem(("version",), "expected `version: 1`")
    raws = v.items(root.get("exemptions"), ("exemptions",), min_items=1)
    exemptions = [_exemption(v, raw, ("exemptions", i)) for i, raw in enumerate(raws)]
    seen: set[tuple[str, str]] = set()
    for i, e in enumerate(exemptions):
        if (e.regime, e.section) in seen:
            v.problem(("exemptions", i, "section"), f"{e.regime} {e.section} is listed twice")
        seen.add((e.regime, e.section))
    raws = v.items(root.get("grounds"), ("grounds",), min_items=1)
    grounds = [_ground(v, raw, ("grounds", i)) for i, raw in enumerate(raws)]
    ids = [g.id for g in grounds]
    for i, gid in enumerate(ids):
        if ids.index(gid) != i:
            v.problem(("grounds", i, "id"), f"ground '{gid}' is listed twice")
    raws = v.items(root.get("regimes"), ("regimes",), min_items=1)
    regimes = [_regime(v, raw, ("regimes", i)) for i, raw in enumerate(raws)]
    if {r.regime for r in regimes} != set(REGIMES):
        v.problem(("regimes",), f"needs exactly one entry for each of {', '.join(REGIMES)}")
    if v.problems:
        raise RuleFileError(v.problems)
    return Knowledge(exemptions, grounds, regimes)


def _exemption(v: _Checks, raw_value: object, path: Path) -> Exemption:
    raw = v.mapping(raw_value, path, EXEMPTION_KEYS)
    for key in EXEMPTION_KEYS - {"ncnd"}:
        if key not in raw:
            v.problem((*path, key), "is required")
    regime = v.choice(raw.get("regime"), (*path, "regime"), REGIMES)
    section = v.text(raw.get("section"), (*path, "section"))
    v.item = f"{regime} {section}"
    if section and not re.fullmatch(
        r"\d{1,2}[A-Z]?(?:\(\d{1,2}[A-Z]?\))?(?:\([a-z]{1,3}\))?", section
    ):
        v.problem((*path, "section"), "expected a section number like 31 or 12(4)(b)")
    ncnd = raw.get("ncnd")
    provision = meaning = ""
    if ncnd is not None:
        n = v.mapping(ncnd, (*path, "ncnd"), {"provision", "meaning"})
        provision = v.text(n.get("provision"), (*path, "ncnd", "provision"))
        meaning = v.text(n.get("meaning"), (*path, "ncnd", "meaning"))
    guidance = tuple(
        v.link(item, (*path, "guidance", i))
        for i, item in enumerate(v.items(raw.get("guidance"), (*path, "guidance"), min_items=1))
    )
    entry = Exemption(
        regime=regime,
        section=section,
        title=v.text(raw.get("title"), (*path, "title")),
        meaning=" ".join(v.text(raw.get("meaning"), (*path, "meaning")).split()),
        type=v.choice(raw.get("type"), (*path, "type"), TYPES),
        basis=v.choice(raw.get("basis"), (*path, "basis"), BASES),
        public_interest_test=v.boolean(
            raw.get("public_interest_test"), (*path, "public_interest_test")
        ),
        guidance=guidance,
        ncnd_provision=provision,
        ncnd_meaning=" ".join(meaning.split()),
    )  # fmt: skip
    v.item = None
    return entry


def _ground(v: _Checks, raw_value: object, path: Path) -> Ground:
    raw = v.mapping(raw_value, path, GROUND_KEYS)
    gid = v.text(raw.get("id"), (*path, "id"))
    v.item = f"ground {gid}"
    if gid and not re.fullmatch(r"[a-z][a-z0-9-]*", gid):
        v.problem((*path, "id"), "use lower-case words joined by '-'")
    when = v.mapping(raw.get("when"), (*path, "when"), WHEN_KEYS)
    if not when:
        v.problem((*path, "when"), "say when the ground fits (kinds, sections, ncnd, late, ...)")
    from foidraft.replies.kinds import KINDS

    kinds = when.get("kinds", [])
    for kind in kinds if isinstance(kinds, list) else []:
        if kind not in KINDS:
            v.problem((*path, "when", "kinds"), f"unknown kind '{kind}'")
    for key in ("kinds", "sections", "regimes"):
        if key in when:
            v.items(when[key], (*path, "when", key), min_items=1)
    if "basis" in when:
        v.choice(when["basis"], (*path, "when", "basis"), BASES)
    for key in ("ncnd", "late", "public_interest_test", "estimate", "not_held", "withheld"):
        if key in when:
            v.boolean(when[key], (*path, "when", key))
    text = " ".join(v.text(raw.get("text"), (*path, "text")).split())
    for name in FIELDS_RE.findall(text):
        if name not in GROUND_FIELDS:
            v.problem(
                (*path, "text"), f"unknown field {{{name}}}; use {', '.join(sorted(GROUND_FIELDS))}"
            )
    ground = Ground(gid, v.text(raw.get("title"), (*path, "title")), dict(when), text,
                    v.link(raw.get("source"), (*path, "source")))  # fmt: skip
    _source_fits_regime(v, ground, path)
    v.item = None
    return ground


# The Scottish Information Commissioner's sites and Scotland's own legislation.
SCOTTISH_SOURCE_RE = re.compile(
    r"https?://(?:www\.)?(?:itspublicknowledge\.info|foi\.scot|"
    r"legislation\.gov\.uk/(?:asp|ssi)/)",
    re.IGNORECASE,
)


def _source_fits_regime(v: _Checks, ground: Ground, path: Path) -> None:
    """A ground names the regimes it is for, and its source is that law's: the Scottish
    Information Commissioner or Scotland's Act for FOISA, never for FOIA or the EIRs (a
    requester citing the ICO to a Scottish authority cites the wrong law)."""
    regimes = ground.when.get("regimes")
    if not isinstance(regimes, list) or not regimes:
        v.problem((*path, "when"), "name the regimes it is for: its source is one law's")
        return
    scottish = bool(SCOTTISH_SOURCE_RE.match(ground.source.url))
    own = set(regimes) & {"FOISA", "EISR"}  # Scotland's laws: the Commissioner's sources
    if own and len(own) < len(regimes):
        v.problem((*path, "when", "regimes"), "FOISA's grounds cite its own law: give FOISA "
                  "a ground of its own")  # fmt: skip
    elif own and not scottish:
        v.problem((*path, "source", "url"), "a FOISA ground cites the Scottish Information "
                  "Commissioner or Scotland's Act")  # fmt: skip
    elif not own and scottish:
        v.problem((*path, "source", "url"), "a Scottish source for a ground under "
                  + " and ".join(map(str, regimes)))  # fmt: skip


def _regime(v: _Checks, raw_value: object, path: Path) -> RegimeSteps:
    raw = v.mapping(raw_value, path, REGIME_KEYS)
    regime = v.choice(raw.get("regime"), (*path, "regime"), REGIMES)
    url = v.text(raw.get("complaint_url"), (*path, "complaint_url"))
    if url and not URL_RE.match(url):
        v.problem((*path, "complaint_url"), "must be an http(s) link")
    return RegimeSteps(
        regime=regime,
        complaint_to=v.text(raw.get("complaint_to"), (*path, "complaint_to")),
        complaint_when=" ".join(
            v.text(raw.get("complaint_when"), (*path, "complaint_when")).split()
        ),
        complaint_url=url,
        guidance=v.link(raw.get("guidance"), (*path, "guidance")),
    )  # fmt: skip


@functools.cache
def knowledge() -> Knowledge:
    """The bundled knowledge, loaded once per process."""
    from foidraft.paths import package_data

    return load_knowledge(package_data("exemptions.yaml"))
