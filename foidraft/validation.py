"""Wording shared by the strict file validators (rule files, flow files): how a field's
path, a value's type and a misspelt key are described in an error."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Path = tuple[str | int, ...]  # where a value sits: ("rules", 3, "patterns", 0, "regex")


def path_text(parts: Sequence[str | int]) -> str:
    """('patterns', 0, 'regex') -> 'patterns[0].regex'."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def type_name(value: object) -> str:
    return {dict: "a mapping", list: "a list", str: "text", type(None): "nothing"}.get(
        type(value), type(value).__name__
    )


def close_match(key: str, allowed: set[str]) -> str:
    """' (did you mean 'why'?)', or the allowed keys when there are few."""
    import difflib

    close = difflib.get_close_matches(key, sorted(allowed), n=1)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f"; allowed: {', '.join(sorted(allowed))}" if len(allowed) <= 20 else ""


class FieldChecks:
    """Checks of plain YAML values that every strict validator makes. Subclasses say how a
    problem is recorded (``problem``) and add their own fields."""

    def problem(self, path: Path, message: str) -> None:
        raise NotImplementedError

    def text(self, value: object, path: Path, *, allow_empty: bool = False) -> str:
        if not isinstance(value, str):
            self.problem(path, f"expected text, got {type_name(value)}")
            return ""
        if not allow_empty and not value.strip():
            self.problem(path, "must not be empty")
        return value

    def items(self, value: object, path: Path, *, min_items: int = 0) -> list[object]:
        if not isinstance(value, list):
            self.problem(path, f"expected a list, got {type_name(value)}")
            return []
        if len(value) < min_items:
            self.problem(path, f"needs at least {min_items} item(s)")
        return value

    def mapping(self, value: object, path: Path, allowed: Iterable[str]) -> dict[str, object]:
        """``value`` as a mapping with text keys; each key not in ``allowed`` is a problem."""
        allowed = set(allowed)
        if not isinstance(value, dict):
            self.problem(path, f"expected a mapping, got {type_name(value)}")
            return {}
        for key in value:
            if key not in allowed:
                self.problem((*path, str(key)), f"unknown key{close_match(str(key), allowed)}")
        return {str(k): v for k, v in value.items()}
