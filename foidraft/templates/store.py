"""The templates folder: list, find, load and save (atomically, private, never clobbering
another template unless asked)."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass, replace
from pathlib import Path

from foidraft import paths
from foidraft.atomic import atomic_write_bytes
from foidraft.drafts import files
from foidraft.drafts.lookup import pick
from foidraft.errors import FoidraftError
from foidraft.templates.model import Template, template_file_text, template_from_text

LIST_HINT = "`foidraft template list` shows them"
FILE_NAME_RE = re.compile(r"[A-Za-z0-9][\w-]*\.md")


@dataclass(frozen=True)
class TemplateSummary:
    """One template. ``problem`` says why it could not be read (it is still listed)."""

    name: str
    path: Path
    title: str
    authority: str = ""
    problem: str | None = None
    fields: tuple[str, ...] = ()


class TemplateStore:
    """Templates kept as files in ``root`` (default: ``paths.templates_dir()``)."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else Path(paths.templates_dir())

    # -- reading ----------------------------------------------------------------------
    def list(self) -> builtins.list[TemplateSummary]:
        """Every template, by title; a missing folder means none yet."""
        try:
            found = [p for p in self.root.iterdir() if files.is_draft_file(p)]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise FoidraftError(
                f"{self.root}: cannot read the templates folder: {exc.strerror}"
            ) from None
        summaries = [self._summarise(p) for p in found]
        summaries.sort(key=lambda s: (s.title.casefold(), s.name))
        return summaries

    def load(self, path: Path) -> Template:
        """A template's title, fields and letter; FoidraftError when unreadable or when
        it has a placeholder foidraft does not know."""
        text = files.decode(self.read_bytes(path), path.name)
        return template_from_text(text, path.name, path)

    def read_bytes(self, path: Path) -> bytes:
        """A template file's bytes, as drafts are read: a link to a file outside the
        folder is refused, unread."""
        return files.read_draft(path, "templates")

    def find(self, ref: str) -> TemplateSummary:
        """The template ``ref`` names: file name, name without '.md', path, or the start
        of its title."""
        direct = self._direct(ref)
        summaries = self.list()
        if direct is not None:
            for s in summaries:
                if s.path.resolve() == direct.resolve():
                    return s
        keys = [((s.name, s.path.stem), s.title) for s in summaries]
        return pick(ref, summaries, keys, what="template", hint=LIST_HINT)

    def get(self, ref: str) -> Template:
        """The template ``ref`` names, loaded (its problem, if any, as the error)."""
        return self.load(self.find(ref).path)

    # -- writing ----------------------------------------------------------------------
    def save(self, template: Template, *, overwrite: bool = False) -> Template:
        """Write ``template`` as ``<root>/<template.name>`` (0600, atomic) and return it
        with its path. An existing template of that name is only replaced when
        ``overwrite``; the check and the write cannot race another foidraft."""
        name = template.name
        if not FILE_NAME_RE.fullmatch(name):
            raise FoidraftError(
                f"'{name}' cannot be a template's file name", hint="letters, digits, - and .md"
            )
        path = self.root / name
        files.private_dir(self.root)
        existing = self._existing_created(path)
        if existing is not None and not overwrite:
            raise FoidraftError(
                f"there is already a template called {name}",
                hint="choose another name, or replace it (--force)",
            )
        if existing:
            template = replace(template, created=existing)
        data = template_file_text(template).encode("utf-8")
        template_from_text(data.decode("utf-8"), name)  # never write what cannot be read
        if existing is None:
            if not files.write_new(path, data):
                raise FoidraftError(f"there is already a template called {name}")
        else:
            atomic_write_bytes(str(path), data)
        return replace(template, path=path)

    def delete(self, ref: str) -> Path:
        """Remove a template file (templates are not drafts: no trash)."""
        path = self.find(ref).path
        path.unlink(missing_ok=True)
        return path

    # -- helpers ----------------------------------------------------------------------
    def _direct(self, ref: str) -> Path | None:
        if "/" in ref:
            return Path(ref).expanduser().absolute()
        for name in (ref, f"{ref}.md"):
            if name and (self.root / name).is_file():
                return self.root / name
        return None

    def _existing_created(self, path: Path) -> str | None:
        """None when there is no file; else its ``created`` stamp ("" if unreadable)."""
        if not path.exists():
            return None
        try:
            return self.load(path).created
        except FoidraftError:
            return ""

    def _summarise(self, path: Path) -> TemplateSummary:
        try:
            template = self.load(path)
        except FoidraftError as exc:
            return TemplateSummary(path.name, path, path.stem, problem=exc.message)
        return TemplateSummary(
            path.name, path, template.title, template.authority, fields=template.fields
        )
