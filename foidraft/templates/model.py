"""One template in memory, and its file: a draft-style header, then the letter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from foidraft.drafts.header import clean_value, parse_draft_text, utc_now
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.templates.fields import BUILTIN, builtin_values
from foidraft.templates.placeholders import (
    MissingFieldsError,
    Parsed,
    TemplateSyntaxError,
    is_user_field,
    parse,
    render,
    stand_ins,
)
from foidraft.text.header import render_header, split_list

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.recorded.terms import TermChange

DEFAULT_PREFIX = "default-"


def shown_title(title: str) -> str:
    """A template's title as a screen shows it: "[area]" for ``{authority.area}``, never
    the raw placeholder (as written when it does not parse: the list marks that one)."""
    try:
        return stand_ins(parse(title, BUILTIN))
    except TemplateSyntaxError:
        return title


@dataclass(frozen=True)
class Rendered:
    """A template filled in for one authority; ``terms`` are the recording terms put in
    that authority's own (foidraft.recorded.terms), gaps to fill among them."""

    title: str
    body: str
    terms: tuple[TermChange, ...] = ()


@dataclass(frozen=True, eq=False)
class Template:
    """A reusable letter. ``body`` and ``title`` hold placeholders; ``fields`` are the
    user's own fields (the header's ``fields`` first, then any others the text uses) and
    ``defaults`` their default values."""

    name: str  # the file name, e.g. "stop-and-search.md"
    title: str
    authority: str
    body: str
    fields: tuple[str, ...] = ()
    defaults: Mapping[str, str] = field(default_factory=dict)
    source: str = ""  # the draft it was saved from
    path: Path | None = None
    created: str = ""

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".md")

    def parsed(self) -> tuple[Parsed, Parsed]:
        """(title, letter) cut into text and placeholders; TemplateSyntaxError if bad."""
        return (
            parse(self.title, BUILTIN, where=f"{self.name}: the title"),
            parse(self.body, BUILTIN, where=self.name or "the template"),
        )

    @property
    def shown_title(self) -> str:
        return shown_title(self.title)

    @property
    def placeholders(self) -> tuple[str, ...]:
        """Every placeholder the title and letter use, in order of first use."""
        title, body = self.parsed()
        return tuple(dict.fromkeys(title.names + body.names))

    def render(
        self,
        authority: Authority | None,
        values: Mapping[str, str] | None = None,
        *,
        today: dt.date | None = None,
    ) -> Rendered:
        """The title and letter for ``authority``. ``values`` fill the user's fields
        (over the defaults). Raises MissingFieldsError naming every missing value, and
        FoidraftError for a value given for a field the template does not have."""
        given = dict(values or {})
        unknown = [k for k in given if k not in self.fields]
        if unknown:
            raise FoidraftError(
                f"{self.name}: the template has no field '{unknown[0]}'",
                hint="its fields: " + (", ".join(self.fields) or "none"),
            )
        title, body = self.parsed()
        filled = builtin_values(authority, today or dt.date.today())
        filled.update(self.defaults)
        filled.update(given)
        names = dict.fromkeys(title.names + body.names)
        missing = [n for n in names if not filled.get(n, "").strip()]
        if missing:
            raise MissingFieldsError(missing, hint=_missing_hint(missing))
        text = render(body, filled)
        if authority is None or not authority.recording_standard:
            return Rendered(clean_value(render(title, filled)), text)
        from foidraft.recorded.terms import localise  # a letter's recording terms

        local = localise(text, authority.recording_standard)
        return Rendered(clean_value(render(title, filled)), local.text, local.changes)


def draft_from_template(
    template: Template,
    authority: Authority | None,
    values: Mapping[str, str] | None = None,
    *,
    today: dt.date | None = None,
) -> Draft:
    """A new, unsaved draft: the template filled in for ``authority`` (or, without one,
    the template's own authority). MissingFieldsError lists what to ask the user for."""
    rendered = template.render(authority, values, today=today)
    who = authority.id if authority is not None else template.authority
    draft = Draft.new(rendered.title, rendered.body, who)
    draft.template = template.name
    return draft


def _missing_hint(missing: list[str]) -> str:
    own = [n for n in missing if "." not in n and n not in BUILTIN]
    parts = ["set " + ", ".join(f"{n}=…" for n in own)] if own else []
    if any(n.startswith("authority.") for n in missing):
        parts.append("choose the authority the letter is for")
    return " and ".join(parts) or "give the missing values"


def own_fields(title: str, body: str, name: str = "the template") -> tuple[str, ...]:
    """The user's fields the title and letter use (not foidraft's), in order."""
    used = parse(title, BUILTIN, where=f"{name}: the title").names
    used += parse(body, BUILTIN, where=name).names
    return tuple(dict.fromkeys(n for n in used if "." not in n and n not in BUILTIN))


def template_from_text(text: str, name: str, path: Path | None = None) -> Template:
    """A template from its file's text; FoidraftError when the header or a placeholder
    is bad."""
    header, body = parse_draft_text(text, name)
    listed = [f.strip() for f in split_list(header.get("fields", ""))]
    bad = [f for f in listed if not is_user_field(f) and f not in BUILTIN]
    if bad:
        raise FoidraftError(
            f"{name}: '{bad[0]}' in the header's fields is not a field name",
            hint="use letters, digits and _, starting with a letter",
        )
    defaults = {
        key.removeprefix(DEFAULT_PREFIX): value
        for key, value in header.items()
        if key.startswith(DEFAULT_PREFIX) and value.strip()
    }
    title = clean_value(header.get("title", "")) or name.removesuffix(".md")
    own = own_fields(title, body, name)
    fields = tuple(dict.fromkeys([f for f in listed if f not in BUILTIN] + list(own)))
    stray = [k for k in defaults if k not in fields]
    if stray:
        raise FoidraftError(
            f"{name}: the header gives a default for '{stray[0]}', which is not a field",
            hint="list it under fields, or remove the default",
        )
    return Template(
        name=name,
        title=title,
        authority=header.get("authority", ""),
        body=body,
        fields=fields,
        defaults=defaults,
        source=header.get("source", ""),
        path=path,
        created=header.get("created", ""),
    )


def template_file_text(template: Template) -> str:
    """The file: header (title, fields, defaults, where it came from), then the letter.
    The header takes the letter's line ending, as drafts do."""
    now = utc_now()
    header = {"foidraft": "1", "title": template.title}
    if template.fields:
        header["fields"] = ", ".join(template.fields)
    for key in template.fields:
        value = template.defaults.get(key, "")
        if value.strip():
            header[DEFAULT_PREFIX + key] = clean_value(value)
    if template.authority:
        header["authority"] = template.authority
    if template.source:
        header["source"] = clean_value(template.source)
    header["created"] = template.created or now
    header["updated"] = now
    text = render_header(header)
    first_break = template.body.find("\n")
    if first_break > 0 and template.body[first_break - 1] == "\r":
        text = text.replace("\n", "\r\n")
    return text + template.body
