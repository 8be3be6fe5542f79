"""The result vocabulary: Edit, Suggestion and Finding.

Plain slotted classes rather than dataclasses: this module is on the start-up path of
``foidraft check`` and ``dataclasses`` pulls in ``inspect`` (about 13 ms).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

# How a suggestion may be applied without the user looking at it.
SAFE = "safe"  # `foidraft fix` applies it on its own
CHOICE = "choice"  # the user must pick it (alternatives, fuzzy match, meaning changes)
ADVICE = "advice"  # guidance only: nothing to apply


class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (empty span: insert; empty text: delete)."""

    __slots__ = ("end", "replacement", "start")

    def __init__(self, start: int, end: int, replacement: str) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad edit span {start}..{end}")
        self.start = start
        self.end = end
        self.replacement = replacement

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Edit) and (self.start, self.end, self.replacement) == (
            other.start,
            other.end,
            other.replacement,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.replacement))

    def __repr__(self) -> str:
        return f"Edit({self.start}, {self.end}, {self.replacement!r})"

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


class Suggestion:
    """A rewording: a title and the edits that apply it, or (advice) what to do instead."""

    __slots__ = ("advice", "applicability", "edits", "title")

    def __init__(
        self,
        title: str,
        edits: tuple[Edit, ...],
        applicability: str = CHOICE,
        advice: str = "",
    ) -> None:
        self.title = title
        self.edits = edits
        self.applicability = applicability
        self.advice = advice

    @property
    def is_advice(self) -> bool:
        """True when the suggestion only explains and has nothing to apply."""
        return self.applicability == ADVICE or not self.edits

    def __repr__(self) -> str:
        return f"Suggestion({self.title!r}, {self.edits!r}, {self.applicability!r})"

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "applicability": self.applicability,
            "edits": [e.to_dict() for e in self.edits],
            **({"advice": self.advice} if self.advice else {}),
        }


class Finding:
    """One piece of advice about one span of the draft.

    ``start``/``end`` are character (code point) offsets into the checked text; ``line``
    and ``column`` are 1-based and computed from ``start``. ``score`` is the fuzzy-match
    score (0-100) when the match was approximate, else None.
    """

    __slots__ = (
        "_message",
        "_pending",
        "_short",
        "_suggestions",
        "column",
        "end",
        "kind",
        "line",
        "match",
        "merged",
        "name",
        "rule",
        "score",
        "severity",
        "start",
    )

    def __init__(
        self,
        *,
        rule: str,
        name: str,
        kind: str,
        severity: str,
        start: int,
        end: int,
        line: int,
        column: int,
        match: str,
        message: str = "",
        suggestions: list[Suggestion] | None = None,
        score: float | None = None,
        pending: Callable[[], tuple[str, list[Suggestion]]] | None = None,
        short: Callable[[], str | None] | None = None,
    ) -> None:
        self.rule = rule
        self.name = name
        self.kind = kind
        self.severity = severity
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.match = match
        self._message = message
        self._suggestions = [] if suggestions is None else suggestions
        self.score = score
        # What makes the message and the rewordings when first read: a long letter has
        # hundreds of findings, and a list of them shows a few rewordings at most.
        self._pending = pending
        # Its rule's short form of the message (``short:``), made when first read.
        self._short: Callable[[], str | None] | str | None = short
        # The findings shown as this one (foidraft.lint.merging), as found; () when alone.
        self.merged: tuple[Finding, ...] = ()

    def _settle(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._message, self._suggestions = pending()

    @property
    def message(self) -> str:
        if self._pending is not None:
            self._settle()
        return self._message

    @message.setter
    def message(self, value: str) -> None:
        self._settle()
        self._message = value

    def add_note(self, note: str) -> None:
        """Add a sentence to the message, still worked out only when first read."""
        pending = self._pending
        if pending is None:
            self._message = f"{self._message} {note}"
            return

        def noted() -> tuple[str, list[Suggestion]]:
            message, suggestions = pending()
            return f"{message} {note}", suggestions

        self._pending = noted

    @property
    def short(self) -> str | None:
        """The message in its rule's short form (``short:`` in the rule file), rendered from
        the same fields, for a pane that shows it beside another reason; None when the rule
        has none."""
        short = self._short
        if short is None or isinstance(short, str):
            return short
        said = self._short = short()
        return said

    @property
    def suggestions(self) -> list[Suggestion]:
        if self._pending is not None:
            self._settle()
        return self._suggestions

    @suggestions.setter
    def suggestions(self, value: list[Suggestion]) -> None:
        self._settle()
        self._suggestions = value

    @property
    def fuzzy(self) -> bool:
        return self.score is not None

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]

    def __repr__(self) -> str:
        return (
            f"Finding({self.rule} {self.name} {self.severity} {self.start}..{self.end} "
            f"{self.match!r})"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "name": self.name,
            "kind": self.kind,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "match": self.match,
            "message": self.message,
            "fuzzy": self.score is not None,
            "score": self.score,
            "suggestions": [s.to_dict() for s in self.suggestions],
            **({"also": [_also(f) for f in self.merged[1:]]} if self.merged else {}),
        }


def _also(f: Finding) -> dict[str, object]:
    """A finding shown with a louder one (of its kind or another) on the same words, in its
    own words (its rewordings are among the louder's)."""
    keys = ("rule", "name", "kind", "severity", "start", "end", "match", "message")
    return {key: getattr(f, key) for key in keys}
