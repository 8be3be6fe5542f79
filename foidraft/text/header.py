"""The small header at the top of a draft file.

A draft is readable text: an optional header between ``---`` lines, one ``key: value``
per line (a YAML subset, so other tools can read it), then the letter. Parsed by hand so
that ``foidraft check`` on a draft does not need to import YAML.
"""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

HEADER_RE = LazyRegex(r"\A---[ \t]*\r?\n((?:[A-Za-z_][\w-]*:[^\n]*\r?\n)*)---[ \t]*(?:\r?\n|\Z)")
# A field's name; its value is the rest of the line, trimmed by hand (a lazy regex value
# followed by trailing spaces is tried at every space of a long run: quadratic).
KEY_RE = LazyRegex(r"[A-Za-z_][\w-]*")
# Left unquoted only when plain YAML reads it back as the same string: starts with a letter,
# no ': ', ' #' or trailing ':', and not a YAML keyword; everything else is JSON-quoted.
PLAIN_RE = LazyRegex(r"^[^\W\d_](?:[\w .,'()/&+-]|:(?! |$))*(?<![ :])$")
YAML_WORDS = frozenset(["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"])


def split_header(text: str) -> tuple[dict[str, str], int]:
    """Return (header fields, offset where the letter starts); ({}, 0) when there is none."""
    m = HEADER_RE.match(text) if text.startswith("---") else None
    if not m:
        return {}, 0
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, colon, value = line.partition(":")
        if colon and KEY_RE.compiled.fullmatch(key):
            fields[key] = unquote(value.removesuffix("\r").strip(" \t"))
    return fields, m.end()


def unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        import json

        try:
            out = json.loads(value)
        except ValueError:
            return value
        return out if isinstance(out, str) else value
    return value


def quote(value: str) -> str:
    """Quote a header value unless YAML would read it back as the same plain text."""
    value = " ".join(value.split())  # header values are single lines
    if PLAIN_RE.match(value) and value.lower() not in YAML_WORDS:
        return value
    import json

    return json.dumps(value, ensure_ascii=False)


def render_header(fields: dict[str, str]) -> str:
    body = "".join(f"{k}: {quote(v)}\n" for k, v in fields.items())
    return f"---\n{body}---\n"


def split_list(value: str) -> list[str]:
    """Header lists are comma-separated: ``ignore: FD101, FD203``."""
    return [item.strip() for item in value.strip("[]").split(",") if item.strip()]
