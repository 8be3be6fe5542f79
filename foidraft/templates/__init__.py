"""Templates: letters kept to start new drafts from, in the templates folder.

A template is a file in the drafts format (``foidraft.drafts``): a ``.md`` file with an
optional header whose ``title`` names it. This module only lists and reads them; saving
templates from a draft comes later.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from pathlib import Path

from foidraft import paths
from foidraft.drafts import files
from foidraft.drafts.model import clean_value, parse_draft_text
from foidraft.errors import FoidraftError


@dataclass(frozen=True)
class TemplateSummary:
    """One template. ``problem`` says why its header could not be read (it is still listed)."""

    name: str
    path: Path
    title: str
    authority: str = ""
    problem: str | None = None


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    authority: str
    body: str


class TemplateStore:
    """Templates kept as files in ``root`` (default: ``paths.templates_dir()``)."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else Path(paths.templates_dir())

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
        """A template's title, authority and letter; FoidraftError when unreadable."""
        text = files.decode(files.read_bytes(path), path.name)
        header, body = parse_draft_text(text, path.name)
        title = clean_value(header.get("title", "")) or path.stem
        return Template(path.name, title, header.get("authority", ""), body)

    def _summarise(self, path: Path) -> TemplateSummary:
        try:
            template = self.load(path)
        except FoidraftError as exc:
            return TemplateSummary(path.name, path, path.stem, problem=exc.message)
        return TemplateSummary(path.name, path, template.title, template.authority)
