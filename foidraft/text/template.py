"""Tiny, safe templates for rule messages and rewordings.

``{match}``, ``{y1}`` (a named regex group), ``{authority.cost_limit}``; filters chain with
``|``: ``{y2|year}``. ``{{`` and ``}}`` are literal braces. No attribute access, no code:
a field is a lookup in a flat dict.
"""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

FIELD_RE = LazyRegex(r"\{\{|\}\}|\{([A-Za-z_][\w.]*)((?:\|[a-z_]+)*)\}")


def _year(value: str) -> str:
    """'19' -> '2019', '98' -> '1998', '2019' -> '2019'."""
    digits = value.strip()
    if len(digits) == 2 and digits.isdigit():
        n = int(digits)
        return str(2000 + n if n < 70 else 1900 + n)
    return digits


def _shift(value: str, by: int) -> str:
    digits = _year(value)
    return str(int(digits) + by) if digits.isdigit() else digits


def _cap(value: str) -> str:
    return value[:1].upper() + value[1:]


def _less_contracts(value: str) -> str:
    """'car parking contracts' -> 'car parking', where the sentence says "each contract
    for ..." already; a subject that is only the word stays as it is."""
    words = value.split()
    if len(words) > 1 and words[-1].casefold().strip(".,;") in ("contract", "contracts"):
        return " ".join(words[:-1])
    return value


FILTERS: dict[str, Callable[[str], str]] = {
    "year": _year,
    "next": lambda v: _shift(v, 1),
    "prev": lambda v: _shift(v, -1),
    "lower": str.lower,
    "upper": str.upper,
    "cap": _cap,
    "strip": str.strip,
    "squash": lambda v: " ".join(v.split()),
    "less_contracts": _less_contracts,
}


def template_fields(template: str) -> list[tuple[str, list[str]]]:
    """The (field, filters) pairs a template uses, for validation."""
    out = []
    for m in FIELD_RE.finditer(template):
        if m.group(1):
            out.append((m.group(1), [f for f in m.group(2).split("|") if f]))
    return out


def render(template: str, fields: dict[str, str]) -> str:
    """Fill ``template`` from ``fields``; unknown fields render empty (validated at load)."""
    if "{" not in template and "}" not in template:
        return template
    out = []
    for part in _parts(template):
        if isinstance(part, str):
            out.append(part)
            continue
        value = fields.get(part[0]) or ""
        for name in part[1]:
            value = FILTERS[name](value)
        out.append(value)
    return "".join(out)


_Parts = tuple[str | tuple[str, tuple[str, ...]], ...]
# Templates already split (a dict, not functools.lru_cache: functools and the collections
# module it imports cost `foidraft check` ~2 ms to import). Emptied when full.
_PARTS: dict[str, _Parts] = {}
_MAX_PARTS = 1024


def _parts(template: str) -> _Parts:
    """The template as text and (field, filters) parts: a check renders the knowledge
    base's few hundred messages and titles thousands of times."""
    found = _PARTS.get(template)
    if found is None:
        if len(_PARTS) >= _MAX_PARTS:
            _PARTS.clear()
        found = _PARTS[template] = _split(template)
    return found


def _split(template: str) -> _Parts:
    parts: list[str | tuple[str, tuple[str, ...]]] = []
    pos = 0
    for m in FIELD_RE.finditer(template):
        parts.append(template[pos : m.start()])
        whole = m.group(0)
        if whole in ("{{", "}}"):
            parts.append(whole[0])
        else:
            parts.append((m.group(1), tuple(f for f in m.group(2).split("|") if f)))
        pos = m.end()
    parts.append(template[pos:])
    return tuple(p for p in parts if p != "")
