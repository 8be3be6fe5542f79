"""Placeholders in templates: ``{authority.name}``, ``{period}``, ``{authority.act|cap}``.

Deliberately not ``str.format``: a template is user text, and format strings can reach
attributes (``{0.__init__}``), index objects and take format specs. Here a placeholder is
a name looked up in a flat dict of strings, optionally passed through a few fixed
filters; anything else between braces is a syntax error naming the line. ``{{`` and ``}}``
are literal braces. Values are inserted as they are and never expanded again.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from foidraft.errors import FoidraftError

TOKEN_RE = re.compile(r"\{\{|\}\}|\{([^{}\n]{0,80})\}|[{}]")
# A user field is one word; dotted names belong to foidraft (authority.*, last_fy.short).
NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?")
USER_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# "the " just before a placeholder whose value starts with "the" ({authority.act}).
THE_BEFORE_RE = re.compile(r"(?:^|[^A-Za-z])[Tt]he[ \t]+$")
FILTERS: dict[str, Callable[[str], str]] = {
    "cap": lambda v: v[:1].upper() + v[1:],
    "lower": str.lower,
    "upper": str.upper,
}
SYNTAX_HINT = (
    "placeholders are {authority.name}, {authority.act} and the like, or your own "
    "{field_name} (letters, digits and _), optionally with |cap, |lower or |upper; "
    "write {{ and }} for a literal brace"
)


class TemplateSyntaxError(FoidraftError):
    """Something between braces that is not a placeholder foidraft knows."""


class MissingFieldsError(FoidraftError):
    """Rendering needs values that were not given; ``missing`` names every one."""

    def __init__(self, missing: list[str], hint: str | None = None) -> None:
        self.missing = missing
        names = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        s = "s" if len(missing) > 1 else ""
        super().__init__(
            f"the template needs a value for {names}",
            hint=hint or f"give the value{s}, or a default in the template's header",
        )


@dataclass(frozen=True)
class Placeholder:
    name: str
    filters: tuple[str, ...]


@dataclass(frozen=True)
class Parsed:
    """A template cut into literal text and placeholders."""

    pieces: tuple[str | Placeholder, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every placeholder name, once each, in order of first use."""
        seen = dict.fromkeys(p.name for p in self.pieces if isinstance(p, Placeholder))
        return tuple(seen)


def is_user_field(name: str) -> bool:
    return bool(USER_NAME_RE.fullmatch(name))


def parse(text: str, builtin: frozenset[str], *, where: str = "the letter") -> Parsed:
    """Split ``text``; TemplateSyntaxError lists the first few problems with their lines.

    A dotted name must be one of ``builtin``; an undotted name is a built-in or a field
    the user defines.
    """
    pieces: list[str | Placeholder] = []
    problems: list[str] = []
    literal: list[str] = []
    pos = 0
    line, counted = 1, 0  # line numbers counted as we go: counting from 0 each time is quadratic
    for m in TOKEN_RE.finditer(text):
        literal.append(text[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if token in ("{{", "}}"):
            literal.append(token[0])
            continue
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if m.group(1) is None:
            problems.append(f"line {line}: a lone '{token}' (write '{token * 2}' for a brace)")
            continue
        placeholder = _placeholder(m.group(1), builtin, line, problems)
        if placeholder is None:
            continue
        pieces.append("".join(literal))
        literal = []
        pieces.append(placeholder)
    literal.append(text[pos:])
    pieces.append("".join(literal))
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise TemplateSyntaxError(f"{where}: " + "; ".join(problems[:3]) + more, SYNTAX_HINT)
    return Parsed(tuple(p for p in pieces if p != ""))


def _placeholder(
    content: str, builtin: frozenset[str], line: int, problems: list[str]
) -> Placeholder | None:
    name, *filters = (part.strip() for part in content.split("|"))
    shown = "{" + content + "}"
    if not NAME_RE.fullmatch(name):
        problems.append(f"line {line}: '{shown}' is not a placeholder")
        return None
    if "." in name and name not in builtin:
        close = difflib.get_close_matches(name, sorted(builtin), n=1)
        also = f" (did you mean {{{close[0]}}}?)" if close else ""
        problems.append(f"line {line}: '{shown}' is not a field foidraft knows{also}")
        return None
    bad = [f for f in filters if f not in FILTERS]
    if bad:
        problems.append(f"line {line}: '{shown}': unknown filter |{bad[0]}")
        return None
    return Placeholder(name, tuple(filters))


def render(parsed: Parsed, values: Mapping[str, str]) -> str:
    """The text with every placeholder filled; MissingFieldsError (naming all of them)
    when any value is missing or blank, so a half-filled letter never comes out."""
    missing = [n for n in parsed.names if not values.get(n, "").strip()]
    if missing:
        raise MissingFieldsError(missing)
    out: list[str] = []
    for piece in parsed.pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        value = values[piece.name]
        for name in piece.filters:
            value = FILTERS[name](value)
        if value[:4].lower() == "the " and out and THE_BEFORE_RE.search(out[-1][-12:]):
            value = value[4:]  # "Under the {authority.act}": one "the", not "the the"
        out.append(value)
    return "".join(out)


def stand_ins(parsed: Parsed) -> str:
    """The text with a readable stand-in for each placeholder, for showing a template
    rather than sending it: "Knife crime in {authority.area}" is "Knife crime in [area]"."""
    out: list[str] = []
    for piece in parsed.pieces:
        if isinstance(piece, str):
            out.append(piece)
        else:
            word = "authority" if piece.name == "authority.name" else piece.name.split(".")[-1]
            out.append(f"[{word.replace('_', ' ')}]")
    return "".join(out)


def escape(text: str) -> str:
    """Literal text for a template: braces doubled so they are never read as fields."""
    return text.replace("{", "{{").replace("}", "}}")


def escape_stray(text: str, builtin: frozenset[str]) -> str:
    """Template text from a letter: placeholders the writer put in (``{period}``) and
    ``{{``/``}}`` stay as they are; any other brace is doubled, so the result always
    loads and those braces come out as written."""

    def sub(m: re.Match[str]) -> str:
        token = m.group(0)
        if token in ("{{", "}}"):
            return token
        if m.group(1) is not None and _placeholder(m.group(1), builtin, 0, []) is not None:
            return token
        return escape(token)

    return TOKEN_RE.sub(sub, text)
