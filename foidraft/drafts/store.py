"""The drafts folder: list, load, save (atomically, never over someone else's changes),
copy, delete to the trash and restore.

File names are chosen once, from the title at creation plus a short random suffix, and
never change: renaming a draft changes its ``title`` only. A file that is open in an
editor, or named in a script (``$EDITOR "$(foidraft drafts path NAME)"``), would otherwise
be split in two the next time either side saves.
"""

from __future__ import annotations

import builtins
import datetime as dt
from pathlib import Path

from foidraft import locks, paths
from foidraft.atomic import atomic_write_bytes
from foidraft.drafts import files, trash
from foidraft.drafts.errors import BrokenDraftError, ChangedOnDiskError
from foidraft.drafts.header import (
    ALWAYS,
    FORMAT_VERSION,
    clean_value,
    digest,
    parse_date,
    parse_draft_text,
    parse_time,
    utc_now,
)
from foidraft.drafts.lookup import pick
from foidraft.drafts.model import Draft, DraftSummary
from foidraft.drafts.status import STATUSES
from foidraft.drafts.trash import TrashItem
from foidraft.errors import FoidraftError

LIST_HINT = "`foidraft drafts list` shows them"


class DraftStore:
    """Drafts kept as files in ``root`` (default: ``paths.drafts_dir()``).

    The trash defaults to ``paths.trash_dir()``, or ``<root>/.trash`` for a custom root.
    """

    def __init__(self, root: str | Path | None = None, trash_root: str | Path | None = None):
        if root is None:
            self.root = Path(paths.drafts_dir())
            default_trash = Path(paths.trash_dir())
        else:
            self.root = Path(root).expanduser().absolute()
            default_trash = self.root / ".trash"
        self.trash_root = Path(trash_root).expanduser().absolute() if trash_root else default_trash

    # -- reading ----------------------------------------------------------------------
    def list(self) -> builtins.list[DraftSummary]:
        """Every draft, most recently changed first; unreadable ones carry a ``problem``."""
        files.remove_stale_temps(self.root)
        found: builtins.list[DraftSummary] = []
        for path in self._draft_paths():
            summary = self._summarise(path)
            if summary is not None:
                found.append(summary)
        found.sort(key=lambda s: (s.changed, s.name), reverse=True)
        return found

    def find(self, ref: str) -> DraftSummary:
        """The draft ``ref`` names (file name, stem, path, or unique title prefix),
        even one whose header is broken: ``foidraft drafts path`` must reach those."""
        direct = self._direct(ref)
        if direct is not None:
            summary = self._summarise(direct)
            if summary is not None:
                return summary
        summaries = self.list()
        keys = [((s.name, s.stem), s.title) for s in summaries]
        return pick(ref, summaries, keys, hint=LIST_HINT)

    def load(self, ref: str) -> Draft:
        return self.load_path(self.find(ref).path)

    def load_path(self, path: Path) -> Draft:
        data = files.read_draft(path)
        header, body = parse_draft_text(files.decode(data, path.name), path.name)
        draft = Draft(header=header, body=body)
        draft.mark_saved(path, data)
        return draft

    def reload(self, draft: Draft) -> Draft:
        """The draft as it is on disk now (the "reload" answer to ChangedOnDiskError)."""
        if draft.path is None:
            raise FoidraftError("this draft has not been saved yet")
        return self.load_path(draft.path)

    def changed_on_disk(self, draft: Draft) -> bool:
        """True when the file differs from what ``draft`` was loaded from or saved as."""
        if draft.path is None:
            return False
        try:
            data = files.read_draft(draft.path)
        except FoidraftError:
            return True
        return digest(data) != draft.disk_digest

    # -- writing ----------------------------------------------------------------------
    def create(self, title: str, body: str = "", authority: str = "") -> Draft:
        draft = Draft.new(title, body, authority)
        self.save(draft)
        return draft

    def save(self, draft: Draft, *, force: bool = False) -> None:
        """Write ``draft`` atomically and stamp ``updated``.

        Raises ChangedOnDiskError when the file changed since it was loaded (or was
        removed) unless ``force``; nothing is written then.
        """
        draft.render()  # refuse bad field names before touching anything
        if draft.path is None:
            _stamp(draft)
            data = draft.render().encode("utf-8")
            draft.mark_saved(self._write_new_draft(draft.title, data), data)
            return
        path = draft.path
        files.private_dir(path.parent)
        # The comparison and the rename under one lock: another foidraft saving the same
        # draft between them would otherwise lose its work without a word.
        with locks.held(self.lock_file()):
            if not force and self.changed_on_disk(draft):
                raise ChangedOnDiskError(path, gone=not path.exists())
            header = dict(draft.header)
            _stamp(draft)
            data = draft.render().encode("utf-8")
            try:
                atomic_write_bytes(str(path), data)
            except BaseException:
                draft.header.clear()
                draft.header.update(header)  # as it was: the save did not happen
                raise
        draft.mark_saved(path, data)

    def save_if_changed(self, draft: Draft) -> bool:
        """Autosave: write only when something changed since the last load or save."""
        if draft.path is not None and not draft.is_dirty():
            return False
        self.save(draft)
        return True

    def rename(self, draft: Draft, title: str) -> None:
        """Give the draft a new title and save it; the file name stays (see above)."""
        draft.title = title
        self.save(draft)

    def duplicate(self, draft: Draft) -> Draft:
        """A new draft with the same letter and header, as a fresh unsent draft (and not
        part of the original's batch)."""
        copy = Draft(header=dict(draft.header), body=draft.body)
        for key in ("sent", "due", "reference", "clarification", "clarified", "batch", "extended",
                    "replied", "reply", "review"):  # fmt: skip
            copy.header.pop(key, None)
        copy.header.update(status="draft", created="")
        copy.title = f"{draft.title} (copy)"
        self.save(copy)
        return copy

    def delete(self, item: Draft | DraftSummary) -> TrashItem:
        """Move the draft's file into the trash, whole; ``restore`` brings it back."""
        if item.path is None:
            raise FoidraftError("this draft has not been saved, so there is nothing to delete")
        return trash.move_to_trash(item.path, self.trash_root)

    # -- the trash --------------------------------------------------------------------
    def trash(self) -> builtins.list[TrashItem]:
        return trash.list_trash(self.trash_root)

    def find_in_trash(self, ref: str) -> TrashItem:
        items = self.trash()
        keys = [((i.id, i.name, i.path.stem), i.title) for i in items]
        return pick(ref, items, keys, what="deleted draft", hint="`foidraft drafts trash`")

    def restore(self, item: TrashItem) -> Path:
        """Put ``item`` back under its old name, or a new one if that is taken."""
        return trash.restore(item, self.root)

    def purge(self, item: TrashItem) -> None:
        trash.purge(item)

    def lock_file(self, what: str = "") -> Path:
        """The lock held while a draft (or, with ``what``, a batch) is written: beside the
        drafts folder, which holds only drafts."""
        suffix = f".{what}" if what else ""
        return self.root.parent / f".{self.root.name}{suffix}.lock"

    # -- helpers ----------------------------------------------------------------------
    def _draft_paths(self) -> builtins.list[Path]:
        try:
            return [p for p in self.root.iterdir() if files.is_draft_file(p)]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise FoidraftError(
                f"{self.root}: cannot read the drafts folder: {exc.strerror}"
            ) from None

    def _direct(self, ref: str) -> Path | None:
        """A path, file name or stem that names a draft file without searching."""
        if "/" in ref or ref.startswith("~"):
            path = Path(ref).expanduser().resolve()
            if path.parent != self.root.resolve() or not files.is_draft_file(path):
                raise FoidraftError(
                    f"{ref}: not a draft in {self.root}", hint="give the draft's name instead"
                )
            return path
        for name in (ref, f"{ref}.md"):
            if name and name == Path(name).name and files.is_draft_file(self.root / name):
                return self.root / name
        return None

    def _summarise(self, path: Path) -> DraftSummary | None:
        try:
            # a link's own time: the file it points to elsewhere is not looked at
            info = path.lstat() if files.links_outside(path) else path.stat()
            mtime = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
        except OSError:
            return None  # deleted while we looked
        fields: dict[str, str] = {}
        problem = None
        try:
            text = files.decode(files.read_draft(path), path.name)
            fields, _ = parse_draft_text(text, path.name)
        except BrokenDraftError as exc:
            problem = exc.problem
        except FoidraftError as exc:
            problem = exc.message.removeprefix(f"{path.name}: ")
        status = fields.get("status", "") or "draft"
        if problem is None and status not in STATUSES:
            problem = f"unknown status '{status}'"
        updated = parse_time(fields.get("updated", ""))
        return DraftSummary(
            name=path.name,
            path=path,
            title=clean_value(fields.get("title", "")) or path.stem,
            authority=fields.get("authority", ""),
            status=status,
            updated=updated,
            changed=max(updated, mtime) if updated else mtime,
            due=parse_date(fields.get("due", "")),
            problem=problem,
            batch=clean_value(fields.get("batch", "")),
            follows=clean_value(fields.get("follows", "")),
            letter=clean_value(fields.get("letter", "")),
        )

    def _write_new_draft(self, title: str, data: bytes) -> Path:
        files.private_dir(self.root)
        for _ in range(100):
            path = self.root / files.new_name(title)
            if files.write_new(path, data):
                return path
        raise FoidraftError(  # pragma: no cover - 100 collisions of a random suffix
            "could not find a free file name for the draft", hint=str(self.root)
        )


def _stamp(draft: Draft) -> None:
    """Set ``updated``, and fill in what a hand-made file lacks without reordering it."""
    header = draft.header
    now = utc_now()
    fill = {
        "foidraft": FORMAT_VERSION,
        "title": draft.title or "Untitled draft",
        "status": "draft",
        "created": now,
    }
    header["updated"] = now
    for key, value in fill.items():
        if key in header and not header[key]:
            header[key] = value
    if any(k not in header for k in ALWAYS):
        merged = {k: header.get(k, fill.get(k, "")) for k in ALWAYS}
        merged.update((k, v) for k, v in header.items() if k not in merged)
        header.clear()
        header.update(merged)
