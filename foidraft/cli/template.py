"""``foidraft template``: save a draft as a template, list, show and explain templates."""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft
    from foidraft.templates import Replacement, TemplateStore

DESCRIPTION = (
    "Templates are letters you reuse, with placeholders such as {authority.name}, "
    "{authority.act}, {authority.cost_limit} and fields of your own ({period}). "
    "`foidraft batch` writes one draft per authority from a template. NAME is a template's "
    "file name, its name without '.md', or the start of its title."
)


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    save = sub.add_parser("save", help="save a draft as a template")
    save.add_argument("draft", metavar="DRAFT", help="the draft's name or title")
    save.add_argument("--name", metavar="NAME", help="the template's name (default: the title)")
    save.add_argument(
        "--literal", action="store_true",
        help="keep the letter exactly: do not replace the authority's name, Act or cost "
        "limit with placeholders",
    )  # fmt: skip
    save.add_argument(
        "--area", action="store_true",
        help="where the title or letter names a place in the authority's area (Coventry, to "
        "West Midlands Police), put each authority's own area ({authority.area})",
    )  # fmt: skip
    save.add_argument("--force", action="store_true", help="replace a template of that name")
    sub.add_parser("list", help="list templates")
    show = sub.add_parser("show", help="print a template")
    show.add_argument("name", metavar="NAME")
    fields = sub.add_parser("fields", help="the placeholders a template uses")
    fields.add_argument("name", metavar="NAME")


def run(args: argparse.Namespace) -> int:
    from foidraft.templates import TemplateStore

    store = TemplateStore()
    action = args.action or "list"
    if action == "save":
        return _save(store, args, args.name, args.literal, args.force)
    if action == "list":
        return _list(store)
    if action == "show":
        from foidraft.cli.output import write_data

        write_data(store.read_bytes(store.find(args.name).path))
        return 0
    return _fields(store, args.name)


def _save(
    store: TemplateStore, args: argparse.Namespace, name: str | None, literal: bool, force: bool
) -> int:
    from foidraft.authorities.names import in_running_text
    from foidraft.cli.output import say
    from foidraft.drafts import DraftStore
    from foidraft.drafts.header import clean_value
    from foidraft.templates import (
        AREA,
        propose_area,
        propose_replacements,
        propose_title,
        template_from_draft,
    )
    from foidraft.templates.from_draft import NAME_PLACEHOLDERS

    draft = DraftStore().load(args.draft)
    authority = draft_authority(draft)
    chosen = [] if literal else propose_replacements(draft.body, authority)
    places = propose_area(draft.body, authority, besides=chosen)
    area = args.area and not literal
    if area:
        chosen = sorted([*chosen, *places], key=lambda r: r.start)
    fields = () if literal else (*NAME_PLACEHOLDERS, *((AREA,) if area else ()))
    in_title = propose_title(clean_value(name or draft.title), authority)
    template = template_from_draft(
        draft, authority, name=name, replacements=chosen, title_fields=fields
    )
    saved = store.save(template, overwrite=force)
    say(saved.path)
    for line in replacement_lines(chosen):
        say(f"  {line}", err=True)
    for line in replacement_lines([r for r in in_title if r.placeholder in fields]):
        say(f"  {line} in the title", err=True)
    left = [r.text for r in in_title if r.placeholder == AREA] + [r.text for r in places]
    if authority is not None and left and not (literal or area):
        said = ", ".join(f'"{text}"' for text in dict.fromkeys(left))
        say(
            f"  {said}: in the area of {in_running_text(authority.name)}, and a batch would "
            "send it to every authority; --area puts each one's own area there",
            err=True,
        )
    if template.authority and authority is not None:
        say(
            f"  the letter still names {in_running_text(authority.name)}; fix that before using "
            "it in a batch",
            err=True,
        )
    return 0


def draft_authority(draft: Draft) -> Authority | None:
    """The draft's authority, or the one its "Dear ...," names when the header has none."""
    from foidraft.authorities.directory import load_directory
    from foidraft.templates import addressee

    directory = load_directory()
    if draft.authority:
        return directory.find(draft.authority)
    found = directory.exact(addressee(draft.body)) if addressee(draft.body) else []
    return found[0] if len(found) == 1 else None


def replacement_lines(chosen: list[Replacement]) -> list[str]:
    """'replaced "West Midlands Police" with {authority.name} (2 places)', per wording."""
    counts: dict[tuple[str, str], int] = {}
    for r in chosen:
        key = (" ".join(r.text.split()), r.placeholder)
        counts[key] = counts.get(key, 0) + 1
    return [
        f'replaced "{text}" with {placeholder}' + (f" ({n} places)" if n > 1 else "")
        for (text, placeholder), n in counts.items()
    ]


def _list(store: TemplateStore) -> int:
    import shutil

    from foidraft.cli.output import cut, safe_line
    from foidraft.templates.model import shown_title

    templates = store.list()
    if not templates:
        print("No templates yet. Save a draft as one with: foidraft template save DRAFT")
        return 0
    full = [("TITLE", "FIELDS", "NAME")]
    full += [
        # The title as Home shows it: "[area]" for {authority.area}, never the placeholder.
        (
            ("! " if t.problem else "") + safe_line(shown_title(t.title)),
            ", ".join(t.fields),
            safe_line(t.name),
        )
        for t in templates
    ]
    title, fields, inline = _list_layout(full, shutil.get_terminal_size().columns)
    for row in full:
        cells = [cut(row[0], title).ljust(title), cut(safe_line(row[1]), fields).ljust(fields)]
        if inline:
            print("  ".join([*cells, row[2]]).rstrip())
        else:  # the name a user types is never cut: a line of its own, under its row
            print("  ".join(cells).rstrip() + "\n    " + row[2])
    for t in templates:
        if t.problem:
            print(f"! {safe_line(t.name)}: {safe_line(t.problem)}", file=sys.stderr)
    return 0


def _list_layout(rows: list[tuple[str, str, str]], columns: int) -> tuple[int, int, bool]:
    """(the title's width, the fields', whether NAME ends each row) in ``columns``: the
    title cut first (to 12), then the fields (to 10); NAME goes under its row when even
    that does not fit beside it."""
    title_w = min(max(len(r[0]) for r in rows), 40)
    fields_w = min(max(len(r[1]) for r in rows), 30)
    name_w = max(len(r[2]) for r in rows)
    title, fields = title_w, fields_w
    for inline in (True, False):
        room = columns - 1 - (name_w + 2 if inline else 0)  # no wrap at the edge
        title = max(min(title_w, room - 2 - fields_w), min(title_w, 12))
        fields = max(min(fields_w, room - 2 - title), min(fields_w, 10))
        if title + 2 + fields <= room:
            return title, fields, inline
    return title, fields, False  # narrower than any phone: as narrow as they go


def _fields(store: TemplateStore, ref: str) -> int:
    from foidraft.cli.output import say
    from foidraft.templates.fields import DESCRIPTIONS

    template = store.get(ref)
    used = template.placeholders
    say(f"{template.name}: {template.title}")
    if template.fields:
        print("Your fields (give values with --set FIELD=VALUE):")
        for name in template.fields:
            default = template.defaults.get(name, "")
            note = f"default: {default}" if default else "required"
            if name not in used:
                note += " (not used in the letter)"
            say(f"  {{{name}}}  {note}")
    builtin = [n for n in used if n not in template.fields]
    if builtin:
        print("Filled in by foidraft:")
        for name in builtin:
            print(f"  {{{name}}}  {DESCRIPTIONS.get(name, '')}".rstrip())
    if not used:
        print("No placeholders: every authority gets the same letter.")
    return 0
