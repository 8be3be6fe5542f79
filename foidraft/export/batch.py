"""Exporting a whole batch: one file per authority, and an index (``index.csv`` and
``index.md``) listing each authority, its file, its WhatDoTheyKnow link and whether an
email address is confirmed for it."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from foidraft.atomic import atomic_write_bytes
from foidraft.drafts import files
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.export.before_sending import errors_to_fix
from foidraft.export.draft import draft_wdtk_url, email_status, shortened_title
from foidraft.export.formats import export_format

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.profile import Profile
    from foidraft.drafts.store import DraftStore

INDEX_COLUMNS = (
    "authority", "authority_name", "title", "file", "draft", "status", "wdtk_link", "email",
    "email_status", "wdtk_title",
)  # fmt: skip


@dataclass
class BatchExport:
    folder: Path
    files: list[Path] = field(default_factory=list)
    index: list[dict[str, str]] = field(default_factory=list)
    # File name -> its letter's error-level findings (a gap left to fill, no name): the
    # single export warns of these, so a batch must too.
    to_fix: dict[str, list[str]] = field(default_factory=dict)
    # File name -> "names Leeds (West Yorkshire Police's area), not in its own area": a
    # batch letter still asking about a place of the force the template was written for.
    elsewhere: dict[str, str] = field(default_factory=dict)

    @property
    def shortened(self) -> list[str]:
        """Drafts whose title was too long for WhatDoTheyKnow: their links carry the
        shortened title shown in the index."""
        return [r["draft"] for r in self.index if r["wdtk_title"]]


def export_batch(
    store: DraftStore,
    batch_id: str,
    folder: Path,
    *,
    fmt: str = "txt",
    lookup: Callable[[str], Authority | None],
    profile: Profile | None = None,
) -> BatchExport:
    """Write every draft of ``batch_id`` into ``folder`` as ``<authority id>.<fmt>`` plus
    the index. Files are written atomically (0600); exporting again replaces them."""
    from foidraft.batch import batch_drafts
    from foidraft.batch.plan import elsewhere_words, named_elsewhere

    render = export_format(fmt, batch=True).render
    drafts = batch_drafts(store, batch_id)
    if folder.exists() and not folder.is_dir():
        raise FoidraftError(f"{folder}: exists and is not a folder")
    try:
        files.private_dir(folder)
    except OSError as exc:
        raise FoidraftError(f"{folder}: cannot create the folder: {exc.strerror}") from None
    out = BatchExport(folder)
    taken: set[str] = set()
    for draft in drafts:
        authority = lookup(draft.authority) if draft.authority else None
        name = _file_name(draft, fmt, taken)
        _write(folder / name, render(draft, authority, profile))
        out.files.append(folder / name)
        out.index.append(_row(draft, authority, name))
        errors = errors_to_fix(draft)
        if errors:
            out.to_fix[name] = errors
        if authority is not None:
            where = elsewhere_words(named_elsewhere(f"{draft.title}\n\n{draft.body}", authority))
            if where:
                out.elsewhere[name] = where
    _write(folder / "index.csv", _csv(out.index))
    _write(folder / "index.md", _markdown(batch_id, out.index))
    return out


def _file_name(draft: Draft, fmt: str, taken: set[str]) -> str:
    base = files.slug(draft.authority or draft.title)
    name, n = f"{base}.{fmt}", 2
    while name in taken:  # two drafts for one authority (one copied by hand)
        name, n = f"{base}-{n}.{fmt}", n + 1
    taken.add(name)
    return name


def _row(draft: Draft, authority: Authority | None, name: str) -> dict[str, str]:
    try:
        link = draft_wdtk_url(draft, authority)
    except FoidraftError:
        link = ""
    return {
        "authority": draft.authority,
        "authority_name": authority.name if authority else draft.authority,
        "title": draft.title,
        "file": name,
        "draft": draft.name,
        "status": draft.status,
        "wdtk_link": link,
        "email": authority.email if authority else "",
        "email_status": email_status(authority),
        "wdtk_title": (shortened_title(draft, authority) or "") if link else "",
    }


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(str(path), data)
    except OSError as exc:
        raise FoidraftError(f"{path}: cannot write: {exc.strerror}") from None


def _csv(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=INDEX_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _markdown(batch_id: str, rows: list[dict[str, str]]) -> bytes:
    def cell(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = [
        f"# Batch {batch_id}",
        "",
        "| Authority | File | WhatDoTheyKnow | Email |",
        "| --- | --- | --- | --- |",
    ]
    for r in rows:
        link = f"[new request]({r['wdtk_link']})" if r["wdtk_link"] else "not on WhatDoTheyKnow"
        if r["wdtk_title"]:
            link += f" (title shortened to: {cell(r['wdtk_title'])})"
        email = r["email"] or r["email_status"]
        lines.append(
            f"| {cell(r['authority_name'])} | [{cell(r['file'])}]({r['file']}) | {link} | "
            f"{cell(email)} |"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")
