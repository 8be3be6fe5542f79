"""Saving a draft as a template: which wording to turn into placeholders.

A draft written to one force names it ("Dear West Midlands Police,"), cites its Act and
may quote its cost limit. Sent to another force unchanged, those words would be wrong (the
Freedom of Information Act 2000 to Police Scotland, £450 to a FOISA body). The
replacements are offered, not forced: the app lets the user pick, the CLI takes them all
unless told otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from foidraft.drafts.files import slug
from foidraft.drafts.header import clean_value
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.templates.fields import BUILTIN
from foidraft.templates.model import Template, own_fields
from foidraft.templates.placeholders import escape_stray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

# "the Freedom of Information Act 2000", "The Freedom of Information (Scotland) Act 2002";
# without "the" or a year ("my Freedom of Information Act request") it is left alone,
# since "{authority.act}" starts with "the" and names the year.
ACT_RE = re.compile(
    r"\b(?:(?P<the>[Tt]he)\s+)?Freedom\s+of\s+Information\s+(?:\(Scotland\)\s+)?Act"
    r"(?P<year>\s+(?:2000|2002))?\b"
)
NAME_PLACEHOLDERS = ("{authority.name}", "{authority.short_name}")
AREA = "{authority.area}"
_LIST_GAP = re.compile(r",? (?:and|or|&) |, ")  # between the places of one list
SALUTATION_RE = re.compile(r"\A\s*Dear\s+([^\n,]{2,80}?)\s*,?[ \t]*(?:\r?\n|\Z)")


@dataclass(frozen=True)
class Replacement:
    """Replace ``text`` at ``start``..``end`` of the letter with ``placeholder``."""

    start: int
    end: int
    text: str
    placeholder: str
    why: str


def propose_replacements(body: str, authority: Authority | None) -> list[Replacement]:
    """Wording in ``body`` that depends on the authority, earliest first, never
    overlapping: its name and short name, the Act and (for a known authority) its cost
    limit and the hours it buys."""
    found: list[Replacement] = []
    for m in ACT_RE.finditer(body):
        if not (m.group("the") or m.group("year")):
            continue
        placeholder = "{authority.act|cap}" if m.group("the") == "The" else "{authority.act}"
        found.append(Replacement(m.start(), m.end(), m.group(0), placeholder, "the Act"))
    if authority is not None:
        found += _names(body, authority)
        found += _literal(body, f"£{authority.cost_limit}", "{authority.cost_limit}", "cost limit")
        hours = f"{authority.cost_hours} hours"
        found += _literal(body, hours, "{authority.hours} hours", "hours the cost limit buys")
    return _apart(found)


def propose_area(
    text: str, authority: Authority | None, besides: Iterable[Replacement] = ()
) -> list[Replacement]:
    """Places in ``text`` within the authority's own area ("Coventry" in a letter to West
    Midlands Police), outside the wording ``besides`` replaces ("Greater Manchester
    Police"): sent to every force of a batch, they would ask each about another's area.
    Offered, never taken unasked: a place may be what the request is about."""
    if authority is None:
        return []
    from foidraft.authorities.places import area_places

    names = area_places(authority)
    if not names:
        return []
    # Literal names, longest first, each whole and as written (places are proper nouns).
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    found: list[Replacement] = []
    for m in pattern.finditer(text):
        last = found[-1] if found else None
        if last is not None and _LIST_GAP.fullmatch(text, last.end, m.start()):
            # "Manchester and Salford": one area, not "{authority.area} and {authority.area}"
            found[-1] = Replacement(last.start, m.end(), text[last.start : m.end()], AREA, last.why)
        else:
            found.append(Replacement(m.start(), m.end(), m.group(0), AREA, "its area"))
    taken = [(r.start, r.end) for r in besides]
    return [r for r in found if not any(a < r.end and r.start < b for a, b in taken)]


def propose_title(title: str, authority: Authority | None) -> list[Replacement]:
    """What in a template's title names the authority or its area ("Knife crime in
    Manchester" from a draft to Greater Manchester Police)."""
    if authority is None:
        return []
    return _apart(_names(title, authority) + propose_area(title, authority))


def _apart(found: list[Replacement]) -> list[Replacement]:
    """Earliest first, the longest at a place, never overlapping."""
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Replacement] = []
    for r in found:
        if not kept or r.start >= kept[-1].end:
            kept.append(r)
    return kept


def _names(body: str, authority: Authority) -> list[Replacement]:
    out = _literal(body, authority.name, "{authority.name}", "the authority's name", fold=True)
    short = authority.short_name
    if short and short.casefold() != authority.name.casefold():
        out += _literal(body, short, "{authority.short_name}", "its short name")
    return out


def _literal(
    body: str, text: str, placeholder: str, why: str, *, fold: bool = False
) -> list[Replacement]:
    if not text.strip():
        return []
    words = r"\s+".join(re.escape(w) for w in text.split())
    left = r"(?<![\w£])" if re.match(r"[\w£]", text) else ""
    pattern = re.compile(left + words + r"(?![\w])", re.IGNORECASE if fold else 0)
    return [
        Replacement(m.start(), m.end(), m.group(0), placeholder, why)
        for m in pattern.finditer(body)
    ]


def addressee(body: str) -> str:
    """Who the letter's opening "Dear ...," line addresses; empty when there is none."""
    m = SALUTATION_RE.match(body)
    return m.group(1).strip() if m else ""


def apply_replacements(body: str, replacements: Iterable[Replacement]) -> str:
    """The letter as template text: the chosen spans replaced, placeholders the writer
    typed kept, every other brace escaped."""
    out: list[str] = []
    pos = 0
    for r in sorted(replacements, key=lambda r: r.start):
        if r.start < pos or body[r.start : r.end] != r.text:
            raise FoidraftError("the replacements do not fit this letter (it has changed)")
        out.append(escape_stray(body[pos : r.start], BUILTIN))
        out.append(r.placeholder)
        pos = r.end
    out.append(escape_stray(body[pos:], BUILTIN))
    return "".join(out)


def template_from_draft(
    draft: Draft,
    authority: Authority | None,
    *,
    name: str | None = None,
    replacements: Iterable[Replacement] | None = None,
    title_fields: Collection[str] = NAME_PLACEHOLDERS,
) -> Template:
    """A template (not yet saved) from ``draft``. ``replacements`` defaults to every
    proposed one; pass ``()`` to keep the wording exactly. ``title_fields`` are the
    placeholders put in the title where it names the authority (or, with ``AREA``, its
    area). A template that still names the draft's authority keeps it as its own."""
    title = clean_value(name or draft.title)
    if not title:
        raise FoidraftError("a template needs a name", hint="give it a few words")
    chosen = (
        propose_replacements(draft.body, authority) if replacements is None else list(replacements)
    )
    body = apply_replacements(draft.body, chosen)
    file_name = f"{slug(escape_stray(title, BUILTIN))}.md"  # named as the user titled it
    in_title = [r for r in propose_title(title, authority) if r.placeholder in title_fields]
    title = apply_replacements(title, in_title)
    generic = any(r.placeholder in NAME_PLACEHOLDERS for r in [*chosen, *in_title])
    return Template(
        name=file_name,
        title=title,
        authority="" if generic else draft.authority,
        body=body,
        fields=own_fields(title, body),
        source=draft.name,
    )
