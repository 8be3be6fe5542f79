"""Rules as the engine uses them, built from validated plain data.

Regexes compile lazily: a pattern whose literals never occur in a draft is never
compiled, which keeps ``foidraft check`` quick to start.
"""

from __future__ import annotations

from foidraft.text.lazyre import IGNORECASE

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Iterator, Sequence
    from typing import Any

    from foidraft.authorities.model import Authority
    from foidraft.cachefile import Parts


# The head of a pattern whose matches may start with any decimal digit at a word start
# (``\b\d{1,4}``): the word index answers it with the words that start with a digit
# (``foidraft.lint.index``). No text is looked up for it, so it cannot be confused with one.
DIGIT_HEAD = "\x00digit"
# The kinds of body whose requests the police record describes (a force, its commissioner).
POLICE_TYPES = frozenset({"police", "pcc"})


class Pattern:
    __slots__ = (
        "_compiled",
        "_program",
        "case_sensitive",
        "group",
        "heads",
        "heads_next",
        "heads_whole",
        "heads_ws",
        "lines",
        "literals",
        "literals_ws",
        "regex",
        "source",
        "threshold",
        "type",
        "where",
    )

    def __init__(self, data: dict[str, Any]) -> None:
        # ``data`` comes from the strict loader (or its cache): types are already right,
        # and this runs ~500 times on every `foidraft check`, so no conversions here.
        self.type: str = data["type"]
        self.source: str = data["source"]
        self.regex: str = data["regex"]
        self.case_sensitive: bool = data.get("case_sensitive") or False
        threshold = data.get("threshold")
        self.threshold: float | None = None if threshold is None else float(threshold)
        self.group: str | None = data.get("group") or None
        heads = data.get("heads")
        self.heads: tuple[str, ...] | None = tuple(heads) if heads else None
        # True when every head/literal begins a word: the document's word index answers.
        self.heads_ws: bool = data.get("heads_ws") or False
        # The heads that are whole words ("the" in "(?:the\s+)?number"), looked up exactly.
        self.heads_whole: frozenset[str] = frozenset(data.get("heads_whole") or ())
        # Whole-word heads and the words that may follow them after a space: the "the"s
        # worth trying for "(?:the\s+)?internet" are those before "internet".
        self.heads_next: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (w, tuple(after)) for w, after in data.get("heads_next") or ()
        )
        self.literals_ws: bool = data.get("literals_ws") or False
        # No heads, but every match starts a line ((?m)^...): tried at each line's start.
        self.lines: bool = data.get("lines") or False
        literals = data.get("literals")
        self.literals: tuple[str, ...] | None = tuple(literals) if literals else None
        where = data.get("where")
        self.where: tuple[str, tuple[str, ...]] | None = (
            (where[0], tuple(where[1])) if where else None
        )
        self._program: list[object] | None = data.get("program")
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            from foidraft.rules.precompile import compile_program

            flags = 0 if self.case_sensitive else IGNORECASE
            self._compiled = compile_program(self.regex, self._program, flags)
        return self._compiled


class Context:
    """``requires`` / ``unless``: patterns looked for around a match (built when first
    needed: most rules never match, so most contexts are never looked at)."""

    __slots__ = ("_data", "_patterns", "scope")

    def __init__(self, data: dict[str, Any]) -> None:
        self.scope: str = data["scope"]
        self._data: list[dict[str, Any]] = data["patterns"]
        self._patterns: list[Pattern] | None = None

    @property
    def patterns(self) -> list[Pattern]:
        if self._patterns is None:
            self._patterns = [Pattern(p) for p in self._data]
        return self._patterns


class AppliesTo:
    __slots__ = ("authorities", "authority_types", "nations", "regimes")

    def __init__(self, data: dict[str, list[str]] | None) -> None:
        data = data or {}
        self.regimes = frozenset(data.get("regimes", ()))
        self.authority_types = frozenset(data.get("authority_types", ()))
        self.nations = frozenset(data.get("nations", ()))
        self.authorities = frozenset(data.get("authorities", ()))  # directory ids

    def matches(self, authority: Authority | None) -> bool:
        """Without an authority, foidraft assumes an FOIA request to a police force (its
        usual case): rules for police apply, rules only for other kinds of body do not."""
        if authority is None:
            return (
                not self.authorities
                and (not self.regimes or "FOIA" in self.regimes)
                and (not self.authority_types or "police" in self.authority_types)
            )
        return (
            (not self.authorities or authority.id in self.authorities)
            and (not self.regimes or authority.regime in self.regimes)
            and (not self.authority_types or authority.type in self.authority_types)
            and (not self.nations or authority.nation in self.nations)
        )


ANYWHERE = AppliesTo(None)  # only read: shared by every rule without an applies_to


class SuggestionSpec:
    __slots__ = ("applies_to", "op", "requires", "safe", "template", "title", "unless")

    def __init__(self, data: dict[str, object]) -> None:
        self.title = str(data["title"])
        self.op = str(data["op"])
        self.template = str(data["template"])
        self.safe = bool(data.get("safe"))
        self.applies_to = AppliesTo(data.get("applies_to"))  # type: ignore[arg-type]
        # Offered only where its result is true: every `requires` context holds around the
        # match, and no `unless` context does.
        self.requires = [Context(c) for c in data.get("requires") or ()]  # type: ignore[attr-defined]
        self.unless = [Context(c) for c in data.get("unless") or ()]  # type: ignore[attr-defined]


class Rule:
    __slots__ = ("_blobs", "_built", "_cold", "_hot", "_patterns", "_suggestions", "also_kinds",
                 "anchor", "applies_to", "body_neutral", "check", "evidence", "examples", "gate",
                 "id", "kind", "known_problems", "line", "max", "measured", "measured_non_police",
                 "message", "model", "name", "non_police_severity", "origin", "requires",
                 "severity", "short", "status", "supersedes", "tags", "unless", "why")  # fmt: skip

    def __init__(self, data: dict[str, Any]) -> None:
        # ``data`` is validated (see Pattern): no conversions on the start-up path.
        self.id: str = data["id"]
        self.name: str = data["name"]
        self.kind: str = data["kind"]
        self.severity: str = data["severity"]
        # The severity for a body other than the police when its record there differs
        # (None: the same for every body); see severity_for.
        self.non_police_severity: str | None = data.get("non_police_severity")
        self.message: str = data["message"]
        self.check: str = data.get("check", "existence")
        self.status: str = data.get("status", "active")
        self.origin: str = data.get("origin", "bundled")
        self.line: int = data.get("line", 0)
        # The rules' cache keeps each pattern packed (marshal, in "blobs" at the offsets
        # in "hot"), with what it needs in a letter (``foidraft.rules.gate``): a pattern
        # its gate rules out is never unpacked.
        self.gate: Sequence[Any] | None = data.get("gate")  # tuples, from the cache
        self._blobs: Parts | None = data.get("blobs")
        self._hot: Sequence[int] | None = data.get("hot")
        self._built: list[Pattern | None] | None = None
        self._patterns: list[Pattern] | None = None
        if self._hot is None:
            self._patterns = [Pattern(p) for p in data["patterns"]]
        self.max: int = data.get("max", 0)
        applies = data.get("applies_to")
        self.applies_to = AppliesTo(applies) if applies else ANYWHERE  # most rules: one object
        self.supersedes: frozenset[str] = frozenset(data.get("supersedes", ()))
        self.model: str | None = data.get("model")
        # The rules' cache keeps what a check seldom reads in one blob (see COLD), at
        # these offsets in "blobs": unpacked by __getattr__ when first asked for.
        self._cold: Sequence[int] | None = data.get("cold")
        if self._cold is None:
            self._unpack(data)

    def severity_for(self, authority: Authority | None) -> str:
        """The rule's loudness for this authority: a body other than the police gets the
        severity the rule's record on such bodies earned. Without an authority, foidraft
        assumes a police force (as AppliesTo does)."""
        if self.non_police_severity is None or authority is None:
            return self.severity
        return self.severity if authority.type in POLICE_TYPES else self.non_police_severity

    def _unpack(self, data: dict[str, Any]) -> None:
        self.why: str = data["why"]
        self.evidence: list[dict[str, str]] = data["evidence"]
        self.examples: dict[str, list[str]] = data["examples"]
        self.tags: list[str] = list(data.get("tags", ()))
        self.measured: dict[str, int] | None = data.get("measured")
        self.known_problems: str | None = data.get("known_problems")
        self.measured_non_police: dict[str, int] | None = data.get("measured_non_police")
        self.body_neutral: str | None = data.get("body_neutral")
        # Kinds of problem besides ``kind`` that the rule's words draw, each named in its message.
        self.also_kinds: tuple[str, ...] = tuple(data.get("also_kinds", ()))
        self.short: str | None = data.get("short")  # the message shortened: Finding.short
        # requires: every context must hold; unless: any one holding silences the match.
        self.requires = [Context(c) for c in data.get("requires") or ()]
        self.unless = [Context(c) for c in data.get("unless") or ()]
        anchor = data.get("anchor")
        self.anchor = [Pattern(p) for p in anchor] if anchor else None
        self._suggestions: list[dict[str, Any]] | list[SuggestionSpec] = data["suggestions"]

    def __getattr__(self, name: str) -> Any:
        # Only called for a slot not set yet: a cold one, still packed.
        if name not in _COLD_SLOTS or self._cold is None:
            raise AttributeError(name)
        a, b = self._cold
        cold, self._cold = self._packed(a, b, -1), None
        self._unpack(cold)
        return getattr(self, name)

    def _packed(self, a: int, b: int, which: int) -> Any:
        """The part at [a, b) of the rules' cache, unpacked: the cold one (``which`` -1) or
        pattern ``which``. One failing its checksum is read from the rules as their sources
        build them (once per process; the rebuilt cache is written for the next)."""
        import marshal

        try:
            return marshal.loads(self._blobs[a:b])  # type: ignore[index]
        except Exception as exc:
            from foidraft.cachefile import DamagedCache

            if not isinstance(exc, DamagedCache) or self._blobs is None:
                raise
        rebuilt: list[dict[str, Any]] = self._blobs.rebuilt()  # type: ignore[assignment]
        fresh = next(r for r in rebuilt if r["id"] == self.id)
        self._blobs, self._hot = fresh["blobs"], fresh["hot"]
        self._cold = self._cold and fresh["cold"]  # where it is now, if still packed
        a, b = fresh["cold"] if which < 0 else fresh["hot"][which : which + 2]
        return marshal.loads(fresh["blobs"][a:b])

    @property
    def patterns(self) -> list[Pattern]:
        if self._patterns is None:
            assert self._hot is not None
            self._patterns = [self.pattern(i) for i in range(len(self._hot) - 1)]
        return self._patterns

    def pattern(self, i: int) -> Pattern:
        """Pattern ``i``, unpacked on first use (the same object every time after, and the
        one ``patterns`` holds)."""
        if self._patterns is not None:
            return self._patterns[i]
        built = self._built
        if built is None:
            assert self._hot is not None
            built = self._built = [None] * (len(self._hot) - 1)
        found = built[i]
        if found is None:
            assert self._hot is not None
            found = built[i] = Pattern(self._packed(self._hot[i], self._hot[i + 1], i))
        return found

    def live(self, may: Callable[[Sequence[Any]], bool]) -> list[int] | None:
        """The indexes of the patterns that may match in a letter: those whose gate's
        clauses ``may`` says the letter meets (see ``foidraft.rules.gate``); None: all of
        them (a rule without a gate)."""
        if self.gate is None:
            return None
        return [i for i, c in enumerate(self.gate) if c is None or may(c)]

    @property
    def suggestions(self) -> list[SuggestionSpec]:
        """Built on first use: only rules that found something need them."""
        specs = self._suggestions
        if specs and not isinstance(specs[0], SuggestionSpec):
            specs = self._suggestions = [SuggestionSpec(s) for s in specs]
        return specs  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"Rule({self.id} {self.name})"


# A rule's data that a check reads only for rules that match (contexts, rewordings) or
# never (documentation): the rules' cache keeps it packed, as marshal bytes (at "cold"),
# and a rule unpacks it on first use. Loading the knowledge base then costs a third less.
COLD = ("why", "evidence", "examples", "tags", "measured", "known_problems", "requires", "unless",
        "anchor", "suggestions", "measured_non_police", "body_neutral", "short",
        "also_kinds")  # fmt: skip
_COLD_SLOTS = frozenset({*COLD, "_suggestions"}) - {"suggestions"}


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
