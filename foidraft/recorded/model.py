"""The model of what is recorded, as plain objects built from validated data.

Word lists are compiled to one regex per entry at load time (``words_regex``), so a
request is read with a handful of regex searches per question.
"""

from __future__ import annotations

from foidraft.text.lazyre import IGNORECASE

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterator
    from typing import Any

    from foidraft.cachefile import Parts
    from foidraft.rules.model import Pattern


class Source:
    __slots__ = ("id", "title", "url")

    def __init__(self, data: dict[str, str]) -> None:
        self.id = data["id"]
        self.title = data["title"]
        self.url = data["url"]


class Words:
    """A list of phrases and the regex that finds any of them on word boundaries.

    ``pattern`` is the same regex as the checker's patterns are, with the words it can
    start with, so a letter is searched only where one of those words occurs.
    """

    __slots__ = ("_compiled", "_pattern", "after", "heads", "phrases", "program", "regex", "whole")

    def __init__(
        self,
        phrases: list[str],
        regex: str,
        heads: list[str] | None = None,
        program: list[object] | None = None,
        whole: list[str] | None = None,
        after: list[list[object]] | None = None,
    ) -> None:
        self.phrases = phrases
        self.regex = regex
        self.heads = heads
        self.program = program
        self.whole = whole
        self.after = after
        self._compiled: re.Pattern[str] | None = None
        self._pattern: Pattern | None = None

    @property
    def pattern(self) -> Pattern:
        if self._pattern is None:
            from foidraft.rules.model import Pattern

            self._pattern = Pattern(
                {
                    "type": "regex",
                    "source": self.regex,
                    "regex": self.regex,
                    "heads": self.heads,
                    "heads_ws": True,
                    "heads_whole": self.whole,
                    "heads_next": self.after,
                    "program": self.program,
                }
            )
        return self._pattern

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            from foidraft.rules.precompile import compile_program

            self._compiled = compile_program(self.regex, self.program, IGNORECASE)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.compiled.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


def _words(data: dict[str, Any], name: str) -> Words:
    """The word list ``name`` of a validated entry, with what the loader worked out for it."""
    return Words(
        data[name],
        data[f"{name}_regex"],
        data.get(f"{name}_heads"),
        data.get(f"{name}_program"),
        data.get(f"{name}_whole"),
        data.get(f"{name}_next"),
    )


class Field:
    __slots__ = ("id", "label", "words")

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: str = data["id"]
        self.label: str = data["label"]
        self.words = _words(data, "words")


class NotHeld:
    """An attribute requesters ask for that the dataset's records do not hold as a field."""

    __slots__ = ("dataset", "evidence", "id", "label", "label_scotland", "nearest",
                 "nearest_scotland", "search", "why", "words")  # fmt: skip

    def __init__(self, data: dict[str, Any], dataset: str) -> None:
        self.dataset = dataset
        self.id: str = data["id"]
        self.label: str = data["label"]
        self.nearest: str = data["nearest"]
        # For a body under FOISA (Police Scotland records crime under the Scottish Crime
        # Recording Standard): the Scottish words, where they differ (recorded.yaml).
        self.nearest_scotland: str | None = data.get("nearest_scotland")
        self.label_scotland: str | None = data.get("label_scotland")
        self.why: str = data["why"]
        # The free-text field a keyword search for it reads, where forces count it so: such
        # an attribute is read by its own rule (``model: searchable``), not as not held.
        self.search: str | None = data.get("search")
        self.evidence: list[dict[str, str]] = data["evidence"]
        self.words = _words(data, "words")


class Dataset:
    """A dataset's units, and its fields and the attributes it does not hold. The model's
    cache keeps those two lists packed (``packed``: marshal bytes), unpacked when first
    read: a letter is read against the few datasets it counts, not all of them."""

    __slots__ = ("_fields", "_not_held", "_packed", "authority_types", "id", "name",
                 "name_scotland", "sources", "units", "victims")  # fmt: skip

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: str = data["id"]
        self.name: str = data["name"]
        self.name_scotland: str | None = data.get("name_scotland")  # Scotland's own schemes
        self.authority_types = frozenset(data["for"])
        self.sources: list[str] = data["sources"]
        self.units = _words(data, "units")
        # Words after another dataset's unit that make its people victims counted here.
        self.victims = _words(data, "victims") if data["victims"] else None
        self._packed: tuple[Parts, int, int] | None = data.get("packed")
        self._fields: list[Field] = []
        self._not_held: list[NotHeld] = []
        if self._packed is None:
            self._unpack(data)

    def _unpack(self, data: dict[str, Any]) -> None:
        self._fields = [Field(f) for f in data["fields"]]
        self._not_held = [NotHeld(n, self.id) for n in data["not_held"]]

    @property
    def fields(self) -> list[Field]:
        if self._packed is not None:
            import marshal

            (parts, a, b), self._packed = self._packed, None
            try:
                lists = marshal.loads(parts[a:b])
            except Exception as exc:
                lists = _repaired(parts, exc, self.id)
            self._unpack(lists)
        return self._fields

    @property
    def not_held(self) -> list[NotHeld]:
        self.fields  # noqa: B018 - unpacks both lists
        return self._not_held


def pack_datasets(model: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """The validated model as its cache keeps it (``foidraft.cachefile.bundle``): each
    dataset's fields and not-held lists packed (marshal) as one part, and the dataset's
    "packed" naming where that part lies among the parts (see ``Dataset``)."""
    import marshal

    datasets, parts, at = [], [], 0
    for data in model["datasets"]:
        part = marshal.dumps({"fields": data["fields"], "not_held": data["not_held"]})
        packed = {k: v for k, v in data.items() if k not in ("fields", "not_held")}
        packed["packed"] = [at, at + len(part)]
        datasets.append(packed)
        parts.append(part)
        at += len(part)
    return {**model, "datasets": datasets}, parts


def unpack_datasets(model: dict[str, Any], parts: Parts) -> dict[str, Any]:
    """The model a cache holds, each dataset's "packed" now where its part is (still packed,
    and checked when read: ``foidraft.cachefile.Parts``)."""
    for data in model["datasets"]:
        a, b = data["packed"]
        data["packed"] = (parts, a, b)
    return model


def _repaired(parts: Parts, exc: Exception, dataset_id: str) -> dict[str, Any]:
    """A dataset's lists when reading its part raised ``exc``: from the model as its file
    builds it, when the part failed its checksum (``Parts.rebuilt``); else ``exc``."""
    from foidraft.cachefile import DamagedCache

    if not isinstance(exc, DamagedCache):
        raise exc
    model: dict[str, Any] = parts.rebuilt()  # type: ignore[assignment]
    return next(d for d in model["datasets"] if d["id"] == dataset_id)


class Term:
    """A word with several recorded meanings: ``splits`` are what it may mean, ``clear``
    words settle which."""

    __slots__ = ("authority_types", "clear", "evidence", "id", "splits", "words")

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: str = data["id"]
        self.authority_types = frozenset(data["for"])
        self.words = _words(data, "words")
        self.clear = _words(data, "clear")
        self.splits: list[str] = data["splits"]
        self.evidence: list[dict[str, str]] = data["evidence"]


class RecordedModel:
    __slots__ = ("datasets", "sources", "terms")

    def __init__(self, data: dict[str, Any]) -> None:
        self.sources = {s["id"]: Source(s) for s in data["sources"]}
        self.datasets = [Dataset(d) for d in data["datasets"]]
        self.terms = [Term(t) for t in data["terms"]]

    def dataset(self, dataset_id: str) -> Dataset | None:
        return next((d for d in self.datasets if d.id == dataset_id), None)

    def for_authority_type(self, kind: str | None) -> list[Dataset]:
        """The datasets a body of this type keeps (police datasets without an authority)."""
        kind = kind or "police"
        return [d for d in self.datasets if kind in d.authority_types]
