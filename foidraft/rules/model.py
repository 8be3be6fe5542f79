"""Rules as the engine uses them, built from validated plain data.

Regexes compile lazily: a pattern whose literals never occur in a draft is never
compiled, which keeps ``foidraft check`` quick to start.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

    from foidraft.authorities.model import Authority


class Pattern:
    __slots__ = (
        "_compiled",
        "_program",
        "case_sensitive",
        "group",
        "heads",
        "heads_ws",
        "literals",
        "literals_ws",
        "regex",
        "source",
        "threshold",
        "type",
        "where",
    )

    def __init__(self, data: dict[str, object]) -> None:
        self.type = str(data["type"])
        self.source = str(data["source"])
        self.regex = str(data["regex"])
        self.case_sensitive = bool(data.get("case_sensitive"))
        threshold = data.get("threshold")
        self.threshold = float(threshold) if isinstance(threshold, int | float) else None
        group = data.get("group")
        self.group = str(group) if group else None
        heads = data.get("heads")
        self.heads: tuple[str, ...] | None = (
            tuple(str(x) for x in heads) if isinstance(heads, list) else None
        )
        # True when every head/literal begins a word: the document's word index answers.
        self.heads_ws = bool(data.get("heads_ws"))
        self.literals_ws = bool(data.get("literals_ws"))
        literals = data.get("literals")
        self.literals: tuple[str, ...] | None = (
            tuple(str(x) for x in literals) if isinstance(literals, list) else None
        )
        where = data.get("where")
        self.where: tuple[str, tuple[str, ...]] | None = (
            (str(where[0]), tuple(str(a) for a in where[1])) if isinstance(where, list) else None
        )
        program = data.get("program")
        self._program: list[object] | None = program if isinstance(program, list) else None
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            from foidraft.rules.precompile import compile_program

            flags = 0 if self.case_sensitive else re.IGNORECASE
            self._compiled = compile_program(self.regex, self._program, flags)
        return self._compiled


class Context:
    """``requires`` / ``unless``: patterns looked for around a match."""

    __slots__ = ("patterns", "scope")

    def __init__(self, data: dict[str, object]) -> None:
        self.scope = str(data["scope"])
        self.patterns = [Pattern(p) for p in data["patterns"]]  # type: ignore[attr-defined]


class AppliesTo:
    __slots__ = ("authority_types", "nations", "regimes")

    def __init__(self, data: dict[str, list[str]] | None) -> None:
        data = data or {}
        self.regimes = frozenset(data.get("regimes", ()))
        self.authority_types = frozenset(data.get("authority_types", ()))
        self.nations = frozenset(data.get("nations", ()))

    def matches(self, authority: Authority | None) -> bool:
        """Without an authority, foidraft assumes an FOIA request to a police force (its
        usual case): rules for police apply, rules only for other kinds of body do not."""
        if authority is None:
            return (not self.regimes or "FOIA" in self.regimes) and (
                not self.authority_types or "police" in self.authority_types
            )
        return (
            (not self.regimes or authority.regime in self.regimes)
            and (not self.authority_types or authority.type in self.authority_types)
            and (not self.nations or authority.nation in self.nations)
        )


class SuggestionSpec:
    __slots__ = ("applies_to", "op", "safe", "template", "title")

    def __init__(self, data: dict[str, object]) -> None:
        self.title = str(data["title"])
        self.op = str(data["op"])
        self.template = str(data["template"])
        self.safe = bool(data.get("safe"))
        self.applies_to = AppliesTo(data.get("applies_to"))  # type: ignore[arg-type]


class Rule:
    __slots__ = (
        "anchor",
        "applies_to",
        "check",
        "evidence",
        "examples",
        "id",
        "kind",
        "line",
        "max",
        "message",
        "name",
        "origin",
        "patterns",
        "requires",
        "severity",
        "status",
        "suggestions",
        "supersedes",
        "tags",
        "unless",
        "why",
    )

    def __init__(self, data: dict[str, object]) -> None:
        self.id = str(data["id"])
        self.name = str(data["name"])
        self.kind = str(data["kind"])
        self.severity = str(data["severity"])
        self.message = str(data["message"])
        self.why = str(data["why"])
        self.check = str(data.get("check", "existence"))
        self.status = str(data.get("status", "active"))
        self.origin = str(data.get("origin", "bundled"))
        self.line = int(data.get("line", 0))  # type: ignore[call-overload]
        self.evidence: list[dict[str, str]] = data["evidence"]  # type: ignore[assignment]
        self.patterns = [Pattern(p) for p in data["patterns"]]  # type: ignore[attr-defined]
        # requires: every context must hold; unless: any one holding silences the match.
        self.requires = [Context(c) for c in data.get("requires") or ()]  # type: ignore[attr-defined]
        self.unless = [Context(c) for c in data.get("unless") or ()]  # type: ignore[attr-defined]
        anchor = data.get("anchor")
        self.anchor = [Pattern(p) for p in anchor] if isinstance(anchor, list) else None
        self.max = int(data.get("max", 0))  # type: ignore[call-overload]
        self.applies_to = AppliesTo(data.get("applies_to"))  # type: ignore[arg-type]
        self.suggestions = [SuggestionSpec(s) for s in data["suggestions"]]  # type: ignore[attr-defined]
        self.examples: dict[str, list[str]] = data["examples"]  # type: ignore[assignment]
        self.supersedes: frozenset[str] = frozenset(data.get("supersedes", ()))  # type: ignore[call-overload]
        self.tags: list[str] = list(data.get("tags", ()))  # type: ignore[call-overload]

    def __repr__(self) -> str:
        return f"Rule({self.id} {self.name})"


class RuleSet:
    """Rules in file order, addressable by id or name."""

    __slots__ = ("_by_ref", "rules")

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._by_ref: dict[str, Rule] = {}
        for rule in rules:
            self._by_ref[rule.id] = rule
            self._by_ref[rule.name] = rule
            self._by_ref[rule.id.lower()] = rule

    def get(self, ref: str) -> Rule | None:
        return self._by_ref.get(ref) or self._by_ref.get(ref.strip().lower())

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)
