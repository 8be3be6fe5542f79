"""Wording shared by the strict file validators (rule files, flow files): how a field's
path, a value's type and a misspelt key are described in an error."""

from __future__ import annotations

from collections.abc import Sequence


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
