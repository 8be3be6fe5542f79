"""A letter kept from a request to another body: its salutation ("Dear West Midlands
Police,") or what it asks to be searched ("information held by West Midlands Police")
names a body other than the one it goes to.

Only the bodies foidraft lists itself (``foidraft/data/authorities.csv``: forces,
commissioners and policing boards, with their aliases; ``councils.csv``: the UK's
councils, by the names they sign with, never a bare place) are recognised, by whole name:
a body named in passing ("correspondence with Northumbria Police") is never read, nor a
longer name that begins like one ("held by Kent Fire and Rescue Service"), nor a line or
sentence that also names the body the letter goes to (a request about both).

Plain string operations only: a check runs this on every keystroke in the editor.
"""

from __future__ import annotations

from foidraft.authorities.names import normalize

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.lint.document import Document

# Words that may stand between "held by" and the body's name.
CONNECTORS = frozenset(
    {"or", "on", "behalf", "of", "the", "control", "under", "by", "in", "within", "at", "for"}
)
MAX_CONNECTORS = 6
# Words that may follow a body's name in a salutation or after "held by" without making
# it a longer, different name ("Dear West Midlands Police FOI Team").
TRAILERS = frozenset(
    {
        "foi", "freedom", "information", "disclosure", "data", "team", "unit", "department",
        "office", "officer", "officers", "compliance", "records", "sir", "madam", "and", "or",
        "i", "in", "on", "about", "relating", "regarding", "concerning", "for", "from", "to",
    }
)  # fmt: skip
TRIM_START = "(\"'\u2018\u201c"
TRIM_END = ",.;:!?)\"'\u2019\u201d"
SALUTATION_REACH = 120  # characters after "Dear" a body's name may take
HELD_REACH = 200  # ... after "held by" (with the words between)
MAX_HITS = 50
NEAR = 300  # characters either side of a name where the letter's own body is looked for

# normalised name -> (the body, whether the name is an abbreviation to match as written)
_Names = dict[str, tuple["Authority", str]]
_names: tuple[_Names, int] | None = None


def _listed() -> tuple[_Names, int]:
    """The bundled lists' names and aliases (read once), and the most words in one."""
    global _names
    if _names is None:
        from foidraft import paths
        from foidraft.authorities.councils import council_authorities
        from foidraft.authorities.directory import BUNDLED, read_csv

        names: _Names = {}
        for a in read_csv(paths.package_data(BUNDLED)) + council_authorities():
            for text in (a.name, a.short_name, *a.aliases):
                key = normalize(text) if text else ""
                if key and key not in names:
                    abbreviation = " " not in text and sum(c.isupper() for c in text) >= 2
                    names[key] = (a, text if abbreviation else "")
        _names = (names, max(len(k.split()) for k in names))
    return _names


def other_body_hits(
    doc: Document, authority: Authority | None
) -> list[tuple[int, int, str, dict[str, str]]]:
    """Each body other than ``authority`` that the letter is addressed to or asks to be
    searched: (start, end, the name as written, {"named": the body's name})."""
    if authority is None:
        return []
    masked = doc.masked
    low = doc.lower if doc.lower is not None else masked.lower()
    ours = _own_keys(authority)
    found: list[tuple[int, int, str, dict[str, str]]] = []
    for start, end, held in _places(doc, low):
        hit = _name_at(masked, start, end, held)
        if hit is None:
            continue
        s, e, body, key = hit
        if key in ours or body.id == authority.id:
            continue
        a, b = doc.line_bounds(s) if not held else doc.bounds(s, "sentence")
        if _names_one_of(masked[max(a, s - NEAR) : min(b, e + NEAR)], ours):
            continue  # a line or sentence about both bodies
        found.append((s, e, doc.text[s:e], {"named": body.name}))
        if len(found) >= MAX_HITS:
            break
    return found


def _own_keys(authority: Authority) -> set[str]:
    texts = (authority.name, authority.short_name, *authority.aliases)
    return {normalize(t) for t in texts if t and normalize(t)}


def _names_one_of(text: str, keys: set[str]) -> bool:
    padded = f" {normalize(text)} "
    return any(f" {k} " in padded for k in keys)


def _places(doc: Document, low: str) -> list[tuple[int, int, bool]]:
    """Where a name may start, how far it may reach, and whether after "held by/under"
    (else after a salutation's "Dear" at the start of a line). Each search looks only a
    bounded way on, so a megabyte of "dear dear ..." costs what its length does."""
    masked, lo = doc.masked, doc.body_start
    out: list[tuple[int, int, bool]] = []
    at = low.find("dear", lo)
    while at >= 0 and len(out) < MAX_HITS:
        line, end = doc.line_bounds(at)
        i = at
        while i > max(line, lo) and masked[i - 1] in " \t":
            i -= 1
        if i == max(line, lo) and masked[at + 4 : at + 5] in (" ", "\t"):
            out.append((at + 5, min(at + SALUTATION_REACH, end), False))
        at = low.find("dear", at + 4)
    at = low.find("held ", lo)
    while at >= 0 and len(out) < 2 * MAX_HITS:
        if (at == 0 or not low[at - 1].isalnum()) and low.startswith(("by ", "under "), at + 5):
            begin = at + (8 if low.startswith("by ", at + 5) else 11)
            reach = min(begin + HELD_REACH, len(masked))
            stop = masked.find("\n\n", begin, reach)
            out.append((begin, reach if stop < 0 else stop, True))
        at = low.find("held ", at + 5)
    return out


def _words(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Each word in [start, end): where it starts and ends without its punctuation, and
    whether punctuation followed it (a name ends there)."""
    out: list[tuple[int, int, bool]] = []
    i = start
    while i < end and len(out) < 24:
        while i < end and text[i].isspace():
            i += 1
        j = i
        while j < end and not text[j].isspace():
            j += 1
        if j == i:
            break
        a, b = i, j
        while a < b and text[a] in TRIM_START:
            a += 1
        while b > a and text[b - 1] in TRIM_END:
            b -= 1
        if text[b - 2 : b] in ("'s", "\u2019s") and b - 2 > a:
            b -= 2
        if a < b:
            out.append((a, b, b < j))
        i = j
    return out


def _name_at(text: str, start: int, end: int, held: bool) -> tuple[int, int, Authority, str] | None:
    """The listed body whose whole name starts the words at ``start`` (after "held by",
    past a few words such as "or on behalf of the"): its span, the body and the key."""
    names, most = _listed()
    words = _words(text, start, end)
    first = 0
    if held:
        while first < min(len(words), MAX_CONNECTORS):
            a, b, _ = words[first]
            if text[a:b].lower() not in CONNECTORS:
                break
            first += 1
    if first >= len(words) or not text[words[first][0]].isupper():
        return None
    for n in range(min(most, len(words) - first), 0, -1):
        last = first + n - 1
        s, e = words[first][0], words[last][1]
        key = normalize(text[s:e])
        entry = names.get(key)
        if entry is None or (entry[1] and text[s:e] != entry[1]):
            continue
        if not words[last][2] and last + 1 < len(words):
            a, b, _ = words[last + 1]
            if text[a].isupper() and text[a:b].lower() not in TRAILERS:
                return None  # a longer name: "Kent Fire and Rescue Service"
        return s, e, entry[0], key
    return None
