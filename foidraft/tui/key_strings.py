"""Whether a ``[keys]`` value in config.toml names keys Textual can deliver.

A value such as ``""``, ``"ctrl+"`` or ``"control q"`` would leave a binding (even
``app.quit``) with no key that can ever be pressed; such values are left out, with a
warning, and the default keys stay.
"""

from __future__ import annotations

import string

from textual.keys import Keys, _character_to_key

MODIFIERS = frozenset({"ctrl", "alt", "shift", "super", "meta", "hyper"})
_NAMES = frozenset(
    {k.value for k in Keys}
    | {_character_to_key(ch) for ch in string.printable if not ch.isspace()}
    | {"space", "tab", "enter", "escape", "backspace", "delete"}
)


def key_problem(keys: object) -> str | None:
    """Why ``keys`` (comma-separated, e.g. ``"ctrl+r,f6"``) cannot be used; None if it can."""
    if not isinstance(keys, str) or not keys.strip():
        return 'give one or more keys, such as "ctrl+r" or "f6"'
    for part in keys.split(","):
        *mods, name = part.strip().split("+")
        if (
            not name
            or any(m not in MODIFIERS for m in mods)
            or (len(name) > 1 and name not in _NAMES)
        ):
            return f"{part.strip()!r} is not a key (keys look like ctrl+r, f6, escape or plus)"
    return None


def usable_keys(keys: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The ``[keys]`` entries that can be used, and a line for each left out."""
    good: dict[str, str] = {}
    problems: list[str] = []
    for binding, value in keys.items():
        problem = key_problem(value)
        if problem is None:
            good[binding] = value
        else:
            problems.append(f"config.toml [keys] {binding}: {problem}; kept its usual key")
    return good, problems
